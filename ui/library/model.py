"""The result list's model: one row per structure the filters let through.

Built as QStandardItems once per filter change, so painting the list runs no
Python. It also keeps PySide's ``Qt`` namespace out of the first paint:
creating its ninety-odd Python enums costs ~40 ms on an old laptop, and the
library window must appear fast (see benchmarks/startup.py).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtGui import QStandardItem, QStandardItemModel

from facilitator.structures.model import Structure
from ui.labels import minutes_label

STRUCTURE_MIME = "application/x-facilitator-structure"


class StructureListModel(QStandardItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[Structure] = []
        self._favourites: frozenset[str] = frozenset()

    def set_items(self, items: list[Structure], favourites: frozenset[str]) -> None:
        self._items = items
        self._favourites = favourites
        self.clear()
        if items:
            self.invisibleRootItem().appendRows([self._item(s) for s in items])

    def _item(self, s: Structure) -> QStandardItem:
        starred = s.id in self._favourites
        extra = ""
        if s.is_custom:
            extra = self.tr("  · custom")
        elif s.newer:
            extra = self.tr("  · new")
        star = "★ " if starred else ""
        item = QStandardItem(f"{star}{s.name}  —  {minutes_label(s.total_minutes)}{extra}")
        item.setEditable(False)
        item.setDragEnabled(True)  # onto a plan's agenda
        item.setDropEnabled(False)
        item.setToolTip(s.summary or s.purpose[:200])
        favourite = self.tr(", favourite") if starred else ""
        item.setAccessibleText(f"{s.name}, {minutes_label(s.total_minutes)}{favourite}")
        return item

    def structure(self, row: int) -> Structure | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, ident: str) -> int:
        for row, s in enumerate(self._items):
            if s.id == ident:
                return row
        return -1

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [STRUCTURE_MIME, "text/plain"]

    def mimeData(self, indexes: Any) -> QMimeData:  # noqa: N802
        """Drag a structure onto a plan's agenda."""
        data = QMimeData()
        found = [s for s in (self.structure(i.row()) for i in indexes) if s is not None]
        if found:
            data.setData(STRUCTURE_MIME, found[0].id.encode("utf-8"))
            data.setText(found[0].name)
        return data
