"""The selected agenda item: its title, invitation, note, and time boxes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from facilitator.plans.resolve import ResolvedItem
from facilitator.structures.model import format_minutes


class ItemPanel(QWidget):
    edited = Signal(str, object)  # field, value
    step_minutes_edited = Signal(int, object)  # step index, minutes or None to reset

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Item title"))
        self.title.setPlaceholderText(self.tr("(the structure's name)"))
        self.invitation = QLineEdit(self)
        self.invitation.setAccessibleName(self.tr("Invitation for this item"))
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("Note for this item"))
        self.minutes = QDoubleSpinBox(self)
        self.minutes.setRange(0, 600)
        self.minutes.setDecimals(1)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Minutes for this item"))
        self.steps = QTableWidget(0, 3, self)
        self.steps.setAccessibleName(self.tr("Time box for each step"))
        self.steps.setHorizontalHeaderLabels([self.tr("Step"), self.tr("Usual"), self.tr("This time (min)")])
        self.steps.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.steps.verticalHeader().setVisible(False)
        self.steps.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.steps.itemChanged.connect(self._step_changed)
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8b0000; font-weight: 600;")
        self.warnings.setAccessibleName(self.tr("What changed in this item"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Item t&itle"), self.title)
        form.addRow(self.tr("I&nvitation"), self.invitation)
        form.addRow(self.tr("N&ote"), self.note)
        form.addRow(self.tr("&Minutes"), self.minutes)
        form.addRow(self.tr("&Steps"), self.steps)
        form.addRow(self.warnings)
        for edit, field in ((self.title, "title"), (self.invitation, "invitation"), (self.note, "note")):
            edit.editingFinished.connect(lambda e=edit, f=field: self._emit(f, e.text().strip()))
        self.minutes.editingFinished.connect(lambda: self._emit("minutes", self.minutes.value()))

    def _emit(self, field: str, value: object) -> None:
        if not self._loading:
            self.edited.emit(field, value)

    def load(self, resolved: ResolvedItem | None) -> None:
        self._loading = True
        try:
            self.setEnabled(resolved is not None)
            if resolved is None:
                for e in (self.title, self.invitation, self.note):
                    e.clear()
                self.steps.setRowCount(0)
                self.warnings.clear()
                return
            item = resolved.item
            self.title.setText(item.title)
            self.invitation.setText(item.invitation)
            if resolved.structure is not None:
                self.invitation.setPlaceholderText(resolved.structure.invitation)
            self.note.setText(item.note)
            for edit in (self.title, self.invitation, self.note):
                edit.setCursorPosition(0)  # long texts read from their start, not their end
            structure = resolved.structure
            self.minutes.setEnabled(structure is None)
            self.minutes.setValue(resolved.minutes if structure is None else 0)
            self.steps.setRowCount(len(structure.steps) if structure else 0)
            if structure is not None:
                for i, step in enumerate(structure.steps):
                    label = step.title + (f" ×{step.repeat}" if step.repeat > 1 else "")
                    fixed = [QTableWidgetItem(label), QTableWidgetItem(format_minutes(step.minutes))]
                    for col, cell in enumerate(fixed):
                        cell.setFlags(cell.flags() & ~cell.flags().ItemIsEditable)
                        self.steps.setItem(i, col, cell)
                    value = resolved.overrides.get(i)
                    override = QTableWidgetItem("" if value is None else f"{value:g}")
                    if value is None:  # a blank a screen reader can say
                        override.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("as usual"))
                    self.steps.setItem(i, 2, override)
            self.warnings.setText("\n".join(resolved.warnings))
        finally:
            self._loading = False

    def _step_changed(self, cell: QTableWidgetItem) -> None:
        if self._loading or cell.column() != 2:
            return
        text = cell.text().strip().replace(",", ".")
        if text and cell.data(Qt.ItemDataRole.AccessibleTextRole):
            self._loading = True  # what was typed is what a screen reader says now, not 'as usual'
            cell.setData(Qt.ItemDataRole.AccessibleTextRole, None)
            self._loading = False
        if not text:
            self.step_minutes_edited.emit(cell.row(), None)
            return
        try:
            minutes = float(text)
        except ValueError:
            minutes = -1.0
        if minutes <= 0 or minutes > 600:
            self.warnings.setText(self.tr("Step %1: give a number of minutes above 0, e.g. 4 or 2.5")
                                  .replace("%1", str(cell.row() + 1)))
            return
        self.step_minutes_edited.emit(cell.row(), minutes)
