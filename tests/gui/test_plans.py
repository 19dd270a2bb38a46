"""Planning a session in the window, running it, and resuming it after the app is killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator.plans import repository as repo
from facilitator.plans.harvest import harvest

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "plan-community-health-workshop.toml"


def agenda_rows(window: Any) -> list[tuple[str, str, str]]:
    table = window.plans_view.agenda
    return [(table.item(r, 0).text(), table.item(r, 1).text(), table.item(r, 2).text()) for r in range(table.rowCount())]


def test_build_a_plan_with_clock_times_and_undo(window: Any, qtbot: Any) -> None:
    qtbot.keyClick(window.library_view.results, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    view = window.plans_view
    assert window.tabs.currentWidget() is view and view.plan is not None
    view.details.title.clear()
    qtbot.keyClicks(view.details.title, "Carers' forum")
    qtbot.keyClick(view.details.title, Qt.Key.Key_Tab)
    view.details.has_date.setChecked(True)
    view.chooser.setCurrentIndex(view.chooser.findData("1-2-4-all"))
    qtbot.mouseClick(next(b for b in view.findChildren(type(view.run_button)) if b.text() == "&Add"), Qt.MouseButton.LeftButton)
    window.library_view.select_anywhere("troika-consulting")
    qtbot.keyClick(window.library_view.results, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert agenda_rows(window) == [("10:00–10:12", "1-2-4-All", "12 min"), ("10:12–10:43", "Troika Consulting", "31 min")]
    saved = repo.get_plan(window.db, view.plan.uuid)
    assert saved is not None and saved.title == "Carers' forum" and len(saved.items) == 2, "saved as it happens"
    view.agenda.selectRow(1)
    view.move_item(-1)
    assert [r[1] for r in agenda_rows(window)] == ["Troika Consulting", "1-2-4-All"]
    view.remove_item()
    assert [r[1] for r in agenda_rows(window)] == ["1-2-4-All"]
    window.undo.undo()
    assert [r[1] for r in agenda_rows(window)] == ["Troika Consulting", "1-2-4-All"]
    assert len(repo.get_plan(window.db, view.plan.uuid).items) == 2


def test_step_time_override_moves_the_clock(window: Any, qtbot: Any) -> None:
    assert window.import_plan_file(str(EXAMPLE))
    view = window.plans_view
    before = agenda_rows(window)
    row = next(i for i, r in enumerate(before) if r[1] == "1-2-4-All")
    view.agenda.selectRow(row)
    view.item_panel.steps.item(3, 2).setText("10")  # the whole-group step: 5 → 10 minutes
    after = agenda_rows(window)
    assert after[row][2] == "17 min"
    assert "over the" in view.balance.text()


def test_bad_plan_file_says_what_to_fix(window: Any, tmp_path: Path) -> None:
    bad = tmp_path / "plan.toml"
    bad.write_text('title = "x"\n[[items]]\nkind = "structure"\nminutes = "lots"\n', encoding="utf-8")
    assert not window.import_plan_file(str(bad))
    box = window.findChild(QMessageBox, "planImportProblems")
    assert box is not None and "plan.toml" in box.text()
    assert repo.list_plans(window.db) == []


def test_run_a_plan_saves_every_transition_and_note(window: Any, qtbot: Any) -> None:
    window.import_plan_file(str(EXAMPLE))
    qtbot.keyClick(window.plans_view.agenda, Qt.Key.Key_F5)
    dialog = window.questions_dialog  # first the questions: the example plan has them all, so Enter starts
    qtbot.waitExposed(dialog)
    assert dialog.fields[0][1].text().startswith("What worry about getting help early")
    qtbot.keyClick(dialog.fields[0][1], Qt.Key.Key_Return)
    presenter = window.presenter
    qtbot.waitExposed(presenter)
    presenter.activateWindow()
    qtbot.waitUntil(presenter.isActiveWindow)
    presenter.clock.setFocus()
    qtbot.keyClick(presenter.clock, Qt.Key.Key_Space)
    presenter.notes_box.setPlainText("Ask the pharmacy to join")
    presenter.flush_note()
    qtbot.keyClick(presenter.clock, Qt.Key.Key_Right)
    entries = harvest(window.db)
    assert [e.note.text for e in entries] == ["Ask the pharmacy to join"]
    from facilitator.plans.resume import resumable_run

    offer = resumable_run(window.db)
    assert offer is not None and offer.item_index == 1
    presenter.close()


CRASHER = """
import os, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import ui.app as appmod
original = appmod.create_app
def create(argv, **options):
    app = original(argv, **options)
    def go():
        w = next((x for x in QApplication.topLevelWidgets() if hasattr(x, "plans_view")), None)
        if w is None:  # the log opens after the first paint: wait for the Plans page
            QTimer.singleShot(100, go)
            return
        w.import_plan_file(sys.argv[2])
        w.plans_view.request_run()
        w.questions_dialog.start.click()  # the example plan's questions, as written
        p = w.presenter
        p.controller.toggle()
        p.controller.next_step()
        p.notes_box.setPlainText("Zoë: the leaflet is too small")
        p.flush_note()
        print("ready", flush=True)
    QTimer.singleShot(300, go)
    return app
appmod.create_app = create
appmod.main(["facilitator-app", "--home", sys.argv[1]])
"""


def test_resume_after_the_app_is_killed(qtbot: Any, tmp_path: Path, home: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, "-c", CRASHER, str(home), str(EXAMPLE)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    deadline = time.monotonic() + 60
    line = ""
    while "ready" not in line and time.monotonic() < deadline:
        line = proc.stdout.readline()
    time.sleep(0.3)  # let the timer run a little before the plug is pulled
    proc.send_signal(signal.SIGKILL)
    _, err = proc.communicate(timeout=10)  # also closes the pipes
    assert proc.returncode == -signal.SIGKILL, err

    from facilitator.store.db import open_database
    from ui.app import create_app
    from ui.main_window import MainWindow

    create_app(["x"])
    win = MainWindow(open_database())
    qtbot.addWidget(win)
    win.show()
    win.offer_resume()
    box = win.findChild(QMessageBox, "resumeOffer")
    assert box is not None and box.isVisible()
    assert "Resume 'Community health co-production workshop' at Welcome and purpose" not in box.text()
    assert "left?" in box.text() or "over time?" in box.text()
    qtbot.mouseClick(next(b for b in box.buttons() if b.text() == "Resume"), Qt.MouseButton.LeftButton)
    presenter = win.presenter
    assert presenter.controller.engine.state.value == "paused"
    assert presenter.controller.snapshot.item_index == 1
    assert presenter.notes_box.toPlainText() == "Zoë: the leaflet is too small"
    assert presenter.say.text().startswith("Say:")
    presenter.close()
    QApplication.processEvents()


def test_strings_and_harvest_tags(window: Any, qtbot: Any) -> None:
    assert window.import_plan_file(str(EXAMPLE))
    view = window.plans_view
    view.save_string("Morning opener")
    index = view.chooser.findText("String: Morning opener", Qt.MatchFlag.MatchStartsWith)
    assert index >= 0
    view.new_plan()
    view.chooser.setCurrentIndex(view.chooser.findText("String: Morning opener", Qt.MatchFlag.MatchStartsWith))
    view.add_chosen()
    assert [r[1] for r in agenda_rows(window)] == ["Impromptu Networking", "1-2-4-All", "TRIZ", "25/10 Crowd Sourcing",
                                                   "What, So What, Now What? W³"]
    view.details.tags.setText("idea, Barrier, question")
    view.details.tags.editingFinished.emit()
    assert repo.get_plan(window.db, view.plan.uuid).harvest_tags == ("idea", "barrier", "question")
    view.request_run()
    for _, field, _ in window.questions_dialog.fields:  # a string has no questions yet: type them
        field.setText("Our question?")
    window.questions_dialog.start.click()
    assert [b.text().split(" (")[0] for b in window.presenter.tag_buttons.values()] == ["idea", "barrier", "question"]
    window.presenter.close()


def test_long_texts_read_from_their_start(window: Any, qtbot: Any) -> None:
    """A newcomer saw the purpose and the note showing their last words, not their first."""
    assert window.import_plan_file(str(EXAMPLE))
    details = window.plans_view.details
    assert len(details.purpose.text()) > 60 and details.purpose.cursorPosition() == 0
    panel = window.plans_view.item_panel
    assert panel.note.cursorPosition() == 0 and panel.invitation.cursorPosition() == 0
