"""Ending an item: the outcome, its rationale, the actions (what, who, by when) and the review date.

The core checks the outcome against the rounds held (no adopting over an
argued objection); a refusal is shown here and nothing is saved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.decisions.outcomes import add_action, record_outcome
from facilitator.decisions.rules import DomainError, Outcome
from facilitator.store.db import Database
from ui.a11y import explain
from ui.decisions import style
from ui.decisions.forms import OptionalDate, buddy, error_label, named, show_error
from ui.decisions.labels import date_label, outcome_label
from ui.decisions.proposal_card import ProposalCard
from ui.layout import local_shortcut

REVIEW_AFTER = dt.timedelta(days=182)


class OutcomePanel(QWidget):
    recorded = Signal(str)  # the decision id

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.proposal_id = db, ""
        self.author_id: str | None = None
        self.pending: list[tuple[str, str | None, dt.date | None]] = []
        self.setObjectName("outcomePanel")
        self.setStyleSheet(style.BUTTONS + " QComboBox, QLineEdit, QDateEdit { font-size: 13pt; }")
        self.card = ProposalCard(self, points=16, max_height=140)
        self.outcome = named(QComboBox(self), "outcomeChoice")
        for value in Outcome:
            self.outcome.addItem(outcome_label(value), value.value)
        self.rationale = style.sized(QPlainTextEdit(self), 13)
        self.rationale.setObjectName("outcomeRationale")
        self.rationale.setTabChangesFocus(True)
        self.rationale.setMaximumHeight(80)
        self.review = OptionalDate(self.tr("no review date"), self)
        self.review.setObjectName("outcomeReview")
        self.what = named(QLineEdit(self), "actionWhat")
        self.what.setPlaceholderText(self.tr("What is to be done (Enter adds it)"))
        self.what.returnPressed.connect(self.add_action_row)
        self.owner = named(QComboBox(self), "actionOwner")
        self.owner.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # '— nog niemand —' whole
        self.owner.setMaximumWidth(240)  # beside its label; a long name cannot push the row off the window
        self.due = OptionalDate(self.tr("no due date"), self)
        add = QPushButton(self.tr("Add action"), self)
        explain(add, self.tr("Add this action"))
        add.clicked.connect(self.add_action_row)
        self.action_list = named(QListWidget(self), "actionList")
        self.action_list.setAccessibleName(self.tr("Actions of this decision"))
        self.action_list.setStyleSheet("QListWidget { font-size: 13pt; }")
        self.action_list.setMaximumHeight(90)
        remove = QPushButton(self.tr("Remove action"), self)
        explain(remove, self.tr("Remove the selected action"))
        remove.clicked.connect(self.remove_action_row)
        self.error = error_label(self, "outcomeError")
        self.save = named(QPushButton(self.tr("Record the decision (Ctrl+Enter)"), self), "outcomeSave")
        explain(self.save, self.tr("Record the decision"))
        self.save.clicked.connect(self.submit)
        local_shortcut("Ctrl+Return", self, self.submit, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action_row = QHBoxLayout()
        action_row.addWidget(self.what, 3)
        action_row.addWidget(buddy(self, self.tr("Who does it"), self.owner))  # the owner and date had
        action_row.addWidget(self.owner)  # only a name: no visible label for voice control
        action_row.addWidget(buddy(self, self.tr("By when"), self.due))
        action_row.addWidget(self.due)
        action_row.addWidget(add)
        form = QFormLayout()
        form.addRow(buddy(self, self.tr("&Outcome:"), self.outcome), self.outcome)
        form.addRow(buddy(self, self.tr("&Rationale:"), self.rationale), self.rationale)
        form.addRow(buddy(self, self.tr("Review o&n:"), self.review), self.review)
        form.addRow(buddy(self, self.tr("Ac&tion:"), self.what), action_row)
        form.addRow("", self.action_list)
        form.addRow("", remove_row := QHBoxLayout())
        remove_row.addWidget(remove)
        remove_row.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(self.card)
        box.addLayout(form)
        box.addStretch(1)
        box.addWidget(self.error)
        box.addWidget(self.save, 0, Qt.AlignmentFlag.AlignRight)

    def load(self, proposal_id: str, title: str, text: str, suggested: Outcome | None,
             people: Sequence[tuple[str, str]], author_id: str | None = None) -> None:
        self.proposal_id, self.author_id, self.pending = proposal_id, author_id, []
        self.card.show_proposal(self.tr("End the item: outcome, actions and review"), text)
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(suggested.value if suggested else None)))
        self.rationale.clear()
        adopted = suggested is not None and suggested.adopted
        self.review.set_value(dt.date.today() + REVIEW_AFTER if adopted else None)
        self.owner.clear()
        self.owner.addItem(self.tr("— nobody yet —"), None)
        for pid, name in people:
            self.owner.addItem(name, pid)
        self.what.clear()
        self.action_list.clear()
        show_error(self.error, "")
        self.outcome.setFocus()

    def add_action_row(self) -> None:
        what = self.what.text().strip()
        if not what:
            return
        owner, due = self.owner.currentData(), self.due.value()
        self.pending.append((what, owner, due))
        when = date_label(due) if due else self.tr("no date")
        self.action_list.addItem(f"{what} — {self.owner.currentText()}, {when}")
        self.what.clear()
        self.what.setFocus()

    def remove_action_row(self) -> None:
        row = self.action_list.currentRow()
        if 0 <= row < len(self.pending):
            del self.pending[row]
            self.action_list.takeItem(row)

    def submit(self) -> None:
        self.add_action_row()  # an action typed but not added yet is not lost
        try:
            decision = record_outcome(self.db, self.proposal_id, self.outcome.currentData(),
                                      rationale=self.rationale.toPlainText(), review_date=self.review.value(),
                                      author_id=self.author_id)
        except DomainError as exc:
            show_error(self.error, self.tr("Not recorded: %1").replace("%1", str(exc)))
            return
        for what, owner, due in self.pending:
            add_action(self.db, decision, what, owner_id=owner, due=due)
        self.recorded.emit(decision)
