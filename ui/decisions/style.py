"""Colours and type sizes for the decision screens: readable from across a room, 7:1 contrast or more.

Each stance pairs a background with a text colour; the tests check the ratio
with ui.runner.palette.contrast.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ui.layout import sized as sized  # re-exported: the decision screens size their text with it

CONSENT = ("#0b5d1e", "#ffffff")  # dark green / white
CONCERN = ("#ffc400", "#000000")  # amber / black
OBJECTION = ("#8b0000", "#ffffff")  # dark red / white
OTHER = ("#1f2a44", "#ffffff")  # navy / white: input or pass in the early rounds
TO_COME = ("#ffffff", "#000000")
CURRENT = ("#000000", "#ffe14d")  # the person whose turn it is: yellow on black
ERROR_TEXT = "#8b0000"
BUTTONS = "QPushButton { font-size: 13pt; padding: 6px 14px; min-height: 32px; }"
PROPOSAL = "background: #fffbe6; color: #000000; border: 2px solid #7a5c00; padding: 12px;"

STANCE_COLOURS = {"consent": CONSENT, "concern": CONCERN, "objection": OBJECTION,
                  "input": OTHER, "pass": OTHER}
ALL_PAIRS = (CONSENT, CONCERN, OBJECTION, OTHER, TO_COME, CURRENT)


def chip(pair: tuple[str, str]) -> str:
    """A style sheet for a coloured count box or badge."""
    return f"background: {pair[0]}; color: {pair[1]}; border-radius: 8px; padding: 6px 14px;"


def label(parent: QWidget, name: str, points: int, bold: bool = False) -> QLabel:
    """A word-wrapped label in a room-readable size, findable by ``name``."""
    widget = sized(QLabel(parent), points, bold)
    widget.setObjectName(name)
    widget.setWordWrap(True)
    return widget
