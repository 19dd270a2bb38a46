"""Reopen a decision for review: the reason (new information) is asked for inline, no dialog.

The review becomes a new agenda item in the team's newest meeting, linked to
the old decision, whose history stays as it was.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from facilitator.decisions.meetings import team_meetings
from facilitator.decisions.outcomes import reopen_for_review
from facilitator.decisions.rules import DomainError
from facilitator.store.db import Database
from ui.a11y import explain
from ui.decisions.forms import error_label, named, show_error
from ui.decisions.labels import date_label


class ReopenBox(QWidget):
    reopened = Signal(str, str)  # the new proposal id, what happened in words

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.decision_id: str | None = None
        self.team_id: str | None = None
        self.setStyleSheet("QPushButton, QLineEdit { font-size: 12pt; }")
        self.button = named(QPushButton(self.tr("&Reopen for review…"), self), "reopenButton")
        explain(self.button, self.tr("Reopen this decision for review"))
        self.button.clicked.connect(self.ask)
        self.reason = named(QLineEdit(self), "reopenReason")
        self.reason.setAccessibleName(self.tr("What new information reopens this decision?"))
        self.reason.setPlaceholderText(self.tr("What new information reopens this decision? (Enter reopens, Esc cancels)"))
        self.reason.returnPressed.connect(self.submit)
        self.confirm = QPushButton(self.tr("Reopen"), self)
        explain(self.confirm, self.tr("Reopen for review now"))
        self.confirm.clicked.connect(self.submit)
        self.error = error_label(self, "reopenError")
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addWidget(self.reason, 1)
        row.addWidget(self.confirm)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(row)
        box.addWidget(self.error)
        self._asking(False)

    def _asking(self, on: bool) -> None:
        self.reason.setVisible(on)
        self.confirm.setVisible(on)
        if not on:
            self.reason.clear()
            show_error(self.error, "")

    def set_decision(self, decision_id: str | None, team_id: str | None, _title: str | None) -> None:
        self.decision_id, self.team_id = decision_id, team_id
        self.button.setEnabled(decision_id is not None)
        self._asking(False)

    def ask(self) -> None:
        self._asking(True)
        self.reason.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self._asking(False)
            return
        super().keyPressEvent(event)

    def submit(self) -> None:
        if self.decision_id is None or self.team_id is None:
            return
        meetings = team_meetings(self.db, self.team_id)
        if not meetings:
            return
        meeting_id, date, _venue = meetings[0]
        try:
            pid = reopen_for_review(self.db, self.decision_id, meeting_id, reason=self.reason.text())
        except DomainError:
            show_error(self.error, self.tr("Say what new information reopens this decision."))
            return
        self._asking(False)
        self.reopened.emit(pid, self.tr("Reopened for review: it is on the agenda of the meeting of %1.")
                           .replace("%1", date_label(date)))
