"""Small layout helpers shared by pages."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget


def centred(widget: QWidget) -> QHBoxLayout:
    """A row holding ``widget`` in the middle (stretch either side), for empty states and waiting pages."""
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(widget)
    row.addStretch(1)
    return row
