"""Create or edit a custom structure, with the file format's own validation shown as you type."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.structures import custom
from facilitator.structures.library import Library
from facilitator.structures.model import PURPOSES, Configuration, Step, Structure
from facilitator.structures.validate import structure_from_table
from facilitator.structures.writer import structure_to_table
from ui.labels import configuration_label, purpose_label

COLUMNS = (  # marked for pyside6-lupdate; translated where the header is built
    QT_TRANSLATE_NOOP("StructureEditor", "Title"), QT_TRANSLATE_NOOP("StructureEditor", "Minutes"),
    QT_TRANSLATE_NOOP("StructureEditor", "Repeat"), QT_TRANSLATE_NOOP("StructureEditor", "Groups"),
    QT_TRANSLATE_NOOP("StructureEditor", "Group size"), QT_TRANSLATE_NOOP("StructureEditor", "Say"),
)


def blank_structure(library: Library) -> Structure:
    ident, n = "my-structure", 2
    while ident in library or custom.file_for(ident).exists():
        ident, n = f"my-structure-{n}", n + 1
    return Structure(
        id=ident, name="", purpose="", invitation="", purposes=("share",), source="custom",
        steps=(Step(title="", minutes=5, configuration=Configuration.WHOLE_GROUP),),
    )


class StructureEditor(QDialog):
    saved = Signal(object, object)  # new Structure, old Structure or None

    def __init__(self, structure: Structure, library: Library, parent: Any = None, is_new: bool = False) -> None:
        super().__init__(parent)
        self.original = None if is_new else structure
        self.library = library
        self.result_structure: Structure | None = None
        self.setWindowTitle(self.tr("New structure") if is_new else self.tr("Edit %1").replace("%1", structure.name))
        self.resize(900, 760)

        self.ident = self._line(structure.id, self.tr("Id"))
        self.name = self._line(structure.name, self.tr("Name"))
        self.summary = self._line(structure.summary, self.tr("Summary"))
        self.purpose = self._text(structure.purpose, self.tr("Purpose"))
        self.invitation = self._line(structure.invitation, self.tr("Invitation"))
        self.families: dict[str, QCheckBox] = {}
        fam_row = QWidget(self)
        fam_box = QHBoxLayout(fam_row)
        fam_box.setContentsMargins(0, 0, 0, 0)
        for family in PURPOSES:
            box = QCheckBox(purpose_label(family), fam_row)
            box.setAccessibleName(self.tr("Purpose family %1").replace("%1", purpose_label(family)))
            box.setChecked(family in structure.purposes)
            box.toggled.connect(self.validate)
            self.families[family] = box
            fam_box.addWidget(box)
        self.min_people = self._spin(structure.min_people, self.tr("Fewest people"))
        self.max_people = self._spin(structure.max_people, self.tr("Most people"))
        people_row = QWidget(self)
        people_box = QHBoxLayout(people_row)
        people_box.setContentsMargins(0, 0, 0, 0)
        people_box.addWidget(self.min_people)
        people_box.addWidget(QLabel(self.tr("to"), people_row))
        people_box.addWidget(self.max_people)
        self.space = self._line(structure.space, self.tr("Space"))
        self.materials = self._text("\n".join(structure.materials), self.tr("Materials, one per line"))
        self.tips = self._text("\n".join(structure.tips), self.tr("Tips, one per line"))
        self.traps = self._text("\n".join(structure.traps), self.tr("Traps, one per line"))

        self.steps = QTableWidget(0, len(COLUMNS), self)
        self.steps.setAccessibleName(self.tr("Steps"))
        self.steps.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.steps.horizontalHeader().setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.steps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.steps.itemChanged.connect(self.validate)
        self._extra: list[Step] = []
        for step in structure.steps:
            self._add_step_row(step)
        add = QPushButton(self.tr("&Add step"), self)
        add.setAccessibleName(self.tr("Add step"))
        add.clicked.connect(lambda: (self._add_step_row(Step("", 5, Configuration.WHOLE_GROUP)), self.validate()))
        remove = QPushButton(self.tr("Remo&ve step"), self)
        remove.setAccessibleName(self.tr("Remove selected step"))
        remove.clicked.connect(self._remove_step)
        step_buttons = QHBoxLayout()
        step_buttons.addWidget(add)
        step_buttons.addWidget(remove)
        step_buttons.addStretch(1)

        self.problems = QLabel(self)
        self.problems.setObjectName("editorProblems")
        self.problems.setAccessibleName(self.tr("Problems"))
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #9b1c1c; font-weight: 600;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        for label, widget in ((self.tr("I&d"), self.ident), (self.tr("&Name"), self.name),
                              (self.tr("S&ummary"), self.summary), (self.tr("Purpose &families"), fam_row),
                              (self.tr("&Purpose"), self.purpose), (self.tr("&Invitation"), self.invitation),
                              (self.tr("Peop&le"), people_row), (self.tr("Spa&ce"), self.space),
                              (self.tr("&Materials"), self.materials), (self.tr("&Tips"), self.tips),
                              (self.tr("T&raps"), self.traps)):
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        steps_label = QLabel(self.tr("&Steps"), self)
        steps_label.setBuddy(self.steps)
        layout.addWidget(steps_label)
        layout.addWidget(self.steps, 1)
        layout.addLayout(step_buttons)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self._base = structure
        self.validate()

    # --- widgets -------------------------------------------------------------
    def _line(self, text: str, name: str) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setAccessibleName(name)
        edit.textChanged.connect(self.validate)
        return edit

    def _text(self, text: str, name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(text, self)
        edit.setAccessibleName(name)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(64)
        edit.textChanged.connect(self.validate)
        return edit

    def _spin(self, value: int | None, name: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setAccessibleName(name)
        spin.setRange(0, 1000)
        spin.setSpecialValueText(self.tr("any"))
        spin.setValue(value or 0)
        spin.valueChanged.connect(self.validate)
        return spin

    def _add_step_row(self, step: Step) -> None:
        row = self.steps.rowCount()
        self.steps.blockSignals(True)
        self.steps.insertRow(row)
        minutes = f"{step.minutes:g}"
        for col, text in ((0, step.title), (1, minutes), (2, str(step.repeat)),
                          (4, str(step.group_size or "")), (5, step.say)):
            self.steps.setItem(row, col, QTableWidgetItem(text))
        combo = QComboBox(self.steps)
        combo.setAccessibleName(self.tr("Groups for step %1").replace("%1", str(row + 1)))
        for config in Configuration:
            combo.addItem(configuration_label(config), config.value)
        combo.setCurrentIndex(list(Configuration).index(step.configuration))
        combo.currentIndexChanged.connect(self.validate)
        self.steps.setCellWidget(row, 3, combo)
        self.steps.blockSignals(False)
        self._extra.append(step)

    def _remove_step(self) -> None:
        row = self.steps.currentRow()
        if row >= 0:
            self.steps.removeRow(row)
            del self._extra[row]
            self.validate()

    # --- checking and saving ------------------------------------------------------
    def table(self) -> dict[str, Any]:
        """The form as a structure-file table, so the file's own rules check it."""
        base = structure_to_table(replace(self._base, steps=()))
        base.update({
            "id": self.ident.text().strip(), "name": self.name.text(), "summary": self.summary.text(),
            "purpose": self.purpose.toPlainText(), "invitation": self.invitation.text(),
            "purposes": [f for f, box in self.families.items() if box.isChecked()],
            "space": self.space.text(),
            "materials": _lines(self.materials), "tips": _lines(self.tips), "traps": _lines(self.traps),
        })
        people = {k: v for k, v in (("min", self.min_people.value()), ("max", self.max_people.value())) if v}
        base["people"] = people
        base["steps"] = [self._step_table(row) for row in range(self.steps.rowCount())]
        return base

    def _step_table(self, row: int) -> dict[str, Any]:
        def cell(col: int) -> str:
            item = self.steps.item(row, col)
            return item.text().strip() if item else ""

        extra = self._extra[row]
        combo = self.steps.cellWidget(row, 3)
        out: dict[str, Any] = {"title": cell(0), "minutes": _number(cell(1)),
                               "configuration": combo.currentData() if isinstance(combo, QComboBox) else "whole-group"}
        if cell(2) and cell(2) != "1":
            out["repeat"] = _number(cell(2))
        if cell(4):
            out["group_size"] = _number(cell(4))
        if cell(5):
            out["say"] = cell(5)
        for key in ("notes", "uses", "leftovers"):
            if getattr(extra, key):
                out[key] = getattr(extra, key)
        minutes = out["minutes"]
        if isinstance(minutes, int | float):
            if extra.min_minutes is not None and extra.min_minutes <= minutes:
                out["min_minutes"] = extra.min_minutes
            if extra.max_minutes is not None and extra.max_minutes >= minutes:
                out["max_minutes"] = extra.max_minutes
        return out

    def validate(self) -> bool:
        if not hasattr(self, "buttons"):
            return False
        file = f"{self.ident.text().strip() or '?'}.toml"
        structure, problems = structure_from_table(self.table(), file, "custom")
        clash = structure is not None and structure.id in self.library and (
            self.original is None or structure.id != self.original.id)
        messages = [f"{p.field}: {p.message}" if p.field else p.message for p in problems]
        if clash:
            messages.append(self.tr("id: '%1' is already used in the library; choose another").replace("%1", structure.id))  # type: ignore[union-attr]
        self.problems.setText("\n".join(messages[:6]))
        self.problems.setVisible(bool(messages))
        ok = structure is not None and not clash
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)
        self.result_structure = structure if ok else None
        return ok

    def _save(self) -> None:
        if self.validate() and self.result_structure is not None:
            self.saved.emit(self.result_structure, self.original)
            self.accept()


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


def _number(text: str) -> Any:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        return text  # let the file rules say what is wrong, in their words
    return int(value) if value.is_integer() else value


