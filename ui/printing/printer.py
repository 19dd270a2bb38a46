"""Paint a PDF's pages onto a QPrinter (or a PDF QPrinter in tests).

Pages are rendered as images at the printer's resolution, capped near 300 dpi:
a full HighResolution A4 page would be ~10k×14k pixels for no visible gain.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

MAX_DPI = 300


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Returns the number of pages sent."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        dpi = min(printer.resolution(), MAX_DPI)
        pages = document.pageCount()
        for index in range(pages):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            image = document.render(index, size)
            target = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.topLeft(), scaled), image)
        return pages
    finally:
        painter.end()

