"""Session runs: crash-safe timer state, the step log, and harvest notes.

The runner calls ``save_run_state`` on every transition and ``save_note``
(debounced) as the facilitator types; both are one small transaction, so
after a crash, kill -9 or a dead battery the next start can offer to resume
exactly where the room was. A run keeps its own copy of the timed items, so
it resumes the same session even if the plan or the library has changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select

from facilitator.errors import NotFound
from facilitator.plans.model import Plan
from facilitator.plans.tables import PlanRecord, RunStepLog, SessionRun
from facilitator.store.base import utcnow
from facilitator.store.db import Database
from facilitator.timing import TimedItem, TimedStep


def items_to_json(items: Sequence[TimedItem]) -> list[dict[str, Any]]:
    return [{"title": i.title, "steps": [_step_json(s) for s in i.steps]} for i in items]


def _step_json(s: TimedStep) -> dict[str, Any]:
    out = {"title": s.title, "seconds": s.seconds, "configuration": s.configuration, "group_size": s.group_size}
    if s.stage:  # a stage of a round: kept so a resumed run still says "Round 2 of 3 — …"
        out |= {"stage": s.stage, "round": s.round, "rounds": s.rounds}
    return out


def items_from_json(data: Sequence[Mapping[str, Any]]) -> list[TimedItem]:
    return [TimedItem(str(i["title"]), [
        TimedStep(str(s["title"]), float(s["seconds"]), s.get("configuration"), s.get("group_size"),
                  str(s.get("stage", "")), int(s.get("round", 0)), int(s.get("rounds", 0)))
        for s in i["steps"]]) for i in data]


@dataclass(frozen=True)
class RunInfo:
    uuid: str
    plan_uuid: str | None
    plan_title: str
    started_at: datetime
    finished_at: datetime | None
    updated_at: datetime
    items: list[TimedItem]
    engine_state: dict[str, Any] | None

    @property
    def finished(self) -> bool:
        return self.finished_at is not None


@dataclass(frozen=True)
class StepLogEntry:
    item_index: int
    step_index: int
    item_title: str
    step_title: str
    planned_seconds: float
    budget_seconds: float
    actual_seconds: float


def _info(rec: SessionRun) -> RunInfo:
    return RunInfo(rec.uuid, rec.plan_uuid, rec.plan_title, rec.started_at, rec.finished_at,
                   rec.updated_at, items_from_json(rec.timeline), rec.engine_state)


def start_run(db: Database, plan: Plan, items: Sequence[TimedItem],
              state: Mapping[str, Any] | None = None) -> str:
    """Record that a plan is being run with these timed items; returns the run's uuid."""
    run = SessionRun(plan_uuid=plan.uuid, plan_title=plan.title, timeline=items_to_json(items),
                     engine_state=dict(state) if state is not None else None)
    with db.session() as s:
        if s.get(PlanRecord, plan.uuid) is None:
            run.plan_uuid = None  # an unsaved plan: keep the title, point at nothing
        s.add(run)
        s.flush()
        return run.uuid


def save_run_state(db: Database, run_uuid: str, state: Mapping[str, Any]) -> None:
    """Store ``engine.to_state()``; called on every transition, so it is one UPDATE."""
    with db.session() as s:
        rec = s.get(SessionRun, run_uuid)
        if rec is None:
            raise NotFound(f"no session run '{run_uuid}'")
        rec.engine_state = dict(state)
        rec.updated_at = utcnow()


def finish_run(db: Database, run_uuid: str, log: Iterable[Mapping[str, Any]] = (),
               state: Mapping[str, Any] | None = None) -> None:
    """Close a run and keep its step log (``engine.log``): actual against planned time."""
    with db.session() as s:
        rec = s.get(SessionRun, run_uuid)
        if rec is None:
            raise NotFound(f"no session run '{run_uuid}'")
        if state is not None:
            rec.engine_state = dict(state)
        rec.finished_at = rec.updated_at = utcnow()
        s.execute(delete(RunStepLog).where(RunStepLog.run_uuid == run_uuid))
        s.add_all(RunStepLog(
            run_uuid=run_uuid, position=pos, item_index=int(e["item"]), step_index=int(e["step"]),
            item_title=str(e.get("item_title", "")), step_title=str(e.get("step_title", "")),
            planned_seconds=float(e["planned"]), budget_seconds=float(e.get("budget", e["planned"])),
            actual_seconds=float(e["actual"]),
        ) for pos, e in enumerate(log))


def discard_run(db: Database, run_uuid: str) -> None:
    """The facilitator declined to resume: close the run, keeping its notes."""
    finish_run(db, run_uuid)


def get_run(db: Database, run_uuid: str) -> RunInfo | None:
    with db.session() as s:
        rec = s.get(SessionRun, run_uuid)
        return None if rec is None else _info(rec)


def list_runs(db: Database, plan_uuid: str | None = None) -> list[RunInfo]:
    """Newest first."""
    query = select(SessionRun).order_by(SessionRun.started_at.desc(), SessionRun.uuid)
    if plan_uuid is not None:
        query = query.where(SessionRun.plan_uuid == plan_uuid)
    with db.session() as s:
        return [_info(r) for r in s.scalars(query)]


def find_run(db: Database, ref: str) -> str:
    """The uuid of the run ``ref`` names: its uuid or a prefix of at least 4 characters."""
    ref = ref.strip().lower()
    matches = [r.uuid for r in list_runs(db) if len(ref) >= 4 and r.uuid.startswith(ref)]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise NotFound(f"'{ref}' matches {len(matches)} runs; type more of the id")
    raise NotFound(f"no session run '{ref}'; run ids are shown by 'facilitator harvest list'")


def step_log(db: Database, run_uuid: str) -> list[StepLogEntry]:
    with db.session() as s:
        rows = s.scalars(select(RunStepLog).where(RunStepLog.run_uuid == run_uuid)
                         .order_by(RunStepLog.position))
        return [StepLogEntry(r.item_index, r.step_index, r.item_title, r.step_title,
                             r.planned_seconds, r.budget_seconds, r.actual_seconds) for r in rows]
