"""A run's harvest as plain frozen data: its notes, and the report the handout and end summary show.

No database here: ``facilitator.plans.harvest`` reads these from the log
(``run_notes``, ``harvest_report``), and render/ and ui/ only hold them, so
the renderer can print a harvest without importing SQLAlchemy.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from datetime import UTC, datetime

from facilitator.plans.model import DEFAULT_HARVEST_TAGS


@dataclass(frozen=True)
class Note:
    uuid: str
    run_uuid: str
    item_index: int
    step_index: int
    item_title: str
    step_title: str
    text: str
    tags: tuple[str, ...]
    created_at: datetime  # UTC, naive, like every stored time
    updated_at: datetime


@dataclass(frozen=True)
class HarvestStep:
    index: int
    title: str
    planned_seconds: float
    actual_seconds: float | None  # None: the step never ran (skipped, or the run stopped first)
    notes: tuple[Note, ...] = ()


@dataclass(frozen=True)
class HarvestItem:
    index: int
    title: str
    steps: tuple[HarvestStep, ...]

    @property
    def planned_seconds(self) -> float:
        return sum(s.planned_seconds for s in self.steps)

    @property
    def actual_seconds(self) -> float | None:
        ran = [s.actual_seconds for s in self.steps if s.actual_seconds is not None]
        return sum(ran) if ran else None


@dataclass(frozen=True)
class HarvestReport:
    """What the harvest handout shows; times are local (the room's clock)."""

    title: str
    run_uuid: str
    started: dt.datetime
    finished: dt.datetime | None
    items: tuple[HarvestItem, ...]
    tags: tuple[str, ...] = DEFAULT_HARVEST_TAGS  # the plan's tag set, in its order
    venue: str = ""
    facilitator: str = ""
    extra_notes: tuple[Note, ...] = field(default=())  # notes on steps the timeline no longer has

    @property
    def notes(self) -> list[Note]:
        return [n for item in self.items for s in item.steps for n in s.notes] + list(self.extra_notes)


def local_time(moment: datetime) -> datetime:
    """Stored times are UTC; people read their own clock."""
    return moment.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
