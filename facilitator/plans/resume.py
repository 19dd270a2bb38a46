"""After a crash: find the unfinished run and offer to resume it.

The next start asks "Resume '<plan>' at <step> with mm:ss left?"; everything
for that sentence, and for rebuilding the timer where it stopped, is here.
The timer comes back paused, so no time is lost while the question is asked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from facilitator.plans.runs import items_from_json
from facilitator.plans.tables import SessionRun
from facilitator.store.db import Database
from facilitator.timing import Clock, EngineState, FakeClock, TimedItem, TimingEngine, format_clock


@dataclass(frozen=True)
class ResumeOffer:
    """All the next start needs to ask "Resume '<plan>' at <step> with mm:ss left?" and do it."""

    run_uuid: str
    plan_uuid: str | None
    plan_title: str
    item_index: int
    step_index: int
    item_title: str
    step_title: str
    remaining_seconds: float
    updated_at: datetime
    items: list[TimedItem]
    engine_state: dict[str, Any] | None  # None: saved before the timer first started

    @property
    def step_label(self) -> str:
        same = self.step_title == self.item_title
        return self.step_title if same else f"{self.item_title}: {self.step_title}"

    @property
    def remaining_text(self) -> str:
        return format_clock(self.remaining_seconds)

    @property
    def question(self) -> str:
        if self.remaining_seconds < 0:
            return (f"Resume '{self.plan_title}' at {self.step_label}, "
                    f"{format_clock(-self.remaining_seconds)} over time?")
        return f"Resume '{self.plan_title}' at {self.step_label} with {self.remaining_text} left?"

    def engine(self, clock: Clock | None = None) -> TimingEngine:
        """The timer as it was (paused), ready for the facilitator to press resume."""
        if self.engine_state is None:
            return TimingEngine(self.items, clock)
        return TimingEngine.from_state(self.items, self.engine_state, clock)


def resumable_run(db: Database) -> ResumeOffer | None:
    """The most recently active unfinished run whose saved state still makes sense."""
    with db.session() as s:
        recs = s.scalars(select(SessionRun).where(SessionRun.finished_at.is_(None))
                         .order_by(SessionRun.updated_at.desc())).all()
    for rec in recs:
        try:
            items = items_from_json(rec.timeline)
            state = rec.engine_state
            engine = (TimingEngine.from_state(items, state, FakeClock()) if state is not None
                      else TimingEngine(items, FakeClock()))
        except (ValueError, KeyError, TypeError):
            continue  # damaged beyond use; the notes stay in the harvest
        snap = engine.snapshot()
        if snap.state is EngineState.FINISHED:
            continue
        return ResumeOffer(rec.uuid, rec.plan_uuid, rec.plan_title, snap.item_index, snap.step_index,
                           snap.item_title, snap.step_title, snap.remaining_seconds, rec.updated_at,
                           items, state)
    return None
