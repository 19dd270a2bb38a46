"""The run keys work whatever has focus in the presenter, from one table; only the notes box keeps its typing.

Keys go to whichever widget has focus, as they would from a real keyboard.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from facilitator.timing import EngineState
from tests.gui.test_runner import Room
from ui.runner.run_keys import RUN_KEYS, key_label

README = Path(__file__).resolve().parents[2] / "README.md"
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def room(qtbot: Any) -> Iterator[Room]:
    r = Room(qtbot)
    yield r
    r.view.close()


def press(room: Room, key: Any, modifier: Any = Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the keyboard sends it: to the widget that has focus."""
    focus = QApplication.focusWidget()
    assert focus is not None
    room.qtbot.keyClick(focus, key, modifier)


def focus_on(room: Room, widget: QWidget) -> None:
    widget.setFocus()
    room.qtbot.waitUntil(widget.hasFocus)


def test_head_count_then_enter_gives_the_keys_back_to_the_run(room: Room) -> None:
    """The issue's own steps: Tab to the head count, 23, Enter, then Space and −."""
    press(room, Qt.Key.Key_Tab)
    assert room.view.head_count.hasFocus()
    press(room, Qt.Key.Key_2)
    press(room, Qt.Key.Key_3)
    press(room, Qt.Key.Key_Return)
    assert room.view.clock.hasFocus(), "Enter in the head count returns focus to the run"
    press(room, Qt.Key.Key_Space)
    assert room.controller.engine.state is EngineState.RUNNING
    press(room, Qt.Key.Key_Right)
    press(room, Qt.Key.Key_Minus)
    assert room.view.clock.text() == "01:00", "− shortened the two-minute pairs step"
    assert room.view.head_count.value() == 23
    assert "23 people" in room.view.split.text()


@pytest.mark.parametrize("where", ["head_count", "warning", "agenda", "next_button", "tag_button"])
def test_run_keys_work_whatever_has_focus(room: Room, where: str) -> None:
    widget = {"head_count": room.view.head_count, "warning": room.view.warning, "agenda": room.view.agenda,
              "next_button": room.view.buttons["next"], "tag_button": room.view.tag_buttons["need"]}[where]
    warning = room.view.warning.value()
    focus_on(room, widget)
    press(room, Qt.Key.Key_Space)
    assert room.controller.engine.state is EngineState.RUNNING
    press(room, Qt.Key.Key_Space)
    assert room.controller.engine.state is EngineState.PAUSED
    press(room, Qt.Key.Key_Plus)
    assert room.view.clock.text() == "02:00"
    press(room, Qt.Key.Key_Minus)
    assert room.view.clock.text() == "01:00"
    press(room, Qt.Key.Key_Right)
    assert room.view.step.text() == "Build on each other in pairs"
    press(room, Qt.Key.Key_Left)
    assert room.view.step.text() == "Think alone"
    press(room, Qt.Key.Key_2, CTRL)
    assert room.view.tag_buttons["need"].isChecked()
    assert (room.view.head_count.value(), room.view.warning.value()) == (0, warning), "no box was edited"
    assert not room.view.tag_buttons["strength"].isChecked()


def test_notes_keep_their_typing_but_not_tab(room: Room) -> None:
    press(room, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # the &Notes label
    assert room.view.notes_box.hasFocus()
    room.qtbot.keyClicks(room.view.notes_box, "a - b + P? ")
    press(room, Qt.Key.Key_Right)  # at the end of the text: the notes box ignores it, the run must too
    press(room, Qt.Key.Key_1, CTRL)
    assert room.view.notes_box.toPlainText() == "a - b + P? "
    assert room.controller.engine.state is EngineState.READY and room.view.step.text() == "Think alone"
    assert room.view.tag_buttons["strength"].isChecked(), "Ctrl+1 still tags while typing"
    press(room, Qt.Key.Key_Tab)
    assert not room.view.notes_box.hasFocus(), "Tab leaves the notes"
    assert "\t" not in room.view.notes_box.toPlainText()


@pytest.mark.parametrize("where", ["head_count", "warning", "agenda", "notes_box"])
def test_esc_always_returns_to_the_run(room: Room, where: str) -> None:
    focus_on(room, getattr(room.view, where))
    press(room, Qt.Key.Key_Escape)
    assert room.view.clock.hasFocus()
    press(room, Qt.Key.Key_Space)
    assert room.controller.engine.state is EngineState.RUNNING


def test_enter_presses_a_focused_button(room: Room) -> None:
    focus_on(room, room.view.buttons["end"])
    press(room, Qt.Key.Key_Return)
    box = room.view.findChild(QDialog, "confirmEnd")
    assert box is not None and box.isVisible()
    box.reject()


def test_keys_pressed_on_the_projector_drive_the_run(room: Room) -> None:
    room.view.projector.show()
    room.qtbot.keyClick(room.view.projector, Qt.Key.Key_Space)
    assert room.controller.engine.state is EngineState.RUNNING


@pytest.mark.parametrize("key", [Qt.Key.Key_Question, Qt.Key.Key_F1])
def test_help_lists_every_run_key_and_closes_with_esc(room: Room, key: Any) -> None:
    focus_on(room, room.view.head_count)
    press(room, key, Qt.KeyboardModifier.ShiftModifier if key == Qt.Key.Key_Question else Qt.KeyboardModifier.NoModifier)
    help_box = room.view.findChild(QDialog, "runKeysHelp")
    assert help_box is not None
    room.qtbot.waitUntil(help_box.isActiveWindow)
    assert help_box.table.hasFocus()
    table = help_box.table
    shown = "\n".join(table.item(r, 0).text() + " " + table.item(r, 1).text() for r in range(table.rowCount()))
    tags = room.view.tags
    for key_text, action, _ in RUN_KEYS:
        if action.startswith("tag") and int(action[3:]) > len(tags):
            assert key_label(key_text) not in shown, "no row for a tag the plan does not have"
            continue
        assert key_label(key_text) in shown, key_text
    assert "“need”" in shown, "tag keys name the plan's tag"
    press(room, Qt.Key.Key_Escape)
    room.qtbot.waitUntil(lambda: not help_box.isVisible())
    room.qtbot.waitUntil(room.view.clock.hasFocus)
    assert room.controller.engine.state is EngineState.READY


def test_every_action_in_the_table_has_a_handler(room: Room) -> None:
    assert {action for _, action, _ in RUN_KEYS} <= set(room.view.keys.handlers)


def test_readme_lists_every_run_key() -> None:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("While a session runs"):]
    section = section[:section.index("\n\n", section.index("| keys |"))]
    listed = {k.strip() for row in re.findall(r"^\| ([^|]+) \|", section, re.M) for k in row.split(" / ")}
    for key, _, _ in RUN_KEYS:
        assert key_label(key) in listed, f"README's run keys miss {key_label(key)}"
