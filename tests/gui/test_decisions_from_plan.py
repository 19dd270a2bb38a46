"""From a running session plan to the SDMI round screen: R on the presenter opens the meeting flow.

The presenter and its timer keep running in their own window; the meeting
started from there is linked to the run, and a second R carries on in it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from facilitator.decisions.tables import Meeting
from facilitator.plans.model import Plan, PlanItem
from facilitator.plans.repository import save_plan

CTRL = Qt.KeyboardModifier.ControlModifier


def press(qtbot: Any, key: Any, modifier: Any = Qt.KeyboardModifier.NoModifier) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None, "nothing has the keyboard focus"
    qtbot.keyClick(focus, key, modifier)


@pytest.fixture
def running(window: Any, qtbot: Any) -> Iterator[Any]:
    library = window.library_view.library
    plan = Plan(title="Team day North", venue="Buurthuis De Linde",
                items=[PlanItem.for_structure(library.get("1-2-4-all")),
                       PlanItem.for_structure(library.get("sdmi-consensus-round"))])
    save_plan(window.db, plan, library)
    window.run_plan(plan)
    presenter = window.presenter
    qtbot.addWidget(presenter)
    qtbot.waitExposed(presenter)
    presenter.activateWindow()
    qtbot.waitUntil(presenter.isActiveWindow)
    yield presenter
    presenter.close()


def meetings(db: Any) -> list[tuple[str, str | None, dt.date, str]]:
    with db.session() as s:
        return [tuple(r) for r in s.execute(select(Meeting.id, Meeting.run_id, Meeting.date, Meeting.venue))]


def test_r_on_an_sdmi_item_opens_the_meeting_flow_linked_to_the_run(window: Any, qtbot: Any, running: Any) -> None:
    presenter = running
    view = window.decisions_view
    run_uuid = presenter.controller.recorder.run_uuid
    presenter.clock.setFocus()

    # the first item is not SDMI: R does nothing
    assert not presenter.round_button.isVisible()
    press(qtbot, Qt.Key.Key_R)
    assert window.tabs.currentWidget() is window.library_view

    presenter.controller.jump_to(1)
    press(qtbot, Qt.Key.Key_Space)  # the SDMI item's clock runs
    assert presenter.round_button.isVisible()
    press(qtbot, Qt.Key.Key_R)
    assert window.tabs.currentWidget() is view
    assert view.inner.currentIndex() == 1 and view.meeting_stack.currentWidget() is view.start
    start = view.start
    assert start.venue.text() == "Buurthuis De Linde" and start.date.date() == QDate.currentDate()
    assert start.run_note.isVisible() and "SDMI" in start.run_note.text()
    assert presenter.isVisible() and presenter.controller.timer.isActive(), "the session's timer keeps running"
    qtbot.waitUntil(window.isActiveWindow)
    assert QApplication.focusWidget() is start.new_team

    # the New-meeting flow, by keyboard: a team, who is here, Ctrl+Enter
    qtbot.keyClicks(QApplication.focusWidget(), "Wijkteam Noord")
    press(qtbot, Qt.Key.Key_Return)
    for initials in ("AV", "BK", "FE"):
        qtbot.keyClicks(QApplication.focusWidget(), initials)
        press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert view.meeting_stack.currentWidget() is view.meeting
    [(meeting_id, run_id, date, venue)] = meetings(window.db)
    assert run_id == run_uuid, "the meeting is linked to the session run it came from"
    assert (date, venue) == (dt.date.today(), "Buurthuis De Linde")

    # the agenda: the SDMI proposal, then its round screen
    page = view.meeting
    page.steps.setCurrentRow(3)
    qtbot.keyClicks(QApplication.focusWidget(), "Weekend rota in pairs")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Weekend visits in pairs of a senior and a junior nurse")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    page.agenda.items.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.item_page
    page.item_page.start("decision")
    screen = page.item_page.round_screen
    assert screen.isVisible() and screen.speaker.text() == "Now: AV"

    # back in the presenter, R again: the meeting open now carries on (no second meeting), the round untouched
    presenter.activateWindow()
    qtbot.waitUntil(presenter.isActiveWindow)
    presenter.clock.setFocus()
    press(qtbot, Qt.Key.Key_R)
    assert window.tabs.currentWidget() is view and view.meeting_stack.currentWidget() is view.meeting
    assert page.item_page.stack.currentWidget() is screen and screen.isVisible(), "a round under way stays open"
    assert len(meetings(window.db)) == 1

    # with the item decided or left, R goes to the open meeting's agenda
    page.item_page.back.emit()
    page.steps.setCurrentRow(0)
    presenter.activateWindow()
    qtbot.waitUntil(presenter.isActiveWindow)
    presenter.clock.setFocus()
    press(qtbot, Qt.Key.Key_R)
    assert page.stack.currentWidget() is page.agenda and page.info is not None and page.info.id == meeting_id
    assert len(meetings(window.db)) == 1


def test_a_new_meeting_from_the_menu_is_not_linked_to_the_run(window: Any, qtbot: Any, running: Any) -> None:
    presenter = running
    presenter.controller.jump_to(1)
    presenter.clock.setFocus()
    press(qtbot, Qt.Key.Key_R)
    view = window.decisions_view
    assert view.start.run_id == presenter.controller.recorder.run_uuid
    view.new_meeting()  # Decisions → New meeting…: an ordinary meeting
    assert view.start.run_id is None and view.start.run_note.isHidden()
