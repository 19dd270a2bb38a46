"""The circle during a round: everyone in seating order, who has spoken, who is to come, whose turn it is.

Keyboard first: the list keeps the focus during a round. ↑/↓ (and Page Up/Down,
Home/End, or a click) choose a person, which gives them the turn; the stance
letters and ←/→ are handed to the round screen as commands, never typed.
A long circle scrolls so the current speaker stays in the middle of the view.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from facilitator.decisions.rules import Stance
from ui.decisions import style
from ui.decisions.labels import stance_label

COMMANDS = {Qt.Key.Key_C: "C", Qt.Key.Key_K: "K", Qt.Key.Key_O: "O", Qt.Key.Key_P: "P",
            Qt.Key.Key_N: "N", Qt.Key.Key_S: "S", Qt.Key.Key_Left: "back", Qt.Key.Key_Right: "forward",
            Qt.Key.Key_Return: "enter", Qt.Key.Key_Enter: "enter"}
EXCERPT = 70


class CircleList(QListWidget):
    command = Signal(str)
    chosen = Signal(str)  # a person id, chosen with ↑/↓ or a click

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roundCircle")
        self.setAccessibleName(self.tr("The circle: who has spoken and who is still to come"))
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setStyleSheet("QListWidget { font-size: 15pt; } QListWidget::item { padding: 3px 6px; }"
                           f" QListWidget::item:selected {{ background: {style.CURRENT[0]}; color: {style.CURRENT[1]};"
                           f" border: 3px solid {style.CURRENT[1]}; }}")
        self.people: list[tuple[str, str]] = []
        self._rows: dict[str, int] = {}
        self._current: str | None = None
        self.currentRowChanged.connect(self._row_changed)

    def set_people(self, people: Sequence[tuple[str, str]]) -> None:
        """(id, display name) in seating order; every row starts as 'to come'."""
        self.blockSignals(True)
        self.clear()
        self.people = list(people)
        self._rows = {pid: row for row, (pid, _name) in enumerate(self.people)}
        self._current = None
        for _pid, _name in self.people:
            self.addItem(QListWidgetItem())
        self.blockSignals(False)

    def show_person(self, pid: str, stance: Stance | None) -> None:
        """Redraw one row (a stance was recorded or the turn moved): cheap at any circle size."""
        row = self._rows.get(pid)
        if row is None:
            return
        item = self.item(row)
        name = self.people[row][1]
        current = pid == self._current
        if stance is None:
            state = self.tr("speaking now") if current else self.tr("to come")
            colours = style.TO_COME
        else:
            state = stance_label(stance.value, stance.preference_not_objection)
            if stance.text:
                short = stance.text if len(stance.text) <= EXCERPT else stance.text[:EXCERPT - 1] + "…"
                state += f": {short}"
            colours = style.STANCE_COLOURS.get(stance.value, style.OTHER)
        if current:
            colours = style.CURRENT
        marker = "▶ " if current else ("✓ " if stance is not None else "   ")
        item.setText(f"{marker}{row + 1}. {name} — {state}")
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{name}, {state}")
        item.setData(Qt.ItemDataRole.UserRole, pid)
        item.setBackground(QBrush(QColor(colours[0])))
        item.setForeground(QBrush(QColor(colours[1])))
        font = item.font()
        font.setBold(current)
        item.setFont(font)

    def set_current(self, pid: str | None) -> None:
        """Give the turn to ``pid`` and keep them in view (without emitting ``chosen``)."""
        self._current = pid
        row = self._rows.get(pid, -1) if pid else -1
        self.blockSignals(True)
        if row >= 0:
            self.setCurrentRow(row)
            self.scrollToItem(self.item(row), QAbstractItemView.ScrollHint.PositionAtCenter)
        else:
            self.clearSelection()
        self.blockSignals(False)

    def person_at(self, row: int) -> str | None:
        return self.people[row][0] if 0 <= row < len(self.people) else None

    def _row_changed(self, row: int) -> None:
        pid = self.person_at(row)
        if pid is not None and pid != self._current:
            self.chosen.emit(pid)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        plain = not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                                         | Qt.KeyboardModifier.MetaModifier)
        name = COMMANDS.get(Qt.Key(event.key()))
        if plain and name is not None:
            self.command.emit(name)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyboardSearch(self, search: str) -> None:  # noqa: N802
        """Letters are stance commands here, never a jump to a name."""
