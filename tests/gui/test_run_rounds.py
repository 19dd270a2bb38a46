"""A live room's rounds: Troika's stages called on both screens, and time read as time.

Driven with keys on a fake clock, as in test_runner.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from facilitator.structures.library import load_library
from facilitator.timing import FakeClock
from facilitator.timing.runsheet import run_item_from_structure
from ui.runner.controller import MemoryRecorder, RunController
from ui.runner.presenter import PresenterView
from ui.runner.sound import RecordingChime


class TroikaRoom:
    def __init__(self, qtbot: Any) -> None:
        from ui.app import create_app

        create_app(["x"])
        lib = load_library()
        self.clock = FakeClock()
        self.chime = RecordingChime(audible=True)
        self.controller = RunController(
            [run_item_from_structure(lib.get("1-2-4-all"), "What could make discharge kinder?"),
             run_item_from_structure(lib.get("troika-consulting"), "Where are you stuck with home visits?")],
            clock=self.clock, chime=self.chime, recorder=MemoryRecorder(), warning_seconds=0)
        self.controller.timer.stop()  # the test ticks by hand after moving the fake clock
        self.view = PresenterView(self.controller, "Team day")
        qtbot.addWidget(self.view)
        qtbot.addWidget(self.view.projector)
        self.view.show()
        self.view.activateWindow()
        qtbot.waitExposed(self.view)
        qtbot.waitUntil(self.view.isActiveWindow)
        self.view.clock.setFocus()
        self.qtbot = qtbot

    def key(self, key: Any) -> None:
        self.qtbot.keyClick(self.view.clock, key)

    def advance(self, seconds: float) -> None:
        self.clock.advance(seconds)
        self.controller.tick()


@pytest.fixture
def troika(qtbot: Any) -> Iterator[TroikaRoom]:
    room = TroikaRoom(qtbot)
    yield room
    room.view.close()


def test_troika_round_two_is_called_on_presenter_and_projector(troika: TroikaRoom) -> None:
    room, view = troika, troika.view
    room.key(Qt.Key.Key_P)  # the projector
    room.controller.jump_to(1, 0)  # Troika: "Prepare your question"
    room.key(Qt.Key.Key_Space)
    for _ in range(5):  # round 1's four stages, then round 2's first
        room.key(Qt.Key.Key_Right)
    assert view.step.text() == "Round 2 of 3 — Client explains"
    room.key(Qt.Key.Key_Right)
    room.key(Qt.Key.Key_Right)
    assert view.step.text() == view.projector.step.text() == "Round 2 of 3 — Consultants discuss"
    assert view.clock.text() == view.projector.clock.text() == "05:00"
    assert "turn your chair round" in view.say.text()
    assert view.projector.invitation.text() == "Where are you stuck with home visits?"
    assert "Next: Round 2 of 3 — Client responds" in view.next.text()
    room.advance(299)
    assert room.chime.played == []
    room.advance(1)
    assert room.chime.played == ["end"], "every stage chimes"
    room.key(Qt.Key.Key_Right)
    assert view.projector.step.text() == "Round 2 of 3 — Client responds"
    assert view.projector.clock.text() == "01:00"


def test_the_agenda_reads_durations_not_clock_times(troika: TroikaRoom) -> None:
    rows = [troika.view.agenda.item(i).text() for i in range(troika.view.agenda.count())]
    assert rows == ["1-2-4-All  (12 min)", "Troika Consulting  (31 min)"], "12 min, never 12:00 (noon)"


def test_library_detail_reads_offsets_and_shows_the_stages(window: Any) -> None:
    window.library_view.select_anywhere("troika-consulting")
    html = window.library_view.detail.browser.toPlainText()
    assert "0–1 min from start" in html and "1–31 min from start" in html
    assert "3 rounds of 10 min, each:" in html and "Consultants discuss" in html
