"""After the session: planned against actual time per item, the notes taken, and the harvest report.

Why: ending a session used to leave the presenter open saying "148 min ahead
of plan" with Resume still on offer. Now the run is closed; this short summary
is read from what was saved (facilitator/plans/harvest.py's report, the same
one the handout prints) and offers the harvest preview the Plans page offers.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.plans.harvest_report import HarvestReport
from facilitator.render import Options
from ui.a11y import explain

if TYPE_CHECKING:
    from facilitator.store.db import Database
    from ui.printing.preview import PreviewDialog

translate = QCoreApplication.translate  # literal calls, so pyside6-lupdate finds every string


def _minutes(seconds: float | None) -> str:
    """'12 min'; '—' for an item that never ran."""
    if seconds is None:
        return "—"
    return translate("EndSummary", "%1 min").replace("%1", str(round(seconds / 60)))


class EndSummary(QDialog):
    def __init__(self, report: HarvestReport, open_harvest: Callable[[], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("endSummary")
        self.setWindowTitle(self.tr("Session ended"))
        self.report = report
        self.preview: PreviewDialog | None = None  # the harvest preview, once opened
        heading = QLabel(self.tr("“%1” has ended. Planned and actual time per item:").replace("%1", report.title), self)
        heading.setWordWrap(True)
        self.table = self._table(report)
        notes = len([n for n in report.notes if n.text.strip() or n.tags])
        self.notes_line = QLabel(self.tr("Notes taken: %1. The harvest report gathers them per step and per tag.")
                                 .replace("%1", str(notes)), self)
        self.notes_line.setWordWrap(True)
        self.harvest_button = QPushButton(self.tr("&Harvest report…"), self)
        explain(self.harvest_button, self.tr("Print preview of the harvest report of this session"))
        self.harvest_button.setDefault(True)
        self.harvest_button.clicked.connect(open_harvest)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.harvest_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes_line)
        layout.addLayout(buttons)
        self.resize(720, 420)

    def _table(self, report: HarvestReport) -> QTableWidget:
        table = QTableWidget(len(report.items), 4, self)
        table.setObjectName("endSummaryTable")
        table.setAccessibleName(self.tr("Planned and actual time per item"))
        table.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Planned"), self.tr("Actual"), self.tr("Notes")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, item in enumerate(report.items):
            notes = sum(1 for step in item.steps for n in step.notes if n.text.strip() or n.tags)
            cells = (item.title, _minutes(item.planned_seconds), _minutes(item.actual_seconds), str(notes))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, cell)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return table


def show_end_summary(parent: QWidget | None, db: Database, run_uuid: str) -> EndSummary:
    """The summary of the run just closed, over ``parent`` (the main window), with its harvest on offer."""
    from facilitator.plans.harvest import harvest_report
    from facilitator.render.harvest import render_harvest
    from ui.printing.preview import PreviewDialog

    report = harvest_report(db, run_uuid)

    def open_harvest() -> None:
        def harvest(path: Path, options: Options) -> object:
            return render_harvest(harvest_report(db, run_uuid), path, options)

        dialog.preview = PreviewDialog(report.title or translate("EndSummary", "Session"),
                                       {translate("EndSummary", "Harvest of this session"): harvest},
                                       dialog, suggested_name="harvest")
        dialog.preview.open()

    dialog = EndSummary(report, open_harvest, parent)
    dialog.open()
    return dialog
