"""What the timer runs: items made of timed steps, laid end to end.

The timer's input is deliberately plainer than a Structure or a Plan: a title
and seconds per step is all it needs, so breaks, custom items and structures
all look the same to it, and the plans module can change without touching it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from facilitator.structures.model import Step, Structure

__all__ = ["TimedItem", "TimedStep", "Timeline", "timed_item_from_structure"]


@dataclass(frozen=True)
class TimedStep:
    """One countdown: a title and its planned length in seconds.

    ``configuration`` and ``group_size`` are carried through untouched so the
    screen can say how people sit; the timer itself ignores them. A stage of a
    step (Troika's "Consultants discuss") also carries its ``stage`` title and
    which ``round`` of how many ``rounds`` it belongs to, so the screens can
    say "Round 2 of 3 — Consultants discuss" in the reader's language.
    """

    title: str
    seconds: float
    configuration: str | None = None
    group_size: int | None = None
    stage: str = ""
    round: int = 0
    rounds: int = 0

    def __post_init__(self) -> None:
        if not math.isfinite(self.seconds) or self.seconds < 0:
            raise ValueError(
                f"step {self.title!r}: seconds must be 0 or more, not {self.seconds!r}"
            )


@dataclass(frozen=True)
class TimedItem:
    """An agenda item (a structure, a break, anything) as a sequence of steps."""

    title: str
    steps: tuple[TimedStep, ...]

    def __init__(self, title: str, steps: Iterable[TimedStep]) -> None:
        # Accept any iterable (a list is natural to write) but store a tuple,
        # so the item stays immutable and hashable.
        object.__setattr__(self, "title", title)
        object.__setattr__(self, "steps", tuple(steps))
        if not self.steps:
            raise ValueError(f"item {title!r} has no steps to time")

    @classmethod
    def single(cls, title: str, seconds: float) -> TimedItem:
        """A break or any other one-step item, titled like its step."""
        return cls(title, [TimedStep(title, seconds)])

    @property
    def seconds(self) -> float:
        return sum(step.seconds for step in self.steps)


def timed_item_from_structure(
    structure: Structure,
    minute_overrides: Mapping[int, float] | None = None,
    title: str | None = None,
) -> TimedItem:
    """Expand a structure into the steps the timer counts down.

    ``minute_overrides`` maps an index into ``structure.steps`` to the minutes
    of one run of that step (the facilitator's tuning for this group). A step
    repeated N times becomes N steps titled "… (k of N)", because each round
    gets its own countdown and chime. A step with stages becomes one timed
    step per stage per round ("Round k of N — stage"), the stages scaled to
    the step's minutes.
    """
    overrides = dict(minute_overrides or {})
    for index, minutes in overrides.items():
        if not 0 <= index < len(structure.steps):
            raise ValueError(
                f"{structure.name}: no step {index} to override "
                f"(it has {len(structure.steps)} steps, numbered from 0)"
            )
        if not math.isfinite(minutes) or minutes < 0:
            raise ValueError(f"{structure.name}: step {index} cannot last {minutes!r} minutes")
    steps: list[TimedStep] = []
    for index, step in enumerate(structure.steps):
        minutes = overrides.get(index, step.minutes)
        steps += _runs(step, minutes)
    return TimedItem(title if title is not None else structure.name, steps)


def _runs(step: Step, minutes: float) -> list[TimedStep]:
    """Every countdown of one step: each repeat, and within it each stage."""
    config, size, rounds = step.configuration.value, step.group_size, step.repeat
    if not step.stages:
        seconds = round(minutes * 60)
        return [TimedStep(f"{step.title} ({run} of {rounds})" if rounds > 1 else step.title, seconds, config, size)
                for run in range(1, rounds + 1)]
    out = []
    for run in range(1, rounds + 1):
        lead = f"Round {run} of {rounds}" if rounds > 1 else step.title
        for stage, seconds in zip(step.stages, step.stage_seconds(minutes), strict=True):
            out.append(TimedStep(f"{lead} — {stage.title}", seconds, config, size, stage.title,
                                 run if rounds > 1 else 0, rounds if rounds > 1 else 0))
    return out


class Timeline:
    """The items flattened into one numbered run of steps, with planned offsets.

    Positions are counted across items (0 … len-1) so moving on, going back
    and "where should we be by now" are simple index arithmetic.
    """

    def __init__(self, items: Iterable[TimedItem]) -> None:
        self.items: tuple[TimedItem, ...] = tuple(items)
        if not self.items:
            raise ValueError("nothing to time: the session has no items")
        self._positions: list[tuple[int, int]] = []
        self._offsets: list[float] = []
        offset = 0.0
        for item_index, item in enumerate(self.items):
            for step_index, step in enumerate(item.steps):
                self._positions.append((item_index, step_index))
                self._offsets.append(offset)
                offset += step.seconds
        self.total_seconds = offset

    def __len__(self) -> int:
        return len(self._positions)

    def position(self, flat: int) -> tuple[int, int]:
        """(item index, step index) of a flat position."""
        return self._positions[flat]

    def flat(self, item_index: int, step_index: int = 0) -> int:
        """The flat position of a step, with a clear error for a step that isn't there."""
        if not 0 <= item_index < len(self.items):
            raise IndexError(f"no item {item_index}: the session has {len(self.items)} items")
        steps = len(self.items[item_index].steps)
        if not 0 <= step_index < steps:
            raise IndexError(
                f"no step {step_index} in item {item_index} "
                f"({self.items[item_index].title!r} has {steps} steps)"
            )
        return sum(len(item.steps) for item in self.items[:item_index]) + step_index

    def item(self, flat: int) -> TimedItem:
        return self.items[self._positions[flat][0]]

    def step(self, flat: int) -> TimedStep:
        item_index, step_index = self._positions[flat]
        return self.items[item_index].steps[step_index]

    def offset(self, flat: int) -> float:
        """Planned seconds from the start of the session to the start of this step.

        ``offset(len(timeline))`` is the planned length of the whole session.
        """
        if flat == len(self._positions):
            return self.total_seconds
        return self._offsets[flat]

    def shape(self) -> list[int]:
        """Steps per item: enough to tell whether saved progress fits these items."""
        return [len(item.steps) for item in self.items]
