"""Window layouts and preferences, in an INI file inside the data home.

Keeping it beside the database means a test's temporary home, or a USB-stick
home, carries its own settings and never touches anyone else's.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from facilitator import paths


def settings() -> QSettings:
    return QSettings(str(paths.data_home() / "settings.ini"), QSettings.Format.IniFormat)
