"""Create or edit a custom structure, with the file format's own validation shown as you type."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, cast

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.structures import custom
from facilitator.structures.library import Library
from facilitator.structures.model import PURPOSES, Configuration, Step, Structure
from facilitator.structures.validate import structure_from_table
from facilitator.structures.writer import structure_to_table
from ui.a11y import explain
from ui.discard_question import ask_discard
from ui.labels import purpose_label
from ui.library.editor_problems import Finding, findings, mark_cells, problem_line, show_problem
from ui.library.step_table import StepTable


def blank_structure(library: Library) -> Structure:
    return Structure(
        id=custom.id_from_name("", library), name="", purpose="", invitation="", purposes=("share",), source="custom",
        steps=(Step(title="", minutes=5, configuration=Configuration.WHOLE_GROUP),),
    )


class StructureEditor(QDialog):
    saved = Signal(object, object)  # new Structure, old Structure or None

    def __init__(self, structure: Structure, library: Library, parent: QWidget | None = None, is_new: bool = False) -> None:
        super().__init__(parent)
        self.original = None if is_new else structure
        self.library = library
        self.result_structure: Structure | None = None
        self.setWindowTitle(self.tr("New structure") if is_new else self.tr("Edit %1").replace("%1", structure.name))
        self.resize(900, 720)
        self._fields: dict[str, QWidget] = {}  # a file field's key -> the widget that edits it
        self._touched: set[object] = set()  # keys and (row, column) cells the person has changed
        self._tried = False  # after a first Save every problem shows, not only the touched fields'
        self._discarding = False
        self._question: QMessageBox | None = None
        self._first: Finding | None = None
        # a new structure's id follows its name until the person types an id of their own
        self._id_follows = is_new

        self.name = self._line(structure.name, self.tr("Name"), "name")
        self.ident = self._line(structure.id, self.tr("Id"), "id")
        self.name.textChanged.connect(self._name_changed)
        self.ident.textEdited.connect(self._id_edited)
        self.summary = self._line(structure.summary, self.tr("Summary"), "summary")
        self.purpose = self._text(structure.purpose, self.tr("Purpose"), "purpose")
        self.invitation = self._line(structure.invitation, self.tr("Invitation"), "invitation")
        self.families: dict[str, QCheckBox] = {}
        fam_row = QWidget(self)
        fam_box = QHBoxLayout(fam_row)
        fam_box.setContentsMargins(0, 0, 0, 0)
        for family in PURPOSES:
            box = QCheckBox(purpose_label(family), fam_row)
            box.setAccessibleDescription(self.tr("Purpose family %1").replace("%1", purpose_label(family)))
            box.setChecked(family in structure.purposes)
            box.toggled.connect(lambda _on: self._changed("purposes"))
            self.families[family] = box
            fam_box.addWidget(box)
        self._fields["purposes"] = fam_row
        self.min_people = self._spin(structure.min_people, self.tr("Fewest people"))
        self.max_people = self._spin(structure.max_people, self.tr("Most people"))
        self._fields["people"] = self.max_people
        people_row = QWidget(self)
        people_box = QHBoxLayout(people_row)
        people_box.setContentsMargins(0, 0, 0, 0)
        for text, spin in ((self.tr("from"), self.min_people), (self.tr("to"), self.max_people)):
            label = QLabel(text, people_row)  # 'from [4] to [12]': each box labelled by the word before it
            label.setBuddy(spin)
            people_box.addWidget(label)
            people_box.addWidget(spin)
        people_box.addStretch(1)
        self.space = self._line(structure.space, self.tr("Space"), "space")
        self.materials = self._text("\n".join(structure.materials), self.tr("Materials, one per line"), "materials")
        self.tips = self._text("\n".join(structure.tips), self.tr("Tips, one per line"), "tips")
        self.traps = self._text("\n".join(structure.traps), self.tr("Traps, one per line"), "traps")

        self.steps = StepTable(structure.steps, self)
        self.steps.changed.connect(self._changed)
        add = QPushButton(self.tr("&Add step"), self)
        explain(add, self.tr("Add step"))
        add.clicked.connect(self._add_step)
        self._fields["steps"] = add
        remove = QPushButton(self.tr("Remo&ve step"), self)
        explain(remove, self.tr("Remove selected step"))
        remove.clicked.connect(self.steps.remove_current)
        step_buttons = QHBoxLayout()
        step_buttons.addWidget(add)
        step_buttons.addWidget(remove)
        step_buttons.addStretch(1)

        self.problems = problem_line(self)  # what belongs to no one field
        self.problems.setObjectName("editorProblems")
        self.problems.setAccessibleName(self.tr("Problems"))
        self.step_problems = problem_line(self)  # right under the steps table
        self.step_problems.setObjectName("stepProblems")
        self.step_problems.setAccessibleName(self.tr("Problems with the steps"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self._save)

        self._lines: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, caption, widget in (("name", self.tr("&Name"), self.name), ("id", self.tr("I&d"), self.ident),
                                   ("summary", self.tr("S&ummary"), self.summary),
                                   ("purposes", self.tr("Purpose &families"), fam_row),
                                   ("purpose", self.tr("&Purpose"), self.purpose),
                                   ("invitation", self.tr("&Invitation"), self.invitation),
                                   ("people", self.tr("Peop&le"), people_row), ("space", self.tr("Spa&ce"), self.space),
                                   ("materials", self.tr("&Materials"), self.materials),
                                   ("tips", self.tr("&Tips"), self.tips), ("traps", self.tr("T&raps"), self.traps)):
            form.addRow(caption, widget)  # the label a sibling of its field: Qt gives the labelled-by relation
            self._lines[key] = problem_line(self)  # right under the field, shown when something is wrong
            form.setWidget(form.rowCount(), QFormLayout.ItemRole.FieldRole, self._lines[key])
        cast(QLabel, form.labelForField(people_row)).setBuddy(self.min_people)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        steps_label = QLabel(self.tr("&Steps"), self)
        steps_label.setBuddy(self.steps)
        layout.addWidget(steps_label)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.step_problems)
        layout.addLayout(step_buttons)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self._base = structure
        self.validate()
        self._saved_table = self.table()  # what "unsaved changes" is measured against

    # --- widgets -------------------------------------------------------------
    def _line(self, text: str, name: str, key: str) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setAccessibleName(name)
        edit.textChanged.connect(lambda _text: self._changed(key))
        self._fields[key] = edit
        return edit

    def _text(self, text: str, name: str, key: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(text, self)
        edit.setAccessibleName(name)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(52)
        edit.textChanged.connect(lambda: self._changed(key))
        self._fields[key] = edit
        return edit

    def _spin(self, value: int | None, name: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setAccessibleName(name)
        spin.setRange(0, 1000)
        spin.setSpecialValueText(self.tr("any"))
        spin.setValue(value or 0)
        spin.valueChanged.connect(lambda _value: self._changed("people"))
        return spin

    def _add_step(self) -> None:
        self.steps.add_step()
        self._changed("steps")

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
        base["steps"] = self.steps.tables()
        return base

    def validate(self) -> bool:
        """Check the form by the file's own rules; mark what is wrong at its field (see editor_problems)."""
        if not hasattr(self, "buttons"):
            return False
        file = f"{self.ident.text().strip() or '?'}.toml"
        form = self.table()
        structure, problems = structure_from_table(form, file, "custom")
        blank = {k for k in ("name", "purpose", "invitation") if not form[k].strip()}
        found = findings(problems, blank)
        clash = structure is not None and structure.id in self.library and (
            self.original is None or structure.id != self.original.id)
        if clash:
            found.append(Finding("id", self.tr("Another structure in the library already has this id; choose another.")))
        self._show(found)
        ok = structure is not None and not clash
        self.result_structure = structure if ok else None
        return ok

    def _show(self, found: list[Finding]) -> None:
        """Show the problems of the fields the person has touched (all of them after a first Save)."""
        shown = [f for f in found if self._tried or (f.row, f.column) in self._touched or f.key in self._touched]
        self._first = shown[0] if shown else None
        for key, line in self._lines.items():
            show_problem(self._fields[key], line, next((f.message for f in shown if f.key == key and f.row < 0), ""))
        cells = {(f.row, f.column): f.message for f in shown if f.row >= 0}
        mark_cells(self.steps, cells)
        steps = [f.message for f in shown if f.key == "steps"]
        show_problem(self.steps, self.step_problems, "\n".join(steps[:4]))
        self.steps.setStyleSheet("")  # the cells carry the marks, not the whole table
        rest = [f.message for f in shown if f.key not in self._lines and f.key != "steps"]
        show_problem(self.problems, self.problems, "\n".join(rest[:4]))
        self.problems.setStyleSheet("color: #9b1c1c; font-weight: 600;")

    def _changed(self, what: object) -> None:
        self._touched.add(what)
        self.validate()

    def _name_changed(self, name: str) -> None:
        if self._id_follows:
            self.ident.setText(custom.id_from_name(name, self.library))

    def _id_edited(self, _text: str) -> None:
        self._id_follows = False  # the person chose an id: the name no longer changes it

    def _focus_first(self) -> None:
        found = self._first
        if found is None:
            return
        if found.row >= 0:
            self.steps.setCurrentCell(found.row, found.column)
            self.steps.setFocus()
        elif found.key == "purposes":
            next(iter(self.families.values())).setFocus()
        elif found.key in self._fields:
            self._fields[found.key].setFocus()

    def _save(self) -> None:
        editing = QApplication.focusWidget()
        if editing is not None and self.steps.isAncestorOf(editing):  # Ctrl+S while typing in a cell
            self.steps.commitData(editing)
            self.steps.closeEditor(editing, QAbstractItemDelegate.EndEditHint.NoHint)
        self._tried = True
        if self.validate() and self.result_structure is not None:
            self._saved_table = self.table()
            self.saved.emit(self.result_structure, self.original)
            self.accept()
        else:
            self._focus_first()

    def has_changes(self) -> bool:
        return self.table() != self._saved_table

    def reject(self) -> None:
        """Esc, Cancel and closing the window ask first when something was changed."""
        if self._discarding or not self.has_changes():
            super().reject()
            return
        if self._question is not None and self._question.isVisible():
            return
        self._question = ask_discard(self, self._discard)

    def _discard(self) -> None:
        self._discarding = True
        self.reject()


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]
