"""The timing engine: a pure state machine over the session's steps.

Nothing here sleeps, ticks or counts down. The engine stores, for the current
step, its budget (planned seconds plus extensions), the running time banked
before the last pause and the clock time the current running stretch began;
everything else is computed from those and ``clock.now()``. However often or
irregularly the UI polls, there is no drift to accumulate.

States: ready → running ⇄ paused → finished. Running out of time does not
move on by itself: the step goes into overrun (negative remaining) until the
facilitator decides to move on.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeAlias

from facilitator.timing.clock import Clock, MonotonicClock
from facilitator.timing.timeline import TimedItem, TimedStep, Timeline

__all__ = [
    "EngineState",
    "Event",
    "SessionFinished",
    "Snapshot",
    "StepEnded",
    "StepStarted",
    "StepWarning",
    "TimingEngine",
]

STATE_VERSION = 1
DEFAULT_WARNING_SECONDS = 30.0
# Float sums of clock readings are off by far less than this; a step whose
# remaining time is within a nanosecond of a threshold has reached it.
_EPS = 1e-9


class EngineState(StrEnum):
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


@dataclass(frozen=True)
class StepStarted:
    """A step began running for the first time (not on resume)."""

    item_index: int
    step_index: int
    at: float


@dataclass(frozen=True)
class StepWarning:
    """The step's remaining time fell to ``seconds_left`` (once per step)."""

    item_index: int
    step_index: int
    at: float
    seconds_left: float


@dataclass(frozen=True)
class StepEnded:
    """Remaining time reached zero: the chime (once per step)."""

    item_index: int
    step_index: int
    at: float


@dataclass(frozen=True)
class SessionFinished:
    at: float


Event: TypeAlias = StepStarted | StepWarning | StepEnded | SessionFinished


@dataclass(frozen=True)
class Snapshot:
    """Everything the screen shows, frozen at clock time ``at``.

    ``schedule_delta`` is how far behind the plan the session is, in seconds
    (negative: ahead). It is the running time actually spent since the session
    started, minus the planned time of the steps from the starting step up to
    the current one, plus any time the current step has run beyond its *plan*
    (extensions count once they are used, not when granted). For a session
    run straight through this is "actual minus planned of completed steps,
    plus the current overrun"; going back, skipping and jumping are accounted
    for because it is measured against where in the plan you now are. Paused
    time is not counted. Once finished it is total actual minus total planned.

    Once finished, the position is the step that was current at the end and
    elapsed/remaining are 0. ``session_remaining`` is the planned time still
    ahead (this step's remaining, never negative, plus the steps after it).
    """

    state: EngineState
    at: float
    item_index: int
    item_title: str
    item_count: int
    step_index: int
    step_title: str
    step_count: int
    planned_seconds: float
    budget_seconds: float
    elapsed_seconds: float
    remaining_seconds: float
    overrun_seconds: float
    warning: bool
    schedule_delta: float
    session_elapsed: float
    session_remaining: float
    next_step_title: str | None
    next_item_title: str | None
    next_step: TimedStep | None = None  # the next countdown itself, so the screen can word its round

    @property
    def extension_seconds(self) -> float:
        """Time added (or, if negative, taken off) by the facilitator."""
        return self.budget_seconds - self.planned_seconds

    @property
    def overrunning(self) -> bool:
        return self.overrun_seconds > 0


class TimingEngine:
    """The session timer. Call operations from the UI; ``poll()`` for events."""

    def __init__(
        self,
        items: Iterable[TimedItem],
        clock: Clock | None = None,
        *,
        warning_seconds: float = DEFAULT_WARNING_SECONDS,
    ) -> None:
        if not math.isfinite(warning_seconds) or warning_seconds < 0:
            raise ValueError(f"warning_seconds must be 0 or more, not {warning_seconds!r}")
        self._timeline = Timeline(items)
        self._clock: Clock = clock if clock is not None else MonotonicClock()
        self._warning_seconds = float(warning_seconds)
        self._state = EngineState.READY
        self._events: list[Event] = []
        self._log: list[dict[str, Any]] = []
        self._base = 0
        self._mark = self._clock.now()
        self._load(0)

    # -- the current step's bookkeeping ------------------------------------

    def _load(self, flat: int) -> None:
        """Make ``flat`` the current step, fresh: full planned time, nothing run."""
        self._flat = flat
        self._extension = 0.0
        self._banked = 0.0  # running seconds before the current stretch
        self._stretch_start: float | None = None
        self._started = False
        self._warned = False
        self._ended = False
        self._last_remaining = self._budget()

    def _planned(self) -> float:
        return float(self._timeline.step(self._flat).seconds)

    def _budget(self) -> float:
        return self._planned() + self._extension

    def _elapsed(self, now: float) -> float:
        if self._stretch_start is None:
            return self._banked
        return self._banked + (now - self._stretch_start)

    def _remaining(self, now: float) -> float:
        return self._budget() - self._elapsed(now)

    def _run(self, now: float) -> None:
        self._state = EngineState.RUNNING
        self._stretch_start = now
        if not self._started:
            self._started = True
            item_index, step_index = self._timeline.position(self._flat)
            self._events.append(StepStarted(item_index, step_index, now))

    def _crossing_time(self, threshold: float, now: float) -> float:
        """When remaining time reached ``threshold``, within the stretch since the last look.

        Between two looks nothing changes but the clock, so the crossing is
        exact; a crossing caused by an operation (−1 min) happens at ``now``.
        """
        if self._stretch_start is None:
            return now
        at = self._stretch_start + (self._budget() - threshold - self._banked)
        return min(max(at, self._mark), now)

    def _catch_up(self, now: float) -> None:
        """Record the warning and end crossings that happened since the last look."""
        remaining = self._remaining(now)
        if self._started and self._state in (EngineState.RUNNING, EngineState.PAUSED):
            item_index, step_index = self._timeline.position(self._flat)
            threshold = self._warning_seconds
            end = not self._ended and remaining <= _EPS
            warn = (
                not self._warned
                and not self._ended
                and self._last_remaining > threshold + _EPS
                and remaining <= threshold + _EPS
            )
            if warn:
                self._warned = True
                warn_at = self._crossing_time(threshold, now)
                end_at = self._crossing_time(0.0, now) if end else math.nan
                # A warning at the same instant as the chime tells nobody anything.
                if warn_at != end_at:
                    self._events.append(StepWarning(item_index, step_index, warn_at, threshold))
            if end:
                self._ended = True
                self._events.append(
                    StepEnded(item_index, step_index, self._crossing_time(0.0, now))
                )
        self._last_remaining = remaining
        self._mark = now

    def _leave(self, now: float) -> None:
        """Log the current step's actual running time, if it ran at all."""
        if not self._started:
            return
        item_index, step_index = self._timeline.position(self._flat)
        self._log.append(
            {
                "item": item_index,
                "step": step_index,
                "item_title": self._timeline.item(self._flat).title,
                "step_title": self._timeline.step(self._flat).title,
                "planned": self._planned(),
                "budget": self._budget(),
                "actual": self._elapsed(now),
            }
        )

    def _finish(self, now: float) -> None:
        self._leave(now)
        self._stretch_start = None
        self._state = EngineState.FINISHED
        self._events.append(SessionFinished(now))

    def _move(self, flat: int, now: float) -> None:
        """Go to a step, fresh. Running stays running; paused (or finished) lands paused.

        Landing paused rather than running lets the facilitator give the
        invitation before the clock starts.
        """
        if self._state is EngineState.READY:
            self._load(flat)
            return
        was_running = self._state is EngineState.RUNNING
        if self._state is not EngineState.FINISHED:
            self._leave(now)
        self._load(flat)
        if was_running:
            self._run(now)
        else:
            self._state = EngineState.PAUSED

    # -- operations ----------------------------------------------------------

    def start(self) -> None:
        """Start the session at the current step (resumes if paused)."""
        now = self._clock.now()
        self._catch_up(now)
        if self._state is EngineState.READY:
            self._base = self._flat
            self._run(now)
        elif self._state is EngineState.PAUSED:
            self._run(now)
        self._catch_up(now)

    def pause(self) -> None:
        now = self._clock.now()
        self._catch_up(now)
        if self._state is EngineState.RUNNING:
            self._banked = self._elapsed(now)
            self._stretch_start = None
            self._state = EngineState.PAUSED
        self._catch_up(now)

    def resume(self) -> None:
        now = self._clock.now()
        self._catch_up(now)
        if self._state is EngineState.PAUSED:
            self._run(now)
        self._catch_up(now)

    def toggle(self) -> None:
        """The one big button: start, pause or resume as fits the state."""
        if self._state is EngineState.RUNNING:
            self.pause()
        else:
            self.start()

    def add_time(self, seconds: float) -> None:
        """Extend (or shorten) the current step.

        Shortening never takes remaining time below zero: −1 min with 40 s
        left ends the step now (the chime, then overrun); in overrun it does
        nothing.
        """
        if not math.isfinite(seconds):
            raise ValueError(f"cannot add {seconds!r} seconds")
        now = self._clock.now()
        self._catch_up(now)
        if self._state is EngineState.FINISHED:
            return
        if seconds >= 0:
            self._extension += seconds
        else:
            self._extension -= min(-seconds, max(0.0, self._remaining(now)))
        self._catch_up(now)

    def next_step(self) -> None:
        """Move on to the next step (the next item's first); after the last, finish."""
        now = self._clock.now()
        self._catch_up(now)
        if self._state is EngineState.FINISHED:
            return
        following = self._flat + 1
        if following < len(self._timeline):
            self._move(following, now)
        elif self._state is not EngineState.READY:
            self._finish(now)
        self._catch_up(now)

    def previous_step(self) -> None:
        """Go back one step and restart it fresh (on the first step: restart it).

        When finished, reopens (paused) the step that was current at the end.
        """
        now = self._clock.now()
        self._catch_up(now)
        if self._state is EngineState.FINISHED:
            self._move(self._flat, now)
        else:
            self._move(max(self._flat - 1, 0), now)
        self._catch_up(now)

    def restart_step(self) -> None:
        """Start the current step over with its full planned time."""
        now = self._clock.now()
        self._catch_up(now)
        if self._state is not EngineState.FINISHED:
            self._move(self._flat, now)
        self._catch_up(now)

    def jump_to(self, item_index: int, step_index: int = 0) -> None:
        """Go to any step, fresh. Raises IndexError for a step that isn't there."""
        flat = self._timeline.flat(item_index, step_index)
        now = self._clock.now()
        self._catch_up(now)
        self._move(flat, now)
        self._catch_up(now)

    def end_early(self) -> None:
        """Finish the session now, whatever is left."""
        now = self._clock.now()
        self._catch_up(now)
        if self._state is not EngineState.FINISHED:
            self._finish(now)
        self._catch_up(now)

    # -- reports -------------------------------------------------------------

    def poll(self) -> list[Event]:
        """Events since the last poll, in the order they happened (with exact times)."""
        self._catch_up(self._clock.now())
        events, self._events = self._events, []
        return events

    def snapshot(self) -> Snapshot:
        now = self._clock.now()
        self._catch_up(now)
        timeline = self._timeline
        item_index, step_index = timeline.position(self._flat)
        item, step = timeline.item(self._flat), timeline.step(self._flat)
        spent = sum(float(entry["actual"]) for entry in self._log)
        finished = self._state is EngineState.FINISHED
        active = self._state in (EngineState.RUNNING, EngineState.PAUSED)
        planned = self._planned()
        elapsed = self._elapsed(now) if active and self._started else 0.0
        remaining = 0.0 if finished else self._budget() - elapsed
        if finished:
            delta = spent - (timeline.total_seconds - timeline.offset(self._base))
        elif self._state is EngineState.READY:
            delta = 0.0
        else:
            delta = (
                spent
                - (timeline.offset(self._flat) - timeline.offset(self._base))
                + max(0.0, elapsed - planned)
            )
        following = self._flat + 1
        has_next = not finished and following < len(timeline)
        session_remaining = 0.0
        if not finished:
            session_remaining = max(0.0, remaining) + (
                timeline.total_seconds - timeline.offset(following)
            )
        return Snapshot(
            state=self._state,
            at=now,
            item_index=item_index,
            item_title=item.title,
            item_count=len(timeline.items),
            step_index=step_index,
            step_title=step.title,
            step_count=len(item.steps),
            planned_seconds=planned,
            budget_seconds=self._budget(),
            elapsed_seconds=elapsed,
            remaining_seconds=remaining,
            overrun_seconds=max(0.0, -remaining),
            warning=active and self._started and 0 < remaining <= self._warning_seconds,
            schedule_delta=delta,
            session_elapsed=spent + elapsed,
            session_remaining=session_remaining,
            next_step_title=timeline.step(following).title if has_next else None,
            next_item_title=timeline.item(following).title if has_next else None,
            next_step=timeline.step(following) if has_next else None,
        )

    @property
    def state(self) -> EngineState:
        return self._state

    @property
    def items(self) -> tuple[TimedItem, ...]:
        return self._timeline.items

    @property
    def position(self) -> tuple[int, int]:
        """(item index, step index) of the current step."""
        return self._timeline.position(self._flat)

    @property
    def current_step(self) -> TimedStep:
        return self._timeline.step(self._flat)

    @property
    def warning_seconds(self) -> float:
        return self._warning_seconds

    def set_warning_seconds(self, seconds: float) -> None:
        """Change the soft warning (0 turns it off); it applies from the next step run on."""
        if not math.isfinite(seconds) or seconds < 0:
            raise ValueError(f"warning_seconds must be 0 or more, not {seconds!r}")
        self._warning_seconds = float(seconds)

    @property
    def log(self) -> list[dict[str, Any]]:
        """Steps left so far, with planned and actual running seconds (the harvest)."""
        return [dict(entry) for entry in self._log]

    # -- persistence -----------------------------------------------------------

    def to_state(self) -> dict[str, Any]:
        """A JSON-safe record of progress, for resuming after a crash.

        Clock readings are meaningless after a restart, so it stores elapsed
        seconds rather than timestamps.
        """
        now = self._clock.now()
        self._catch_up(now)
        return {
            "version": STATE_VERSION,
            "shape": self._timeline.shape(),
            "state": self._state.value,
            "position": list(self._timeline.position(self._flat)),
            "base": list(self._timeline.position(self._base)),
            "extension": self._extension,
            "elapsed": self._elapsed(now),
            "started": self._started,
            "warned": self._warned,
            "ended": self._ended,
            "log": self.log,
        }

    @classmethod
    def from_state(
        cls,
        items: Iterable[TimedItem],
        state: Mapping[str, Any],
        clock: Clock | None = None,
        *,
        warning_seconds: float = DEFAULT_WARNING_SECONDS,
    ) -> TimingEngine:
        """Rebuild an engine from ``to_state()``; a running step comes back paused.

        Paused, so a crash or a closed lid never eats time silently: the
        facilitator sees the remaining time as last saved and resumes.
        Raises ValueError when the state is damaged or was saved for a plan
        with a different number of items or steps.
        """
        engine = cls(items, clock, warning_seconds=warning_seconds)
        timeline = engine._timeline
        if state.get("version") != STATE_VERSION:
            raise ValueError(f"saved timer state: unknown version {state.get('version')!r}")
        if state.get("shape") != timeline.shape():
            raise ValueError(
                "saved timer state was made for a different plan "
                f"(steps per item {state.get('shape')!r}, now {timeline.shape()!r})"
            )
        try:
            saved = EngineState(str(state.get("state")))
        except ValueError:
            raise ValueError(f"saved timer state: unknown state {state.get('state')!r}") from None
        flat = _position(timeline, state, "position")
        base = _position(timeline, state, "base")
        log = state.get("log")
        if not isinstance(log, list) or not all(_valid_entry(entry) for entry in log):
            raise ValueError("saved timer state: the step log is damaged")

        engine._load(flat)
        engine._base = base
        engine._extension = _number(state, "extension")
        engine._banked = _number(state, "elapsed", minimum=0.0)
        engine._started = _flag(state, "started")
        engine._warned = _flag(state, "warned")
        engine._ended = _flag(state, "ended")
        engine._log = [dict(entry) for entry in log]
        engine._state = EngineState.PAUSED if saved is EngineState.RUNNING else saved
        now = engine._clock.now()
        engine._last_remaining = engine._remaining(now)
        engine._mark = now
        return engine


def _number(state: Mapping[str, Any], key: str, minimum: float | None = None) -> float:
    value = state.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(f"saved timer state: {key!r} should be a number, not {value!r}")
    if minimum is not None and value < minimum:
        raise ValueError(f"saved timer state: {key!r} cannot be {value!r}")
    return float(value)


def _flag(state: Mapping[str, Any], key: str) -> bool:
    value = state.get(key)
    if not isinstance(value, bool):
        raise ValueError(f"saved timer state: {key!r} should be true or false, not {value!r}")
    return value


def _position(timeline: Timeline, state: Mapping[str, Any], key: str) -> int:
    value = state.get(key)
    if (
        not isinstance(value, list)
        or len(value) != 2
        or not all(isinstance(part, int) and not isinstance(part, bool) for part in value)
    ):
        raise ValueError(f"saved timer state: {key!r} should be [item, step], not {value!r}")
    try:
        return timeline.flat(value[0], value[1])
    except IndexError as error:
        raise ValueError(f"saved timer state: {key!r}: {error}") from None


def _valid_entry(entry: object) -> bool:
    if not isinstance(entry, dict):
        return False
    numbers = ("item", "step", "planned", "budget", "actual")
    return all(
        isinstance(entry.get(key), int | float) and not isinstance(entry.get(key), bool)
        for key in numbers
    ) and all(isinstance(entry.get(key), str) for key in ("item_title", "step_title"))
