"""Drives the timing engine from a QTimer and tells the views what changed.

The QTimer is not the clock: it only polls the engine, whose deadlines come
from the injected monotonic clock. Views repaint only when what they show
changes (the displayed second, the step, the state).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from facilitator.timing import (
    Clock,
    EngineState,
    SessionFinished,
    Snapshot,
    StepEnded,
    StepWarning,
    TimingEngine,
    format_clock,
)
from facilitator.timing.engine import DEFAULT_WARNING_SECONDS
from facilitator.timing.runsheet import RunItem, StepCue
from ui.runner.sound import Chime, QtChime

POLL_MS = 50
SAVE_EVERY_S = 5.0


class Recorder(Protocol):
    """Where a run is written as it happens (the database, or a list in tests)."""

    def save_state(self, state: dict[str, Any]) -> None: ...
    def save_note(self, item: int, step: int, text: str, tags: list[str]) -> None: ...
    def finish(self, log: list[dict[str, Any]]) -> None: ...


class MemoryRecorder:
    def __init__(self) -> None:
        self.states: list[dict[str, Any]] = []
        self.notes: dict[tuple[int, int], tuple[str, list[str]]] = {}
        self.finished: list[dict[str, Any]] | None = None

    def save_state(self, state: dict[str, Any]) -> None:
        self.states.append(state)

    def save_note(self, item: int, step: int, text: str, tags: list[str]) -> None:
        self.notes[(item, step)] = (text, tags)

    def finish(self, log: list[dict[str, Any]]) -> None:
        self.finished = log


class RunController(QObject):
    changed = Signal(object)  # Snapshot
    flash = Signal(str)  # "end" / "warning": shown when no sound could be made
    chimed = Signal(str)
    save_failed = Signal(str)
    head_count_changed = Signal(int)

    def __init__(self, items: list[RunItem], clock: Clock | None = None, chime: Chime | None = None,
                 recorder: Recorder | None = None, warning_seconds: float = DEFAULT_WARNING_SECONDS,
                 state: dict[str, Any] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items = items
        timed = [item.timed for item in items]
        if state is not None:
            self.engine = TimingEngine.from_state(timed, state, clock, warning_seconds=warning_seconds)
        else:
            self.engine = TimingEngine(timed, clock, warning_seconds=warning_seconds)
        self.chime: Chime = chime if chime is not None else QtChime()
        self.recorder = recorder
        self.head_count = 0
        self.warn_with_sound = True
        self._shown: tuple[Any, ...] | None = None
        self._last_save = time.monotonic()
        self.snapshot = self.engine.snapshot()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    # --- what the views need -------------------------------------------------
    def cue(self, snap: Snapshot | None = None) -> StepCue:
        snap = snap or self.snapshot
        item = self.items[snap.item_index]
        return item.cues[snap.step_index] if snap.step_index < len(item.cues) else StepCue()

    def heading(self, snap: Snapshot | None = None) -> str:
        """The step as both screens name it: 'Round 2 of 3 — Consultants discuss'."""
        from ui.runner.presenter_texts import step_heading

        snap = snap or self.snapshot
        return step_heading(self.items[snap.item_index].timed.steps[snap.step_index])

    def invitation(self, snap: Snapshot | None = None) -> str:
        snap = snap or self.snapshot
        return self.items[snap.item_index].invitation

    def set_head_count(self, count: int) -> None:
        self.head_count = count
        self.head_count_changed.emit(count)
        self.changed.emit(self.snapshot)

    # --- the loop ----------------------------------------------------------------
    def tick(self, force: bool = False) -> None:
        events = self.engine.poll()
        for event in events:
            if isinstance(event, StepEnded):
                self._ring("end")
            elif isinstance(event, StepWarning) and self.warn_with_sound:
                self._ring("warning")
            elif isinstance(event, SessionFinished):
                self._finish()
        snap = self.engine.snapshot()
        self.snapshot = snap
        shown = (format_clock(snap.remaining_seconds), snap.state, snap.item_index, snap.step_index,
                 snap.warning, snap.overrunning, round(snap.schedule_delta / 60))
        if force or events or shown != self._shown:
            self._shown = shown
            self.changed.emit(snap)
        if events or force or time.monotonic() - self._last_save > SAVE_EVERY_S:
            self.save()

    def _ring(self, kind: str) -> None:
        if not self.chime.play(kind):
            self.flash.emit(kind)
        elif not self.chime.muted:
            self.chimed.emit(kind)

    def save(self) -> None:
        self._last_save = time.monotonic()
        if self.recorder is None:
            return
        try:
            self.recorder.save_state(self.engine.to_state())
        except Exception as exc:  # a full disk must not stop the room's clock
            self.save_failed.emit(str(exc))

    def _finish(self) -> None:
        if self.recorder is not None:
            try:
                self.recorder.finish(self.engine.log)
            except Exception as exc:
                self.save_failed.emit(str(exc))

    # --- actions (keyboard and buttons) -------------------------------------------
    def _act(self, action: Callable[[], None]) -> None:
        action()
        self.tick(force=True)

    def toggle(self) -> None:
        if self.engine.state is EngineState.READY:
            self._act(self.engine.start)
        else:
            self._act(self.engine.toggle)

    def next_step(self) -> None:
        self._act(self.engine.next_step)

    def previous_step(self) -> None:
        self._act(self.engine.previous_step)

    def add_minute(self) -> None:
        self._act(lambda: self.engine.add_time(60))

    def remove_minute(self) -> None:
        self._act(lambda: self.engine.add_time(-60))

    def jump_to(self, item: int, step: int = 0) -> None:
        self._act(lambda: self.engine.jump_to(item, step))

    def end(self) -> None:
        self._act(self.engine.end_early)

    def set_muted(self, muted: bool) -> None:
        self.chime.muted = muted
        self.changed.emit(self.snapshot)

    def stop(self) -> None:
        self.timer.stop()
        self.save()
