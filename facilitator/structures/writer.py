"""Write a Structure back to the TOML format, for custom structures and export."""

from __future__ import annotations

from typing import Any

import tomli_w

from facilitator.structures.model import FORMAT_VERSION, Step, Structure


def structure_to_table(s: Structure) -> dict[str, Any]:
    table: dict[str, Any] = {"format": FORMAT_VERSION, "id": s.id, "name": s.name}
    if s.summary:
        table["summary"] = s.summary
    table["purposes"] = list(s.purposes)
    table["purpose"] = s.purpose
    table["invitation"] = s.invitation
    people = {k: v for k, v in (("min", s.min_people), ("max", s.max_people)) if v is not None}
    if people:
        table["people"] = people
    for key in ("space", "credit"):
        if getattr(s, key):
            table[key] = getattr(s, key)
    for key in ("materials", "tips", "traps", "variations", "related"):
        if getattr(s, key):
            table[key] = list(getattr(s, key))
    if s.newer:
        table["newer"] = True
    table["steps"] = [_step_table(step) for step in s.steps]
    return table


def _step_table(step: Step) -> dict[str, Any]:
    out: dict[str, Any] = {"title": step.title, "minutes": _number(step.minutes)}
    if step.min_minutes is not None:
        out["min_minutes"] = _number(step.min_minutes)
    if step.max_minutes is not None:
        out["max_minutes"] = _number(step.max_minutes)
    out["configuration"] = step.configuration.value
    if step.group_size is not None:
        out["group_size"] = step.group_size
    if step.repeat != 1:
        out["repeat"] = step.repeat
    for key in ("uses", "say", "notes", "leftovers"):
        if getattr(step, key):
            out[key] = getattr(step, key)
    return out


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def dumps(s: Structure) -> str:
    header = f"# {s.name} — a Facilitator structure file (docs/structure-format.md)\n"
    return header + tomli_w.dumps(structure_to_table(s), multiline_strings=True)
