"""Start a meeting (team, date, venue, facilitator, reporter, the circle) or open an earlier one.

A team is created here when there is none yet. Nothing needs a real name.
Opened from a running session's SDMI item, the form comes pre-filled (today,
the plan's venue) and the meeting it starts is linked to that run.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.decisions.meeting_record import all_meetings
from facilitator.decisions.meetings import create_meeting, create_team, last_circle, people, teams
from facilitator.decisions.rules import DomainError
from facilitator.store.db import Database
from ui.a11y import explain
from ui.decisions import style
from ui.decisions.forms import buddy, error_label, named, show_error
from ui.decisions.labels import date_label
from ui.decisions.people_picker import PeoplePicker
from ui.layout import local_shortcut


class StartMeeting(QWidget):
    started = Signal(str)  # the new meeting's id
    opened = Signal(str)  # an earlier meeting's id

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._filled = False  # the lists are filled when first shown: a big log must not slow the start
        self.setObjectName("startMeeting")
        self.setStyleSheet(style.BUTTONS + " QComboBox, QLineEdit, QDateEdit { font-size: 13pt; }")
        self.error = error_label(self, "meetingError")
        self.run_id: str | None = None  # the session run this meeting comes from, if any
        self.run_note = style.label(self, "meetingRunNote", 13)
        self.run_note.hide()
        self.team = named(QComboBox(self), "meetingTeam")
        self.team.currentIndexChanged.connect(lambda _i: self._team_chosen())
        self.new_team = named(QLineEdit(self), "newTeam")
        self.new_team.setAccessibleName(self.tr("A new team's name"))
        self.new_team.setPlaceholderText(self.tr("…or a new team's name, e.g. Neighbourhood team North (Enter)"))
        self.new_team.returnPressed.connect(self.add_team)
        self.date = named(QDateEdit(self), "meetingDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMM yyyy")
        self.venue = named(QLineEdit(self), "meetingVenue")
        self.picker = PeoplePicker(db, self)
        self.picker.changed.connect(self._circle_changed)
        self.picker.problem.connect(lambda text: show_error(self.error, text))
        self.facilitator = named(QComboBox(self), "meetingFacilitator")
        self.reporter = named(QComboBox(self), "meetingReporter")
        start = named(QPushButton(self.tr("Start the meeting (Ctrl+Enter)"), self), "startMeetingButton")
        explain(start, self.tr("Start the meeting"))
        start.clicked.connect(self.submit)
        local_shortcut("Ctrl+Return", self, self.submit, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.earlier = named(QListWidget(self), "earlierMeetings")
        self.earlier.setStyleSheet("QListWidget { font-size: 13pt; } QListWidget::item { padding: 4px; }")
        self.earlier.setWordWrap(True)
        self.earlier.itemActivated.connect(lambda item: self.opened.emit(item.data(Qt.ItemDataRole.UserRole)))
        open_button = QPushButton(self.tr("Open the selected meeting (Enter)"), self)
        explain(open_button, self.tr("Open the selected meeting"))
        open_button.clicked.connect(self._open_selected)
        team_row = QHBoxLayout()
        team_row.addWidget(self.team, 1)
        new_label = style.sized(QLabel(self.tr("or a new team:"), self), 13)
        new_label.setBuddy(self.new_team)
        team_row.addWidget(new_label)
        team_row.addWidget(self.new_team, 2)
        form = QFormLayout()
        form.addRow(buddy(self, self.tr("&Team:"), self.team), team_row)
        form.addRow(buddy(self, self.tr("D&ate:"), self.date), self.date)
        form.addRow(buddy(self, self.tr("Ve&nue:"), self.venue), self.venue)
        form.addRow(buddy(self, self.tr("&Who is here:"), self.picker.list), self.picker)
        form.addRow(buddy(self, self.tr("Fa&cilitator:"), self.facilitator), self.facilitator)
        form.addRow(buddy(self, self.tr("&Reporter:"), self.reporter), self.reporter)
        left = QVBoxLayout()
        left.addWidget(style.sized(named(buddy(self, self.tr("Start a meeting"), self.team), "startHeading"), 18, True))
        left.addWidget(self.run_note)
        left.addLayout(form, 1)
        left.addWidget(self.error)
        left.addWidget(start, 0, Qt.AlignmentFlag.AlignRight)
        right = QVBoxLayout()
        right.addWidget(style.sized(buddy(self, self.tr("…or &open an earlier meeting"), self.earlier), 15, True))
        right.addWidget(self.earlier, 1)
        right.addWidget(open_button)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if not self._filled:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        self._filled = True
        self.run_id = None
        self.run_note.hide()
        current = self.team.currentData()
        self.team.blockSignals(True)
        self.team.clear()
        for tid, name in teams(self.db):
            self.team.addItem(name, tid)
        if current:
            self.team.setCurrentIndex(max(0, self.team.findData(current)))
        self.team.blockSignals(False)
        self.date.setDate(QDate.currentDate())
        self._team_chosen()
        self.earlier.clear()
        for m in all_meetings(self.db):
            waiting = self.tr(" · %1 item(s) open").replace("%1", str(m.open_items)) if m.open_items else ""
            item = QListWidgetItem(f"{date_label(m.date)} · {m.team}\n   {m.venue}{waiting}".rstrip())
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            self.earlier.addItem(item)
        show_error(self.error, "")
        (self.team if self.team.count() else self.new_team).setFocus()

    def for_run(self, item_title: str, venue: str, run_id: str | None) -> None:
        """A new meeting for an SDMI item of the running session: today, the plan's venue, linked to the run."""
        self.reload()
        self.run_id = run_id
        self.date.setDate(QDate.currentDate())
        self.venue.setText(venue)
        self.run_note.setText(self.tr("For “%1” in the running session: the meeting is linked to it. "
                                      "Choose the team and who is here, then Ctrl+Enter.").replace("%1", item_title))
        self.run_note.show()

    def _team_chosen(self) -> None:
        """A returning team's circle from its last meeting, ticked and in its seating order, listed first.

        One keystroke (Ctrl+Enter) starts the meeting when the same people are
        back; a team with no meeting yet keeps whoever is ticked.
        """
        tid = self.team.currentData()
        circle = last_circle(self.db, tid) if tid else []
        self.picker.load(people(self.db), circle or self.picker.ticked())

    def add_team(self) -> None:
        name = self.new_team.text().strip()
        try:
            tid = create_team(self.db, name)
        except DomainError:
            show_error(self.error, self.tr("Type the team's name first."))
            return
        self.new_team.clear()
        self.team.addItem(name, tid)
        self.team.setCurrentIndex(self.team.count() - 1)
        self.picker.new_name.setFocus()

    def _circle_changed(self) -> None:
        for combo in (self.facilitator, self.reporter):
            chosen = combo.currentData()
            combo.clear()
            combo.addItem(self.tr("— not set —"), None)
            for pid, name in self.picker.everyone():
                combo.addItem(name, pid)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))

    def _open_selected(self) -> None:
        item = self.earlier.currentItem()
        if item is not None:
            self.opened.emit(item.data(Qt.ItemDataRole.UserRole))

    def submit(self) -> None:
        if self.new_team.text().strip():
            self.add_team()
        if self.team.currentData() is None:
            show_error(self.error, self.tr("Choose a team, or type a new team's name."))
            return
        circle = self.picker.ticked()
        if not circle:
            show_error(self.error, self.tr("Tick who is here (Space), or add people by initials or a pseudonym."))
            return
        d = self.date.date()
        try:
            mid = create_meeting(self.db, self.team.currentData(), dt.date(d.year(), d.month(), d.day()),
                                 venue=self.venue.text().strip(), facilitator_id=self.facilitator.currentData(),
                                 reporter_id=self.reporter.currentData(), attendees=circle, run_id=self.run_id)
        except DomainError as exc:
            show_error(self.error, str(exc))
            return
        self.run_id = None
        self.run_note.hide()
        self.started.emit(mid)

