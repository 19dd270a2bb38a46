"""Window layouts and preferences, in an INI file inside the data home.

Keeping it beside the database means a test's temporary home, or a USB-stick
home, carries its own settings and never touches anyone else's.
"""

from __future__ import annotations

import contextlib
import os

from PySide6.QtCore import QSettings

from facilitator import paths


def settings() -> QSettings:
    path = paths.data_home() / "settings.ini"
    if not path.exists():  # made private first: Qt's atomic save keeps an existing file's permissions
        with contextlib.suppress(OSError):
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    return QSettings(str(path), QSettings.Format.IniFormat)
