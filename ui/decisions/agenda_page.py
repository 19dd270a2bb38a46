"""Step 4: the agenda, set on the spot from the proposals people bring ("What is your proposal? Its purpose?")."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.decisions.queries import LogFilter, list_decisions
from facilitator.decisions.repository import add_proposal
from facilitator.decisions.rules import DomainError
from facilitator.decisions.views import MeetingView
from facilitator.store.db import Database
from ui.a11y import explain
from ui.decisions import style
from ui.decisions.forms import buddy, error_label, named, show_error
from ui.decisions.labels import outcome_label
from ui.layout import local_shortcut


class AgendaPage(QWidget):
    open_item = Signal(str)  # a proposal id

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.meeting_id = db, ""
        self.setStyleSheet(style.BUTTONS + " QLineEdit, QComboBox { font-size: 13pt; }")
        self.title = named(QLineEdit(self), "proposalTitle")
        self.text = named(style.sized(QPlainTextEdit(self), 13), "proposalText")
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(100)
        self.purpose = named(QLineEdit(self), "proposalPurpose")
        self.owner = named(QComboBox(self), "proposalOwner")
        self.error = error_label(self, "agendaError")
        add = named(QPushButton(self.tr("Add to the agenda (Ctrl+Enter)"), self), "addProposal")
        explain(add, self.tr("Add the proposal to the agenda"))
        add.clicked.connect(self.add)
        local_shortcut("Ctrl+Return", self, self.add, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.items = named(QListWidget(self), "agendaItems")
        self.items.setAccessibleName(self.tr("Agenda items (Enter opens one)"))
        self.items.setStyleSheet("QListWidget { font-size: 15pt; } QListWidget::item { padding: 4px; }")
        self.items.itemActivated.connect(lambda item: self.open_item.emit(item.data(Qt.ItemDataRole.UserRole)))
        open_button = named(QPushButton(self.tr("Open the item (Enter)"), self), "openItem")
        explain(open_button, self.tr("Open the selected agenda item"))
        open_button.clicked.connect(self._open_selected)
        form = QFormLayout()
        form.addRow(buddy(self, self.tr("Proposal &title:"), self.title), self.title)
        form.addRow(buddy(self, self.tr("The proposal, &concretely:"), self.text), self.text)
        form.addRow(buddy(self, self.tr("Its p&urpose:"), self.purpose), self.purpose)
        form.addRow(buddy(self, self.tr("O&wner:"), self.owner), self.owner)
        heading = style.sized(QLabel(self.tr("4 · The agenda: the proposals brought"), self), 18, bold=True)
        row = QHBoxLayout()
        row.addWidget(self.error, 1)
        row.addStretch(0)
        row.addWidget(add, 0, Qt.AlignmentFlag.AlignRight)
        box = QVBoxLayout(self)
        box.addWidget(heading)
        box.addLayout(form)
        box.addLayout(row)
        box.addWidget(buddy(self, self.tr("Agenda &items:"), self.items))
        box.addWidget(self.items, 1)
        box.addWidget(open_button, 0, Qt.AlignmentFlag.AlignRight)

    def load(self, meeting: MeetingView) -> None:
        self.meeting_id = meeting.id
        self.owner.clear()
        self.owner.addItem(self.tr("— not set —"), None)
        for person in meeting.attendees:
            self.owner.addItem(person.name, person.id)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        self.items.clear()
        for n, d in enumerate(list_decisions(self.db, LogFilter(meeting_id=self.meeting_id, limit=None)), 1):
            state = outcome_label(d.outcome) if d.outcome else self.tr("to discuss")
            item = QListWidgetItem(f"{n}. {d.title} — {state}")
            item.setData(Qt.ItemDataRole.UserRole, d.proposal_id)
            self.items.addItem(item)
            if d.proposal_id == select or (select is None and d.outcome is None and self.items.currentRow() < 0):
                self.items.setCurrentItem(item)

    def add(self) -> None:
        text = self.text.toPlainText().strip()
        title = self.title.text().strip() or text[:80]
        try:
            pid = add_proposal(self.db, self.meeting_id, title, text, purpose=self.purpose.text(),
                               owner_id=self.owner.currentData())
        except DomainError:
            show_error(self.error, self.tr("A proposal needs a concrete text people can say yes or no to."))
            self.text.setFocus()
            return
        for widget in (self.title, self.purpose):
            widget.clear()
        self.text.clear()
        show_error(self.error, "")
        self.reload(pid)
        self.title.setFocus()

    def add_point(self, point: str) -> str:
        """A point of other business, straight onto the agenda (its owner reformulates it at the item)."""
        pid = add_proposal(self.db, self.meeting_id, point[:300], point)
        self.reload(pid)
        return pid

    def _open_selected(self) -> None:
        item = self.items.currentItem()
        if item is not None:
            self.open_item.emit(item.data(Qt.ItemDataRole.UserRole))
