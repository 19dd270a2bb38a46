"""Small widget and layout helpers shared by pages.

Sizes are set through fonts, not style sheets: a style sheet switches the
widget to Qt's style-sheet style, which made the library window's first paint
~15 ms slower.
"""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QWidget

W = TypeVar("W", bound=QWidget)


def sized(widget: W, points: int, bold: bool = False) -> W:
    """``widget`` with its font at ``points`` (bold if asked); returns it, for chaining."""
    font = QFont(widget.font())
    font.setPointSize(points)
    font.setBold(bold)
    widget.setFont(font)
    return widget


def centred(widget: QWidget) -> QHBoxLayout:
    """A row holding ``widget`` in the middle (stretch either side), for empty states and waiting pages."""
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(widget)
    row.addStretch(1)
    return row


def local_shortcut(key: str, parent: QWidget, slot: Any, context: Any) -> Any:
    """A QShortcut that really keeps to ``context``.

    PySide 6.11 ignores a context given to QShortcut's constructor (with the
    slot): the shortcut becomes window-wide, and two pages' Ctrl+Return
    would clash. So the context is set after construction.
    """
    from PySide6.QtGui import QKeySequence, QShortcut

    shortcut = QShortcut(QKeySequence(key), parent)
    shortcut.setContext(context)
    shortcut.activated.connect(slot)
    return shortcut
