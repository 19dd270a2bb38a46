"""The Decisions tab: the decision log and the meeting screens, with the Decisions menu's actions.

The meeting last open is remembered; when the app starts again with a round
still open there, the Meeting page is already back in that round.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from facilitator.errors import NotFound
from facilitator.store.db import Database
from ui.decisions.exchange import LogExchange
from ui.decisions.forms import scrolled
from ui.decisions.log_view import LogView
from ui.decisions.meeting_page import MeetingPage
from ui.decisions.meeting_start import StartMeeting
from ui.settings import settings

LAST_MEETING = "decisions/meeting"


class DecisionsView(QWidget):
    status = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("decisionsView")
        self.log = LogView(db, self)
        self.start = StartMeeting(db, self)
        self.meeting = MeetingPage(db, self)
        self.meeting_stack = QStackedWidget(self)
        self.meeting_stack.addWidget(self.start)
        self.meeting_stack.addWidget(self.meeting)
        self.inner = QTabWidget(self)
        self.inner.setObjectName("decisionsTabs")
        self.inner.setAccessibleName(self.tr("Decision pages"))
        self.inner.addTab(self.log, self.tr("Decision log"))
        self.inner.addTab(scrolled(self.meeting_stack), self.tr("Meeting"))
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.inner)
        self.exchange = LogExchange(db, self)
        self.exchange.finished.connect(self.status)
        self.exchange.imported.connect(self._log_changed)
        self.start.started.connect(self.open_meeting)
        self.start.opened.connect(self.open_meeting)
        self.meeting.status.connect(self.status)
        self.meeting.changed.connect(lambda: self.log.refresh() if self.log.loaded else None)
        self.log.status.connect(self.status)
        self.log.open_example.connect(self.exchange.open_example)
        self.log.new_meeting.connect(self.new_meeting)
        self.log.open_in_meeting.connect(self.open_meeting)
        self._resume_last()  # the start page fills its lists when it is first shown

    def fill_menu(self, menu: QMenu, action: Callable[..., QAction]) -> None:
        """The Decisions menu; ``action(menu, text, slot, shortcut, name)`` is the window's helper."""
        action(menu, self.tr("&New meeting…"), self.new_meeting, "Ctrl+Shift+M", "newMeeting")
        action(menu, self.tr("&Open a meeting…"), self.choose_meeting, "Ctrl+Shift+O", "openMeeting")
        menu.addSeparator()
        action(menu, self.tr("Decision &log"), self.show_log, "Ctrl+L", "decisionLog")
        action(menu, self.tr("&Reviews due"), lambda: self.show_log(reviews=True), None, "reviewsDue")
        action(menu, self.tr("Open &actions"), lambda: self.show_log(actions=True), None, "openActions")
        menu.addSeparator()
        action(menu, self.tr("Export the log as &JSON…"), lambda: self.export_dialog("json"), None, "exportLogJson")
        action(menu, self.tr("Export the log as &CSV…"), lambda: self.export_dialog("csv"), None, "exportLogCsv")
        action(menu, self.tr("&Import a log…"), self.import_dialog, None, "importLog")
        action(menu, self.tr("Open the &example log"), self.exchange.open_example, None, "exampleLog")

    def _bring_forward(self, page: QWidget) -> None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QTabWidget):
            parent = parent.parentWidget()
        if parent is not None:
            parent.setCurrentWidget(self)
        self.inner.setCurrentIndex(0 if page is self.log else 1)

    def new_meeting(self) -> None:
        self.start.reload()
        self.meeting_stack.setCurrentWidget(self.start)
        self._bring_forward(self.meeting_stack)

    def open_for_run(self, item_title: str, venue: str, run_id: str | None) -> None:
        """An SDMI item of a running session: the meeting open now carries on, or a new one linked to the run.

        An item under way in the open meeting stays where it is (nothing is
        lost either way); otherwise the open meeting's agenda is shown.
        """
        page = self.meeting
        if page.info is not None and self.meeting_stack.currentWidget() is page:
            self._bring_forward(self.meeting_stack)
            item = page.item_page
            under_way = page.stack.currentWidget() is item and item.stack.currentWidget() is not item.done
            if not under_way:
                page.show_agenda()
            self.status.emit(self.tr("“%1”: carrying on in this meeting.").replace("%1", item_title))
            return
        self.new_meeting()
        self.start.for_run(item_title, venue, run_id)
        self.status.emit(self.tr("“%1”: start the meeting for it.").replace("%1", item_title))

    def choose_meeting(self) -> None:
        self.new_meeting()
        self.start.earlier.setFocus()
        if self.start.earlier.count():
            self.start.earlier.setCurrentRow(0)

    def open_meeting(self, meeting_id: str) -> None:
        self.meeting_stack.setCurrentWidget(self.meeting)
        self._bring_forward(self.meeting_stack)
        self.meeting.open_meeting(meeting_id)
        s = settings()
        s.setValue(LAST_MEETING, meeting_id)
        s.sync()

    def _resume_last(self) -> None:
        """After a crash or a closed lid: the meeting with a round still open is ready on the Meeting page."""
        meeting_id = settings().value(LAST_MEETING)
        if not meeting_id:
            return
        try:
            self.meeting.open_meeting(str(meeting_id))
        except NotFound:
            return
        if self.meeting.stack.currentWidget() is self.meeting.item_page:
            self.meeting_stack.setCurrentWidget(self.meeting)

    def after_restore(self) -> None:
        """The log was replaced: the open meeting may not be in it, so back to the start page, lists anew."""
        self.meeting_stack.setCurrentWidget(self.start)
        self.start.reload()
        if self.log.loaded:
            self.log.reload()

    def show_log(self, reviews: bool = False, actions: bool = False) -> None:
        self._bring_forward(self.log)
        if reviews or actions:
            self.log.filters.quick(reviews=reviews, actions=actions)
        self.log.filters.search.setFocus()
        self.log.filters.search.selectAll()

    def _log_changed(self) -> None:
        self.log.reload()
        self.start.reload()
        self._bring_forward(self.log)

    def export_dialog(self, fmt: str) -> None:
        suffix = "csv" if fmt == "csv" else "json"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the decision log"),
                                              str(Path.home() / f"decision-log.{suffix}"),
                                              self.tr("CSV files (*.csv)") if fmt == "csv" else self.tr("JSON files (*.json)"))
        if name:
            self.exchange.export_log(Path(name), fmt)

    def import_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import a decision log"), "",
                                              self.tr("Decision logs (*.json)"))
        if name:
            self.exchange.import_log(Path(name))
