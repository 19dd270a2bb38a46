"""Where the projector goes (issue 15 item 4): never over the presenter; F8 swaps, remembered per screen layout.

The rule is a pure function of the screens' geometries (ui/runner/placement.py),
tested here for one and two screens. The offscreen platform has one 800×800
screen and no way to change it per test, so the real windows are placed on the
screens ui/runner/screens.py is told about: a 1366×768 laptop, and a projector.
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
from ui.runner.placement import Rect, layout_key, place
from ui.runner.presenter import PresenterView
from ui.runner.sound import RecordingChime

LAPTOP = Rect(0, 0, 1366, 768)
BEAMER = Rect(1366, 0, 1024, 768)


def test_one_screen_side_by_side_never_overlapping() -> None:
    where = place([LAPTOP])
    assert not where.projector_full_screen
    assert LAPTOP.contains(where.presenter) and LAPTOP.contains(where.projector)
    assert not where.presenter.overlaps(where.projector)
    assert where.presenter.x < where.projector.x, "presenter on the left"
    assert where.projector.width >= 400 and where.projector.width * 3 // 4 == where.projector.height
    swapped = place([LAPTOP], swapped=True)
    assert swapped.projector.x < swapped.presenter.x and not swapped.presenter.overlaps(swapped.projector)


def test_two_screens_full_screen_on_the_other_one_and_swapped() -> None:
    where = place([LAPTOP, BEAMER], primary=0)
    assert where.projector_full_screen and where.projector == BEAMER and where.presenter == LAPTOP
    assert place([BEAMER, LAPTOP], primary=1).projector == BEAMER, "the projector is the screen that is not primary"
    swapped = place([LAPTOP, BEAMER], primary=0, swapped=True)
    assert swapped.projector == LAPTOP and swapped.presenter == BEAMER
    assert swapped.projector_screen == 0 and swapped.presenter_screen == 1


def test_each_screen_layout_has_its_own_key() -> None:
    assert layout_key([LAPTOP]) != layout_key([LAPTOP, BEAMER]) != layout_key([LAPTOP, Rect(1366, 0, 1920, 1080)])
    assert layout_key([LAPTOP, BEAMER]) == "0,0,1366x768;1366,0,1024x768"
    with pytest.raises(ValueError):
        place([])


@pytest.fixture
def screens(monkeypatch: pytest.MonkeyPatch) -> list[Rect]:
    """The screens the app sees: one 1366×768 laptop (a test may add a projector)."""
    from ui.runner import screens as module

    found = [LAPTOP]
    monkeypatch.setattr(module, "current_screens", lambda: (list(found), 0))
    return found


@pytest.fixture
def presenter(qtbot: Any, home: Any, screens: list[Rect]) -> Iterator[PresenterView]:
    from ui.app import create_app

    create_app(["x"])
    controller = RunController([run_item_from_structure(load_library().get("1-2-4-all"))], clock=FakeClock(),
                               chime=RecordingChime(), recorder=MemoryRecorder())
    controller.timer.stop()
    view = PresenterView(controller, "Test session")
    qtbot.addWidget(view)
    view.show()
    view.projector.place()  # as the main window does when a run starts
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.clock.setFocus()
    yield view
    view.close()


def frame(widget: Any) -> Rect:
    g = widget.frameGeometry()
    return Rect(g.x(), g.y(), g.width(), g.height())


def test_one_screen_projector_waits_for_p_then_opens_beside_the_presenter(qtbot: Any, presenter: PresenterView) -> None:
    assert not presenter.projector.isVisible(), "with one screen it does not cover the presenter on its own"
    assert LAPTOP.contains(frame(presenter))
    assert "Projector (P)" in presenter.buttons["projector"].text()
    qtbot.keyClick(presenter.clock, Qt.Key.Key_P)
    qtbot.waitExposed(presenter.projector)
    assert not presenter.projector.isFullScreen()
    assert not frame(presenter).overlaps(frame(presenter.projector)), "beside, not on top"
    assert frame(presenter).x < frame(presenter.projector).x
    assert LAPTOP.contains(frame(presenter.projector)) and LAPTOP.contains(frame(presenter))
    assert frame(presenter).width >= presenter.minimumSizeHint().width()


def test_two_screens_projector_goes_full_screen_at_once(qtbot: Any, home: Any, screens: list[Rect]) -> None:
    screens.append(BEAMER)
    from ui.app import create_app

    create_app(["x"])
    controller = RunController([run_item_from_structure(load_library().get("1-2-4-all"))], clock=FakeClock(),
                               chime=RecordingChime(), recorder=MemoryRecorder())
    controller.timer.stop()
    view = PresenterView(controller, "Test session")
    qtbot.addWidget(view)
    view.show()
    view.projector.place()
    qtbot.waitUntil(view.projector.isFullScreen)
    assert frame(view) == LAPTOP
    view.close()


def test_f8_swaps_sides_and_the_choice_is_remembered(qtbot: Any, presenter: PresenterView) -> None:
    from ui.runner.screens import current_screens, swapped

    assert not swapped(current_screens()[0])
    qtbot.keyClick(presenter.clock, Qt.Key.Key_P)
    qtbot.waitExposed(presenter.projector)
    qtbot.keyClick(presenter.clock, Qt.Key.Key_F8)
    assert frame(presenter.projector).x < frame(presenter).x, "F8: the projector on the other side"
    assert not frame(presenter).overlaps(frame(presenter.projector))
    screens, _ = current_screens()
    assert swapped(screens), "remembered for this screen layout"
    presenter.projector.hide()
    presenter.projector.place(asked=True)  # a later run on the same screens
    assert frame(presenter.projector).x < frame(presenter).x
    qtbot.keyClick(presenter.clock, Qt.Key.Key_F8)
    assert not swapped(screens) and frame(presenter).x < frame(presenter.projector).x
