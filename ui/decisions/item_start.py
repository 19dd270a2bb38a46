"""Between rounds: what the method says comes next for an item, one Enter away, with the other ways on."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from facilitator.decisions.rules import RoundKind
from ui.a11y import explain
from ui.decisions import style
from ui.decisions.labels import round_label
from ui.decisions.proposal_card import ProposalCard


class StartPanel(QWidget):
    start = Signal(str)  # a round kind
    reformulate = Signal()
    end_item = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemStart")
        self.setStyleSheet(style.BUTTONS)
        self.kind = RoundKind.CLARIFYING
        self.card = ProposalCard(self)
        self.explain = style.sized(QLabel(self), 15)
        self.explain.setWordWrap(True)
        self.primary = QPushButton(self)
        self.primary.setObjectName("startRound")
        self.primary.setMinimumHeight(52)
        self.primary.setDefault(True)
        self.primary.clicked.connect(lambda: self.start.emit(self.kind.value))
        self.skip = QPushButton(self.tr("Go straight to the decision &round"), self)
        explain(self.skip, self.tr("Go straight to the decision round"))
        self.skip.clicked.connect(lambda: self.start.emit(RoundKind.DECISION.value))
        self.reformulate_button = QPushButton(self.tr("The owner reformulates fir&st…"), self)
        explain(self.reformulate_button, self.tr("The owner reformulates the proposal first"))
        self.reformulate_button.clicked.connect(self.reformulate)
        self.end_button = QPushButton(self.tr("E&nd the item without a decision…"), self)
        explain(self.end_button, self.tr("End the item: defer, withdraw, park or refer"))
        self.end_button.clicked.connect(self.end_item)
        box = QVBoxLayout(self)
        box.addWidget(self.card)
        box.addWidget(self.explain)
        box.addWidget(self.primary)
        for button in (self.skip, self.reformulate_button, self.end_button):
            box.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        box.addStretch(1)

    def show_next(self, header: str, text: str, kind: RoundKind, decided_before: bool) -> None:
        self.kind = kind
        self.card.show_proposal(header, text)
        self.explain.setText({
            RoundKind.OPENING: self.tr("Opening round: each person in turn says how they arrive. No content yet."),
            RoundKind.CLARIFYING: self.tr("Clarifying questions: each person in turn asks what they need to "
                                          "understand the proposal. No opinions yet."),
            RoundKind.REACTIONS: self.tr("Reactions: each person in turn gives their reaction and input. "
                                         "The owner listens, and may reformulate the proposal afterwards."),
            RoundKind.DECISION: self.tr("Decision round: each person in turn consents, consents with a concern, "
                                        "or objects with an argument."),
        }[kind])
        self.primary.setText(self.tr("Start: %1 (Enter)").replace("%1", round_label(kind)))
        explain(self.primary, self.tr("Start the %1").replace("%1", round_label(kind)), tooltip=False)
        self.skip.setVisible(kind is not RoundKind.DECISION)
        self.reformulate_button.setVisible(kind is RoundKind.DECISION and not decided_before)
        self.primary.setFocus()
