"""The optional per-speaker countdown on the round screen, on a fake clock (never sleeping).

Off by default; Alt+T turns it on and puts the cursor in the minutes; each
turn counts down from the chosen minutes, amber in the last 15 s, dark red
when over, and a stance (never blocked by the clock) starts the next
person's countdown afresh. The choice is remembered in the settings.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.decisions import meetings as m
from facilitator.decisions.repository import add_proposal, start_round
from facilitator.timing import FakeClock
from ui.decisions.round_screen import RoundScreen
from ui.decisions.speaker_timer import MINUTES_KEY, ON_KEY
from ui.runner import palette
from ui.settings import settings

ALT = Qt.KeyboardModifier.AltModifier


def press(qtbot: Any, key: Any, modifier: Any = Qt.KeyboardModifier.NoModifier) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None, "nothing has the keyboard focus"
    qtbot.keyClick(focus, key, modifier)


def decision_round(window: Any, qtbot: Any, count: int = 4) -> tuple[RoundScreen, list[str]]:
    db = window.db
    team = m.create_team(db, "Wijkteam Zuid")
    ids = [m.add_person(db, name) for name in ("AV", "BK", "FE", "JdW", "MS", "TR")[:count]]
    meeting = m.create_meeting(db, team, dt.date(2026, 3, 3), attendees=ids)
    proposal = add_proposal(db, meeting, "Weekend rota", "Weekend visits in pairs of a senior and a junior nurse")
    start_round(db, proposal, "decision")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.decisions_view.open_meeting(meeting)
    screen: RoundScreen = window.decisions_view.meeting.item_page.round_screen
    assert screen.isVisible() and QApplication.focusWidget() is screen.circle
    return screen, ids


def state(screen: RoundScreen) -> str:
    return str(screen.speaker_timer.countdown.property("timeState"))


def test_the_speaker_countdown_goes_amber_then_red_and_restarts_with_each_stance(window: Any, qtbot: Any) -> None:
    screen, ids = decision_round(window, qtbot)
    clock = FakeClock(1000.0)
    screen.set_clock(clock)
    timer, countdown = screen.speaker_timer, screen.speaker_timer.countdown
    assert not timer.on and countdown.isHidden(), "off by default: no clock in the room unless asked for"

    # Alt+T: on, the cursor in the minutes; 3, Enter: back in the circle
    press(qtbot, Qt.Key.Key_T, ALT)
    qtbot.waitUntil(lambda: timer.on)
    assert QApplication.focusWidget() is timer.minutes
    qtbot.keyClicks(timer.minutes, "3")
    press(qtbot, Qt.Key.Key_Return)
    assert timer.minutes.value() == 3
    assert QApplication.focusWidget() is screen.circle, "the stance keys work again at once"
    assert countdown.isVisible() and countdown.text() == "03:00" and state(screen) == "normal"
    assert screen.speaker.text() == "Now: AV"
    assert countdown.styleSheet().startswith(f"background: {palette.NORMAL[0]}")

    clock.advance(60)  # the QTimer only polls: the fake clock is what moves
    qtbot.waitUntil(lambda: countdown.text() == "02:00")
    clock.advance(104)
    timer.tick()
    assert countdown.text() == "00:16" and state(screen) == "normal"
    clock.advance(1)
    timer.tick()
    assert countdown.text() == "00:15" and state(screen) == "warning", "amber in the last 15 seconds"
    assert countdown.styleSheet().startswith(f"background: {palette.WARNING[0]}; color: {palette.WARNING[1]}")
    clock.advance(15)
    timer.tick()
    assert countdown.text() == "00:00" and state(screen) == "over"
    clock.advance(7)
    timer.tick()
    assert countdown.text() == "-00:07" and state(screen) == "over", "dark red, and counting the overrun"
    assert countdown.styleSheet().startswith(f"background: {palette.OVERRUN[0]}; color: {palette.OVERRUN[1]}")

    # never blocking: C saves and moves on; BK's countdown starts afresh
    press(qtbot, Qt.Key.Key_C)
    assert screen.round.stances[ids[0]].value == "consent"
    assert screen.speaker.text() == "Now: BK"
    assert countdown.text() == "03:00" and state(screen) == "normal"

    # an objection's argument is typed while the clock runs; saving it moves on and restarts
    clock.advance(170)
    press(qtbot, Qt.Key.Key_O)
    clock.advance(20)
    timer.tick()
    assert countdown.text() == "-00:10" and state(screen) == "over"
    qtbot.keyClicks(QApplication.focusWidget(), "Juniors alone with complex wounds is unsafe")
    press(qtbot, Qt.Key.Key_Return)
    assert screen.round.stances[ids[1]].value == "objection"
    assert screen.speaker.text() == "Now: FE" and countdown.text() == "03:00"

    # ← back gives BK the turn again, with a fresh countdown; → skips on, fresh again
    clock.advance(30)
    timer.tick()
    assert countdown.text() == "02:30"
    press(qtbot, Qt.Key.Key_Left)
    assert screen.round.current == ids[1] and countdown.text() == "03:00"
    press(qtbot, Qt.Key.Key_Right)
    assert screen.round.current == ids[2] and countdown.text() == "03:00"

    # more minutes mid-turn: the engine adds the difference to this speaker's time
    clock.advance(40)
    timer.tick()
    assert countdown.text() == "02:20"
    timer.minutes.setValue(4)
    assert countdown.text() == "03:20"

    press(qtbot, Qt.Key.Key_C)
    press(qtbot, Qt.Key.Key_C)
    assert screen.round.current is None and countdown.isHidden(), "everyone has spoken: no clock"

    # remembered for the next meeting
    s = settings()
    assert str(s.value(ON_KEY)).lower() == "true" and int(str(s.value(MINUTES_KEY))) == 4
    other = RoundScreen(window.db, clock=FakeClock())
    qtbot.addWidget(other)
    assert other.speaker_timer.on and other.speaker_timer.minutes.value() == 4


def test_the_speaker_countdown_can_be_turned_off_and_is_readable_across_the_room(window: Any, qtbot: Any) -> None:
    screen, ids = decision_round(window, qtbot, count=3)
    clock = FakeClock()
    screen.set_clock(clock)
    timer, countdown = screen.speaker_timer, screen.speaker_timer.countdown
    press(qtbot, Qt.Key.Key_T, ALT)
    qtbot.waitUntil(lambda: timer.on)
    press(qtbot, Qt.Key.Key_Return)
    assert countdown.text() == "02:00", "two minutes unless chosen otherwise"
    assert countdown.font().pointSize() >= 36 and countdown.font().bold()
    assert countdown.font().pointSize() > screen.speaker.font().pointSize(), "bigger than the speaker's name"
    for pair in (palette.NORMAL, palette.WARNING, palette.OVERRUN):
        assert palette.contrast(*pair) >= 7
    # the countdown stops polling while the round screen is hidden, and catches up when it is back
    window.decisions_view.show_log()
    assert not timer.timer.isActive()
    clock.advance(50)
    window.decisions_view.inner.setCurrentIndex(1)
    assert timer.timer.isActive() and countdown.text() == "01:10"

    screen.circle.setFocus()
    press(qtbot, Qt.Key.Key_T, ALT)
    qtbot.waitUntil(lambda: not timer.on)
    assert countdown.isHidden() and not timer.timer.isActive()
    assert QApplication.focusWidget() is screen.circle
    press(qtbot, Qt.Key.Key_C)
    assert screen.round.current == ids[1] and countdown.isHidden(), "off: turns carry on with no clock"
    assert str(settings().value(ON_KEY)).lower() == "false"
