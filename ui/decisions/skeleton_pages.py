"""The meeting's opening steps: approve the previous report, notices, and the round of other business.

Each note is saved the moment Enter is pressed. A point of other business
becomes an agenda item with one click (or Ctrl+Enter on it).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from facilitator.decisions.meeting_record import meeting_notes, read_meeting
from facilitator.decisions.meetings import add_note, previous_meeting
from facilitator.decisions.queries import LogFilter, list_decisions
from facilitator.decisions.rules import DomainError
from facilitator.store.db import Database
from ui.a11y import explain
from ui.decisions import style
from ui.decisions.forms import named
from ui.decisions.labels import date_label, outcome_label
from ui.layout import local_shortcut


def _heading(parent: QWidget, text: str) -> QLabel:
    label = style.sized(QLabel(text, parent), 18, bold=True)
    label.setWordWrap(True)
    return label


class ReportPage(QWidget):
    """The previous meeting's decisions, from the log, to approve as its report."""

    approved = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setStyleSheet(style.BUTTONS)
        self.report = named(QTextBrowser(self), "previousReport")
        self.report.setAccessibleName(self.tr("The report of the previous meeting"))
        approve = named(QPushButton(self.tr("The report is approved ✓ (Enter)"), self), "approveReport")
        explain(approve, self.tr("The report is approved"))
        approve.setDefault(True)
        approve.clicked.connect(self.approved)
        self.approve = approve
        box = QVBoxLayout(self)
        box.addWidget(_heading(self, self.tr("1 · Approve the report of the previous meeting")))
        box.addWidget(self.report, 1)
        box.addWidget(approve, 0, Qt.AlignmentFlag.AlignRight)

    def load(self, meeting_id: str) -> None:
        prev = previous_meeting(self.db, meeting_id)
        if prev is None:
            first = self.tr("This is the team’s first meeting in the log: there is no earlier report.")
            self.report.setHtml(f"<p style='font-size:14pt'>{first}</p>")
            return
        info = read_meeting(self.db, prev)
        rows = []
        for d in list_decisions(self.db, LogFilter(meeting_id=prev, limit=None)):
            extra = self.tr(" · review on %1").replace("%1", date_label(d.review_date)) if d.review_date else ""
            if d.open_actions:
                extra += self.tr(" · %1 open action(s)").replace("%1", str(d.open_actions))
            rows.append(f"<li><b>{escape(d.title)}</b> — {escape(outcome_label(d.outcome))}{escape(extra)}</li>")
        title = self.tr("Meeting of %1, %2").replace("%1", date_label(info.date)).replace("%2", escape(info.team))
        none = self.tr("No items were decided.")
        body = "".join(rows) or f"<li>{none}</li>"
        self.report.setHtml(f"<div style='font-size:14pt'><h3>{title}</h3><ul>{body}</ul></div>")


class NotesPage(QWidget):
    """Notices, or the round of other business: one line each, saved at once."""

    to_agenda = Signal(str)
    done = Signal()

    def __init__(self, db: Database, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.kind, self.meeting_id = db, kind, ""
        self.setStyleSheet(style.BUTTONS)
        business = kind == "other_business"
        self.entry = named(style.sized(QLineEdit(self), 14), f"{kind}Entry")
        self.entry.setAccessibleName(self.tr("A point of other business") if business else self.tr("A notice"))
        self.entry.setPlaceholderText(self.tr("Type a point and press Enter") if business
                                      else self.tr("Type a notice and press Enter"))
        self.entry.returnPressed.connect(self.add)
        self.list = named(QListWidget(self), f"{kind}List")
        self.list.setAccessibleName(self.tr("Points of other business") if business else self.tr("Notices"))
        self.list.setStyleSheet("QListWidget { font-size: 14pt; }")
        row = QHBoxLayout()
        if business:
            promote = named(QPushButton(self.tr("Make it an agenda item (Ctrl+Enter)"), self), "makeAgendaItem")
            explain(promote, self.tr("Make the selected point an agenda item"))
            promote.clicked.connect(self.promote)
            local_shortcut("Ctrl+Return", self.list, self.promote, Qt.ShortcutContext.WidgetShortcut)
            row.addWidget(promote)
        row.addStretch(1)
        next_button = QPushButton(self.tr("Done — next step"), self)
        explain(next_button, self.tr("Done, go to the next step"))
        next_button.clicked.connect(self.done)
        row.addWidget(next_button)
        box = QVBoxLayout(self)
        heading = _heading(self, self.tr("3 · Round of other business: anything that starts a discussion "
                                         "becomes an agenda item") if business else self.tr("2 · Notices"))
        heading.setBuddy(self.entry)  # the heading is the entry's visible label
        box.addWidget(heading)
        box.addWidget(self.entry)
        box.addWidget(self.list, 1)
        box.addLayout(row)

    def load(self, meeting_id: str) -> None:
        self.meeting_id = meeting_id
        self.list.clear()
        for note in meeting_notes(self.db, meeting_id, self.kind):
            self.list.addItem(note.text)

    def add(self) -> None:
        try:
            add_note(self.db, self.meeting_id, self.entry.text(), kind=self.kind)
        except DomainError:
            return  # an empty line is simply not saved
        self.list.addItem(self.entry.text().strip())
        self.list.setCurrentRow(self.list.count() - 1)
        self.entry.clear()

    def promote(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.to_agenda.emit(item.text())
