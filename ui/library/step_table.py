"""The structure editor's steps: one row a step, the cells read back as structure-file tables.

Fields the table does not show (notes, uses, leftovers, stages, the official
range) ride along with their row, so editing a title never drops them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from facilitator.structures.model import Configuration, Step, Structure
from facilitator.structures.writer import structure_to_table
from ui.labels import configuration_label

COLUMNS = (  # marked for pyside6-lupdate; translated where the header is built
    QT_TRANSLATE_NOOP("StructureEditor", "Title"), QT_TRANSLATE_NOOP("StructureEditor", "Minutes"),
    QT_TRANSLATE_NOOP("StructureEditor", "Repeat"), QT_TRANSLATE_NOOP("StructureEditor", "Groups"),
    QT_TRANSLATE_NOOP("StructureEditor", "Group size"), QT_TRANSLATE_NOOP("StructureEditor", "Say"),
)
GROUPS = 3  # the column with the Groups drop-down
SHOWN = {"title", "minutes", "configuration", "repeat", "group_size", "say", "min_minutes", "max_minutes"}


class StepTable(QTableWidget):
    changed = Signal(object)  # (row, column) of the cell changed, or "steps" for a row added or removed

    def __init__(self, steps: tuple[Step, ...], parent: QWidget) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setAccessibleName(QCoreApplication.translate("StructureEditor", "Steps"))
        self.setHorizontalHeaderLabels([QCoreApplication.translate("StructureEditor", str(c)) for c in COLUMNS])
        self.horizontalHeader().setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.itemChanged.connect(lambda item: self.changed.emit((item.row(), item.column())))
        self.changed.connect(lambda _where: self._name_cells())
        self._extra: list[Step] = []
        for step in steps:
            self.add_step(step)

    def add_step(self, step: Step | None = None) -> None:
        step = step or Step("", 5, Configuration.WHOLE_GROUP)
        row = self.rowCount()
        self.blockSignals(True)
        self.insertRow(row)
        for col, text in ((0, step.title), (1, f"{step.minutes:g}"), (2, str(step.repeat)),
                          (4, str(step.group_size or "")), (5, step.say)):
            self.setItem(row, col, QTableWidgetItem(text))
        under = QTableWidgetItem()  # under the drop-down: the cell a screen reader reaches
        self.setItem(row, GROUPS, under)
        under.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        combo = QComboBox(self)
        for config in Configuration:
            combo.addItem(configuration_label(config), config.value)
        combo.setCurrentIndex(list(Configuration).index(step.configuration))
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit((self.indexAt(combo.pos()).row(), GROUPS)))
        self.setCellWidget(row, GROUPS, combo)
        # wide enough for the longest choice ("Small groups"), never cut off by the column
        self.setColumnWidth(GROUPS, max(self.columnWidth(GROUPS), combo.sizeHint().width() + 8))
        self.blockSignals(False)
        self._extra.append(step)
        self._name_cells()

    def remove_current(self) -> None:
        row = self.currentRow()
        if row >= 0:
            self.removeRow(row)
            del self._extra[row]
            self.changed.emit("steps")

    def _name_cells(self) -> None:
        """'Step 2, groups: Pairs' on the drop-down and the cell under it (the tree reaches the cell, not
        the drop-down drawn over it); an empty Group size says so. Numbers follow rows added or removed."""
        translate = QCoreApplication.translate  # literal calls, so pyside6-lupdate reads (context, text)
        self.blockSignals(True)
        for row in range(self.rowCount()):
            combo, groups, size = self.cellWidget(row, GROUPS), self.item(row, GROUPS), self.item(row, 4)
            if isinstance(combo, QComboBox) and groups is not None:
                name = translate("StructureEditor", "Step %1, groups: %2").replace("%1", str(row + 1)).replace("%2", combo.currentText())
                combo.setAccessibleName(name)
                groups.setData(Qt.ItemDataRole.AccessibleTextRole, name)
            if size is not None:
                empty = translate("StructureEditor", "Step %1, group size: not set").replace("%1", str(row + 1))
                size.setData(Qt.ItemDataRole.AccessibleTextRole, None if size.text().strip() else empty)
        self.blockSignals(False)

    def tables(self) -> list[dict[str, Any]]:
        """Every row as a [[steps]] table, for the file's own rules to check."""
        return [self._table(row) for row in range(self.rowCount())]

    def _table(self, row: int) -> dict[str, Any]:
        def cell(col: int) -> str:
            item = self.item(row, col)
            return item.text().strip() if item else ""

        extra = self._extra[row]
        kept = _step_file_table(extra)
        combo = self.cellWidget(row, GROUPS)
        out = {k: v for k, v in kept.items() if k not in SHOWN}
        out.update({"title": cell(0), "minutes": _number(cell(1)),
                    "configuration": combo.currentData() if isinstance(combo, QComboBox) else "whole-group"})
        if "minutes" not in kept and cell(1) == f"{extra.minutes:g}":
            del out["minutes"]  # the step's parts give its time; an unchanged cell is theirs, not a new one
        if cell(2) and cell(2) != "1":
            out["repeat"] = _number(cell(2))
        if cell(4):
            out["group_size"] = _number(cell(4))
        if cell(5):
            out["say"] = cell(5)
        minutes = out.get("minutes")
        if isinstance(minutes, int | float) and "minutes" in kept:
            if extra.min_minutes is not None and extra.min_minutes <= minutes:
                out["min_minutes"] = extra.min_minutes
            if extra.max_minutes is not None and extra.max_minutes >= minutes:
                out["max_minutes"] = extra.max_minutes
        return out


def _step_file_table(step: Step) -> dict[str, Any]:
    """The step as the file writer writes it, with the fields the table does not show."""
    holder = Structure(id="x", name="x", purpose="x", invitation="x", purposes=("share",), steps=(step,))
    return dict(structure_to_table(holder)["steps"][0])


def _number(text: str) -> Any:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        return text  # let the file rules say what is wrong, in their words
    return int(value) if value.is_integer() else value
