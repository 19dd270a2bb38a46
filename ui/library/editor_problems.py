"""What is wrong in the structure editor, said in plain words next to the field it concerns.

The file rules (facilitator/structures/validate.py) speak to someone editing a TOML
file ("steps[2].minutes: expected …"). A person filling in a form needs the same
finding in the form's words, at the field, and not by colour alone: the field gets
a red border and a "⚠ Problem:" line under it, and its accessible description says
the same. The problem's field path (``Problem.parts``) picks the field; the words
come from here, translated.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QLabel, QStyle, QTableWidget, QWidget

from facilitator.structures.problem import Problem

translate = QCoreApplication.translate
ERROR_RED = "#9b1c1c"
CELL_TINT = QColor("#fde8e8")
STEP_COLUMNS = {"title": 0, "minutes": 1, "repeat": 2, "configuration": 3, "group_size": 4, "say": 5}


@dataclass(frozen=True)
class Finding:
    """One problem placed on the form: a top field's key, or a step row and column."""

    key: str
    message: str
    row: int = -1
    column: int = -1


def _field_words(key: str, empty: bool, detail: str) -> str:
    """Plain words for a problem with one of the structure's own fields."""
    if key == "id":
        return translate("StructureEditor", "Use only small letters, digits and dashes, e.g. my-check-in.")
    if key in ("name", "purpose", "invitation") and empty:
        return translate("StructureEditor", "Write a few words here; it cannot be left empty.")
    if key == "purposes":
        return translate("StructureEditor", "Tick at least one purpose family.")
    if key == "people":
        return translate("StructureEditor", "The most people cannot be fewer than the fewest people.")
    if key == "steps":
        return translate("StructureEditor", "Add at least one step.")
    return detail


def _step_words(key: str, number: int, detail: str) -> str:
    """Plain words for a problem with a step's field; ``number`` counts from 1."""
    n = str(number)
    words = {
        "title": translate("StructureEditor", "Step %1: give the step a title."),
        "minutes": translate("StructureEditor", "Step %1: write the minutes as a number above 0, e.g. 5."),
        "repeat": translate("StructureEditor", "Step %1: write how many rounds as a whole number, e.g. 3."),
        "group_size": translate("StructureEditor", "Step %1: write how many people in a group, 2 or more, e.g. 6."),
    }.get(key)
    if words is None:
        return translate("StructureEditor", "Step %1: %2").replace("%1", n).replace("%2", detail)
    return words.replace("%1", n)


def findings(problems: list[Problem], empty: set[str]) -> list[Finding]:
    """Each problem placed on the form, in the form's order; ``empty`` names the text fields left blank."""
    out: list[Finding] = []
    for problem in problems:
        parts = problem.parts
        if len(parts) >= 3 and parts[0] == "steps" and isinstance(parts[1], int):
            key = str(parts[2])
            column = STEP_COLUMNS.get(key, 0)
            out.append(Finding("steps", _step_words(key, parts[1], problem.message), parts[1] - 1, column))
        elif parts:
            key = str(parts[0])
            out.append(Finding(key, _field_words(key, key in empty, problem.message)))
        else:
            out.append(Finding("", problem.message))
    return out


def problem_line(parent: QWidget) -> QLabel:
    """The hidden line under a field that says what is wrong with it."""
    line = QLabel(parent)
    line.setWordWrap(True)
    line.setStyleSheet(f"color: {ERROR_RED}; font-weight: 600;")
    line.setVisible(False)
    return line


def show_problem(field: QWidget, line: QLabel, message: str) -> None:
    """Mark a field (border, icon and word, accessible description) or clear it when ``message`` is ""."""
    if message:
        line.setText(translate("StructureEditor", "⚠ Problem: %1").replace("%1", message))
        field.setStyleSheet(f"border: 2px solid {ERROR_RED};")
    elif line.isVisible() or field.styleSheet():
        line.clear()
        field.setStyleSheet("")
    line.setVisible(bool(message))
    field.setAccessibleDescription(message)


def mark_cells(table: QTableWidget, marks: dict[tuple[int, int], str]) -> None:
    """Tint and flag (warning icon, tooltip) the step cells that have a problem; clear the rest."""
    icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    table.blockSignals(True)
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            item = table.item(row, column)
            message = marks.get((row, column), "")
            if item is None:
                widget = table.cellWidget(row, column)
                if widget is not None:
                    widget.setStyleSheet(f"border: 2px solid {ERROR_RED};" if message else "")
                    widget.setAccessibleDescription(message)
                continue
            item.setBackground(QBrush(CELL_TINT) if message else QBrush())
            item.setIcon(icon if message else QIcon())
            item.setToolTip(message)
    table.blockSignals(False)
