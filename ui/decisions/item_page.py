"""One agenda item, walked through the method: rounds, amendments, and the outcome.

The page asks the core what comes next (suggest_next) and shows that screen;
an open round is resumed where it stopped, so closing the app loses nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from facilitator.decisions.history import decision_history
from facilitator.decisions.meetings import people
from facilitator.decisions.repository import open_round, start_round, suggest_next
from facilitator.decisions.rules import DomainError, Outcome, RoundKind
from facilitator.decisions.views import DecisionHistory, MeetingView
from facilitator.store.db import Database
from ui.a11y import explain
from ui.decisions import style
from ui.decisions.amend import AmendPanel
from ui.decisions.detail_html import history_html
from ui.decisions.item_start import StartPanel
from ui.decisions.outcome import OutcomePanel
from ui.decisions.round_screen import RoundScreen


class ItemPage(QWidget):
    back = Signal()
    status = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.proposal_id = db, ""
        self.meeting: MeetingView | None = None
        self.setObjectName("itemPage")
        self.back_button = QPushButton(self.tr("◀ &Agenda"), self)
        explain(self.back_button, self.tr("Back to the agenda"))
        self.back_button.setStyleSheet(style.BUTTONS)
        self.back_button.clicked.connect(self.back)
        self.title = style.sized(QLabel(self), 18, bold=True)
        self.title.setObjectName("itemTitle")
        self.title.setWordWrap(True)
        self.start_panel = StartPanel(self)
        self.start_panel.start.connect(self.start)
        self.start_panel.reformulate.connect(lambda: self._amend(reformulate=True))
        self.start_panel.end_item.connect(lambda: self._outcome(Outcome.DEFERRED))
        self.round_screen = RoundScreen(db, self)
        self.round_screen.go_on.connect(self.show_next)
        self.amend = AmendPanel(db, self)
        self.amend.amended.connect(self.refresh)
        self.amend.park.connect(lambda: self._outcome(Outcome.NO_CONSENT_PARKED))
        self.outcome = OutcomePanel(db, self)
        self.outcome.recorded.connect(self._decided)
        self.done = QTextBrowser(self)
        self.done.setAccessibleName(self.tr("The decision"))
        self.stack = QStackedWidget(self)
        for page in (self.start_panel, self.round_screen, self.amend, self.outcome, self.done):
            self.stack.addWidget(page)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(top)
        box.addWidget(self.stack, 1)

    def open_item(self, proposal_id: str, meeting: MeetingView) -> None:
        self.proposal_id, self.meeting = proposal_id, meeting
        self.refresh()

    def _history(self) -> DecisionHistory:
        h = decision_history(self.db, self.proposal_id)
        self.title.setText(h.title)
        return h

    def refresh(self) -> None:
        """The screen for where the item is now: an open round resumes; otherwise what comes next."""
        h = self._history()
        if h.decision_id is not None:
            self.done.setHtml(history_html(h))
            self.stack.setCurrentWidget(self.done)
            return
        round_id = open_round(self.db, self.proposal_id)
        if round_id is None:
            self.show_next()
            return
        version = h.versions[-1]
        names = dict(people(self.db))
        self.round_screen.load(round_id, version.text, version.number, names)
        self.stack.setCurrentWidget(self.round_screen)
        self.round_screen.circle.setFocus()

    def show_next(self) -> None:
        h = self._history()
        step = suggest_next(self.db, self.proposal_id)
        if step.action == "round" and step.kind is not None:
            version = h.versions[-1]
            decided_before = any(r.kind == RoundKind.DECISION for r in h.rounds)
            header = self.tr("Version %1 · next in the method").replace("%1", str(version.number))
            self.start_panel.show_next(header, version.text, step.kind, decided_before)
            self.stack.setCurrentWidget(self.start_panel)
        elif step.action == "amend":
            self._amend()
        else:
            self._outcome(step.outcome)

    def start(self, kind: str) -> None:
        try:
            start_round(self.db, self.proposal_id, kind)
        except DomainError as exc:
            self.status.emit(str(exc))
            return
        self.refresh()

    def _amend(self, reformulate: bool = False) -> None:
        h = self._history()
        decisions = [r for r in h.rounds if r.kind == RoundKind.DECISION]
        objections = [(st.person.name, st.text) for st in (decisions[-1].stances if decisions else ())
                      if st.value == "objection"]
        version = h.versions[-1]
        self.amend.load(self.proposal_id, h.title, version.text, version.number, objections, reformulate)
        self.stack.setCurrentWidget(self.amend)

    def _outcome(self, suggested: Outcome | None) -> None:
        h = self._history()
        circle = [(p.id, p.name) for p in self.meeting.attendees] if self.meeting else []
        reporter = self.meeting.reporter.id if self.meeting and self.meeting.reporter else None
        self.outcome.load(self.proposal_id, h.title, h.versions[-1].text, suggested, circle, reporter)
        self.stack.setCurrentWidget(self.outcome)

    def _decided(self, _decision_id: str) -> None:
        self.status.emit(self.tr("Decision recorded."))
        self.refresh()
        self.back.emit()
