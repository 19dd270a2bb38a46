"""Plans and harvest notes as plain JSON-ready dicts, for `--json` output and other tools.

Kept out of the CLI so the GUI (copy as JSON) and handouts can use the same shape.
"""

from __future__ import annotations

from typing import Any

from facilitator.plans.harvest import HarvestEntry, local_time
from facilitator.plans.model import Plan
from facilitator.plans.repository import PlanSummary
from facilitator.plans.schedule import Schedule


def plan_json(plan: Plan, sched: Schedule) -> dict[str, Any]:
    """The plan with minutes and clock times per item (`plans show --json`)."""
    known = sched.clock_known
    return {
        "uuid": plan.uuid, "title": plan.title,
        "date": plan.date.isoformat() if plan.date else None,
        "start": plan.start.strftime("%H:%M") if plan.start else None,
        "venue": plan.venue, "facilitator": plan.facilitator, "purpose": plan.purpose,
        "available_minutes": plan.available_minutes, "harvest_tags": list(plan.harvest_tags),
        "total_minutes": sched.total_minutes, "over_minutes": sched.over_minutes,
        "end": sched.end.strftime("%H:%M") if known else None,
        "items": [{
            "number": i, "kind": s.item.kind.value, "structure": s.item.structure_id,
            "title": s.resolved.title, "invitation": s.item.invitation, "minutes": s.resolved.minutes,
            "start": s.start.strftime("%H:%M") if known else None,
            "end": s.end.strftime("%H:%M") if known else None,
            "offset_minutes": (s.start - sched.start).total_seconds() / 60,
            "step_minutes": {str(k + 1): v for k, v in sorted(s.item.step_minutes.items())},
            "note": s.item.note, "missing": s.resolved.missing, "warnings": list(s.resolved.warnings),
        } for i, s in enumerate(sched.slots, 1)],
        "warnings": sched.warnings,
    }


def harvest_json(e: HarvestEntry) -> dict[str, Any]:
    """One note (`harvest list --json`); times are the local clock."""
    return {
        "uuid": e.note.uuid, "run": e.run_uuid, "plan": e.plan_title, "plan_uuid": e.plan_uuid,
        "item_index": e.note.item_index, "item": e.note.item_title,
        "step_index": e.note.step_index, "step": e.note.step_title,
        "time": local_time(e.note.created_at).isoformat(timespec="seconds"),
        "tags": list(e.note.tags), "text": e.note.text,
    }


def summary_json(p: PlanSummary) -> dict[str, Any]:
    """One line of `plans list --json`."""
    return {
        "number": p.number, "uuid": p.uuid, "title": p.title,
        "date": p.date.isoformat() if p.date else None,
        "start": p.start.strftime("%H:%M") if p.start else None,
        "venue": p.venue, "items": p.item_count,
    }
