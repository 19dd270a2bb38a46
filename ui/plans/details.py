"""The plan's own fields: title, date, start, venue, facilitator, purpose, time available."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from facilitator.plans.model import DEFAULT_HARVEST_TAGS, Plan


class PlanDetails(QWidget):
    edited = Signal(str, object)  # field name, new value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.title = self._line(self.tr("Plan title"), "title")
        self.venue = self._line(self.tr("Venue"), "venue")
        self.facilitator = self._line(self.tr("Facilitator"), "facilitator")
        self.purpose = self._line(self.tr("Purpose of the session"), "purpose")
        self.tags = QLineEdit(self)
        self.tags.setAccessibleName(self.tr("Harvest tags, separated by commas"))
        self.tags.editingFinished.connect(self._tags_changed)
        # each box ticks its field on or off; the field's own visible label names it (issue 20)
        self.has_date = QCheckBox(self)
        self.has_date.setAccessibleName(self.tr("Session has a date"))
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("ddd d MMM yyyy")
        self.date.setAccessibleName(self.tr("Session date"))
        self.has_start = QCheckBox(self)
        self.has_start.setAccessibleName(self.tr("Session has a start time"))
        self.start = QTimeEdit(self)
        self.start.setDisplayFormat("HH:mm")
        self.start.setAccessibleName(self.tr("Start time"))
        self.available = QSpinBox(self)
        self.available.setRange(0, 24 * 60)
        self.available.setSingleStep(15)
        self.available.setSpecialValueText(self.tr("no limit"))
        self.available.setSuffix(self.tr(" min"))
        self.available.setAccessibleName(self.tr("Minutes available"))
        when = QHBoxLayout()
        for box, label, field in ((self.has_date, self.tr("Date"), self.date),
                                  (self.has_start, self.tr("Starts at"), self.start),
                                  (None, self.tr("Available"), self.available)):
            if box is not None:
                when.addWidget(box)
            buddy = QLabel(label, self)
            buddy.setBuddy(field)
            when.addWidget(buddy)
            when.addWidget(field)
        when.addStretch(1)  # each box beside its label, not spread over the row
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("When"), when)
        form.addRow(self.tr("&Venue"), self.venue)
        form.addRow(self.tr("Faci&litator"), self.facilitator)
        form.addRow(self.tr("Pu&rpose"), self.purpose)
        form.addRow(self.tr("Harvest ta&gs"), self.tags)
        self.has_date.toggled.connect(self._date_changed)
        self.date.dateChanged.connect(self._date_changed)
        self.has_start.toggled.connect(self._start_changed)
        self.start.timeChanged.connect(self._start_changed)
        self.available.editingFinished.connect(lambda: self._emit("available_minutes", self.available.value() or None))

    def _line(self, name: str, field: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.editingFinished.connect(lambda: self._emit(field, edit.text().strip()))
        return edit

    def _emit(self, field: str, value: object) -> None:
        if not self._loading:
            self.edited.emit(field, value)

    def _date_changed(self, *_: object) -> None:
        self.date.setEnabled(self.has_date.isChecked())
        d = self.date.date()
        self._emit("date", date(d.year(), d.month(), d.day()) if self.has_date.isChecked() else None)

    def _tags_changed(self) -> None:
        from facilitator.plans.model import normalise_tag

        tags = tuple(dict.fromkeys(t for t in (normalise_tag(x) for x in self.tags.text().split(",")) if t))
        self._emit("harvest_tags", tags or DEFAULT_HARVEST_TAGS)

    def _start_changed(self, *_: object) -> None:
        self.start.setEnabled(self.has_start.isChecked())
        t = self.start.time()
        self._emit("start", time(t.hour(), t.minute()) if self.has_start.isChecked() else None)

    def load(self, plan: Plan) -> None:
        self._loading = True
        try:
            for edit, value in ((self.title, plan.title), (self.venue, plan.venue),
                                (self.facilitator, plan.facilitator), (self.purpose, plan.purpose)):
                if edit.text() != value:
                    edit.setText(value)
                    edit.setCursorPosition(0)  # a long purpose reads from its start, not its end
            self.has_date.setChecked(plan.date is not None)
            self.date.setEnabled(plan.date is not None)
            d = plan.date or date.today()
            self.date.setDate(QDate(d.year, d.month, d.day))
            self.has_start.setChecked(plan.start is not None)
            self.start.setEnabled(plan.start is not None)
            t = plan.start or time(10, 0)
            self.start.setTime(QTime(t.hour, t.minute))
            self.available.setValue(plan.available_minutes or 0)
            self.tags.setText(", ".join(plan.harvest_tags))
        finally:
            self._loading = False
