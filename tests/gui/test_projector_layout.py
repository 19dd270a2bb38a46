"""The projector's layout is the window's, never its text's: nothing clipped, nothing moves.

Issue 15 item 5: an overrun ('-00:10') widened the window from 1024 to 1061 px.
Checked at four projector sizes with the longest texts a session brings: a
300-character question, a long Dutch step title, 150 people in the room; then
the random groups (item 6): 150 names in columns at 1024×768, gone when the
step ends.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel

from facilitator.groups import assign
from facilitator.timing import FakeClock
from facilitator.timing.runsheet import RunItem, StepCue
from facilitator.timing.timeline import TimedItem, TimedStep
from ui.runner.controller import MemoryRecorder, RunController
from ui.runner.projector import ProjectorView
from ui.runner.sound import RecordingChime

QUESTION = ("What could we, as district nurses, GPs, pharmacists, social workers and the people we visit at home, "
            "change together in the next three months so that discharge from hospital on a Friday afternoon "
            "never again means a weekend without the right medicines, aids or a familiar face at the door?")
DUTCH_STEP = "Iedereen bespreekt in viertallen de gezamenlijke verbeterpunten voor de overdrachtsgesprekken"
SIZES = [(800, 600), (1024, 768), (1280, 720), (1920, 1080)]
FIRST = ("Anna", "Bram", "Cees", "Dirk", "Els", "Fatima", "Gert", "Hanneke", "Ilse", "Johan", "Karim", "Lotte",
         "Mohamed", "Noor", "Pieter")
LAST = ("de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Yilmaz", "El Amrani")


def names(count: int = 150) -> list[str]:
    return [f"{FIRST[i % len(FIRST)]} {LAST[i // len(FIRST) % len(LAST)]}" for i in range(count)]


def long_run(qtbot: Any) -> tuple[RunController, FakeClock]:
    from ui.app import create_app

    create_app(["x"])
    clock = FakeClock()
    timed = TimedItem("Verbeterpunten voor de overdracht na ontslag uit het ziekenhuis",
                      [TimedStep(DUTCH_STEP, 60, "foursomes"), TimedStep("Vijftien minuten pauze", 60, "trios")])
    item = RunItem(timed, (StepCue(configuration="foursomes"), StepCue(configuration="trios")), QUESTION)
    controller = RunController([item], clock=clock, chime=RecordingChime(), recorder=MemoryRecorder())
    controller.timer.stop()
    controller.set_head_count(150)
    return controller, clock


def show_projector(qtbot: Any, controller: RunController, size: tuple[int, int]) -> ProjectorView:
    view = ProjectorView(controller)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    return view


def text_fits(label: QLabel) -> bool:
    """The label's text, in its font, fits inside its box (wrapped where the label wraps)."""
    rect = label.contentsRect()
    metrics = QFontMetrics(label.font())
    if not label.wordWrap():
        return metrics.horizontalAdvance(label.text()) <= rect.width() and metrics.height() <= rect.height()
    flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignCenter)
    box = metrics.boundingRect(QRect(0, 0, rect.width(), 100_000), flags, label.text())
    return box.width() <= rect.width() and box.height() <= rect.height()


def geometries(view: ProjectorView) -> dict[str, tuple[int, int, int, int]]:
    found = {"window": view.geometry().getRect()}
    for label in view.findChildren(QLabel):
        found[label.objectName()] = label.geometry().getRect()
    return found


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_nothing_clipped_and_nothing_moves_through_an_overrun_and_a_step(qtbot: Any, size: tuple[int, int]) -> None:
    controller, clock = long_run(qtbot)
    view = show_projector(qtbot, controller, size)
    assert "150 people" in view.split.text() and "foursome" in view.split.text()
    before = geometries(view)
    assert before["window"][2:] == size
    controller.toggle()
    clock.advance(70)
    controller.tick()
    assert view.clock.text() == "-00:10"
    assert geometries(view) == before, "an overrun moves nothing"
    clock_font = view.clock.font().pixelSize()
    controller.next_step()
    assert "trio" in view.split.text()
    assert geometries(view) == before, "a step change moves nothing"
    assert view.clock.font().pixelSize() == clock_font, "the countdown is fitted to the window, not to its text"
    for label in (view.item, view.step, view.clock, view.state, view.split, view.invitation):
        assert label.isVisible()
        assert text_fits(label), f"{label.objectName()} is cut off at {size}: {label.text()!r}"
        assert label.font().pixelSize() >= 12, f"{label.objectName()} too small to read at {size}"
    assert view.clock.font().pixelSize() >= size[1] // 5, "the countdown stays huge"


def test_countdown_digits_are_all_one_width(qtbot: Any) -> None:
    controller, _clock = long_run(qtbot)
    view = show_projector(qtbot, controller, (1024, 768))
    metrics = QFontMetrics(view.clock.font())
    assert len({metrics.horizontalAdvance(d) for d in "0123456789"}) == 1


def test_150_names_in_columns_at_1024x768_gone_when_the_step_ends(qtbot: Any) -> None:
    controller, _clock = long_run(qtbot)
    view = show_projector(qtbot, controller, (1024, 768))
    groups = assign(names(), "foursomes", None, seed=3)
    before = geometries(view)
    view.show_groups(groups)
    assert view.showing_groups() and view.groups.isVisible()
    board = view.groups.board
    assert board.fits
    shown = [text for _x, _y, text, number in board.lines if not number]
    assert sorted(shown) == sorted(names()), "every name is on the wall"
    assert board.pixels >= 14, f"names at {board.pixels} px: too small for the back of the hall"
    font = view.groups.font()
    font.setPixelSize(board.pixels)
    metrics = QFontMetrics(font)
    area = view.groups.rect()
    for x, y, text, _number in board.lines:
        assert area.contains(QRect(x, y, metrics.horizontalAdvance(text), metrics.lineSpacing())), text
    assert len({x for x, _y, _t, _n in board.lines}) > 4, "as many columns as fit"
    assert geometries(view)["window"] == before["window"]
    controller.next_step()
    assert not view.showing_groups() and view.groups.groups == [], "names leave the projector with their step"
