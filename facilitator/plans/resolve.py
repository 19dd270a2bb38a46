"""A plan read against today's library: each item's structure, length and warnings.

All arithmetic is in whole seconds per step, rounded exactly as the timer
rounds them, so the clock times on the plan and the countdowns in the room
never disagree. A missing or changed structure is a warning, never an error:
the plan must still open in the hall.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from facilitator.plans.model import (
    Plan,
    PlanItem,
    StructureSource,
    fingerprint,
    structure_seconds,
)
from facilitator.structures.model import Structure, format_minutes


@dataclass(frozen=True)
class ResolvedItem:
    """An item with its structure looked up, its length worked out, and what is wrong."""

    index: int
    item: PlanItem
    structure: Structure | None
    seconds: int
    overrides: dict[int, float]
    warnings: tuple[str, ...]

    @property
    def minutes(self) -> float:
        return self.seconds / 60

    @property
    def title(self) -> str:
        if self.item.title:
            return self.item.title
        if self.structure is not None:
            return self.structure.name
        return self.item.structure_id or self.item.kind.value.capitalize()

    @property
    def missing(self) -> bool:
        """A structure item whose structure the library no longer has."""
        return self.item.is_structure and self.structure is None


def _item_word(minutes: float) -> str:
    return format_minutes(minutes).replace(" min", "-minute").replace(" h", "-hour")


def _fallback_seconds(minutes: float) -> int:
    return round(minutes * 60) if math.isfinite(minutes) and minutes > 0 else 0


def resolve_item(item: PlanItem, library: StructureSource, index: int = 0) -> ResolvedItem:
    """Look one item up; a missing or changed structure gives a warning, never an error."""
    if not item.is_structure:
        return ResolvedItem(index, item, None, _fallback_seconds(item.minutes), {}, ())
    sid = item.structure_id or ""
    structure = library.get(sid) if sid else None
    if structure is None:
        seconds = _fallback_seconds(item.minutes)
        what = f"structure '{sid}' is no longer in the library" if sid else "no structure chosen"
        fix = "" if seconds else "; give it minutes or choose a structure"
        warning = f"{what}; kept as a {_item_word(seconds / 60)} item{fix}"
        return ResolvedItem(index, item, None, seconds, {}, (warning,))
    warnings: list[str] = []
    overrides: dict[int, float] = {}
    for step_index, minutes in sorted(item.step_minutes.items()):
        if not 0 <= step_index < len(structure.steps):
            warnings.append(
                f"'{structure.name}' has no step {step_index + 1} any more "
                f"(it has {len(structure.steps)}); that time change is ignored")
        elif not math.isfinite(minutes) or minutes < 0:
            warnings.append(f"step {step_index + 1} cannot last {minutes!r} minutes; using the structure's time")
        else:
            overrides[step_index] = minutes
    seconds = structure_seconds(structure, overrides)
    if item.fingerprint and item.fingerprint != fingerprint(structure):
        now = seconds / 60
        was = f" (was {format_minutes(item.minutes)})" if item.minutes and abs(item.minutes - now) > 1e-9 else ""
        warnings.insert(0, (
            f"structure '{structure.name}' has changed since this plan was made; it now has "
            f"{len(structure.steps)} steps and takes {format_minutes(now)}{was}: check the time boxes"))
    return ResolvedItem(index, item, structure, seconds, overrides, tuple(warnings))


def resolve(plan: Plan, library: StructureSource) -> list[ResolvedItem]:
    return [resolve_item(item, library, i) for i, item in enumerate(plan.items)]


def item_minutes(item: PlanItem, library: StructureSource) -> float:
    """Minutes of one item: the structure's steps with overrides and repeats, or its own minutes."""
    return resolve_item(item, library).minutes


def plan_warnings(plan: Plan, library: StructureSource) -> list[str]:
    """Every warning, each prefixed with the item it is about ("3. TRIZ: …")."""
    return [f"{r.index + 1}. {r.title}: {w}" for r in resolve(plan, library) for w in r.warnings]


def refresh(plan: Plan, library: StructureSource) -> None:
    """Accept the library as it is now: remember current fingerprints and minutes.

    Time changes that no longer fit the structure are dropped. ``minutes`` of
    a structure item becomes its length with its time changes: what it is
    kept as if the structure later goes missing.

    Call it when the facilitator has seen the warnings and saves the plan, so
    the same change is not reported for ever. Missing structures are left
    alone; their remembered minutes are all the plan has.
    """
    for item in plan.items:
        structure = library.get(item.structure_id) if item.is_structure and item.structure_id else None
        if structure is not None:
            resolved = resolve_item(item, library)
            item.step_minutes = dict(resolved.overrides)
            item.fingerprint = fingerprint(structure)
            item.minutes = resolved.minutes
