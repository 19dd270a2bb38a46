"""Walk a window's accessibility tree the way a screen reader does, and list what it would miss.

Goes through QAccessible.queryAccessibleInterface, so it checks the interfaces
Qt hands to AT-SPI / UI Automation, not the widgets' own properties. The rules
are issue 20's: a focusable object has a name; a button, check box or label is
named by (a name starting with) its visible text; an input has its visible
label as buddy (the labelled-by relation); a cell editor is named, not by its value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from PySide6.QtGui import QAccessible, QAccessibleInterface, QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QAbstractSpinBox, QComboBox, QLabel, QWidget

Role = QAccessible.Role
State = QAccessible.State
INPUT_ROLES = {Role.ComboBox, Role.SpinBox, Role.EditableText}
TEXT_ROLES = {Role.PushButton, Role.CheckBox, Role.RadioButton, Role.StaticText}
HINT = re.compile(r"\s*[(\[](ctrl|alt|shift|space|enter|return|esc|f\d+|del|tab|\+|←|→|↑|↓)[^)\]]*[)\]]\s*$", re.I)


def spoken(text: str) -> str:
    """The words of a visible text a person would say: no mnemonic '&', no key hint, no symbols around it."""
    if "<" in text and ">" in text:
        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    text = re.sub(r"&(.)", r"\1", text)
    text = HINT.sub("", text)
    text = re.sub(r"^[^\w(“\"'‘]+", "", text)  # leading ▶ ☆ ✓ …
    text = re.sub(r"[^\w)”\"'’?!.%]+$", "", text)
    return " ".join(text.split()).casefold()


@dataclass
class Walk:
    window: str
    focusable: int = 0
    problems: list[str] = field(default_factory=list)

    def add(self, iface: QAccessibleInterface, why: str) -> None:
        obj = iface.object()
        ident = f"{type(obj).__name__}" + (f"#{obj.objectName()}" if obj is not None and obj.objectName() else "")
        cell = iface.tableCellInterface()
        if cell is not None:  # a cell has no object of its own: say whose cell it is
            table = cell.table()
            ident = f"cell {cell.rowIndex()},{cell.columnIndex()} of '{table.text(QAccessible.Text.Name) if table else ''}'"
        self.problems.append(f"{self.window}: {ident} {iface.role().name} '{iface.text(QAccessible.Text.Name)}': {why}")


def visible_text(widget: QWidget) -> str | None:
    if isinstance(widget, QLabel):
        return widget.text() if widget.pixmap().isNull() else None
    text = getattr(widget, "text", None)
    return text() if callable(text) and isinstance(text(), str) else None


def in_cell(widget: QWidget) -> bool:
    """A cell editor or index widget: its label is the column header and the row, not a buddy."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return True
        if isinstance(parent, (QAbstractSpinBox, QComboBox)):
            return False
        parent = parent.parentWidget()
    return False


def check(iface: QAccessibleInterface, walk: Walk) -> None:
    state, role = iface.state(), iface.role()
    name = iface.text(QAccessible.Text.Name).strip()
    widget = iface.object() if isinstance(iface.object(), QWidget) else None
    if state.focusable and not name:
        walk.add(iface, "focusable without a name")
    if widget is None:
        return
    if role in TEXT_ROLES:
        shown = visible_text(widget)
        if shown and spoken(shown) and not spoken(name).startswith(spoken(shown)):
            walk.add(iface, f"name does not start with its visible text '{spoken(shown)}'")
    if role in INPUT_ROLES and not isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
        if in_cell(widget):
            value = widget.currentText() if isinstance(widget, QComboBox) else ""
            if value and name == value:
                walk.add(iface, "cell editor named by its value")
        elif not iface.relations(QAccessible.RelationFlag.Label):
            walk.add(iface, "input without a labelled-by relation (QLabel.setBuddy)")
    value = iface.valueInterface()
    if value is not None and not isinstance(value.currentValue(), (int, float)):
        walk.add(iface, f"value interface with a non-number {value.currentValue()!r} (AT-SPI cannot convert it)")


def walk_tree(root: QWidget, title: str, limit: int = 5000) -> Walk:
    """Every visible object under a window, checked; offscreen, the tree is the one AT-SPI would get."""
    walk = Walk(title)
    start = QAccessible.queryAccessibleInterface(root)
    todo: list[QAccessibleInterface] = [start] if start is not None else []
    seen = 0
    while todo and seen < limit:
        iface = todo.pop()
        seen += 1
        if not iface.isValid() or iface.state().invisible or iface.state().offscreen:
            continue
        if iface.state().focusable:
            walk.focusable += 1
        check(iface, walk)
        count = iface.childCount()
        if count > 200:  # a long list or table: its first rows say how every row reads
            count = 60
        todo.extend(child for i in range(count) if (child := iface.child(i)) is not None)
    return walk
