"""A list model over the core's filtered structures, for the result list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from facilitator.structures.model import Structure
from ui.labels import minutes_label

StructureRole = Qt.ItemDataRole.UserRole + 1
STRUCTURE_MIME = "application/x-facilitator-structure"
Index = QModelIndex | QPersistentModelIndex


class StructureListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[Structure] = []
        self._favourites: frozenset[str] = frozenset()

    def set_items(self, items: list[Structure], favourites: frozenset[str]) -> None:
        self.beginResetModel()
        self._items = items
        self._favourites = favourites
        self.endResetModel()

    def structure(self, row: int) -> Structure | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, ident: str) -> int:
        for row, s in enumerate(self._items):
            if s.id == ident:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

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

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        s = self.structure(index.row())
        if s is None:
            return None
        star = "★ " if s.id in self._favourites else ""
        if role == Qt.ItemDataRole.DisplayRole:
            extra = ""
            if s.is_custom:
                extra = self.tr("  · custom")
            elif s.newer:
                extra = self.tr("  · new")
            return f"{star}{s.name}  —  {minutes_label(s.total_minutes)}{extra}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            fav = self.tr(", favourite") if star else ""
            return f"{s.name}, {minutes_label(s.total_minutes)}{fav}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return s.summary or s.purpose[:200]
        if role == StructureRole:
            return s
        return None
