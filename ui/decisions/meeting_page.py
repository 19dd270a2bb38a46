"""A meeting, walked through its skeleton: report, notices, other business, agenda, then each item.

Reopening a meeting goes straight back into a round left open (after a crash
or a closed lid), at the first person still to speak.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.decisions.meeting_record import read_meeting, resumable_item
from facilitator.decisions.meetings import mark_step, skeleton
from facilitator.decisions.queries import LogFilter, list_decisions
from facilitator.decisions.views import MeetingView
from facilitator.store.db import Database
from ui.decisions import style
from ui.decisions.agenda_page import AgendaPage
from ui.decisions.forms import named
from ui.decisions.item_page import ItemPage
from ui.decisions.labels import date_label
from ui.decisions.skeleton_pages import NotesPage, ReportPage

STEP_KEYS = ("approve_report", "notices", "other_business", "agenda")


class MeetingPage(QWidget):
    status = Signal(str)
    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.info: MeetingView | None = None
        self.header = named(style.sized(QLabel(self), 14, bold=True), "meetingHeader")
        self.header.setWordWrap(True)
        self.steps = named(QListWidget(self), "meetingSteps")
        self.steps.setAccessibleName(self.tr("Steps of the meeting"))
        self.steps.setStyleSheet("QListWidget { font-size: 13pt; } QListWidget::item { padding: 6px; }")
        self.steps.setMaximumWidth(320)
        self.steps.currentRowChanged.connect(self._step_chosen)
        self.report = ReportPage(db, self)
        self.report.approved.connect(lambda: self.finish_step("approve_report"))
        self.notices = NotesPage(db, "notice", self)
        self.notices.done.connect(lambda: self.finish_step("notices"))
        self.business = NotesPage(db, "other_business", self)
        self.business.done.connect(lambda: self.finish_step("other_business"))
        self.business.to_agenda.connect(self._point_to_agenda)
        self.agenda = AgendaPage(db, self)
        self.agenda.open_item.connect(self.open_item)
        self.item_page = ItemPage(db, self)
        self.item_page.back.connect(self._back_to_agenda)
        self.item_page.status.connect(self.status)
        self.stack = QStackedWidget(self)
        for page in (self.report, self.notices, self.business, self.agenda, self.item_page):
            self.stack.addWidget(page)
        body = QHBoxLayout()
        body.addWidget(self.steps)
        body.addWidget(self.stack, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.header)
        box.addLayout(body, 1)

    def open_meeting(self, meeting_id: str) -> None:
        info = self.info = read_meeting(self.db, meeting_id)
        self.header.setText(self.tr("%1 · %2%3 · %4 in the circle").replace("%1", info.team)
                            .replace("%2", date_label(info.date)).replace("%3", f" · {info.venue}" if info.venue else "")
                            .replace("%4", str(len(info.attendees))))
        self.report.load(meeting_id)
        self.notices.load(meeting_id)
        self.business.load(meeting_id)
        self.agenda.load(info)
        steps = self._show_steps()
        undecided = [d.proposal_id for d in list_decisions(self.db, LogFilter(meeting_id=meeting_id, limit=None))
                     if d.outcome is None]
        resume = resumable_item(self.db, undecided)
        if resume is not None:
            self.open_item(resume)
            self.status.emit(self.tr("Carrying on the round that was open."))
            return
        first = next((i for i, step in enumerate(steps) if not step.get("done")), len(STEP_KEYS) - 1)
        self.steps.setCurrentRow(first)

    def _show_steps(self) -> list[dict[str, Any]]:
        assert self.info is not None
        steps = skeleton(self.db, self.info.id)
        titles = {"approve_report": self.tr("1 · Approve the report"), "notices": self.tr("2 · Notices"),
                  "other_business": self.tr("3 · Other business"), "agenda": self.tr("4 · Agenda and items")}
        row = self.steps.currentRow()
        self.steps.blockSignals(True)
        self.steps.clear()
        for step in steps:
            key = step.get("key", "")
            item = QListWidgetItem(("✓ " if step.get("done") else "") + titles.get(key, step.get("title", key)))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.steps.addItem(item)
        self.steps.setCurrentRow(row)
        self.steps.blockSignals(False)
        return steps

    def _step_chosen(self, row: int) -> None:
        pages = (self.report, self.notices, self.business, self.agenda)
        if 0 <= row < len(pages):
            self.steps.show()
            self.stack.setCurrentWidget(pages[row])
            focus = {0: self.report.approve, 1: self.notices.entry, 2: self.business.entry, 3: self.agenda.title}[row]
            focus.setFocus()

    def finish_step(self, key: str) -> None:
        assert self.info is not None
        mark_step(self.db, self.info.id, key)
        self._show_steps()
        self.steps.setCurrentRow(min(STEP_KEYS.index(key) + 1, len(STEP_KEYS) - 1))

    def _point_to_agenda(self, point: str) -> None:
        self.agenda.add_point(point)
        self.status.emit(self.tr("On the agenda: %1. Its owner can reformulate it before the decision round.")
                         .replace("%1", point))
        self.changed.emit()

    def open_item(self, proposal_id: str) -> None:
        assert self.info is not None
        self.steps.blockSignals(True)
        self.steps.setCurrentRow(STEP_KEYS.index("agenda"))
        self.steps.blockSignals(False)
        self.item_page.open_item(proposal_id, self.info)
        self.stack.setCurrentWidget(self.item_page)
        self.steps.hide()  # the room needs the width; "◀ Agenda" brings the steps back

    def show_agenda(self) -> None:
        """Step 4, ready for the next proposal (from anywhere in the meeting)."""
        if self.stack.currentWidget() is self.item_page:
            self._back_to_agenda()
        self.steps.show()
        self.steps.blockSignals(True)
        self.steps.setCurrentRow(STEP_KEYS.index("agenda"))
        self.steps.blockSignals(False)
        self.agenda.reload()
        self.stack.setCurrentWidget(self.agenda)
        self.agenda.title.setFocus()

    def _back_to_agenda(self) -> None:
        self.agenda.reload(self.item_page.proposal_id)
        self.steps.show()
        self.stack.setCurrentWidget(self.agenda)
        self.agenda.items.setFocus()
        self.changed.emit()
