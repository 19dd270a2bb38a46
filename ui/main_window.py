"""The main window: menus, the library page, problems, status and remembered layout.

It paints the library first and attaches the database after: opening the log
(integrity check, migrations, the ORM) happens while the person is already
reading the library, and the Plans and Decisions pages follow a moment later.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator import paths
from ui.layout import centred
from ui.library.view import LibraryView
from ui.settings import settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget, QListWidget, QMenu, QMessageBox

    from facilitator.plans.model import Plan
    from facilitator.plans.resume import ResumeOffer
    from facilitator.store.db import Database
    from facilitator.structures.problem import Problem
    from ui.decisions.page import DecisionsView
    from ui.plans.view import PlansView
    from ui.printing.preview import PreviewDialog
    from ui.quit_question import QuitQuestion
    from ui.restore_dialog import RestoreDialog
    from ui.runner.end_summary import EndSummary
    from ui.runner.presenter import PresenterView
    from ui.runner.questions_dialog import QuestionsDialog


def set_shortcut(action: QAction, key: QKeySequence.StandardKey | str) -> None:
    """Through setShortcuts(): a standard key gets every platform binding, and PySide's
    setShortcut() overloads would build the whole Qt namespace (~40 ms) before the first paint.

    The standard key's name is kept on the action: its bindings differ per platform (on
    Linux, Delete is also Ctrl+D), and the shortcut test expands it for each of them.
    """
    if isinstance(key, QKeySequence.StandardKey):
        action.setShortcuts(key)
        action.setProperty("standardKey", key.name)
    else:
        action.setShortcuts([QKeySequence(key)])


class MainWindow(QMainWindow):
    """``MainWindow(db)`` is ready at once; ``MainWindow()`` waits for :meth:`attach_database`."""

    def __init__(self, db: Database | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.plans_view: PlansView  # both set by attach_database; until then hasattr() says the log is opening
        self.decisions_view: DecisionsView
        # A session: the presenter of the latest run (kept after it ends) and the plan it runs, None for a resumed
        # run whose plan was deleted; end_summary once a run has ended.
        self.presenter: PresenterView | None = None
        self.running_plan: Plan | None = None
        self.end_summary: EndSummary | None = None
        # Dialogs and boxes opened with open(), kept here so they outlive the method that opened them.
        self.preview: PreviewDialog | None = None
        self.questions_dialog: QuestionsDialog | None = None
        self.restore_dialog: RestoreDialog | None = None
        self.quit_question: QuitQuestion | None = None
        self._resume_box: QMessageBox | None = None
        self._plan_box: QMessageBox | None = None
        self._data_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Facilitator"))
        self.undo = QUndoStack(self)
        self.library_view = LibraryView(None, self.undo, self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Pages"))
        self.tabs.addTab(self.library_view, self.tr("&Library"))
        for title in (self.tr("Plans"), self.tr("Decisions")):  # no mnemonic: Alt+P and Alt+D open the menus
            self.tabs.addTab(self._waiting_page(), title)
        self.setCentralWidget(self.tabs)

        self.problems_dock: QDockWidget | None = None  # built the first time there is something to show
        self.problems: QListWidget | None = None
        self._problem_lines: list[str] = []
        self.problems_button = QPushButton(self)
        self.problems_button.setFlat(True)
        self.problems_button.setAccessibleName(self.tr("Show problems"))
        self.problems_button.clicked.connect(self.show_problems)
        self.problems_button.hide()
        self.statusBar().addPermanentWidget(self.problems_button)
        self.home_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.home_label)

        self.library_view.problems_changed.connect(self._problems_changed)
        self.library_view.detail.run_requested.connect(lambda _id: self.ask_run_current())
        self.library_view.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self._build_menus()
        self._restore_layout()
        self.library_view.reload()
        self.library_view.filters.search.setFocus()
        if db is not None:
            self.attach_database(db)

    def _waiting_page(self) -> QWidget:
        page = QWidget(self)
        label = QLabel(self.tr("Opening your plans and decision log…"), page)
        label.setAccessibleName(self.tr("Opening your data"))
        box = QVBoxLayout(page)
        box.addStretch(1)
        box.addLayout(centred(label))
        box.addStretch(1)
        return page

    def attach_database(self, db: Database) -> None:
        """Build the pages that need the log, once it is open and checked."""
        from ui.decisions.page import DecisionsView
        from ui.plans.view import PlansView

        self.db = db
        self.library_view.db = db
        self.library_view.reload()  # favourites through the ORM from now on
        self.plans_view = PlansView(db, lambda: self.library_view.library, self.undo, self)
        self.plans_view.run_requested.connect(self.ask_and_run)
        self.plans_view.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.decisions_view = DecisionsView(db, self)
        self.decisions_view.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        current = self.tabs.currentIndex()
        for index, page in ((1, self.plans_view), (2, self.decisions_view)):
            title, waiting = self.tabs.tabText(index), self.tabs.widget(index)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, page, title)
            if waiting is not None:
                waiting.deleteLater()
        self.tabs.setCurrentIndex(current)
        self._build_data_menus()
        self._build_language_menu()
        self.plans_view.refresh_chooser()

    def database(self) -> Database:
        """The open log, for the pages and actions that exist only once attach_database() has run."""
        assert self.db is not None
        return self.db

    def _action(self, menu: QMenu, text: str, slot: Callable[[], object],
                shortcut: QKeySequence.StandardKey | str | None = None, name: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            set_shortcut(action, shortcut)
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
        self._action(file, self.tr("&Restore from a backup…"), self.restore_backup, None, "restoreBackup")
        file.addSeparator()
        self._action(file, self.tr("&Quit"), self.close, "Ctrl+Q", "quit")  # the standard Quit has no key on Windows

        edit = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.undo.createUndoAction(self, self.tr("&Undo"))
        set_shortcut(undo, QKeySequence.StandardKey.Undo)
        redo = self.undo.createRedoAction(self, self.tr("&Redo"))
        set_shortcut(redo, QKeySequence.StandardKey.Redo)
        edit.addAction(undo)
        edit.addAction(redo)
        edit.addSeparator()
        self._action(edit, self.tr("&Find"), self.focus_search, QKeySequence.StandardKey.Find, "find")
        self._action(edit, self.tr("&Star / unstar"), lib.toggle_star, "Ctrl+D", "star")
        self._action(edit, self.tr("&Duplicate as custom"), lambda: lib.duplicate(), "Ctrl+Shift+D", "duplicate")
        self._action(edit, self.tr("&Edit structure…"), lambda: lib.edit(), "Ctrl+E", "edit")
        # Del only: the standard Delete adds Ctrl+D on Linux, which made Star (Ctrl+D) ambiguous.
        self._action(edit, self.tr("De&lete custom structure"), lambda: lib.delete(), "Del", "delete")
        self._action(edit, self.tr("&Clear filters"), lib.filters.clear, "Ctrl+Shift+L", "clearFilters")

        view = self.menuBar().addMenu(self.tr("&View"))
        self._action(view, self.tr("&Problems in structure files"), self.show_problems, None, "showProblems")
        self._view_menu = view

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Data folder…"), self.show_data_folder, None, "dataFolder")
        self._action(help_menu, self.tr("&About Facilitator"), self.show_about, None, "about")

    def _build_data_menus(self) -> None:
        """Plans and Decisions menus, in their place before View, once their pages exist."""
        from PySide6.QtWidgets import QMenu

        plans = QMenu(self.tr("&Plans"), self)
        self._action(plans, self.tr("&New plan"), self.new_plan, "Ctrl+Shift+N", "newPlan")
        self._action(plans, self.tr("&Add selected structure to the plan"), self.add_to_plan, "Ctrl+Shift+A", "addToPlan")
        self._action(plans, self.tr("&Import plan…"), self.import_plan, None, "importPlan")
        self._action(plans, self.tr("&Export plan…"), self.export_plan, None, "exportPlan")
        plans.addSeparator()
        self._action(plans, self.tr("&Run session"), self.plans_view.request_run, "F5", "runPlan")
        self._action(plans, self.tr("Run the selected &structure on its own"), self.ask_run_current, "Ctrl+R", "runStructure")
        decisions = QMenu(self.tr("&Decisions"), self)
        self.decisions_view.fill_menu(decisions, self._action)
        before = self._view_menu.menuAction()
        self.menuBar().insertMenu(before, plans)
        self.menuBar().insertMenu(before, decisions)

    def _build_language_menu(self) -> None:
        """View → Language: saved in settings.ini, used from the next start."""
        from PySide6.QtGui import QActionGroup

        from ui.i18n import LANGUAGES, SETTING

        menu = self._view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        current = str(settings().value(SETTING, "") or "")
        for code, name in (("", self.tr("System language")), *LANGUAGES.items()):
            action = QAction(name, self)
            action.setObjectName(f"language-{code or 'system'}")
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _=False, c=code: self.choose_language(c))
            group.addAction(action)
            menu.addAction(action)

    def choose_language(self, code: str) -> None:
        from ui.i18n import SETTING

        s = settings()
        s.setValue(SETTING, code)
        s.sync()
        self.statusBar().showMessage(self.tr("The new language is used from the next start of Facilitator."), 8000)

    def show_about(self) -> None:
        from ui.about import show_about

        show_about(self)

    def preview_current(self) -> PreviewDialog | None:
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
        """Run the selected structure on its own at once, as a one-item session (saved like any run)."""
        from facilitator.plans.model import Plan, PlanItem

        s = self.library_view.current()
        if s is not None and self.db is not None:
            self.run_plan(Plan(title=s.name, items=[PlanItem.for_structure(s)]))

    def ask_run_current(self) -> None:
        """▶ Run now and Ctrl+R: the selected structure on its own, after asking for the real question."""
        from facilitator.plans.model import Plan, PlanItem

        s = self.library_view.current()
        if s is not None and self.db is not None:
            self.ask_and_run(Plan(title=s.name, items=[PlanItem.for_structure(s)]))

    def ask_and_run(self, plan: Plan) -> None:
        """First the real question for each structure (ui/runner/questions_dialog.py), then the run.

        The questions typed are kept in the plan (undoable, like any plan edit)
        so the session pack prints what the projector showed.
        """
        from ui.runner.questions_dialog import QuestionsDialog, asked_items

        if not asked_items(plan, self.library_view.library):
            self.run_plan(plan)
            return
        self.questions_dialog = dialog = QuestionsDialog(plan, self.library_view.library, self)

        def done(result: int) -> None:
            if result == QuestionsDialog.DialogCode.Accepted:
                asked = dialog.applied()
                if self.plans_view.plan is not None and self.plans_view.plan.uuid == asked.uuid:
                    self.plans_view.set_questions(dialog.questions())
                self.run_plan(asked)

        dialog.finished.connect(done)
        dialog.open()

    def run_plan(self, plan: Plan | None, resume: ResumeOffer | None = None) -> None:
        """Open the presenter and projector views; every transition and note goes to the database."""
        from facilitator.plans.model import DEFAULT_HARVEST_TAGS
        from facilitator.plans.recorder import RunRecorder
        from facilitator.plans.runs import start_run
        from facilitator.plans.runsheet import run_items, run_items_for
        from facilitator.timing.engine import DEFAULT_WARNING_SECONDS
        from ui.runner.controller import RunController
        from ui.runner.presenter import PresenterView

        library = self.library_view.library
        if resume is None:
            assert plan is not None  # a new run always has its plan; only a resumed one can have lost it
            items = run_items(plan, library)
            run_uuid = start_run(self.database(), plan, [i.timed for i in items])
            state = None
        else:
            items = run_items_for(resume.items, plan, library)
            run_uuid, state = resume.run_uuid, resume.engine_state
        recorder = RunRecorder(self.database(), run_uuid)
        try:  # QSettings gives an object: whatever the file holds
            warning = max(0.0, float(settings().value("runner/warning_seconds", DEFAULT_WARNING_SECONDS)))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            warning = DEFAULT_WARNING_SECONDS  # a damaged settings file must not stop a session from starting
        controller = RunController(items, recorder=recorder, state=state, warning_seconds=warning)
        title = plan.title if plan else resume.plan_title if resume else ""
        self.presenter = PresenterView(controller, title,
                                       tuple(plan.harvest_tags) if plan else DEFAULT_HARVEST_TAGS)
        if resume is not None:
            self.presenter.load_notes(recorder.restore_notes())
        self.running_plan = plan
        self.presenter.round_requested.connect(self.open_round_for_item)
        self.presenter.quit_requested.connect(self.close)
        self.presenter.ended.connect(lambda: self._run_ended(recorder.run_uuid))
        self.presenter.show()
        self.presenter.projector.place()
        self.presenter.activateWindow()

    def _run_ended(self, run_uuid: str) -> None:
        """The presenter closed at the session's end: the summary, with the harvest report on offer."""
        from ui.runner.end_summary import show_end_summary

        self.end_summary = show_end_summary(self, self.database(), run_uuid)
        self.plans_view.preview_harvest(check_only=True)  # the Plans page's Harvest… knows of this run now

    def open_round_for_item(self, index: int) -> None:
        """An SDMI item of the running session: the Decisions tab's meeting flow, linked to the run.

        The presenter and its timer keep running in their own window.
        """
        assert self.presenter is not None  # only a running presenter asks for a round
        controller = self.presenter.controller
        plan = self.running_plan
        self.decisions_view.open_for_run(controller.items[index].title, plan.venue if plan else "",
                                         getattr(controller.recorder, "run_uuid", None))
        self.raise_()
        self.activateWindow()

    def offer_resume(self) -> None:
        """After a crash or a closed lid: offer to carry on where the session was."""
        from facilitator.plans.repository import get_plan
        from facilitator.plans.resume import resumable_run
        from facilitator.plans.runs import discard_run

        offer = resumable_run(self.database())
        if offer is None:
            return
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Resume the session?"),
                          self.tr("%1\n\nThe timer will be paused; press Space to carry on. Your notes are kept either way.")
                          .replace("%1", offer.question), QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("resumeOffer")
        resume = box.addButton(self.tr("Resume"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        close = box.addButton(self.tr("Close that session"), QMessageBox.ButtonRole.DestructiveRole)

        def chosen() -> None:
            if box.clickedButton() is resume:
                plan = get_plan(self.database(), offer.plan_uuid) if offer.plan_uuid else None
                self.run_plan(plan, resume=offer)
            elif box.clickedButton() is close:
                discard_run(self.database(), offer.run_uuid)
        box.finished.connect(lambda _r: chosen())
        box.open()
        self._resume_box = box

    def new_plan(self) -> None:
        self.tabs.setCurrentWidget(self.plans_view)
        self.plans_view.new_plan()

    def add_to_plan(self) -> None:
        s = self.library_view.current()
        if s is not None:
            self.plans_view.add_structure(s.id)
            self.statusBar().showMessage(self.tr("Added %1 to %2.").replace("%1", s.name)
                                         .replace("%2", self.plans_view.plan.title if self.plans_view.plan else ""), 8000)

    def import_plan(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import plan"), "", self.tr("Plan files (*.toml *.json)"))
        if name:
            self.import_plan_file(name)

    def import_plan_file(self, name: str) -> bool:
        from pathlib import Path

        from facilitator.plans.files import PlanFileError, import_plan_file

        try:
            result = import_plan_file(self.database(), Path(name), self.library_view.library)
        except (PlanFileError, OSError) as exc:
            problems = getattr(exc, "problems", None) or [str(exc)]
            from PySide6.QtWidgets import QMessageBox

            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Could not import the plan"),
                              self.tr("Nothing was imported. Fix these lines and try again:\n\n%1")
                              .replace("%1", "\n".join(str(p) for p in problems[:8])), QMessageBox.StandardButton.Ok, self)
            box.setObjectName("planImportProblems")
            box.open()
            self._plan_box = box
            return False
        self.tabs.setCurrentWidget(self.plans_view)
        self.plans_view.reload(result.plan.uuid)
        return True

    def export_plan(self) -> None:
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from facilitator.plans.files import write_plan_file

        plan = self.plans_view.plan
        if plan is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export plan"), str(Path.home() / "plan.toml"),
                                              self.tr("Plan files (*.toml *.json)"))
        if name:
            try:
                write_plan_file(plan, Path(name), self.library_view.library)
            except (OSError, ValueError) as exc:
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.warning(self, self.tr("Could not export"), str(exc))

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.library_view)  # Ctrl+F from the Plans or Decisions page too
        self.library_view.filters.search.setFocus()
        self.library_view.filters.search.selectAll()

    def _problems_changed(self, problems: list[Problem]) -> None:
        self._problem_lines = [str(p) for p in problems]
        if self.problems is not None:
            self._fill_problems()
        if problems:
            self.problems_button.setText(self.tr("⚠ %n problem(s) in structure files", "", len(problems)))
            self.problems_button.show()
        else:
            self.problems_button.hide()
            if self.problems_dock is not None:
                self.problems_dock.hide()

    def _fill_problems(self) -> None:
        if self.problems is None:  # not built yet: show_problems() fills it when it builds it
            return
        self.problems.clear()
        self.problems.addItems(self._problem_lines or [self.tr("No problems: every structure file is fine.")])

    def show_problems(self) -> None:
        """The Problems panel at the bottom (View → Problems), built on first use."""
        if self.problems_dock is None or self.problems is None:  # built together
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QDockWidget, QListWidget

            self.problems = QListWidget(self)
            self.problems.setAccessibleName(self.tr("Problems in structure files"))
            self.problems_dock = QDockWidget(self.tr("Problems"), self)
            self.problems_dock.setObjectName("problemsDock")
            self.problems_dock.setWidget(self.problems)
            self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
            self._fill_problems()
        self.problems_dock.show()
        self.problems.setFocus()

    def restore_backup(self) -> None:
        """File → Restore from a backup… (ui/restore_dialog.py); not while a session runs or the log is opening."""
        from PySide6.QtWidgets import QMessageBox

        presenter = self.presenter
        if self.db is None or (presenter is not None and presenter.isVisible()):
            QMessageBox.information(self, self.tr("Restore from a backup"), self.tr(
                "End the running session first (or wait until the log has opened), then restore."))
            return
        from ui.restore_dialog import RestoreDialog

        self.restore_dialog = RestoreDialog(self)
        self.restore_dialog.open()

    def after_restore(self) -> None:
        """Every page shows the restored log."""
        self.library_view.reload()
        self.plans_view.reload()
        self.decisions_view.after_restore()

    def show_data_folder(self) -> None:
        home = paths.data_home()
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Data folder"), self.tr(
            "Facilitator keeps your decisions, plans, custom structures and backups in:\n\n%1\n\n"
            "Copy this folder to move everything to another laptop.").replace("%1", str(home)),
            QMessageBox.StandardButton.Ok, self)
        from PySide6.QtCore import Qt

        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.open()
        self._data_box = box

    def _restore_layout(self) -> None:
        """Window size and splitter from settings.ini; anything unreadable there is ignored, never fatal."""
        from PySide6.QtCore import QByteArray

        s = settings()
        geometry, splitter = s.value("main/geometry"), s.value("main/splitter")
        if not (isinstance(geometry, QByteArray | bytes) and self.restoreGeometry(geometry)):
            screen = self.screen().availableGeometry()  # 1280×820 ran off a 1366×768 laptop's screen
            frame = 40  # the title bar and borders the window manager adds
            self.resize(min(1280, screen.width()), min(820, screen.height() - frame))
        if isinstance(splitter, QByteArray | bytes):
            self.library_view.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Ctrl+Q and the close button: ask first while a session or a round runs (ui/quit_question.py)."""
        from ui.quit_question import QuitQuestion

        self.quit_question = self.quit_question or QuitQuestion(self)
        if self.quit_question.stops(event):
            return
        if self.presenter is not None:
            self.presenter.close()  # writes the last note and the timer's state; the app can end
        s = settings()
        s.setValue("main/geometry", self.saveGeometry())
        s.setValue("main/splitter", self.library_view.splitter.saveState())
        s.setValue("main/tab", self.tabs.currentIndex())
        s.sync()
        super().closeEvent(event)
