"""Saving and finding plans and templates.

Every function is one short ``with db.session()`` unit and returns plain
dataclasses, never live ORM rows, so the GUI never holds a session open
across a dialog. Runs, notes and the harvest are in ``runs`` and ``harvest``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import delete, func, select

from facilitator.errors import NotFound
from facilitator.plans.model import (
    DEFAULT_HARVEST_TAGS,
    ItemKind,
    Plan,
    PlanItem,
    StructureSource,
    Template,
)
from facilitator.plans.resolve import refresh
from facilitator.plans.tables import PlanItemRecord, PlanRecord, TemplateRecord
from facilitator.store.base import utcnow
from facilitator.store.db import Database


@dataclass(frozen=True)
class PlanSummary:
    """One line of the plan list; ``number`` is what `plans show N` accepts."""

    number: int
    uuid: str
    title: str
    date: date | None
    start: time | None
    venue: str
    item_count: int
    updated_at: datetime


def _to_record(plan: Plan, rec: PlanRecord) -> None:
    rec.title, rec.date, rec.start_time = plan.title, plan.date, plan.start
    rec.venue, rec.facilitator, rec.purpose = plan.venue, plan.facilitator, plan.purpose
    rec.available_minutes = plan.available_minutes
    rec.harvest_tags = list(plan.harvest_tags)
    rec.updated_at = utcnow()


def _item_record(plan_uuid: str, position: int, item: PlanItem) -> PlanItemRecord:
    return PlanItemRecord(
        uuid=item.uuid, plan_uuid=plan_uuid, position=position, kind=item.kind.value,
        structure_id=item.structure_id, title=item.title, invitation=item.invitation,
        step_minutes={str(k): float(v) for k, v in sorted(item.step_minutes.items())},
        minutes=float(item.minutes), note=item.note, fingerprint=item.fingerprint,
    )


def _from_records(rec: PlanRecord, items: list[PlanItemRecord]) -> Plan:
    return Plan(
        title=rec.title, date=rec.date, start=rec.start_time, venue=rec.venue,
        facilitator=rec.facilitator, purpose=rec.purpose, available_minutes=rec.available_minutes,
        harvest_tags=tuple(rec.harvest_tags) if rec.harvest_tags is not None else DEFAULT_HARVEST_TAGS,
        uuid=rec.uuid,
        items=[PlanItem(
            kind=ItemKind(i.kind), title=i.title, structure_id=i.structure_id,
            invitation=i.invitation, step_minutes={int(k): float(v) for k, v in i.step_minutes.items()},
            minutes=i.minutes, note=i.note, fingerprint=i.fingerprint, uuid=i.uuid,
        ) for i in items],
    )


def save_plan(db: Database, plan: Plan, library: StructureSource | None = None) -> None:
    """Insert or replace a plan and all its items, in one transaction.

    With ``library``, first accept the library as it is now (see
    ``schedule.refresh``): the facilitator has seen the warnings and saved.
    """
    if library is not None:
        refresh(plan, library)
    with db.session() as s:
        rec = s.get(PlanRecord, plan.uuid)
        if rec is None:
            rec = PlanRecord(uuid=plan.uuid, created_at=utcnow())
            s.add(rec)
        _to_record(plan, rec)
        s.flush()
        s.execute(delete(PlanItemRecord).where(PlanItemRecord.plan_uuid == plan.uuid))
        s.add_all(_item_record(plan.uuid, pos, item) for pos, item in enumerate(plan.items))


def get_plan(db: Database, plan_uuid: str) -> Plan | None:
    with db.session() as s:
        rec = s.get(PlanRecord, plan_uuid)
        if rec is None:
            return None
        items = s.scalars(select(PlanItemRecord).where(PlanItemRecord.plan_uuid == plan_uuid)
                          .order_by(PlanItemRecord.position)).all()
        return _from_records(rec, list(items))


def list_plans(db: Database) -> list[PlanSummary]:
    """Dated plans first, soonest first, then undated ones by title; numbered from 1."""
    with db.session() as s:
        counts: dict[str, int] = {uuid: n for uuid, n in s.execute(
            select(PlanItemRecord.plan_uuid, func.count()).group_by(PlanItemRecord.plan_uuid))}
        recs = s.scalars(select(PlanRecord)).all()
    recs = sorted(recs, key=lambda r: (r.date is None, r.date or date.min, r.start_time or time.min,
                                       r.title.casefold(), r.uuid))
    return [PlanSummary(n, r.uuid, r.title, r.date, r.start_time, r.venue, counts.get(r.uuid, 0),
                        r.updated_at) for n, r in enumerate(recs, 1)]


def find_plan(db: Database, ref: str) -> str:
    """The uuid of the plan ``ref`` names: its list number, its uuid or a uuid prefix."""
    ref = ref.strip()
    plans = list_plans(db)
    if ref.isdigit() and len(ref) < 6 and 1 <= int(ref) <= len(plans):
        return plans[int(ref) - 1].uuid
    matches = [p for p in plans if p.uuid.lower().startswith(ref.lower())] if len(ref) >= 4 else []
    if ref.isdigit() and not matches and len(ref) < 6:
        raise NotFound(f"no plan number {ref}; there are {len(plans)} (see 'facilitator plans list')")
    if len(matches) == 1:
        return matches[0].uuid
    if len(matches) > 1:
        raise NotFound(f"'{ref}' matches {len(matches)} plans; type more of the id")
    hint = " (an id prefix needs at least 4 characters)" if 0 < len(ref) < 4 else ""
    raise NotFound(f"no plan '{ref}'{hint}; use a number or id from 'facilitator plans list'")


def duplicate_plan(db: Database, plan_uuid: str, title: str | None = None) -> Plan:
    plan = get_plan(db, plan_uuid)
    if plan is None:
        raise NotFound(f"no plan with id '{plan_uuid}'")
    copy = plan.duplicate(title)
    save_plan(db, copy)
    return copy


def delete_plan(db: Database, plan_uuid: str) -> bool:
    """Delete a plan and its items; its runs and harvest stay (they keep the plan's title)."""
    with db.session() as s:
        result = s.execute(delete(PlanRecord).where(PlanRecord.uuid == plan_uuid))
        return bool(getattr(result, "rowcount", 0))


def plan_exists(db: Database, plan_uuid: str) -> bool:
    with db.session() as s:
        return s.get(PlanRecord, plan_uuid) is not None


# -- templates ("strings") ------------------------------------------------------


def save_template(db: Database, template: Template) -> None:
    with db.session() as s:
        rec = s.get(TemplateRecord, template.uuid)
        if rec is None:
            rec = TemplateRecord(uuid=template.uuid, created_at=utcnow())
            s.add(rec)
        rec.name, rec.description = template.name, template.description
        rec.structure_ids = list(template.structure_ids)
        rec.updated_at = utcnow()


def _template(rec: TemplateRecord) -> Template:
    return Template(name=rec.name, structure_ids=tuple(rec.structure_ids),
                    description=rec.description, uuid=rec.uuid)


def list_templates(db: Database) -> list[Template]:
    with db.session() as s:
        recs = s.scalars(select(TemplateRecord)).all()
        return sorted((_template(r) for r in recs), key=lambda t: (t.name.casefold(), t.uuid))


def get_template(db: Database, template_uuid: str) -> Template | None:
    with db.session() as s:
        rec = s.get(TemplateRecord, template_uuid)
        return None if rec is None else _template(rec)


def delete_template(db: Database, template_uuid: str) -> bool:
    with db.session() as s:
        result = s.execute(delete(TemplateRecord).where(TemplateRecord.uuid == template_uuid))
        return bool(getattr(result, "rowcount", 0))
