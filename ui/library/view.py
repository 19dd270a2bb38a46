"""The library page: filter bar and result list on the left, details on the right.

This page is what paints first at start-up, so dialogs and menus it only
needs on demand are imported where they are used (see benchmarks/startup.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Signal
from PySide6.QtGui import QContextMenuEvent, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator import paths
from facilitator.store.peek import starred_ids
from facilitator.structures import custom
from facilitator.structures.library import Library, load_library
from facilitator.structures.model import Structure
from ui.a11y import explain
from ui.layout import centred, sized
from ui.library.commands import DeleteCommand, SaveCommand, StarCommand
from ui.library.detail import DetailPane
from ui.library.filter_bar import FilterBar
from ui.library.model import StructureListModel

if TYPE_CHECKING:
    from facilitator.store.db import Database


class ResultList(QListView):
    """The result list; its context menu comes through the event, not a Qt-namespace policy."""

    menu_requested = Signal(QPoint)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        pos = event.pos()  # viewport coordinates for a mouse click
        if event.reason() == QContextMenuEvent.Reason.Keyboard and self.currentIndex().isValid():
            pos = self.visualRect(self.currentIndex()).center()  # the Menu key: under the current row
        self.menu_requested.emit(pos)


class LibraryView(QWidget):
    problems_changed = Signal(list)
    status = Signal(str)

    def __init__(self, db: Database | None, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.undo = db, undo
        self.library: Library = Library()
        self.favourites: frozenset[str] = frozenset()
        self._refreshing = False

        self.filters = FilterBar(self)
        self.model = StructureListModel(self)
        self.results = ResultList(self)
        self.results.setModel(self.model)
        self.results.setAccessibleName(self.tr("Structures"))
        self.results.setUniformItemSizes(True)
        self.results.setDragEnabled(True)
        self.results.setDragDropMode(QListView.DragDropMode.DragOnly)
        self.results.menu_requested.connect(self._context_menu)
        sized(self.results, 12)
        self.results.setSpacing(3)  # air between the rows
        self.count = QLabel(self)
        explain(self.count, self.tr("Number of structures shown"), tooltip=False)

        self.empty = QWidget(self)
        self.empty_label = QLabel(self.tr("No structure matches these filters."), self.empty)
        self.empty_label.setWordWrap(True)
        self.clear_button = QPushButton(self.tr("&Clear filters"), self.empty)
        self.clear_button.clicked.connect(self.filters.clear)
        box = QVBoxLayout(self.empty)
        box.addStretch(1)
        box.addLayout(centred(self.empty_label))
        box.addLayout(centred(self.clear_button))
        box.addStretch(1)
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.results)
        self.list_stack.addWidget(self.empty)

        left = QWidget(self)
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.filters)
        left_box.addWidget(self.list_stack, 1)
        left_box.addWidget(self.count)

        self.detail = DetailPane(self)
        self.splitter = QSplitter(parent=self)  # horizontal; a positional parent makes PySide build the Qt namespace (~40 ms)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self.filters.changed.connect(lambda: self.refresh(keep=self.current_id()))
        self.results.selectionModel().currentChanged.connect(self._current_changed)
        self.detail.star_toggled.connect(self.set_starred)
        self.detail.duplicate_requested.connect(self.duplicate)
        self.detail.edit_requested.connect(self.edit)
        self.detail.delete_requested.connect(self.delete)
        self.detail.export_requested.connect(self.export)
        self.detail.structure_link.connect(self.select_anywhere)
        self.setTabOrder(self.filters.favourites_only, self.results)
        self.setTabOrder(self.results, self.detail.star)

    # --- loading and showing -------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        """Read the structure files and favourites again (after any change)."""
        self.library = load_library()
        if self.db is None:  # still opening at start-up: a read-only look is enough to paint
            self.favourites = starred_ids(paths.database_path())
        else:
            from facilitator.store.favourites import favourites

            self.favourites = favourites(self.db)
        self.problems_changed.emit(list(self.library.problems))
        self.refresh(keep=select if select is not None else self.current_id())

    def refresh(self, keep: str | None = None) -> None:
        found = self.filters.current(self.favourites).apply(self.library)
        self._refreshing = True  # rebuilding the rows moves the current row many times: show once, below
        try:
            self.model.set_items(found, self.favourites)
            self.list_stack.setCurrentWidget(self.results if found else self.empty)
            self.count.setText(self.tr("%1 of %2 structures").replace("%1", str(len(found)))
                               .replace("%2", str(len(self.library))))
            row = self.model.row_of(keep) if keep else -1
            if row < 0 and found:
                row = 0
            if row >= 0:
                self.results.selectionModel().setCurrentIndex(
                    self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        finally:
            self._refreshing = False
        self._show(self.model.structure(row) if row >= 0 else None)

    def current_id(self) -> str | None:
        s = self.detail.structure
        return s.id if s else None

    def current(self) -> Structure | None:
        return self.detail.structure

    def select_anywhere(self, ident: str) -> None:
        """Show a structure even if the filters hide it (a link from another one)."""
        if ident not in self.library:
            return
        if self.model.row_of(ident) < 0:
            self.filters.clear()
        self.refresh(keep=ident)
        self.results.setFocus()

    def _current_changed(self, index: QModelIndex, _previous: QModelIndex) -> None:
        if not self._refreshing:
            self._show(self.model.structure(index.row()))

    def _show(self, s: Structure | None) -> None:
        self.detail.show_structure(s, self.library, bool(s and s.id in self.favourites))

    # --- actions ---------------------------------------------------------------
    def _refresh_after(self, ident: str | None) -> None:
        self.reload(select=ident)

    def set_starred(self, ident: str, starred: bool) -> None:
        s = self.library.get(ident)
        if self.db is None:
            self.status.emit(self.tr("Still opening your data; star it again in a moment."))
            return
        if s is not None and (ident in self.favourites) != starred:
            self.undo.push(StarCommand(self.db, s, starred, self._refresh_after))

    def toggle_star(self) -> None:
        s = self.current()
        if s is not None:
            self.set_starred(s.id, s.id not in self.favourites)

    def duplicate(self, ident: str | None = None) -> None:
        s = self.library.get(ident) if ident else self.current()
        if s is None:
            return
        copy = custom.copy_of(s, self.library)
        self.undo.push(SaveCommand(self.tr("Duplicate %1").replace("%1", s.name), copy, None, self._refresh_after))
        self.status.emit(self.tr("Made your own copy: %1. Edit it with Ctrl+E.").replace("%1", copy.name))

    def edit(self, ident: str | None = None) -> None:
        from ui.library.editor import StructureEditor

        s = self.library.get(ident) if ident else self.current()
        if s is None or not s.is_custom:
            return
        self._editor = StructureEditor(s, self.library, self)
        self._editor.saved.connect(self._editor_saved)
        self._editor.open()

    def new_structure(self) -> None:
        from ui.library.editor import StructureEditor, blank_structure

        self._editor = StructureEditor(blank_structure(self.library), self.library, self, is_new=True)
        self._editor.saved.connect(self._editor_saved)
        self._editor.open()

    def _editor_saved(self, new: Structure, old: Structure | None) -> None:
        from ui.library.commands import RenameSaveCommand

        if old is not None and old.id != new.id:
            self.undo.push(RenameSaveCommand(self.tr("Edit %1").replace("%1", new.name), new, old, self._refresh_after))
            return
        path = custom.file_for(new.id)
        previous = path.read_text(encoding="utf-8") if path.exists() else None
        label = self.tr("Edit %1") if previous else self.tr("Create %1")
        self.undo.push(SaveCommand(label.replace("%1", new.name), new, previous, self._refresh_after))

    def delete(self, ident: str | None = None) -> None:
        s = self.library.get(ident) if ident else self.current()
        if s is None or not s.is_custom:
            return
        self.undo.push(DeleteCommand(s, self._refresh_after))
        self.status.emit(self.tr("Deleted %1. Undo with Ctrl+Z.").replace("%1", s.name))

    def export(self, ident: str | None = None) -> None:
        s = self.library.get(ident) if ident else self.current()
        if s is None:
            return
        from PySide6.QtWidgets import QFileDialog

        target, _ = QFileDialog.getSaveFileName(self, self.tr("Export structure"), str(Path.home() / f"{s.id}.toml"),
                                                self.tr("Structure files (*.toml)"))
        if target:
            self.export_to(s, Path(target))

    def export_to(self, s: Structure, target: Path) -> bool:
        try:
            from facilitator.structures.writer import dumps

            custom.write_atomic(target, dumps(s))
        except OSError as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("Could not export"), self.tr(
                "%1 could not be written: %2. Choose another folder.").replace("%1", str(target)).replace("%2", exc.strerror or str(exc)))
            return False
        self.status.emit(self.tr("Exported to %1").replace("%1", str(target)))
        return True

    def import_files(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Import structure files"), str(Path.home()),
                                                self.tr("Structure files (*.toml);;All files (*)"))
        for name in files:
            self.import_path(Path(name))

    def import_path(self, path: Path) -> Structure | None:
        """Check a file and add it; a bad file gets a message naming the field and the fix."""
        try:
            s = custom.checked_import(path, self.library)
        except custom.StructureFileError as exc:
            from PySide6.QtWidgets import QMessageBox

            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Could not import %1").replace("%1", path.name),
                              self.tr("This file is not a usable structure. Fix these lines and import it again:"),
                              QMessageBox.StandardButton.Ok, self)
            box.setDetailedText("\n".join(str(p) for p in exc.problems))
            box.setInformativeText("\n".join(str(p) for p in exc.problems[:5]))
            box.setObjectName("importProblems")
            box.open()
            self._last_message = box
            return None
        self.undo.push(SaveCommand(self.tr("Import %1").replace("%1", s.name), s, None, self._refresh_after))
        self.status.emit(self.tr("Imported %1").replace("%1", s.name))
        return s

    def _context_menu(self, pos: QPoint) -> None:
        index = self.results.indexAt(pos)
        s = self.model.structure(index.row())
        if s is None:
            return
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        starred = s.id in self.favourites
        menu.addAction(self.tr("Unstar") if starred else self.tr("Star"), lambda: self.set_starred(s.id, not starred))
        menu.addAction(self.tr("Duplicate"), lambda: self.duplicate(s.id))
        menu.addAction(self.tr("Export…"), lambda: self.export(s.id))
        if s.is_custom:
            menu.addAction(self.tr("Edit…"), lambda: self.edit(s.id))
            menu.addAction(self.tr("Delete"), lambda: self.delete(s.id))
        menu.popup(self.results.viewport().mapToGlobal(pos))
        self._menu = menu
