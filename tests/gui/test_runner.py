"""The runner driven from the keyboard, on a fake clock (never sleeping)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from facilitator.structures.library import load_library
from facilitator.timing import EngineState, FakeClock
from facilitator.timing.runsheet import run_item_from_structure, simple_item
from ui.runner import palette
from ui.runner.controller import MemoryRecorder, RunController
from ui.runner.presenter import PresenterView
from ui.runner.sound import RecordingChime


class Room:
    def __init__(self, qtbot: Any, audible: bool = True) -> None:
        from ui.app import create_app

        create_app(["x"])
        lib = load_library()
        self.clock = FakeClock()
        self.chime = RecordingChime(audible=audible)
        self.recorder = MemoryRecorder()
        self.controller = RunController(
            [run_item_from_structure(lib.get("1-2-4-all"), "What could make discharge from hospital kinder?"),
             simple_item("Break", 10), run_item_from_structure(lib.get("troika-consulting"))],
            clock=self.clock, chime=self.chime, recorder=self.recorder)
        self.controller.timer.stop()  # the test ticks by hand after moving the fake clock
        self.view = PresenterView(self.controller, "Test session")
        qtbot.addWidget(self.view)
        self.view.show()
        self.view.activateWindow()
        qtbot.waitExposed(self.view)
        qtbot.waitUntil(self.view.isActiveWindow)
        self.view.clock.setFocus()
        self.qtbot = qtbot

    def key(self, key: Any, modifier: Any = Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(self.view.clock, key, modifier)

    def advance(self, seconds: float) -> None:
        self.clock.advance(seconds)
        self.controller.tick()


@pytest.fixture
def room(qtbot: Any) -> Iterator[Room]:
    r = Room(qtbot)
    yield r
    r.view.close()


def test_space_starts_and_pauses_and_the_clock_counts_down(room: Room) -> None:
    assert room.view.clock.text() == "01:00"
    room.key(Qt.Key.Key_Space)
    assert room.controller.engine.state is EngineState.RUNNING
    room.advance(20)
    assert room.view.clock.text() == "00:40"
    assert room.view.projector.clock.text() == "00:40", "projector stays in sync"
    room.key(Qt.Key.Key_Space)
    room.advance(300)
    assert room.view.clock.text() == "00:40", "paused time does not count"
    assert "Space resumes" in room.view.prompt.text()


def test_chime_at_each_step_end_and_warning_before(room: Room) -> None:
    room.key(Qt.Key.Key_Space)
    room.advance(59)
    assert room.chime.played == ["warning"]
    room.advance(1)
    assert room.chime.played == ["warning", "end"]
    assert room.view.clock.text() == "00:00"
    room.advance(5)
    assert room.view.clock.text() == "-00:05"
    assert room.view.projector.current_colours == palette.OVERRUN
    assert "Time is up" in room.view.prompt.text()


def test_arrows_move_between_steps_and_minutes_adjust(room: Room) -> None:
    room.key(Qt.Key.Key_Space)
    room.key(Qt.Key.Key_Right)
    assert room.view.step.text() == "Build on each other in pairs"
    assert room.view.projector.step.text() == "Build on each other in pairs"
    room.key(Qt.Key.Key_Plus)
    assert room.view.clock.text() == "03:00"
    room.key(Qt.Key.Key_Minus)
    room.key(Qt.Key.Key_Minus)
    assert room.view.clock.text() == "01:00"
    room.key(Qt.Key.Key_Left)
    assert room.view.step.text() == "Think alone"
    assert "Join another pair" not in room.view.say.text()


def test_last_thirty_seconds_turn_amber(room: Room) -> None:
    room.key(Qt.Key.Key_Space)
    room.advance(29)
    assert room.view.projector.current_colours == palette.NORMAL
    room.advance(2)
    assert room.view.projector.current_colours == palette.WARNING


def test_no_audio_flashes_the_projector_and_carries_on(qtbot: Any) -> None:
    r = Room(qtbot, audible=False)
    flashes: list[str] = []
    r.controller.flash.connect(lambda kind: flashes.append(kind))
    r.key(Qt.Key.Key_Space)
    r.advance(60)
    assert r.chime.played == ["warning", "end"], r.controller.engine.state
    assert flashes == ["warning", "end"]
    assert r.controller.engine.state is EngineState.RUNNING
    r.view.close()


def test_mute_silences_the_chime(room: Room) -> None:
    room.key(Qt.Key.Key_M)
    room.key(Qt.Key.Key_Space)
    room.advance(61)
    assert room.chime.played == []
    assert room.view.buttons["mute"].isChecked()


def test_head_count_shows_the_split_and_updates_at_once(room: Room, qtbot: Any) -> None:
    room.key(Qt.Key.Key_Space)
    room.key(Qt.Key.Key_Right)
    room.key(Qt.Key.Key_Right)  # foursomes
    room.view.head_count.setValue(23)
    assert "23 people → 5 foursomes and 1 trio" in room.view.split.text()
    room.view.head_count.setValue(101)
    assert "101 people" in room.view.split.text()
    room.controller.jump_to(2, 1)  # Troika's consulting round: trios
    assert "31 trios and 2 foursomes" in room.view.split.text()
    assert "extra consultant" in room.view.split.text()


def test_notes_are_saved_debounced_with_tags_and_kept_per_step(room: Room, qtbot: Any) -> None:
    room.key(Qt.Key.Key_Space)
    room.view.notes_box.setFocus()
    qtbot.keyClicks(room.view.notes_box, "Named contact on the ward")
    assert room.view.clock.text() == "01:00", "typing a space in notes does not pause"
    qtbot.keyClick(room.view.notes_box, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: (0, 0) in room.recorder.notes, timeout=3000)
    assert room.recorder.notes[(0, 0)] == ("Named contact on the ward", ["need"])
    qtbot.keyClick(room.view.notes_box, Qt.Key.Key_Escape)
    room.key(Qt.Key.Key_Right)
    assert room.view.notes_box.toPlainText() == ""
    room.key(Qt.Key.Key_Left)
    assert room.view.notes_box.toPlainText() == "Named contact on the ward"


def test_every_transition_is_saved(room: Room) -> None:
    before = len(room.recorder.states)
    room.key(Qt.Key.Key_Space)
    room.key(Qt.Key.Key_Right)
    assert len(room.recorder.states) >= before + 2
    assert room.recorder.states[-1]["state"] in ("running", "paused")


def test_ending_asks_first(room: Room, qtbot: Any) -> None:
    room.key(Qt.Key.Key_Space)
    qtbot.mouseClick(room.view.buttons["end"], Qt.MouseButton.LeftButton)
    box = room.view.findChild(QMessageBox, "confirmEnd")
    assert box is not None and box.isVisible()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert room.controller.engine.state is EngineState.RUNNING
    qtbot.mouseClick(room.view.buttons["end"], Qt.MouseButton.LeftButton)
    box = room.view.findChild(QMessageBox, "confirmEnd")
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert room.controller.engine.state is EngineState.FINISHED
    assert room.recorder.finished is not None


def test_projector_toggle_and_escape_never_ends(room: Room, qtbot: Any) -> None:
    room.key(Qt.Key.Key_Space)
    room.key(Qt.Key.Key_P)
    assert room.view.projector.isVisible()
    room.view.projector.showFullScreen()
    qtbot.keyClick(room.view.projector, Qt.Key.Key_Escape)
    assert not room.view.projector.isFullScreen()
    assert room.controller.engine.state is EngineState.RUNNING
    room.key(Qt.Key.Key_P)
    assert not room.view.projector.isVisible()


def test_palette_contrast_survives_a_projector() -> None:
    for background, text in (palette.NORMAL, palette.WARNING, palette.OVERRUN, palette.PAUSED, palette.FLASH):
        assert palette.contrast(background, text) >= 7.0


def test_soft_warning_is_configurable_and_remembered(room: Room) -> None:
    from ui.settings import settings

    room.view.warning.setValue(0)
    room.key(Qt.Key.Key_Space)
    room.advance(61)
    assert room.chime.played == ["end"], "no soft warning when set to 0"
    assert int(settings().value("runner/warning_seconds")) == 0


def test_the_projector_countdown_uses_the_bundled_font(room: Room) -> None:
    """Registered when the projector is built (not at start-up): DejaVu's digits are all one width."""
    from PySide6.QtGui import QFontDatabase, QFontInfo

    assert "DejaVu Sans" in QFontDatabase.families()
    room.view.projector.resize(1280, 720)
    assert QFontInfo(room.view.projector.clock.font()).family() == "DejaVu Sans"
