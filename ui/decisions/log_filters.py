"""The log's filters: search (debounced 250 ms), team, dates, outcome, person, open actions, reviews, sort."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from facilitator.decisions.meetings import people, teams
from facilitator.decisions.queries import OPEN, LogFilter
from facilitator.decisions.rules import Outcome
from facilitator.store.db import Database
from ui.a11y import explain
from ui.decisions import style
from ui.decisions.forms import OptionalDate, buddy, named
from ui.decisions.labels import outcome_label

DEBOUNCE_MS = 250
SOON = dt.timedelta(days=30)


class LogFilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet("QLineEdit, QComboBox, QDateEdit, QCheckBox, QPushButton { font-size: 12pt; }")
        self.search = named(QLineEdit(self), "logSearch")
        self.search.setAccessibleName(self.tr("Search the decision log"))
        self.search.setPlaceholderText(self.tr("Search titles, proposals, arguments, concerns, notes…  (Ctrl+L)"))
        self.search.setClearButtonEnabled(True)
        self.team, self.outcome, self.person = (named(QComboBox(self), n) for n in ("logTeam", "logOutcome", "logPerson"))
        self.outcome.addItem(self.tr("Any outcome"), None)
        self.outcome.addItem(self.tr("Open (not decided yet)"), OPEN)
        for value in Outcome:
            self.outcome.addItem(outcome_label(value), value.value)
        self.since = named(OptionalDate(self.tr("any date"), self), "logSince")
        self.until = named(OptionalDate(self.tr("any date"), self), "logUntil")
        self.reviews = named(QComboBox(self), "logReviews")
        for text, days in ((self.tr("Any review date"), None), (self.tr("Review due or overdue"), 0),
                           (self.tr("Review due within 30 days"), SOON.days)):
            self.reviews.addItem(text, days)
        self.open_actions = named(QCheckBox(self.tr("With open a&ctions"), self), "logOpenActions")
        explain(self.open_actions, self.tr("Only decisions with open actions"))
        self.sort = named(QComboBox(self), "logSort")
        for text, key in ((self.tr("Newest first"), "date"), (self.tr("By title"), "title"),
                          (self.tr("By review date"), "review")):
            self.sort.addItem(text, key)
        self.quick_reviews = QPushButton(self.tr("Reviews due"), self)
        explain(self.quick_reviews, self.tr("Show the reviews that are due or overdue"))
        self.quick_reviews.clicked.connect(lambda: self.quick(reviews=True))
        self.quick_actions = QPushButton(self.tr("Open actions"), self)
        explain(self.quick_actions, self.tr("Show the decisions with open actions"))
        self.quick_actions.clicked.connect(lambda: self.quick(actions=True))
        clear = QPushButton(self.tr("Clear filters"), self)
        explain(clear, self.tr("Clear the log filters"))
        clear.clicked.connect(lambda: self.quick())
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        search_label = style.sized(QLabel(self.tr("Search:"), self), 12)  # its own name stays the longer one
        search_label.setBuddy(self.search)
        grid.addWidget(search_label, 0, 0)
        grid.addWidget(self.search, 0, 1, 1, 3)
        for i, (text, widget) in enumerate(((self.tr("&Team:"), self.team), (self.tr("&Outcome:"), self.outcome),
                                            (self.tr("Fro&m:"), self.since), (self.tr("&Until:"), self.until),
                                            (self.tr("Perso&n:"), self.person), (self.tr("Revie&w:"), self.reviews),
                                            (self.tr("&Sort:"), self.sort))):
            grid.addWidget(buddy(self, text, widget), 1 + i // 2, (i % 2) * 2)
            grid.addWidget(widget, 1 + i // 2, (i % 2) * 2 + 1)
        grid.addWidget(self.open_actions, 4, 2, 1, 2)
        quick = QHBoxLayout()
        for button in (self.quick_reviews, self.quick_actions, clear):
            quick.addWidget(button)
        grid.addLayout(quick, 5, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(DEBOUNCE_MS)
        self._typing.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _t: self._typing.start())
        for combo in (self.team, self.outcome, self.person, self.reviews, self.sort):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        for date in (self.since, self.until):
            date.dateChanged.connect(lambda _d: self.changed.emit())
        self.open_actions.toggled.connect(lambda _b: self.changed.emit())

    def reload_choices(self, db: Database) -> None:
        """Teams and people as they are now (after a meeting or an import)."""
        for combo, any_text, rows in ((self.team, self.tr("Any team"), teams(db)),
                                      (self.person, self.tr("Anyone"), people(db))):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(any_text, None)
            for ident, name in rows:
                combo.addItem(name, ident)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    def current(self, today: dt.date | None = None) -> LogFilter:
        today = today or dt.date.today()
        days = self.reviews.currentData()
        since, until = self.since.value(), self.until.value()
        if since and until and since > until:
            since, until = until, since
        return LogFilter(text=self.search.text(), team_id=self.team.currentData(), since=since, until=until,
                         outcome=self.outcome.currentData(), person_id=self.person.currentData(),
                         open_actions=self.open_actions.isChecked(),
                         review_due_by=None if days is None else today + dt.timedelta(days=days),
                         sort=self.sort.currentData())

    def quick(self, reviews: bool = False, actions: bool = False) -> None:
        """Clear every filter, then set one of the two quick views; one refresh in all."""
        widgets = (self.search, self.team, self.outcome, self.person, self.reviews, self.sort,
                   self.since, self.until, self.open_actions)
        for w in widgets:
            w.blockSignals(True)
        self.search.clear()
        for combo in (self.team, self.outcome, self.person, self.sort):
            combo.setCurrentIndex(0)
        self.since.clear_date()
        self.until.clear_date()
        self.reviews.setCurrentIndex(1 if reviews else 0)
        self.sort.setCurrentIndex(2 if reviews else 0)
        self.open_actions.setChecked(actions)
        for w in widgets:
            w.blockSignals(False)
        self._typing.stop()
        self.changed.emit()
