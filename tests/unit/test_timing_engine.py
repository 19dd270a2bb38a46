"""The timing engine, driven by a fake clock: no sleeping, exact times, no drift."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from dataclasses import FrozenInstanceError

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.structures.model import Configuration, Step, Structure
from facilitator.timing import (
    EngineState,
    FakeClock,
    MonotonicClock,
    SessionFinished,
    StepEnded,
    StepStarted,
    StepWarning,
    TimedItem,
    TimedStep,
    TimingEngine,
    format_clock,
    timed_item_from_structure,
)

RUNNING, PAUSED, READY, FINISHED = (
    EngineState.RUNNING,
    EngineState.PAUSED,
    EngineState.READY,
    EngineState.FINISHED,
)


def workshop() -> list[TimedItem]:
    """1-2-4-All (1, 2, 4, 5 min), a 10-minute break, then a two-step item."""
    return [
        TimedItem(
            "1-2-4-All",
            [
                TimedStep("Alone", 60),
                TimedStep("Pairs", 120),
                TimedStep("Foursomes", 240),
                TimedStep("All", 300),
            ],
        ),
        TimedItem.single("Break", 600),
        TimedItem("TRIZ", [TimedStep("Make it worse", 600), TimedStep("Own up", 300)]),
    ]


def make(clock: FakeClock | None = None, **kwargs: float) -> tuple[TimingEngine, FakeClock]:
    clock = clock or FakeClock()
    return TimingEngine(workshop(), clock, **kwargs), clock


def tick(engine: TimingEngine, clock: FakeClock, seconds: float, every: float = 0.1) -> list:
    """Advance like the UI's poll timer does, collecting events."""
    events = []
    for _ in range(round(seconds / every)):
        clock.advance(every)
        events += engine.poll()
    return events


# -- clock and display -----------------------------------------------------------


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [
        (0, "00:00"),
        (59.2, "01:00"),
        (60, "01:00"),
        (60.0000001, "01:00"),
        (61, "01:01"),
        (0.3, "00:01"),
        (-0.3, "00:00"),
        (-1, "-00:01"),
        (-65, "-01:05"),
        (3599, "59:59"),
        (3600, "1:00:00"),
        (3723, "1:02:03"),
        (-3723, "-1:02:03"),
        (36000, "10:00:00"),
    ],
)
def test_format_clock(seconds: float, shown: str) -> None:
    assert format_clock(seconds) == shown


def test_format_clock_rejects_nonsense() -> None:
    with pytest.raises(ValueError):
        format_clock(float("nan"))
    with pytest.raises(ValueError):
        format_clock(float("inf"))


def test_fake_clock_only_moves_forward() -> None:
    clock = FakeClock(5.0)
    clock.advance(1.5)
    assert clock.now() == 6.5
    clock.set(10)
    assert clock.now() == 10.0
    with pytest.raises(ValueError):
        clock.advance(-1)
    with pytest.raises(ValueError):
        clock.set(9)


def test_monotonic_clock_never_goes_back() -> None:
    clock = MonotonicClock()
    first = clock.now()
    assert clock.now() >= first


def test_engine_uses_the_real_clock_by_default() -> None:
    engine = TimingEngine(workshop())
    engine.start()
    assert 0 <= engine.snapshot().elapsed_seconds < 5


# -- input -----------------------------------------------------------------------


def test_items_need_steps_and_steps_need_sane_lengths() -> None:
    with pytest.raises(ValueError, match="no steps"):
        TimedItem("Empty", [])
    with pytest.raises(ValueError, match="0 or more"):
        TimedStep("Bad", -1)
    with pytest.raises(ValueError, match="no items"):
        TimingEngine([], FakeClock())
    with pytest.raises(ValueError, match="warning_seconds"):
        TimingEngine(workshop(), FakeClock(), warning_seconds=-1)
    item = TimedItem.single("Lunch", 2700)
    assert item.steps == (TimedStep("Lunch", 2700),)
    assert item.seconds == 2700
    assert isinstance(TimedItem("x", iter([TimedStep("a", 1)])).steps, tuple)


def _structure() -> Structure:
    return Structure(
        id="troika",
        name="Troika Consulting",
        purpose="help",
        invitation="Get help",
        purposes=("help",),
        steps=(
            Step("Form trios", 1, Configuration.TRIOS),
            Step("Consult", 10, Configuration.TRIOS, repeat=3),
            Step("Debrief", 2.5, Configuration.SMALL_GROUPS, group_size=6),
        ),
    )


def test_structure_expands_repeats_into_numbered_steps() -> None:
    item = timed_item_from_structure(_structure())
    assert item.title == "Troika Consulting"
    assert [(s.title, s.seconds) for s in item.steps] == [
        ("Form trios", 60),
        ("Consult (1 of 3)", 600),
        ("Consult (2 of 3)", 600),
        ("Consult (3 of 3)", 600),
        ("Debrief", 150),
    ]
    assert item.steps[1].configuration == "trios"
    assert item.steps[4].configuration == "small-groups"
    assert item.steps[4].group_size == 6


def test_structure_with_overrides_and_own_title() -> None:
    item = timed_item_from_structure(_structure(), {1: 8, 2: 3}, title="Troika, morning")
    assert item.title == "Troika, morning"
    assert [s.seconds for s in item.steps] == [60, 480, 480, 480, 180]
    with pytest.raises(ValueError, match="no step 3"):
        timed_item_from_structure(_structure(), {3: 5})
    with pytest.raises(ValueError, match="cannot last"):
        timed_item_from_structure(_structure(), {0: -1})


# -- states and basic operations -------------------------------------------------------


def test_ready_until_started_and_nothing_happens_meanwhile() -> None:
    engine, clock = make()
    clock.advance(500)
    snap = engine.snapshot()
    assert snap.state is READY
    assert (snap.item_index, snap.step_index) == (0, 0)
    assert (snap.item_title, snap.step_title) == ("1-2-4-All", "Alone")
    assert (snap.item_count, snap.step_count) == (3, 4)
    assert snap.remaining_seconds == 60
    assert snap.elapsed_seconds == 0
    assert snap.schedule_delta == 0
    assert not snap.warning
    assert engine.poll() == []


def test_start_emits_step_started_at_the_exact_time() -> None:
    engine, clock = make(FakeClock(100.0))
    engine.start()
    assert engine.state is RUNNING
    assert engine.poll() == [StepStarted(0, 0, 100.0)]
    clock.advance(12.5)
    snap = engine.snapshot()
    assert snap.elapsed_seconds == 12.5
    assert snap.remaining_seconds == 47.5
    assert snap.at == 112.5


def test_pause_freezes_time_and_resume_does_not_restart_the_step() -> None:
    engine, clock = make()
    engine.start()
    clock.advance(20)
    engine.pause()
    assert engine.state is PAUSED
    clock.advance(300)
    assert engine.snapshot().remaining_seconds == 40
    assert engine.poll() == [StepStarted(0, 0, 0.0)], "no chime while paused"
    engine.resume()
    clock.advance(5)
    assert engine.snapshot().remaining_seconds == 35
    assert engine.poll() == [], "resuming is not starting"


def test_toggle_is_the_one_big_button() -> None:
    engine, clock = make()
    engine.toggle()
    assert engine.state is RUNNING
    engine.toggle()
    assert engine.state is PAUSED
    engine.toggle()
    assert engine.state is RUNNING
    engine.end_early()
    engine.toggle()
    assert engine.state is FINISHED


def test_meaningless_operations_are_harmless() -> None:
    engine, clock = make()
    engine.pause()
    engine.resume()
    assert engine.state is READY
    engine.start()
    engine.start()
    engine.resume()
    assert engine.state is RUNNING
    assert len(engine.poll()) == 1
    engine.pause()
    engine.pause()
    assert engine.state is PAUSED
    engine.start()  # start while paused resumes
    assert engine.state is RUNNING


def test_snapshot_is_frozen() -> None:
    engine, _ = make()
    with pytest.raises(FrozenInstanceError):
        engine.snapshot().remaining_seconds = 5  # type: ignore[misc]


# -- events at exact times -------------------------------------------------------


def test_warning_and_chime_at_exact_clock_times() -> None:
    engine, clock = make()
    engine.jump_to(0, 2)  # Foursomes: 4:00
    engine.start()
    events = tick(engine, clock, 239.9)
    assert events == [StepStarted(0, 2, 0.0), StepWarning(0, 2, pytest.approx(210.0), 30.0)]
    events = tick(engine, clock, 0.2)
    assert events == [StepEnded(0, 2, pytest.approx(240.0, abs=1e-9))]
    assert isinstance(events[0], StepEnded)
    assert format_clock(events[0].at) == "04:00"


def test_events_carry_exact_times_however_late_the_poll() -> None:
    engine, clock = make()
    engine.jump_to(0, 2)
    engine.start()
    clock.advance(250.37)  # the UI was busy: one late poll
    assert engine.poll() == [
        StepStarted(0, 2, 0.0),
        StepWarning(0, 2, 210.0, 30.0),
        StepEnded(0, 2, 240.0),
    ]
    assert engine.poll() == []


def test_chime_time_accounts_for_pauses() -> None:
    engine, clock = make(FakeClock(1000.0))
    engine.jump_to(0, 2)
    engine.start()
    tick(engine, clock, 100)
    engine.pause()
    tick(engine, clock, 30)
    engine.resume()
    events = tick(engine, clock, 200)
    ended = [e for e in events if isinstance(e, StepEnded)]
    assert ended == [StepEnded(0, 2, pytest.approx(1270.0, abs=1e-6))]


def test_chime_and_warning_fire_once_per_step() -> None:
    engine, clock = make()
    engine.start()
    events = tick(engine, clock, 60.5)
    assert sum(isinstance(e, StepEnded) for e in events) == 1
    engine.add_time(60)  # back above zero and above the warning
    events = tick(engine, clock, 120)
    assert not any(isinstance(e, StepEnded | StepWarning) for e in events)


def test_warning_seconds_are_configurable() -> None:
    engine, clock = make(warning_seconds=10)
    engine.start()
    warnings = [e for e in tick(engine, clock, 60) if isinstance(e, StepWarning)]
    assert warnings == [StepWarning(0, 0, pytest.approx(50.0), 10.0)]
    assert engine.warning_seconds == 10


def test_no_warning_for_a_step_shorter_than_the_warning() -> None:
    items = [TimedItem("Quick", [TimedStep("Stand up", 20), TimedStep("Sit", 0)])]
    clock = FakeClock()
    engine = TimingEngine(items, clock)
    engine.start()
    events = tick(engine, clock, 25)
    assert [type(e) for e in events] == [StepStarted, StepEnded]


def test_a_zero_second_step_chimes_as_it_starts() -> None:
    items = [TimedItem("Quick", [TimedStep("Stand up", 20), TimedStep("Sit", 0)])]
    clock = FakeClock()
    engine = TimingEngine(items, clock)
    engine.start()
    clock.advance(3)
    engine.next_step()
    assert engine.poll()[-2:] == [StepStarted(0, 1, 3.0), StepEnded(0, 1, 3.0)]


def test_zero_warning_seconds_means_no_warnings() -> None:
    engine, clock = make(warning_seconds=0)
    engine.start()
    events = tick(engine, clock, 61)
    assert [type(e) for e in events] == [StepStarted, StepEnded]


def test_warning_is_true_only_in_the_last_seconds() -> None:
    engine, clock = make()
    engine.start()
    clock.advance(29.9)
    assert not engine.snapshot().warning
    clock.advance(0.2)
    assert engine.snapshot().warning
    engine.pause()
    assert engine.snapshot().warning, "still in the last 30 seconds while paused"
    engine.resume()
    clock.advance(30)
    snap = engine.snapshot()
    assert not snap.warning and snap.overrunning


def test_no_warning_colour_for_a_short_step_not_yet_started() -> None:
    items = [TimedItem("Quick", [TimedStep("Stand up", 60), TimedStep("Stretch", 20)])]
    clock = FakeClock()
    engine = TimingEngine(items, clock)
    engine.start()
    engine.pause()
    engine.next_step()
    assert not engine.snapshot().warning
    engine.resume()
    assert engine.snapshot().warning


# -- overrun ---------------------------------------------------------------------------


def test_reaching_zero_does_not_move_on() -> None:
    engine, clock = make()
    engine.start()
    tick(engine, clock, 75)
    snap = engine.snapshot()
    assert snap.state is RUNNING
    assert (snap.item_index, snap.step_index) == (0, 0)
    assert snap.remaining_seconds == pytest.approx(-15)
    assert snap.overrun_seconds == pytest.approx(15)
    assert snap.overrunning
    assert format_clock(snap.remaining_seconds) == "-00:15"


# -- add time ---------------------------------------------------------------------------


def test_plus_a_minute_extends_the_step_and_the_chime() -> None:
    engine, clock = make()
    engine.start()
    clock.advance(50)
    engine.add_time(60)
    snap = engine.snapshot()
    assert snap.remaining_seconds == 70
    assert snap.budget_seconds == 120
    assert snap.extension_seconds == 60
    assert snap.planned_seconds == 60
    events = tick(engine, clock, 80)
    assert [e for e in events if isinstance(e, StepEnded)] == [
        StepEnded(0, 0, pytest.approx(120.0))
    ]


def test_minus_a_minute_shortens_the_step() -> None:
    engine, clock = make()
    engine.jump_to(0, 1)  # Pairs: 2:00
    engine.start()
    clock.advance(10)
    engine.add_time(-60)
    assert engine.snapshot().remaining_seconds == 50
    assert engine.snapshot().extension_seconds == -60


def test_minus_a_minute_with_less_left_ends_the_step_at_zero() -> None:
    engine, clock = make()
    engine.start()
    clock.advance(20)
    engine.poll()
    engine.add_time(-60)  # 40 s left: now 0, the chime plays, overrun starts
    snap = engine.snapshot()
    assert snap.remaining_seconds == pytest.approx(0, abs=1e-9)
    assert engine.poll() == [StepEnded(0, 0, 20.0)], "no warning at the same instant"
    clock.advance(5)
    assert engine.snapshot().overrun_seconds == pytest.approx(5)


def test_minus_a_minute_in_overrun_changes_nothing() -> None:
    engine, clock = make()
    engine.start()
    clock.advance(70)
    engine.add_time(-60)
    snap = engine.snapshot()
    assert snap.remaining_seconds == pytest.approx(-10)
    assert snap.budget_seconds == 60


def test_minus_a_minute_into_the_last_seconds_warns_now() -> None:
    engine, clock = make()
    engine.jump_to(0, 1)
    engine.start()
    clock.advance(40)
    engine.poll()
    engine.add_time(-60)  # 80 s left → 20 s left
    assert engine.poll() == [StepWarning(0, 1, 40.0, 30.0)]


def test_time_can_be_added_before_starting_and_while_paused() -> None:
    engine, clock = make()
    engine.add_time(60)
    assert engine.snapshot().remaining_seconds == 120
    engine.start()
    clock.advance(10)
    engine.pause()
    engine.add_time(-30)
    assert engine.snapshot().remaining_seconds == 80
    with pytest.raises(ValueError):
        engine.add_time(float("nan"))


# -- moving around -------------------------------------------------------------------


def test_next_step_logs_actual_time_and_starts_the_next() -> None:
    engine, clock = make()
    engine.start()
    clock.advance(75)
    engine.next_step()
    snap = engine.snapshot()
    assert (snap.step_index, snap.step_title, snap.remaining_seconds) == (1, "Pairs", 120)
    assert snap.state is RUNNING
    assert engine.log == [
        {
            "item": 0,
            "step": 0,
            "item_title": "1-2-4-All",
            "step_title": "Alone",
            "planned": 60.0,
            "budget": 60.0,
            "actual": 75.0,
        }
    ]
    assert engine.poll()[-1] == StepStarted(0, 1, 75.0)


def test_next_step_crosses_into_the_next_item() -> None:
    engine, clock = make()
    engine.jump_to(0, 3)
    engine.start()
    engine.next_step()
    snap = engine.snapshot()
    assert (snap.item_index, snap.step_index, snap.item_title) == (1, 0, "Break")
    assert snap.step_count == 1


def test_next_after_the_last_step_finishes_the_session() -> None:
    engine, clock = make()
    engine.jump_to(2, 1)
    engine.start()
    clock.advance(300)
    engine.next_step()
    assert engine.state is FINISHED
    events = engine.poll()
    assert events[-1] == SessionFinished(300.0)
    snap = engine.snapshot()
    assert snap.remaining_seconds == 0 and snap.elapsed_seconds == 0
    assert snap.next_step_title is None
    assert not snap.warning
    engine.next_step()
    engine.add_time(60)
    engine.restart_step()
    assert engine.state is FINISHED
    assert engine.poll() == []


def test_moving_while_paused_lands_paused_and_unstarted() -> None:
    engine, clock = make()
    engine.start()
    clock.advance(30)
    engine.pause()
    engine.poll()
    engine.next_step()
    assert engine.state is PAUSED
    assert engine.poll() == [], "not started until the facilitator resumes"
    clock.advance(100)
    assert engine.snapshot().remaining_seconds == 120
    engine.next_step()  # skipped without ever running: not in the log
    engine.resume()
    assert engine.poll() == [StepStarted(0, 2, 130.0)]
    assert [(e["step"], e["actual"]) for e in engine.log] == [(0, 30.0)]


def test_moving_before_the_start_just_chooses_where_to_start() -> None:
    engine, clock = make()
    engine.next_step()
    engine.next_step()
    engine.previous_step()
    assert engine.state is READY
    assert engine.position == (0, 1)
    engine.jump_to(2, 1)
    engine.next_step()  # already on the last step: nothing to do before starting
    assert engine.position == (2, 1)
    assert engine.state is READY
    assert engine.poll() == []
    assert engine.log == []


def test_previous_step_restarts_the_previous_step_fresh() -> None:
    engine, clock = make()
    engine.start()
    clock.advance(60)
    engine.next_step()
    clock.advance(10)
    engine.add_time(60)
    engine.previous_step()
    snap = engine.snapshot()
    assert (snap.step_index, snap.remaining_seconds, snap.budget_seconds) == (0, 60, 60)
    assert snap.state is RUNNING
    assert engine.poll()[-1] == StepStarted(0, 0, 70.0)
    assert [(e["step"], e["actual"], e["budget"]) for e in engine.log] == [
        (0, 60.0, 60.0),
        (1, 10.0, 180.0),
    ]


def test_previous_on_the_first_step_restarts_it() -> None:
    engine, clock = make()
    engine.start()
    clock.advance(45)
    engine.previous_step()
    assert engine.position == (0, 0)
    assert engine.snapshot().remaining_seconds == 60


def test_restart_step() -> None:
    engine, clock = make()
    engine.start()
    clock.advance(61)
    engine.poll()
    engine.restart_step()
    assert engine.snapshot().remaining_seconds == 60
    events = tick(engine, clock, 61)
    assert sum(isinstance(e, StepEnded) for e in events) == 1, "a fresh run chimes again"


def test_jump_to_any_step() -> None:
    engine, clock = make()
    engine.start()
    clock.advance(5)
    engine.jump_to(2, 1)
    snap = engine.snapshot()
    assert (snap.item_title, snap.step_title, snap.remaining_seconds) == ("TRIZ", "Own up", 300)
    assert snap.state is RUNNING
    engine.jump_to(1)
    assert engine.position == (1, 0)
    assert engine.current_step == TimedStep("Break", 600)
    with pytest.raises(IndexError, match="no item 3"):
        engine.jump_to(3)
    with pytest.raises(IndexError, match="no step 2"):
        engine.jump_to(2, 2)
    with pytest.raises(IndexError):
        engine.jump_to(-1)


def test_jump_after_finishing_reopens_paused() -> None:
    engine, clock = make()
    engine.start()
    clock.advance(10)
    engine.end_early()
    engine.jump_to(1)
    assert engine.state is PAUSED
    assert engine.snapshot().remaining_seconds == 600
    engine.resume()
    assert engine.poll()[-1] == StepStarted(1, 0, 10.0)


def test_back_after_finishing_reopens_the_last_step() -> None:
    engine, clock = make()
    engine.jump_to(2, 1)
    engine.start()
    clock.advance(300)
    engine.next_step()
    assert engine.state is FINISHED
    engine.previous_step()
    assert engine.state is PAUSED
    assert engine.position == (2, 1)
    assert engine.snapshot().remaining_seconds == 300


def test_end_early_finishes_and_logs_the_current_step() -> None:
    engine, clock = make()
    engine.start()
    clock.advance(42)
    engine.end_early()
    assert engine.state is FINISHED
    assert engine.poll()[-1] == SessionFinished(42.0)
    assert engine.log[-1]["actual"] == 42.0
    engine.end_early()
    assert engine.poll() == []


def test_end_early_before_starting() -> None:
    engine, _ = make()
    engine.end_early()
    assert engine.state is FINISHED
    assert engine.poll() == [SessionFinished(0.0)]
    assert engine.log == []


# -- what's next ------------------------------------------------------------------------


def test_next_titles() -> None:
    engine, _ = make()
    snap = engine.snapshot()
    assert (snap.next_step_title, snap.next_item_title) == ("Pairs", "1-2-4-All")
    engine.jump_to(0, 3)
    snap = engine.snapshot()
    assert (snap.next_step_title, snap.next_item_title) == ("Break", "Break")
    engine.jump_to(1)
    snap = engine.snapshot()
    assert (snap.next_step_title, snap.next_item_title) == ("Make it worse", "TRIZ")
    engine.jump_to(2, 1)
    snap = engine.snapshot()
    assert (snap.next_step_title, snap.next_item_title) == (None, None)


# -- ahead / behind --------------------------------------------------------------------


def test_on_plan_when_steps_take_exactly_their_time() -> None:
    engine, clock = make()
    engine.start()
    for seconds in (60, 120, 240):
        clock.advance(seconds)
        engine.next_step()
    assert engine.snapshot().schedule_delta == 0


def test_behind_when_steps_overrun() -> None:
    engine, clock = make()
    engine.start()
    clock.advance(90)  # Alone: 30 s over
    assert engine.snapshot().schedule_delta == 30
    engine.next_step()
    clock.advance(100)  # Pairs still within plan: no change yet
    assert engine.snapshot().schedule_delta == 30
    clock.advance(50)  # Pairs now 30 s over its plan
    assert engine.snapshot().schedule_delta == 60


def test_ahead_when_steps_are_cut_short() -> None:
    engine, clock = make()
    engine.start()
    clock.advance(40)
    engine.next_step()
    clock.advance(100)
    engine.next_step()
    assert engine.snapshot().schedule_delta == -40


def test_extensions_count_once_used_not_when_granted() -> None:
    engine, clock = make()
    engine.start()
    engine.add_time(60)
    clock.advance(50)
    assert engine.snapshot().schedule_delta == 0
    clock.advance(40)
    snap = engine.snapshot()
    assert snap.remaining_seconds == 30
    assert snap.schedule_delta == 30


def test_paused_time_is_not_counted() -> None:
    engine, clock = make()
    engine.start()
    clock.advance(30)
    engine.pause()
    clock.advance(600)
    assert engine.snapshot().schedule_delta == 0
    assert engine.snapshot().session_elapsed == 30


def test_skipping_an_item_puts_the_session_ahead() -> None:
    engine, clock = make()
    engine.start()
    clock.advance(60)
    engine.jump_to(2)  # skip the rest of 1-2-4-All (9 min) and the break (10 min)
    assert engine.snapshot().schedule_delta == -(120 + 240 + 300 + 600)


def test_going_back_costs_the_time_spent() -> None:
    engine, clock = make()
    engine.start()
    clock.advance(60)
    engine.next_step()
    clock.advance(10)
    engine.previous_step()  # 70 s spent, back at the plan's start
    assert engine.snapshot().schedule_delta == 70
    clock.advance(60)
    engine.next_step()
    clock.advance(120)
    engine.next_step()
    assert engine.snapshot().schedule_delta == 70


def test_starting_part_way_measures_from_there() -> None:
    engine, clock = make()
    engine.jump_to(1)
    engine.start()
    clock.advance(600)
    engine.next_step()
    assert engine.snapshot().schedule_delta == 0


def test_delta_after_finishing_is_actual_minus_planned() -> None:
    engine, clock = make()
    engine.start()
    plan = [60, 120, 240, 300, 600, 600, 300]
    actual = [70, 110, 240, 330, 600, 590, 300]
    for seconds in actual:
        clock.advance(seconds)
        engine.next_step()
    snap = engine.snapshot()
    assert snap.state is FINISHED
    assert snap.schedule_delta == sum(actual) - sum(plan)
    assert snap.session_elapsed == sum(actual)
    assert [e["actual"] for e in engine.log] == actual


def test_session_remaining_is_the_plan_still_to_run() -> None:
    engine, clock = make()
    assert engine.snapshot().session_remaining == 2220
    engine.start()
    clock.advance(20)
    assert engine.snapshot().session_remaining == 2200
    clock.advance(100)  # overrun counts as zero left of this step
    assert engine.snapshot().session_remaining == 2160


# -- no drift ---------------------------------------------------------------------------


def test_no_drift_after_90_minutes_of_tenth_second_ticks_and_many_pauses() -> None:
    clock = FakeClock(1000.0)
    engine = TimingEngine([TimedItem.single("Long haul", 2 * 3600)], clock)
    engine.start()
    running_ticks = 0
    for tick_number in range(1, 90 * 60 * 10 + 1):
        clock.advance(0.1)
        if engine.state is RUNNING:
            running_ticks += 1
        engine.poll()
        if tick_number % 137 == 0:  # about 400 pauses and resumes
            engine.toggle()
    expected = 7200 - running_ticks / 10
    snap = engine.snapshot()
    assert snap.remaining_seconds == pytest.approx(expected, abs=1e-3)
    assert snap.remaining_seconds == pytest.approx(expected, abs=1e-6), "far inside the 1 ms"
    assert running_ticks < 90 * 60 * 10, "the pauses really paused"


def test_no_drift_with_irregular_ticks() -> None:
    """A UI timer never fires exactly on time; counting its ticks would drift."""
    rng = random.Random(11)
    clock = FakeClock(123.456)
    engine = TimingEngine([TimedItem.single("Long haul", 2 * 3600)], clock)
    engine.start()
    running_ms = total_ms = 0
    while total_ms < 90 * 60 * 1000:
        ms = rng.randint(35, 180)
        clock.advance(ms / 1000)
        total_ms += ms
        if engine.state is RUNNING:
            running_ms += ms
        engine.poll()
        if rng.random() < 0.01:
            engine.toggle()
    snap = engine.snapshot()
    assert snap.remaining_seconds == pytest.approx(7200 - running_ms / 1000, abs=1e-3)
    assert snap.elapsed_seconds == pytest.approx(running_ms / 1000, abs=1e-3)


# -- persistence ----------------------------------------------------------------------


def test_saved_state_is_json_and_resumes_paused_without_losing_time() -> None:
    engine, clock = make()
    engine.start()
    clock.advance(60)
    engine.next_step()
    clock.advance(45)
    engine.add_time(60)
    state = json.loads(json.dumps(engine.to_state()))
    assert state["state"] == "running"

    later = FakeClock(99999.0)  # a restarted app: the monotonic clock means nothing now
    restored = TimingEngine.from_state(workshop(), state, later)
    assert restored.state is PAUSED
    later.advance(3600)  # the lid was closed for an hour
    snap = restored.snapshot()
    assert (snap.item_index, snap.step_index) == (0, 1)
    assert snap.remaining_seconds == 135
    assert snap.elapsed_seconds == 45
    assert snap.budget_seconds == 180
    assert restored.log == engine.log
    assert restored.poll() == [], "nothing replays on restore"
    restored.resume()
    assert restored.poll() == [], "the step had already started"
    later.advance(135)
    resumed_at = 99999.0 + 3600
    assert restored.poll() == [
        StepWarning(0, 1, pytest.approx(resumed_at + 105), 30.0),
        StepEnded(0, 1, pytest.approx(resumed_at + 135)),
    ]


def test_restore_does_not_chime_again_for_an_ended_step() -> None:
    engine, clock = make()
    engine.start()
    clock.advance(70)
    state = engine.to_state()
    restored = TimingEngine.from_state(workshop(), state, FakeClock())
    restored.resume()
    assert restored.snapshot().overrun_seconds == 10
    assert restored.poll() == []


def test_restore_keeps_schedule_delta_and_start_point() -> None:
    engine, clock = make()
    engine.jump_to(1)
    engine.start()
    clock.advance(650)
    engine.next_step()
    clock.advance(30)
    restored = TimingEngine.from_state(workshop(), engine.to_state(), FakeClock())
    assert restored.snapshot().schedule_delta == 50
    assert restored.snapshot().session_elapsed == 680


@pytest.mark.parametrize("state", [READY, PAUSED, FINISHED])
def test_restore_other_states(state: EngineState) -> None:
    engine, clock = make()
    if state is not READY:
        engine.start()
        clock.advance(10)
        engine.pause()
    if state is FINISHED:
        engine.end_early()
    restored = TimingEngine.from_state(workshop(), engine.to_state(), FakeClock())
    assert restored.state is state
    assert restored.snapshot().schedule_delta == engine.snapshot().schedule_delta


def test_restore_refuses_a_different_plan_or_damaged_state() -> None:
    engine, clock = make()
    engine.start()
    state = engine.to_state()
    other = workshop()[:2]
    with pytest.raises(ValueError, match="different plan"):
        TimingEngine.from_state(other, state, FakeClock())
    damaged: list[tuple[str, object, str]] = [
        ("version", 99, "version"),
        ("state", "sleeping", "unknown state"),
        ("position", [0, 9], "position"),
        ("position", "0,0", "position"),
        ("base", [True, 0], "base"),
        ("elapsed", -5, "elapsed"),
        ("elapsed", "a while", "elapsed"),
        ("extension", float("nan"), "extension"),
        ("started", "yes", "started"),
        ("log", [{"item": 0}], "log"),
        ("log", None, "log"),
    ]
    for key, value, message in damaged:
        broken = dict(state, **{key: value})
        with pytest.raises(ValueError, match=message):
            TimingEngine.from_state(workshop(), broken, FakeClock())


# -- properties over random use ---------------------------------------------------------

_operations = st.lists(
    st.tuples(
        st.sampled_from(
            [
                "start",
                "pause",
                "resume",
                "toggle",
                "next",
                "previous",
                "restart",
                "plus",
                "minus",
                "jump",
                "end",
                "wait",
            ]
        ),
        st.integers(min_value=0, max_value=400_000),  # ms to let pass afterwards
    ),
    max_size=40,
)


@settings(max_examples=150, deadline=None)
@given(_operations)
def test_random_use_keeps_the_books_straight(operations: list[tuple[str, int]]) -> None:
    clock = FakeClock(50.0)
    engine = TimingEngine(workshop(), clock)
    running_ms = 0
    events = []
    for name, ms in operations:
        before = engine.snapshot()
        match name:
            case "start":
                engine.start()
            case "pause":
                engine.pause()
            case "resume":
                engine.resume()
            case "toggle":
                engine.toggle()
            case "next":
                engine.next_step()
            case "previous":
                engine.previous_step()
            case "restart":
                engine.restart_step()
            case "plus":
                engine.add_time(60)
            case "minus":
                engine.add_time(-60)
            case "jump":
                engine.jump_to(ms % 3)
            case "end":
                engine.end_early()
        snap = engine.snapshot()
        if name in ("plus", "minus") and snap.state is not FINISHED:
            if name == "plus":
                expected = before.remaining_seconds + 60
            else:  # never below zero; nothing to take in overrun
                expected = min(before.remaining_seconds, max(0.0, before.remaining_seconds - 60))
            assert snap.remaining_seconds == pytest.approx(expected, abs=1e-9)
        if snap.state is not FINISHED:
            assert snap.remaining_seconds == pytest.approx(
                snap.budget_seconds - snap.elapsed_seconds
            )
        assert snap.overrun_seconds >= 0
        clock.advance(ms / 1000)
        if engine.state is RUNNING:
            running_ms += ms
        events += engine.poll()
    assert engine.snapshot().session_elapsed == pytest.approx(running_ms / 1000, abs=1e-6)
    times = [e.at for e in events]
    assert times == sorted(times), "events come in the order they happened"
    # At most one chime per run of a step: between two StepStarted events.
    chimes = 0
    for event in events:
        if isinstance(event, StepStarted):
            chimes = 0
        elif isinstance(event, StepEnded):
            chimes += 1
            assert chimes == 1
    restored = TimingEngine.from_state(workshop(), json.loads(json.dumps(engine.to_state())), clock)
    before, after = engine.snapshot(), restored.snapshot()
    assert after.remaining_seconds == pytest.approx(before.remaining_seconds)
    assert after.schedule_delta == pytest.approx(before.schedule_delta)


# -- the core stays free of Qt ------------------------------------------------------------


def test_timing_and_groups_do_not_import_qt() -> None:
    code = (
        "import sys, facilitator.timing, facilitator.groups;"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'PyQt', 'shiboken'))];"
        "print(*bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
