"""Print preview shows the core's real PDF; Save as PDF and printing use that same file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import Qt


def open_preview(window: Any, qtbot: Any, ident: str) -> Any:
    window.library_view.select_anywhere(ident)
    qtbot.keyClick(window.library_view.results, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    preview = window.preview
    qtbot.waitUntil(lambda: preview.print_button.isEnabled(), timeout=20000)
    return preview


def test_preview_renders_in_the_background_and_saves(window: Any, qtbot: Any, tmp_path: Path) -> None:
    preview = open_preview(window, qtbot, "troika-consulting")
    assert preview.document.pageCount() >= 1
    assert "page" in preview.status.text()
    target = tmp_path / "troika.pdf"
    assert preview.save_to(target)
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Troika Consulting" in text


def test_letter_and_worksheet_rerender(window: Any, qtbot: Any, tmp_path: Path) -> None:
    preview = open_preview(window, qtbot, "25-10-crowd-sourcing")
    preview.paper.setCurrentIndex(preview.paper.findData("letter"))
    preview.kind.setCurrentIndex(1)
    qtbot.waitUntil(lambda: preview.print_button.isEnabled() and preview._generation == 3, timeout=20000)
    target = tmp_path / "cards.pdf"
    preview.save_to(target)
    page = PdfReader(target).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)
    assert "Bold idea" in page.extract_text()


def test_printing_paints_every_page(window: Any, qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    preview = open_preview(window, qtbot, "1-2-4-all")
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    preview.print_to(printer)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == preview.document.pageCount()


def test_session_pack_preview_with_progress_and_cancel(window: Any, qtbot: Any, tmp_path: Path) -> None:
    example = Path(__file__).resolve().parents[2] / "resources" / "examples" / "plan-community-health-workshop.toml"
    assert window.import_plan_file(str(example))
    qtbot.mouseClick(window.plans_view.pack_button, Qt.MouseButton.LeftButton)
    preview = window.plans_view.preview
    qtbot.waitUntil(lambda: preview.print_button.isEnabled(), timeout=30000)
    assert preview.progress.maximum() >= 1, "the bar showed real progress"
    target = tmp_path / "pack.pdf"
    assert preview.save_to(target)
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "10:27–10:39" in text and "Community health co-production workshop" in text
    preview.large.setChecked(True)
    preview.cancel()
    qtbot.waitUntil(lambda: "Cancelled" in preview.status.text() or preview.print_button.isEnabled(), timeout=30000)
