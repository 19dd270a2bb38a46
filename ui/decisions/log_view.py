"""The decision log: filters and search on the left, a decision's whole timeline on the right.

Searching runs off the GUI thread (the log may hold years of meetings); a
stale answer is dropped when a newer search has started. Opening one
decision is fast and stays on the GUI thread.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from facilitator.decisions.history import decision_history
from facilitator.decisions.outcomes import set_action_done
from facilitator.decisions.queries import PAGE, LogFilter, list_decisions
from facilitator.decisions.views import DecisionSummary
from facilitator.store.db import Database
from ui.a11y import explain
from ui.background import run_in_background
from ui.decisions.detail_html import history_html
from ui.decisions.forms import named
from ui.decisions.log_filters import LogFilterBar
from ui.decisions.log_list import EmptyLog, LogList
from ui.decisions.reopen import ReopenBox


class LogView(QWidget):
    status = Signal(str)
    open_example = Signal()
    new_meeting = Signal()
    open_in_meeting = Signal(str)  # a meeting id

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.rows: list[DecisionSummary] = []
        self._generation = 0
        self._filter = LogFilter()
        self.searching, self.loaded = False, False
        self.proposal_id: str | None = None
        self.meeting_id: str | None = None
        self.detail_title = ""
        self.unfolded: set[str] = set()  # rounds of the shown item opened in full ("show all")
        self.filters = LogFilterBar(self)
        self.filters.changed.connect(self.refresh)
        self.results = LogList(self)
        self.results.current_changed.connect(self.show_detail)
        self.results.more_requested.connect(self.fetch_more)
        self.empty = EmptyLog(self)
        self.empty.example.clicked.connect(self.open_example)
        self.empty.meeting.clicked.connect(self.new_meeting)
        self.empty.clear.clicked.connect(lambda: self.filters.quick())
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.results)
        self.list_stack.addWidget(self.empty)
        self.count = named(QLabel(self), "logCount")
        self.count.setStyleSheet("font-size: 12pt;")
        left = QWidget(self)
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.filters)
        left_box.addWidget(self.list_stack, 1)
        left_box.addWidget(self.count)
        self.detail = named(QTextBrowser(self), "logDetail")
        self.detail.setAccessibleName(self.tr("The decision's timeline"))
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._link)
        self.reopen = ReopenBox(db, self)
        self.reopen.reopened.connect(self._reopened)
        self.open_meeting_button = QPushButton(self.tr("Open its meetin&g"), self)
        explain(self.open_meeting_button, self.tr("Open the meeting this item belongs to"))
        self.open_meeting_button.setStyleSheet("font-size: 12pt;")
        self.open_meeting_button.clicked.connect(self._open_meeting)
        self.print_button = named(QPushButton(self.tr("Print m&inutes…"), self), "printMinutes")
        explain(self.print_button, self.tr("Print preview of the minutes of this item or of its whole meeting"))
        self.print_button.setStyleSheet("font-size: 12pt;")
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.preview_minutes)
        self.preview: Any = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_meeting_button, 1)
        buttons.addWidget(self.print_button, 1)
        right = QWidget(self)
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(self.detail, 1)
        right_box.addWidget(self.reopen)
        right_box.addLayout(buttons)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setSizes([560, 440])  # the proportions hold at any window width
        QVBoxLayout(self).addWidget(self.splitter)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """The log is read when first shown, not at start (most sessions open the library first);
        shown again, it is read afresh: the meeting may have amended, renamed or decided an item meanwhile."""
        super().showEvent(event)
        if not self.loaded:
            self.reload()
        elif not event.spontaneous():
            self.refresh()

    def reload(self) -> None:
        """Choices and list again (after a meeting, an import, or on showing the page)."""
        self.loaded = True
        self.filters.reload_choices(self.db)
        self.refresh()

    def refresh(self, keep: str | None = None) -> None:
        self._run(self.filters.current(), keep=keep or self.proposal_id, append=False)

    def fetch_more(self) -> None:
        self._run(dataclasses.replace(self._filter, offset=len(self.rows)), keep=self.proposal_id, append=True)

    def _run(self, flt: LogFilter, keep: str | None, append: bool) -> None:
        self._generation += 1
        generation, self._filter, self.searching = self._generation, flt, True
        self.count.setText(self.tr("Searching…"))
        db = self.db

        def done(rows: list[DecisionSummary]) -> None:
            if isValid(self) and generation == self._generation:  # a newer search has started: drop this answer
                self.searching = False
                self._show(self.rows + rows if append else rows, keep, more=len(rows) == (flt.limit or 0))

        def failed(exc: Exception) -> None:
            if isValid(self) and generation == self._generation:
                self.searching = False
                self.count.setText(self.tr("The search failed: %1").replace("%1", str(exc)))
        run_in_background(lambda: list_decisions(db, flt), done, failed)

    def _show(self, rows: list[DecisionSummary], keep: str | None, more: bool) -> None:
        self.rows = rows
        self.results.show_rows(rows, keep, more)
        if rows:
            self.list_stack.setCurrentWidget(self.results)
        else:
            filtered = self.filters.current() != LogFilter(sort=self.filters.sort.currentData())
            self.empty.show_state(filtered)
            self.list_stack.setCurrentWidget(self.empty)
            self.show_detail(None)
        shown = len(rows)
        self.count.setText(self.tr("%1 item(s) shown").replace("%1", str(shown)) +
                           (self.tr(" — more below") if more and shown >= PAGE else ""))

    def show_detail(self, proposal_id: str | None) -> None:
        same = proposal_id == self.proposal_id  # shown again (a round opened, an action done): keep the place
        self.proposal_id = proposal_id
        if proposal_id is None:
            self.detail.clear()
            self.reopen.set_decision(None, None, None)
            self.open_meeting_button.setEnabled(False)
            self.print_button.setEnabled(False)
            return
        if not same:
            self.unfolded.clear()
        h = decision_history(self.db, proposal_id)
        self.meeting_id, self.detail_title = h.meeting.id, h.title
        scroll = self.detail.verticalScrollBar().value() if same else 0
        self.detail.setHtml(history_html(h, unfolded=self.unfolded))
        self.detail.verticalScrollBar().setValue(scroll)
        self.reopen.set_decision(h.decision_id, h.meeting.team_id, h.title)
        self.open_meeting_button.setEnabled(True)
        self.print_button.setEnabled(True)

    def select(self, proposal_id: str) -> None:
        """Show one item, even one the filters would hide (a link, a reopened review)."""
        self.results.select(proposal_id)
        self.show_detail(proposal_id)

    def _link(self, url: QUrl) -> None:
        scheme, _, ident = url.toString().partition(":")
        if scheme == "proposal":
            self.select(ident)
        elif scheme == "round" and self.proposal_id:
            self.unfolded ^= {ident}  # "show all" opens a folded round, "show less" folds it again
            self.show_detail(self.proposal_id)
        elif scheme == "action" and self.proposal_id:
            set_action_done(self.db, ident)
            self.status.emit(self.tr("Action marked done."))
            self.show_detail(self.proposal_id)
            self.refresh()

    def _reopened(self, proposal_id: str, message: str) -> None:
        self.status.emit(message)
        self.filters.quick()
        self.refresh(keep=proposal_id)
        self.show_detail(proposal_id)

    def preview_minutes(self) -> Any:
        """Minutes of the item shown, or of its whole meeting, as the printer will get them.

        The dialog writes the PDF off the GUI thread; the kind of minutes is chosen there.
        """
        from facilitator.decisions.history import decision_minutes, meeting_minutes
        from facilitator.render.minutes import render_minutes
        from ui.printing.preview import PreviewDialog

        if self.proposal_id is None or self.meeting_id is None:
            return None
        db, proposal_id, meeting_id = self.db, self.proposal_id, self.meeting_id

        def one(path: Any, options: Any) -> object:
            return render_minutes(decision_minutes(db, proposal_id), path, options)

        def whole(path: Any, options: Any) -> object:
            return render_minutes(meeting_minutes(db, meeting_id), path, options)

        kinds = {self.tr("Minutes of this decision"): one, self.tr("Minutes of the whole meeting"): whole}
        self.preview = PreviewDialog(self.detail_title, kinds, self, suggested_name="decision-minutes")
        self.preview.open()
        return self.preview

    def _open_meeting(self) -> None:
        if self.meeting_id:
            self.open_in_meeting.emit(self.meeting_id)
