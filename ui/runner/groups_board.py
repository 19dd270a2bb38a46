"""The random groups on the projector: names in columns, as large as the screen allows.

Why painted rather than a text browser: the room reads this from the back of a
hall, so the font is the largest at which every group fits the window (150
names at 1024×768), groups never split across columns, and nothing scrolls.
The names are shown only while the step they were made for lasts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

MOST_PIXELS = 96
GAP_LINES = 0.35  # space between two groups in a column, in lines


@dataclass(frozen=True)
class Board:
    """Where every line goes: (x, y, text, is_number) in pixels, at ``pixels`` font size."""

    pixels: int
    lines: tuple[tuple[int, int, str, bool], ...]
    fits: bool


def _columns(groups: Sequence[Sequence[str]], metrics: QFontMetrics, width: int, height: int,
             pixels: int) -> Board:
    line = metrics.lineSpacing()
    gutter = metrics.horizontalAdvance(f"{len(groups)} ") + line // 2
    widest = max((metrics.horizontalAdvance(n) for g in groups for n in g), default=0)
    column = gutter + widest + line
    count = max(1, (width + line) // column)
    placed: list[tuple[int, int, str, bool]] = []
    col, y = 0, 0
    for number, group in enumerate(groups, 1):
        needed = len(group) * line
        if y and y + needed > height:
            col, y = col + 1, 0
        if col >= count or needed > height:
            return Board(pixels, tuple(placed), False)
        x = col * column
        placed.append((x, y, str(number), True))
        placed += [(x + gutter, y + i * line, name, False) for i, name in enumerate(group)]
        y += needed + int(line * GAP_LINES)
    return Board(pixels, tuple(placed), True)


def lay_out(groups: Sequence[Sequence[str]], font: QFont, width: int, height: int) -> Board:
    """The largest font at which every group fits ``width`` × ``height`` (binary search on pixels)."""
    low, high = 8, MOST_PIXELS
    best: Board | None = None
    probe = QFont(font)
    while low <= high:
        middle = (low + high) // 2
        probe.setPixelSize(middle)
        board = _columns(groups, QFontMetrics(probe), width, height, middle)
        if board.fits:
            best, low = board, middle + 1
        else:
            high = middle - 1
    if best is None:
        probe.setPixelSize(8)
        best = _columns(groups, QFontMetrics(probe), width, height, 8)
    return best


class GroupsBoard(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectorGroups")
        self.setAccessibleName(self.tr("Random groups"))
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.groups: list[list[str]] = []
        self.colour = QColor("#ffffff")
        self.board = Board(0, (), True)

    def set_groups(self, groups: Sequence[Sequence[str]]) -> None:
        self.groups = [list(g) for g in groups]
        self._relayout()

    def set_colour(self, colour: str) -> None:
        self.colour = QColor(colour)
        self.update()

    def _relayout(self) -> None:
        self.board = lay_out(self.groups, self.font(), self.width(), self.height())
        self.update()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._relayout()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setPen(self.colour)
        font = QFont(self.font())
        font.setPixelSize(max(1, self.board.pixels))
        bold = QFont(font)
        bold.setBold(True)
        metrics = QFontMetrics(font)
        for x, y, text, number in self.board.lines:
            painter.setFont(bold if number else font)
            painter.drawText(QRect(x, y, self.width() - x, metrics.lineSpacing()),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
        painter.end()
