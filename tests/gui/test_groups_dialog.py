"""Random groups in the runner: from a names file, reproducible, keep-apart, printable on one page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import Qt

NAMES = [f"Person {i}" for i in range(1, 102)] + ["Zoë", "Łukasz"]


def test_groups_from_a_file_with_seed_keep_apart_and_print(window: Any, qtbot: Any, tmp_path: Path, home: Path) -> None:
    names_file = tmp_path / "room.txt"
    names_file.write_text("\n".join(NAMES), encoding="utf-8")
    window.library_view.select_anywhere("troika-consulting")
    window.run_current()
    presenter = window.presenter
    presenter.controller.next_step()  # the consulting round: trios
    presenter.activateWindow()
    qtbot.waitUntil(presenter.isActiveWindow)
    presenter.clock.setFocus()
    qtbot.keyClick(presenter.clock, Qt.Key.Key_G)
    dialog = presenter.groups_dialog
    assert dialog.configuration.currentData() == "trios"
    assert dialog.load_path(names_file)
    dialog.apart.setPlainText("Zoë, Łukasz")
    qtbot.mouseClick(next(b for b in dialog.findChildren(type(dialog.print_button)) if b.text() == "&Make groups"),
                     Qt.MouseButton.LeftButton)
    first = [list(g) for g in dialog.groups]
    assert sorted(n for g in first for n in g) == sorted(NAMES)
    assert not any({"Zoë", "Łukasz"} <= set(g) for g in first)
    assert all(len(g) in (3, 4) for g in first)
    dialog.make_groups()
    assert dialog.groups == first, "the same shuffle number gives the same groups"
    dialog.print_button.click()
    preview = dialog.preview_dialog
    qtbot.waitUntil(lambda: preview.print_button.isEnabled(), timeout=20000)
    assert preview.document.pageCount() == 1
    preview.save_to(tmp_path / "groups.pdf")
    text = PdfReader(tmp_path / "groups.pdf").pages[0].extract_text()
    assert "Łukasz" in text and "Group 34" in text
    stored = b"".join(p.read_bytes() for p in home.rglob("*.sqlite3*") if p.is_file())
    assert "Łukasz".encode() not in stored, "names are never written to the database"
    presenter.close()


def test_bad_names_file_is_explained(window: Any, tmp_path: Path) -> None:
    window.library_view.select_anywhere("1-2-4-all")
    window.run_current()
    window.presenter.random_groups()
    dialog = window.presenter.groups_dialog
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 4)
    assert not dialog.load_path(junk)
    assert "junk.txt" in dialog.message.text()
    window.presenter.close()
