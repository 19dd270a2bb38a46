"""A plan on the clock: start and end of every item, and the total against the time available.

Lengths come from ``resolve`` (whole seconds per step, as the timer counts),
so the plan's clock times and the countdowns in the room agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from facilitator.plans.model import Plan, PlanItem, StructureSource
from facilitator.plans.resolve import ResolvedItem, resolve
from facilitator.structures.model import format_minutes
from facilitator.timetext import time_of_day
from facilitator.timing.timeline import TimedItem, timed_item_from_structure

# With no date on the plan, only the time of day of a slot means anything.
_NO_DATE = date(2000, 1, 1)


@dataclass(frozen=True)
class Slot:
    """One item on the clock."""

    resolved: ResolvedItem
    start: datetime
    end: datetime

    @property
    def item(self) -> PlanItem:
        return self.resolved.item

    @property
    def span(self) -> str:
        """'10:00–10:12'."""
        return f"{clock_text(self.start)}–{clock_text(self.end)}"


@dataclass(frozen=True)
class Schedule:
    """The whole plan on the clock, and how it compares with the time available."""

    slots: tuple[Slot, ...]
    start: datetime
    total_seconds: int
    available_minutes: int | None
    clock_known: bool  # False when the plan has no start time: times count from 0:00

    @property
    def end(self) -> datetime:
        return self.start + timedelta(seconds=self.total_seconds)

    @property
    def total_minutes(self) -> float:
        return self.total_seconds / 60

    @property
    def over_minutes(self) -> float | None:
        """Positive: over the time available; negative: time to spare; None: no limit set."""
        if self.available_minutes is None:
            return None
        return self.total_minutes - self.available_minutes

    @property
    def warnings(self) -> list[str]:
        return [f"{s.resolved.index + 1}. {s.resolved.title}: {w}" for s in self.slots for w in s.resolved.warnings]

    def balance_text(self) -> str:
        """'12 min over the 150 min available', '5 min to spare', or just the total."""
        total = format_minutes(self.total_minutes)
        over = self.over_minutes
        if over is None or self.available_minutes is None:
            return f"{total} in all"
        available = format_minutes(self.available_minutes)
        if abs(over) < 1 / 120:
            return f"{total} planned: exactly the time available"
        if over > 0:
            return f"{total} planned: {format_minutes(over)} over the {available} available"
        return f"{total} planned: {format_minutes(-over)} to spare in the {available} available"


def schedule(plan: Plan, library: StructureSource, start: datetime | None = None) -> Schedule:
    """Clock times for every item, from ``start`` or the plan's own date and start time."""
    clock_known = start is not None or plan.start is not None
    if start is None:
        start = datetime.combine(plan.date or _NO_DATE, plan.start or time(0, 0))
    slots = []
    at = start
    for resolved in resolve(plan, library):
        end = at + timedelta(seconds=resolved.seconds)
        slots.append(Slot(resolved, at, end))
        at = end
    total = int((at - start).total_seconds())
    return Schedule(tuple(slots), start, total, plan.available_minutes, clock_known)


def clock_text(moment: datetime) -> str:
    """'10:00', or '10:00:30' when a half-minute step leaves seconds on the clock."""
    return time_of_day(moment)


def timed_items(plan: Plan, library: StructureSource) -> list[TimedItem]:
    """What the timing engine runs: structures expand to their steps, the rest to one step.

    A missing structure becomes a single step of its remembered length, so a
    plan whose custom structure was deleted can still be run.
    """
    out = []
    for r in resolve(plan, library):
        if r.structure is not None:
            out.append(timed_item_from_structure(r.structure, r.overrides, title=r.title))
        else:
            out.append(TimedItem.single(r.title, r.seconds))
    return out

