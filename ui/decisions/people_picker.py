"""Who is in the circle, in seating order: tick people, or add someone by initials or a pseudonym.

A real name is never required. Space ticks, Alt+↑/↓ moves someone in the
seating order (the order rounds go round), Enter in the box adds a person.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.decisions.meetings import add_person
from facilitator.decisions.rules import DomainError
from facilitator.store.db import Database
from ui.a11y import explain
from ui.decisions import style
from ui.layout import local_shortcut


class PeoplePicker(QWidget):
    changed = Signal()
    problem = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.list = QListWidget(self)
        self.list.setObjectName("attendeeList")
        self.list.setAccessibleName(self.tr("Attendees in seating order (Space ticks, Alt+Up or Alt+Down moves)"))
        self.list.setStyleSheet("QListWidget { font-size: 13pt; } QListWidget::indicator { width: 22px; height: 22px; }")
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        self.count = QLabel(self)
        self.count.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.changed.connect(lambda: self.count.setText(self.tr("%1 in the circle").replace("%1", str(len(self.ticked())))))
        self.new_name = QLineEdit(self)
        self.new_name.setObjectName("newPerson")
        self.new_name.setAccessibleName(self.tr("Add a person: initials or a pseudonym are enough"))
        self.new_name.setPlaceholderText(self.tr("Add a person: initials or a pseudonym are enough (Enter)"))
        self.new_name.returnPressed.connect(self.add)
        add = QPushButton(self.tr("Add person"), self)
        explain(add, self.tr("Add this person to the circle"))
        add.clicked.connect(self.add)
        up = QPushButton(self.tr("▲"), self)
        explain(up, self.tr("Move up in the seating order (Alt+Up)"))
        up.clicked.connect(lambda: self.shift_seat(-1))
        down = QPushButton(self.tr("▼"), self)
        explain(down, self.tr("Move down in the seating order (Alt+Down)"))
        down.clicked.connect(lambda: self.shift_seat(1))
        local_shortcut("Alt+Up", self.list, lambda: self.shift_seat(-1), Qt.ShortcutContext.WidgetShortcut)
        local_shortcut("Alt+Down", self.list, lambda: self.shift_seat(1), Qt.ShortcutContext.WidgetShortcut)
        row = QHBoxLayout()
        row.addWidget(self.count)
        new_label = style.sized(QLabel(self.tr("New person:"), self), 12)
        new_label.setBuddy(self.new_name)
        row.addWidget(new_label)
        row.addWidget(self.new_name, 1)
        row.addWidget(add)
        row.addWidget(up)
        row.addWidget(down)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.list, 1)
        box.addLayout(row)

    def load(self, everyone: Sequence[tuple[str, str]], ticked: Sequence[str] = ()) -> None:
        """Ticked people first, in their seating order, then everyone else by name."""
        self.list.blockSignals(True)
        self.list.clear()
        names = dict(everyone)
        for pid in [*ticked, *(p for p, _ in everyone if p not in ticked)]:
            self._append(pid, names.get(pid, "?"), pid in ticked)
        self.list.blockSignals(False)
        self.changed.emit()

    def _append(self, pid: str, name: str, ticked: bool) -> None:
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, pid)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.list.addItem(item)

    def add(self) -> None:
        name = self.new_name.text().strip()
        try:
            pid = add_person(self.db, name)
        except DomainError:
            self.problem.emit(self.tr("Type initials or a pseudonym first: a real name is never required."))
            return
        self._append(pid, name, True)
        moved = self.list.takeItem(self.list.count() - 1)  # a newcomer sits after those already ticked
        self.list.insertItem(len(self.ticked()), moved)
        self.list.setCurrentItem(moved)
        self.new_name.clear()
        self.changed.emit()

    def shift_seat(self, delta: int) -> None:
        row = self.list.currentRow()
        if row < 0 or not 0 <= row + delta < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(row + delta, item)
        self.list.setCurrentRow(row + delta)
        self.changed.emit()

    def ticked(self) -> list[str]:
        """Person ids in seating order."""
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def everyone(self) -> list[tuple[str, str]]:
        return [(self.list.item(i).data(Qt.ItemDataRole.UserRole), self.list.item(i).text())
                for i in range(self.list.count())]
