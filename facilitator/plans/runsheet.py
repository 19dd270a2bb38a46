"""A plan as the runner needs it: timed steps plus the cue and invitation for each.

Built from the same resolution as schedule.timed_items, so the timer, the
clock times on paper and the presenter's cues always agree.
"""

from __future__ import annotations

from collections.abc import Sequence

from facilitator.plans.model import Plan, StructureSource
from facilitator.plans.resolve import resolve
from facilitator.timing.runsheet import RunItem, StepCue, run_item_from_structure
from facilitator.timing.timeline import TimedItem


def run_items(plan: Plan, library: StructureSource) -> list[RunItem]:
    out = []
    for r in resolve(plan, library):
        if r.structure is not None:
            out.append(run_item_from_structure(r.structure, r.item.invitation or r.structure.invitation,
                                               r.overrides, title=r.title))
        else:
            timed = TimedItem.single(r.title, r.seconds)
            out.append(RunItem(timed, (StepCue(say=r.item.note),), r.item.invitation))
    return out


def run_items_for(timed: Sequence[TimedItem], plan: Plan | None, library: StructureSource) -> list[RunItem]:
    """Cues for a run being resumed: from its plan when the plan still matches the saved timeline."""
    if plan is not None:
        fresh = run_items(plan, library)
        if [r.timed for r in fresh] == list(timed):
            return fresh
    return [RunItem(item, tuple(StepCue() for _ in item.steps)) for item in timed]
