"""Export and import of the decision log, off the GUI thread, with a busy indicator and words at the end.

Export: JSON (complete, lossless) or CSV (one row per decision) through the
core's export functions. Import: a JSON log merged by UUID; a bad file is
refused as a whole with the core's reason, shown in a message box.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid

from facilitator.decisions.export import export_csv, export_json
from facilitator.decisions.importer import ImportReport, import_json
from facilitator.decisions.logformat import LogFormatError, example_log
from facilitator.store.db import Database
from ui.background import run_in_background


class LogExchange(QObject):
    finished = Signal(str)  # what happened, in words (also after a failure)
    imported = Signal()

    def __init__(self, db: Database, parent: QWidget) -> None:
        super().__init__(parent)
        self.db, self.window = db, parent
        self.busy = False
        self.progress: QProgressDialog | None = None
        self.box: QMessageBox | None = None

    def _start(self, label: str, work: Callable[[], Any], done: Callable[[Any], None],
               failed: Callable[[Exception], None]) -> bool:
        if self.busy:
            return False
        self.busy = True
        self.progress = QProgressDialog(label, "", 0, 0, self.window)  # 0..0: a busy bar, the length is unknown
        self.progress.setObjectName("logProgress")
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)  # quick jobs never flash a dialog

        def end(callback: Callable[[Any], None], value: Any) -> None:
            if not isValid(self):  # the window closed while the work ran; the work itself is done
                return
            self.busy = False
            if self.progress is not None:
                self.progress.reset()
                self.progress.deleteLater()
                self.progress = None
            callback(value)
        run_in_background(work, lambda result: end(done, result), lambda exc: end(failed, exc))
        return True

    def export_log(self, path: Path, fmt: str) -> bool:
        writer = export_csv if fmt == "csv" else export_json
        return self._start(self.tr("Exporting the decision log…"), lambda: writer(self.db, Path(path)),
                           lambda written: self.finished.emit(self.tr("Exported the decision log to %1.")
                                                              .replace("%1", str(written))),
                           lambda exc: self._problem(self.tr("Could not export the log"), exc))

    def import_log(self, path: Path, demo: bool = False) -> bool:
        return self._start(self.tr("Importing the decision log…"), lambda: import_json(self.db, Path(path)),
                           lambda report: self._imported(report, demo),
                           lambda exc: self._problem(self.tr("Could not import the log"), exc))

    def open_example(self) -> bool:
        return self.import_log(example_log(), demo=True)

    def _imported(self, report: ImportReport, demo: bool) -> None:
        text = (self.tr("Opened the example log: a fictional team's decisions to look around in.") if demo else
                self.tr("Imported %1 record(s); %2 were already here.").replace("%1", str(report.total_added))
                .replace("%2", str(report.unchanged)))
        if report.conflicts:
            lines = "\n".join(f"{c.section} {c.id[:8]}: {c.reason}" for c in report.conflicts[:8])
            text += "\n\n" + self.tr("%1 record(s) differ from this log and were not overwritten:\n%2").replace(
                "%1", str(len(report.conflicts))).replace("%2", lines)
            self._message(QMessageBox.Icon.Information, self.tr("Imported, with conflicts"), text, "logImportConflicts")
        self.imported.emit()
        self.finished.emit(text.split("\n")[0])

    def _problem(self, title: str, exc: Exception) -> None:
        if isinstance(exc, LogFormatError):
            reason = str(exc)
        elif isinstance(exc, OSError):
            reason = self.tr("The file could not be read or written: %1").replace("%1", exc.strerror or str(exc))
        else:
            reason = str(exc)
        self._message(QMessageBox.Icon.Warning, title,
                      self.tr("%1\n\nNothing was changed in your log.").replace("%1", reason), "logExchangeProblem")
        self.finished.emit(title)

    def _message(self, icon: QMessageBox.Icon, title: str, text: str, name: str) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName(name)
        box.open()  # never exec(): the qasync loop must keep running
        self.box = box
