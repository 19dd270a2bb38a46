"""Ctrl+Q or the close button asks first while a session runs or a round is open, and says what is kept.

Real key presses; the question is answered with a click on its button.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from facilitator.decisions.repository import add_proposal, open_round, start_round
from facilitator.plans.resume import resumable_run
from facilitator.timing import EngineState
from tests.gui.test_decisions_round import circle_of

CTRL = Qt.KeyboardModifier.ControlModifier


def press_ctrl_q(window: Any, qtbot: Any) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    focus = QApplication.focusWidget()
    assert focus is not None and focus.window() is window
    qtbot.keyClick(focus, Qt.Key.Key_Q, CTRL)


def question(qtbot: Any) -> QMessageBox:
    found: list[QMessageBox] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.objectName() == "quitQuestion" and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown)
    return found[0]


def answer(qtbot: Any, box: QMessageBox, name: str) -> None:
    button = box.findChild(QPushButton, name)
    assert button is not None, name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())


def start_session(window: Any, qtbot: Any) -> Any:
    window.library_view.select_anywhere("1-2-4-all")
    window.run_current()
    presenter = window.presenter
    qtbot.waitExposed(presenter)
    presenter.controller.toggle()
    presenter.notes_box.setPlainText("Named contact on the ward")
    return presenter


def test_ctrl_q_during_a_session_asks_and_keeps_the_run(window: Any, qtbot: Any, home: Any) -> None:
    presenter = start_session(window, qtbot)
    press_ctrl_q(window, qtbot)
    box = question(qtbot)
    assert "session is running" in box.text()
    assert "notes and timings are saved" in box.informativeText() and "offers to resume" in box.informativeText()
    assert box.findChild(QPushButton, "quitAnyway").text() == "Quit and keep the run"
    box.grab().save(str(home / "quit-question.png"))
    answer(qtbot, box, "keepRunning")
    assert window.isVisible() and presenter.isVisible()
    assert presenter.controller.engine.state is EngineState.RUNNING

    press_ctrl_q(window, qtbot)
    answer(qtbot, question(qtbot), "quitAnyway")
    qtbot.waitUntil(lambda: not window.isVisible())
    assert not presenter.isVisible() and not presenter.projector.isVisible(), "nothing left open: the app ends"
    offer = resumable_run(window.db)
    assert offer is not None and offer.step_title == "Think alone", "offered again at the next start"
    assert "Named contact on the ward" in [n[0] for n in presenter.step_notes.notes.values()]


def test_closing_the_window_during_a_round_asks_the_same(window: Any, qtbot: Any) -> None:
    meeting, _ids = circle_of(window.db, 4)
    proposal = add_proposal(window.db, meeting, "Photo protocol", "Wound photos only on the team tablet")
    round_id = start_round(window.db, proposal, "decision")
    window.decisions_view.open_meeting(meeting)
    press_ctrl_q(window, qtbot)
    box = question(qtbot)
    assert "decision round is open" in box.text()
    assert "Stances recorded so far are saved" in box.informativeText()
    assert "notes and timings" not in box.informativeText()
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Esc is "Keep running"
    qtbot.waitUntil(lambda: not box.isVisible())
    assert window.isVisible()

    window.close()  # the close button
    box = question(qtbot)
    assert "decision round is open" in box.text()
    answer(qtbot, box, "quitAnyway")
    qtbot.waitUntil(lambda: not window.isVisible())
    assert open_round(window.db, proposal) == round_id, "the round stays open"


def test_no_question_when_nothing_runs(window: Any, qtbot: Any) -> None:
    press_ctrl_q(window, qtbot)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.objectName() == "quitQuestion" and w.isVisible()]


def test_no_question_once_the_session_has_finished(window: Any, qtbot: Any) -> None:
    presenter = start_session(window, qtbot)
    presenter.controller.end()
    press_ctrl_q(window, qtbot)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert not presenter.isVisible()


def test_ctrl_q_on_the_presenter_asks_too(window: Any, qtbot: Any) -> None:
    """The facilitator's hands are on the presenter during a session; Ctrl+Q there (even in the notes) asks."""
    presenter = start_session(window, qtbot)
    presenter.activateWindow()
    qtbot.waitUntil(presenter.isActiveWindow)
    presenter.notes_box.setFocus()
    qtbot.waitUntil(presenter.notes_box.hasFocus)
    qtbot.keyClick(presenter.notes_box, Qt.Key.Key_Q, CTRL)
    box = question(qtbot)
    assert "session is running" in box.text()
    assert presenter.notes_box.toPlainText() == "Named contact on the ward"
    answer(qtbot, box, "keepRunning")
    assert presenter.isVisible() and presenter.controller.engine.state is EngineState.RUNNING


def test_no_question_once_everyone_in_the_round_has_spoken(window: Any, qtbot: Any) -> None:
    """The round closed with the last stance (its screen stays for corrections): nothing is left open."""
    meeting, _ids = circle_of(window.db, 2)
    proposal = add_proposal(window.db, meeting, "Photo protocol", "Wound photos only on the team tablet")
    start_round(window.db, proposal, "decision")
    window.decisions_view.open_meeting(meeting)
    screen = window.decisions_view.meeting.item_page.round_screen
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_C)
    assert screen.isVisible() and open_round(window.db, proposal) is None
    press_ctrl_q(window, qtbot)
    qtbot.waitUntil(lambda: not window.isVisible())
