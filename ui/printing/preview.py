"""Print preview of the real PDF pages (rendered by the core), with Print and Save as PDF.

The preview shows the very file that will be printed or saved: there is no
second layout to drift out of step with the paper.
"""

from __future__ import annotations

import inspect
import shutil
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.render import Options
from ui.a11y import explain
from ui.background import run_in_background

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

Renderer = Callable[..., object]  # (path, options) or (path, options, progress, cancelled)


class PreviewDialog(QDialog):
    """Shows a document; ``kinds`` maps a label ("Structure card") to a function writing the PDF."""

    def __init__(self, title: str, kinds: Mapping[str, Renderer], parent: QWidget | None = None, suggested_name: str = "handout") -> None:
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.setWindowTitle(self.tr("Print preview — %1").replace("%1", title))
        from PySide6.QtGui import QGuiApplication

        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.resize(min(900, screen.width() - 40), min(1000, screen.height() - 60))
        self.kinds = kinds
        self.suggested_name = suggested_name
        self._folder = Path(tempfile.mkdtemp(prefix="facilitator-preview-"))
        self.pdf_path: Path | None = None
        self._generation = 0

        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Document"))
        self.kind.addItems(list(kinds))
        self.paper = QComboBox(self)
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.addItem("A4", "a4")
        self.paper.addItem("US Letter", "letter")
        self.large = QCheckBox(self.tr("&Large print"), self)
        explain(self.large, self.tr("Large print"))
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Preparing the document"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        explain(self.cancel_button, self.tr("Cancel preparing the document"))
        self.cancel_button.clicked.connect(self.cancel)
        self._cancelled: set[int] = set()
        self.status = QLabel(self)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Pages"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        close = QPushButton(self.tr("Close"), self)
        for b in (self.print_button, self.save_button, close):
            b.setAccessibleName(b.text().replace("&", ""))
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        close.clicked.connect(self.reject)

        top = QHBoxLayout()
        for text, combo in ((self.tr("Document"), self.kind), (self.tr("Paper size"), self.paper)):
            label = QLabel(text, self)  # each drop-down labelled by the words beside it
            label.setBuddy(combo)
            top.addWidget(label)
            top.addWidget(combo)
        top.addWidget(self.large)
        top.addStretch(1)
        top.addWidget(self.progress)
        top.addWidget(self.cancel_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        for b in (self.print_button, self.save_button, close):
            bottom.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.kind.currentIndexChanged.connect(self.render)
        self.paper.currentIndexChanged.connect(self.render)
        self.large.toggled.connect(self.render)
        self.finished.connect(lambda _r: shutil.rmtree(self._folder, ignore_errors=True))
        self.render()

    def options(self) -> Options:
        return Options(paper=self.paper.currentData(), large_print=self.large.isChecked())

    def render(self) -> None:  # type: ignore[override]  # our own name, not QWidget.render(target)
        """Make the PDF in the background; the window stays responsive."""
        self._generation += 1
        generation = self._generation
        target = self._folder / f"{generation}.pdf"
        renderer = self.kinds[self.kind.currentText()]
        options = self.options()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Preparing pages…"))
        cancelled = lambda: generation in self._cancelled  # noqa: E731
        if len(inspect.signature(renderer).parameters) >= 4:
            run_in_background(lambda report: renderer(target, options, report, cancelled),
                              lambda _r: self._rendered(generation, target),
                              lambda exc: self._failed(generation, exc), self._progressed)
        else:
            run_in_background(lambda: renderer(target, options), lambda _r: self._rendered(generation, target),
                              lambda exc: self._failed(generation, exc))

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def cancel(self) -> None:
        """Stop preparing: the worker notices at its next step and nothing is written."""
        self._cancelled.add(self._generation)
        self.status.setText(self.tr("Cancelling…"))

    def _rendered(self, generation: int, target: Path) -> None:
        if generation != self._generation:
            return  # an older request finished after a newer one started
        self.pdf_path = target
        self.document.load(str(target))
        self.view.pageNavigator().jump(0, QPointF(), self.view.zoomFactor())
        self.progress.hide()
        self.cancel_button.hide()
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)
        pages = self.document.pageCount()
        self.status.setText(self.tr("%n page(s)", "", pages))

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self.progress.hide()
        self.cancel_button.hide()
        if generation in self._cancelled:
            self.status.setText(self.tr("Cancelled; nothing was printed or saved."))
            return
        self.status.setText(self.tr("Could not prepare the document: %1").replace("%1", str(exc)))

    def save_as(self) -> None:
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), str(Path.home() / f"{self.suggested_name}.pdf"),
                                                self.tr("PDF files (*.pdf)"))
        if target:
            self.save_to(Path(target))

    def save_to(self, target: Path) -> bool:
        if self.pdf_path is None:
            return False
        try:
            from facilitator.outputs import write_private

            write_private(target, self.pdf_path.read_bytes())  # private (0600) and whole, like every file written out
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Could not save"), self.tr("%1 could not be written: %2. Choose another folder.")
                                .replace("%1", str(target)).replace("%2", exc.strerror or str(exc)))
            return False
        self.status.setText(self.tr("Saved to %1").replace("%1", str(target)))
        return True

    def print_document(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printDialog")
        dialog.accepted.connect(lambda: self.print_to(printer))
        dialog.open()  # type: ignore[call-arg]  # the stubs list only open(receiver, member)
        self._print_dialog = dialog

    def print_to(self, printer: QPrinter) -> None:
        from ui.printing.printer import print_pdf

        print_pdf(self.document, printer)
        self.status.setText(self.tr("Sent to the printer."))


