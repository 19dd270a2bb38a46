"""The SDMI round on the projector (issue 15 item 7): live counts by key; objection text only when chosen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.decisions.repository import add_proposal, start_round
from tests.gui.test_decisions_round import circle_of, focus_window, press, type_text

ALT = Qt.KeyboardModifier.AltModifier
ARGUMENT = "Juniors alone with complex wounds is unsafe"


def counts(wall: Any) -> dict[str, str]:
    return {key: label.text() for key, label in wall.counts.items()}


def test_counts_follow_the_keys_and_objection_text_waits_for_the_toggle(window: Any, qtbot: Any) -> None:
    meeting, ids = circle_of(window.db, 5)
    proposal = add_proposal(window.db, meeting, "Weekend rota", "Weekend visits in pairs")
    start_round(window.db, proposal, "decision")
    focus_window(window, qtbot)
    window.decisions_view.open_meeting(meeting)
    screen = window.decisions_view.meeting.item_page.round_screen
    wall = screen.projector
    assert not wall.isVisible() and not screen.objections_box.isChecked(), "off the wall until asked"
    press(qtbot, Qt.Key.Key_J, ALT)  # Pro&jector (a mnemonic clicks after a short animation)
    qtbot.waitUntil(wall.isVisible)
    assert screen.projector_button.isChecked()
    assert QApplication.focusWidget() is screen.circle, "the keys stay with the circle"
    assert wall.proposal.text() == "Weekend visits in pairs"
    assert "consent" in wall.question.text().lower()
    assert wall.turn.text() == "Now: P01"
    assert counts(wall) == {"consent": "0 consent", "concern": "0 concern", "objection": "0 objection",
                            "to_come": "5 to come"}
    press(qtbot, Qt.Key.Key_C)
    press(qtbot, Qt.Key.Key_K)
    type_text(qtbot, "Travel time")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_O)
    type_text(qtbot, ARGUMENT)
    press(qtbot, Qt.Key.Key_Return)
    assert counts(wall) == {"consent": "1 consent", "concern": "1 concern", "objection": "1 objection",
                            "to_come": "2 to come"}, "each count with its word, not colour alone"
    assert wall.turn.text() == "Now: P04"
    shown = [label.text() for label in wall.findChildren(type(wall.turn))]
    assert not any(ARGUMENT in text or "Travel time" in text for text in shown), "no one's words on the wall"
    press(qtbot, Qt.Key.Key_X, ALT)  # Objection te&xt on the projector
    qtbot.waitUntil(screen.objections_box.isChecked)
    assert wall.objections.text() == f"P03: {ARGUMENT}", "shown once the facilitator chooses to"
    assert QApplication.focusWidget() is screen.circle
    press(qtbot, Qt.Key.Key_C)
    assert counts(wall)["consent"] == "2 consent" and counts(wall)["to_come"] == "1 to come"
    press(qtbot, Qt.Key.Key_X, ALT)
    qtbot.waitUntil(lambda: wall.objections.text() == "")
    press(qtbot, Qt.Key.Key_J, ALT)
    qtbot.waitUntil(lambda: not wall.isVisible())
