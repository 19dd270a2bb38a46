"""Ending a session closes the run, sums it up and offers the harvest (issue 15 item 9).

It used to leave the presenter open saying "148 min ahead of plan" with Resume
still active.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from facilitator.plans.runs import get_run


def test_end_session_closes_the_run_and_offers_the_harvest(window: Any, qtbot: Any) -> None:
    window.library_view.select_anywhere("1-2-4-all")
    window.run_current()
    presenter = window.presenter
    qtbot.waitExposed(presenter)
    qtbot.keyClick(presenter.clock, Qt.Key.Key_Space)
    presenter.notes_box.setFocus()
    qtbot.keyClicks(presenter.notes_box, "Discharge on Fridays: pharmacy closes at 5")
    qtbot.keyClick(presenter.notes_box, Qt.Key.Key_Escape)
    run_uuid = presenter.controller.recorder.run_uuid
    qtbot.mouseClick(presenter.buttons["end"], Qt.MouseButton.LeftButton)
    box = presenter.findChild(QMessageBox, "confirmEnd")
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not presenter.isVisible())
    assert not presenter.projector.isVisible()
    run = get_run(window.db, run_uuid)
    assert run is not None and run.finished, "the run is closed, not left to resume"
    summary = window.findChild(QDialog, "endSummary")
    assert summary is not None
    qtbot.waitUntil(summary.isVisible)
    table = summary.table
    assert table.rowCount() == 1 and table.item(0, 0).text() == "1-2-4-All"
    assert table.item(0, 1).text() == "12 min", "planned"
    assert table.item(0, 2).text() == "0 min", "actual: ended at once"
    assert table.item(0, 3).text() == "1", "one note on this item"
    assert "Notes taken: 1" in summary.notes_line.text()
    assert summary.harvest_button.isDefault()
    qtbot.mouseClick(summary.harvest_button, Qt.MouseButton.LeftButton)
    preview = summary.findChild(QDialog, "printPreview")
    assert preview is not None
    qtbot.waitUntil(preview.isVisible)
    preview.close()
    summary.close()
