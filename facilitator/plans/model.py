"""Session plans as the facilitator writes them: plain dataclasses, no storage, no Qt.

A plan refers to structures by id and keeps a little of what it last saw
(minutes and a fingerprint of the steps), so that when a custom structure is
later changed or deleted the plan still opens and can say what changed.
"""

from __future__ import annotations

import hashlib
import uuid as _uuid
from dataclasses import dataclass, field, replace
from datetime import date, time
from enum import StrEnum
from typing import Protocol

from facilitator.structures.model import Structure

DEFAULT_HARVEST_TAGS: tuple[str, ...] = ("strength", "need", "barrier", "idea", "action")


class StructureSource(Protocol):
    """What plans need from the library: look a structure up by id (a Library does)."""

    def get(self, ident: str) -> Structure | None: ...


def new_uuid() -> str:
    """Stable ids, so a plan carried to another laptop is recognised as the same plan."""
    return str(_uuid.uuid4())


class ItemKind(StrEnum):
    STRUCTURE = "structure"
    BREAK = "break"
    OTHER = "other"  # welcome, lunch, a speaker: anything with a time box but no steps


@dataclass
class PlanItem:
    """One line of the agenda.

    ``step_minutes`` maps a step index of the structure (from 0) to the
    minutes of *one run* of that step, so a repeated step keeps its repeats.
    ``minutes`` is the length of a break or other item; for a structure it is
    its length (time changes included) when last seen in the library, the
    fallback if the structure goes missing. ``fingerprint`` is what the structure's steps looked like then.
    """

    kind: ItemKind
    title: str = ""
    structure_id: str | None = None
    invitation: str = ""
    step_minutes: dict[int, float] = field(default_factory=dict)
    minutes: float = 0.0
    note: str = ""
    fingerprint: str = ""
    uuid: str = field(default_factory=new_uuid)

    @classmethod
    def for_structure(cls, structure: Structure, invitation: str = "", note: str = "") -> PlanItem:
        """An item for a structure, remembering what it looks like today."""
        return cls(
            kind=ItemKind.STRUCTURE, title=structure.name, structure_id=structure.id,
            invitation=invitation, minutes=structure_seconds(structure) / 60,
            note=note, fingerprint=fingerprint(structure),
        )

    @classmethod
    def break_(cls, minutes: float, title: str = "Break", note: str = "") -> PlanItem:
        """A break (the underscore because ``break`` is a Python keyword)."""
        return cls(kind=ItemKind.BREAK, title=title, minutes=minutes, note=note)

    @classmethod
    def other(cls, title: str, minutes: float, note: str = "") -> PlanItem:
        return cls(kind=ItemKind.OTHER, title=title, minutes=minutes, note=note)

    @property
    def is_structure(self) -> bool:
        return self.kind is ItemKind.STRUCTURE

    def copy(self) -> PlanItem:
        """The same item under a new id (duplicating an item or a plan)."""
        return replace(self, step_minutes=dict(self.step_minutes), uuid=new_uuid())


@dataclass
class Plan:
    """A session: when and where, why, and the ordered agenda."""

    title: str
    date: date | None = None
    start: time | None = None
    venue: str = ""
    facilitator: str = ""
    purpose: str = ""
    available_minutes: int | None = None
    items: list[PlanItem] = field(default_factory=list)
    harvest_tags: tuple[str, ...] = DEFAULT_HARVEST_TAGS
    uuid: str = field(default_factory=new_uuid)

    def duplicate(self, title: str | None = None) -> Plan:
        """A copy with new ids throughout, so both can be edited apart."""
        return replace(
            self, title=title if title is not None else f"{self.title} (copy)",
            items=[item.copy() for item in self.items], uuid=new_uuid(),
        )


@dataclass
class Template:
    """A "string": a reusable sequence of structures, saved by name."""

    name: str
    structure_ids: tuple[str, ...]
    description: str = ""
    uuid: str = field(default_factory=new_uuid)


def template_from_plan(plan: Plan, name: str, description: str = "") -> Template:
    """The structures of a plan, in order, as a template (breaks and other items left out)."""
    ids = tuple(i.structure_id for i in plan.items if i.is_structure and i.structure_id)
    return Template(name=name, structure_ids=ids, description=description)


def apply_template(
    plan: Plan, template: Template, library: StructureSource, position: int | None = None
) -> list[str]:
    """Insert the template's structures into the plan; returns a warning per missing id.

    Missing structures are skipped rather than added as empty items: a
    template is a suggestion, and a placeholder nobody asked for is clutter.
    """
    added: list[PlanItem] = []
    warnings: list[str] = []
    for sid in template.structure_ids:
        structure = library.get(sid)
        if structure is None:
            warnings.append(f"template '{template.name}': structure '{sid}' is not in the library; skipped")
        else:
            added.append(PlanItem.for_structure(structure))
    at = len(plan.items) if position is None else max(0, min(position, len(plan.items)))
    plan.items[at:at] = added
    return warnings


def step_seconds(structure: Structure, overrides: dict[int, float] | None = None) -> list[int]:
    """Seconds of every step of a structure, repeats included, as the timer will count them."""
    overrides = overrides or {}
    out = []
    for index, step in enumerate(structure.steps):
        one = round(overrides.get(index, step.minutes) * 60)
        out.append(one * step.repeat)
    return out


def structure_seconds(structure: Structure, overrides: dict[int, float] | None = None) -> int:
    return sum(step_seconds(structure, overrides))


def fingerprint(structure: Structure) -> str:
    """A short digest of what a plan depends on: step titles, minutes and repeats."""
    text = "|".join(f"{s.title}\x1f{s.minutes:g}\x1f{s.repeat}" for s in structure.steps)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def normalise_tag(tag: str) -> str:
    """Tags compare without case or surrounding space: 'Idea ' and 'idea' are one tag."""
    return " ".join(tag.split()).casefold()
