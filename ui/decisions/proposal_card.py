"""The proposal as the room sees it: a line saying where we are, then the current wording, large.

The wording's box fits its text (up to ``max_height``, then it scrolls), so a
short proposal does not leave a big empty box and a long one stays readable.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from ui.decisions import style


class ProposalCard(QWidget):
    def __init__(self, parent: QWidget | None = None, points: int = 20, max_height: int = 300) -> None:
        super().__init__(parent)
        self.max_height = max_height
        self.header = style.sized(QLabel(self), 14)
        self.header.setWordWrap(True)
        self.text = style.sized(QLabel(self), points)
        self.text.setObjectName("proposalText")
        self.text.setWordWrap(True)
        self.text.setStyleSheet(style.PROPOSAL)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.area = QScrollArea(self)
        self.area.setWidget(self.text)
        self.area.setWidgetResizable(True)
        self.area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.box = box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.header)
        box.addWidget(self.area)

    def show_proposal(self, header: str, text: str) -> None:
        self.header.setText(header)
        self.text.setText(text)
        self.text.setAccessibleDescription(self.tr("Proposal"))  # named by its text, as shown
        self._fit()

    def _fit(self) -> None:
        width = max(self.area.viewport().width(), 200)
        needed = self.text.heightForWidth(width) + 2
        self.area.setFixedHeight(min(max(needed, 60), self.max_height))
        header = self.header.heightForWidth(max(self.width(), 200)) if self.header.text() else 0
        self.setMaximumHeight(header + self.box.spacing() + self.area.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()
