"""The main window: menus, the library page, problems, status and remembered layout."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
)

from facilitator import paths
from facilitator.store.db import Database
from facilitator.structures.validate import Problem
from ui.about import show_about
from ui.library.view import LibraryView
from ui.settings import settings


class MainWindow(QMainWindow):
    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Facilitator"))
        self.undo = QUndoStack(self)
        self.library_view = LibraryView(db, self.undo, self)
        self.setCentralWidget(self.library_view)

        self.problems = QListWidget(self)
        self.problems.setAccessibleName(self.tr("Problems in structure files"))
        self.problems_dock = QDockWidget(self.tr("Problems"), self)
        self.problems_dock.setObjectName("problemsDock")
        self.problems_dock.setWidget(self.problems)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.problems_dock.hide()
        self.problems_button = QPushButton(self)
        self.problems_button.setFlat(True)
        self.problems_button.setAccessibleName(self.tr("Show problems"))
        self.problems_button.clicked.connect(self.show_problems)
        self.problems_button.hide()
        self.statusBar().addPermanentWidget(self.problems_button)
        self.home_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.home_label)

        self.library_view.problems_changed.connect(self._problems_changed)
        self.library_view.detail.run_requested.connect(lambda _id: self.run_current())
        self.library_view.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self._build_menus()
        self._restore_layout()
        self.library_view.reload()
        self.library_view.filters.search.setFocus()

    def _action(self, menu: Any, text: str, slot: Any, shortcut: Any = None, name: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if name:
            action.setObjectName(name)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        lib = self.library_view
        file = self.menuBar().addMenu(self.tr("&File"))
        self._action(file, self.tr("&New structure…"), lib.new_structure, QKeySequence.StandardKey.New, "newStructure")
        self._action(file, self.tr("&Import structure…"), lib.import_files, "Ctrl+O", "importStructure")
        self._action(file, self.tr("&Export structure…"), lambda: lib.export(), "Ctrl+Shift+E", "exportStructure")
        file.addSeparator()
        self._action(file, self.tr("Print Pre&view…"), self.preview_current, "Ctrl+Shift+P", "printPreview")
        self._action(file, self.tr("&Print…"), self.print_current, QKeySequence.StandardKey.Print, "print")
        file.addSeparator()
        self._action(file, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "quit")

        edit = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.undo.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit.addAction(undo)
        edit.addAction(redo)
        edit.addSeparator()
        self._action(edit, self.tr("&Find"), self.focus_search, QKeySequence.StandardKey.Find, "find")
        self._action(edit, self.tr("&Star / unstar"), lib.toggle_star, "Ctrl+D", "star")
        self._action(edit, self.tr("&Duplicate as custom"), lambda: lib.duplicate(), "Ctrl+Shift+D", "duplicate")
        self._action(edit, self.tr("&Edit structure…"), lambda: lib.edit(), "Ctrl+E", "edit")
        self._action(edit, self.tr("De&lete custom structure"), lambda: lib.delete(), QKeySequence.StandardKey.Delete, "delete")
        self._action(edit, self.tr("&Clear filters"), lib.filters.clear, "Ctrl+Shift+L", "clearFilters")

        run = self.menuBar().addMenu(self.tr("&Run"))
        self._action(run, self.tr("&Run this structure now…"), self.run_current, "Ctrl+R", "runStructure")

        view = self.menuBar().addMenu(self.tr("&View"))
        view.addAction(self.problems_dock.toggleViewAction())

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Data folder…"), self.show_data_folder, None, "dataFolder")
        self._action(help_menu, self.tr("&About Facilitator"), lambda: show_about(self), None, "about")

    def preview_current(self) -> Any:
        """Preview the selected structure's card or worksheet, as the printer will get it."""
        from facilitator.render import render_card, render_worksheet
        from ui.printing.preview import PreviewDialog

        s = self.library_view.current()
        if s is None:
            return None
        names = {x.id: x.name for x in self.library_view.library}
        kinds = {
            self.tr("Structure card"): lambda path, options: render_card(s, path, options, names=names),
            self.tr("Participant worksheet"): lambda path, options: render_worksheet(s, path, options),
        }
        self.preview = PreviewDialog(s.name, kinds, self, suggested_name=s.id)
        self.preview.open()
        return self.preview

    def print_current(self) -> None:
        preview = self.preview_current()
        if preview is not None:
            preview.print_button.setFocus()

    def run_current(self) -> None:
        """Open the presenter and projector views for the selected structure on its own."""
        from facilitator.timing.runsheet import run_item_from_structure
        from ui.runner.controller import RunController
        from ui.runner.presenter import PresenterView

        s = self.library_view.current()
        if s is None:
            return
        controller = RunController([run_item_from_structure(s)])
        self.presenter = PresenterView(controller, s.name)
        self.presenter.show()
        self.presenter.projector.place()
        self.presenter.activateWindow()

    def focus_search(self) -> None:
        self.library_view.filters.search.setFocus()
        self.library_view.filters.search.selectAll()

    def _problems_changed(self, problems: list[Problem]) -> None:
        self.problems.clear()
        for problem in problems:
            self.problems.addItem(str(problem))
        if problems:
            self.problems_button.setText(self.tr("⚠ %n problem(s) in structure files", "", len(problems)))
            self.problems_button.show()
        else:
            self.problems_button.hide()
            self.problems_dock.hide()

    def show_problems(self) -> None:
        self.problems_dock.show()
        self.problems.setFocus()

    def show_data_folder(self) -> None:
        home = paths.data_home()
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Data folder"), self.tr(
            "Facilitator keeps your decisions, plans, custom structures and backups in:\n\n%1\n\n"
            "Copy this folder to move everything to another laptop.").replace("%1", str(home)),
            QMessageBox.StandardButton.Ok, self)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.open()
        self._data_box = box

    def _restore_layout(self) -> None:
        s = settings()
        geometry = s.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 820)
        splitter = s.value("main/splitter")
        if splitter is not None:
            self.library_view.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        s = settings()
        s.setValue("main/geometry", self.saveGeometry())
        s.setValue("main/splitter", self.library_view.splitter.saveState())
        s.sync()
        super().closeEvent(event)
