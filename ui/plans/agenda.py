"""The agenda table: clock times, items, minutes; structures can be dropped onto it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from facilitator.plans.schedule import Schedule
from facilitator.structures.model import format_minutes
from ui.library.model import STRUCTURE_MIME  # noqa: E402


class AgendaTable(QTableWidget):
    structure_dropped = Signal(str, int)  # structure id, row to insert at

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Item"), self.tr("Length"), self.tr("Invitation / note")])
        self.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for col in (0, 1, 2):
            self.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setVisible(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setAccessibleName(self.tr("Agenda"))
        self.setStyleSheet("QTableWidget { font-size: 11pt; }")

    def show_schedule(self, sched: Schedule) -> None:
        row = self.currentRow()
        self.setRowCount(len(sched.slots))
        empty = {0: self.tr("no start time"), 3: self.tr("no invitation")}  # heard, where the eye sees a blank
        for i, slot in enumerate(sched.slots):
            r = slot.resolved
            text = r.item.invitation or r.item.note
            title = ("⚠ " if r.warnings else "") + r.title
            for col, value in enumerate((slot.span if sched.clock_known else "", title, format_minutes(r.minutes), text)):
                cell = QTableWidgetItem(value)
                if r.warnings:
                    cell.setToolTip("\n".join(r.warnings))
                if not value and col in empty:
                    cell.setData(Qt.ItemDataRole.AccessibleTextRole, empty[col])
                self.setItem(i, col, cell)
        if sched.slots:
            self.selectRow(min(max(row, 0), len(sched.slots) - 1))

    # --- dropping structures from the library list -----------------------------------
    def _accepts(self, event: Any) -> bool:
        return bool(event.mimeData().hasFormat(STRUCTURE_MIME))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._accepts(event):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if self._accepts(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        if not self._accepts(event):
            return
        ident = bytes(event.mimeData().data(STRUCTURE_MIME).data()).decode("utf-8")
        row = self.rowAt(int(event.position().y()))
        self.structure_dropped.emit(ident, row if row >= 0 else self.rowCount())
        event.acceptProposedAction()


