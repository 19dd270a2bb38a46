"""The session timer: a pure state machine over timed steps, driven by an injected clock.

The UI polls it (a QTimer every 50–100 ms is plenty) and reacts to its events;
nothing here knows about Qt, sound or files.
"""

from facilitator.timing.clock import Clock, FakeClock, MonotonicClock, format_clock
from facilitator.timing.engine import (
    EngineState,
    Event,
    SessionFinished,
    Snapshot,
    StepEnded,
    StepStarted,
    StepWarning,
    TimingEngine,
)
from facilitator.timing.timeline import TimedItem, TimedStep, Timeline, timed_item_from_structure

__all__ = [
    "Clock",
    "EngineState",
    "Event",
    "FakeClock",
    "MonotonicClock",
    "SessionFinished",
    "Snapshot",
    "StepEnded",
    "StepStarted",
    "StepWarning",
    "TimedItem",
    "TimedStep",
    "Timeline",
    "TimingEngine",
    "format_clock",
    "timed_item_from_structure",
]
