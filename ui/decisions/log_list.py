"""The log's result list (one row per agenda item) and its empty state, which says what to do."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.decisions.views import DecisionSummary
from ui.a11y import explain
from ui.decisions import style
from ui.decisions.labels import date_label, outcome_label

MORE = "__more__"


class LogList(QTreeWidget):
    current_changed = Signal(object)  # a proposal id, or None
    more_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("logList")
        self.setAccessibleName(self.tr("Decisions"))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setStyleSheet("QTreeWidget { font-size: 12pt; } QTreeWidget::item { padding: 3px; }")
        self.setHeaderLabels([self.tr("Date"), self.tr("Title"), self.tr("Outcome"), self.tr("Review"),
                              self.tr("Actions"), self.tr("Team")])
        header = self.header()
        header.setAccessibleName(self.tr("Column headings"))
        for column in (0, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)  # the title keeps its width; the team takes what is left
        self.setColumnWidth(1, 250)
        self.setMinimumWidth(320)  # narrow windows scroll sideways rather than squeeze the timeline
        self.currentItemChanged.connect(self._current)
        self.itemActivated.connect(self._activated)

    def show_rows(self, rows: Sequence[DecisionSummary], keep: str | None, more: bool,
                  today: dt.date | None = None) -> None:
        today = today or dt.date.today()
        self.blockSignals(True)
        self.clear()
        chosen = None
        for d in rows:
            review = date_label(d.review_date) if d.review_date else ""
            item = QTreeWidgetItem([date_label(d.date), d.title, outcome_label(d.outcome), review,
                                    str(d.open_actions) if d.open_actions else "", d.team])
            item.setData(0, Qt.ItemDataRole.UserRole, d.proposal_id)
            item.setToolTip(1, f"{d.title} — {d.team}")
            if not review:  # blanks a screen reader can say
                item.setData(3, Qt.ItemDataRole.AccessibleTextRole, self.tr("no review date"))
            if not d.open_actions:
                item.setData(4, Qt.ItemDataRole.AccessibleTextRole, self.tr("no open actions"))
            if d.outcome is not None:
                pair = style.CONSENT if d.outcome.startswith("adopted") else style.OBJECTION
                item.setBackground(2, QBrush(QColor(pair[0])))
                item.setForeground(2, QBrush(QColor(pair[1])))
            if d.reviewed and d.review_date:
                item.setText(3, self.tr("%1 (reviewed)").replace("%1", review))
            elif d.review_date and d.review_date <= today:
                item.setBackground(3, QBrush(QColor(style.CONCERN[0])))
                item.setForeground(3, QBrush(QColor(style.CONCERN[1])))
                item.setText(3, review + " ⚠")
            self.addTopLevelItem(item)
            if d.proposal_id == keep:
                chosen = item
        if more:
            item = QTreeWidgetItem(["", self.tr("Show more… (Enter)")])
            item.setData(0, Qt.ItemDataRole.UserRole, MORE)
            self.addTopLevelItem(item)
        self.blockSignals(False)
        first = chosen or (self.topLevelItem(0) if rows else None)
        if first is not None:
            self.setCurrentItem(first)
        self.current_changed.emit(first.data(0, Qt.ItemDataRole.UserRole) if first else None)

    def select(self, proposal_id: str) -> None:
        for i in range(self.topLevelItemCount()):
            item = self.topLevelItem(i)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == proposal_id:
                self.blockSignals(True)
                self.setCurrentItem(item)
                self.blockSignals(False)
                return

    def _current(self, item: QTreeWidgetItem | None, _old: Any = None) -> None:
        ident = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        if ident != MORE:
            self.current_changed.emit(ident)

    def _activated(self, item: QTreeWidgetItem) -> None:
        if item.data(0, Qt.ItemDataRole.UserRole) == MORE:
            self.more_requested.emit()


class EmptyLog(QWidget):
    """Nothing to show: say why, and offer the next step (the example log, a meeting, clearing filters)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("logEmpty")
        self.setStyleSheet(style.BUTTONS)
        self.label = style.sized(QLabel(self), 14)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.example = QPushButton(self.tr("Open the e&xample log"), self)
        explain(self.example, self.tr("Open the example log as a demo"))
        self.meeting = QPushButton(self.tr("Start a meeting"), self)
        explain(self.meeting, self.tr("Start a meeting"))
        self.clear = QPushButton(self.tr("Clear filters"), self)
        explain(self.clear, self.tr("Clear the log filters"))
        box = QVBoxLayout(self)
        box.addStretch(1)
        box.addWidget(self.label)
        for button in (self.example, self.meeting, self.clear):
            box.addWidget(button, 0, Qt.AlignmentFlag.AlignCenter)
        box.addStretch(1)

    def show_state(self, filtered: bool) -> None:
        if filtered:
            self.label.setText(self.tr("No decision matches these filters."))
        else:
            self.label.setText(self.tr(
                "The decision log is empty.\n\nStart a meeting (Decisions → New meeting, Ctrl+Shift+M): each "
                "decision, with its rounds, objections and actions, lands here as it is made.\n\n"
                "Or open the example log — a fictional nursing team's year of decisions — to look around."))
        self.example.setVisible(not filtered)
        self.meeting.setVisible(not filtered)
        self.clear.setVisible(filtered)
