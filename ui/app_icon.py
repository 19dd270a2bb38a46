"""The window icon, set after the first paint (ui/launch.py) or at once (ui/app.py's make_app).

Its own module so ui/launch.py can set it without importing ui/app.py, which imports launch.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from facilitator import paths

if TYPE_CHECKING:
    from PySide6.QtGui import QGuiApplication


def set_icon(app: QGuiApplication) -> None:
    from PySide6.QtGui import QIcon  # lazily: ui/app.py imports the core before PySide6

    path = paths.resource("icons", "facilitator.svg")
    if path.exists():
        app.setWindowIcon(QIcon(str(path)))
