"""Write a Structure back to the TOML format, for custom structures and export."""

from __future__ import annotations

from typing import Any

import tomli_w

from facilitator.structures.model import FORMAT_VERSION, Stage, Step, Structure


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
    out: dict[str, Any] = {"title": step.title}
    if not step.stages:  # a step with stages takes its time from them
        out.update(_times(step))
    out["configuration"] = step.configuration.value
    if step.group_size is not None:
        out["group_size"] = step.group_size
    if step.repeat != 1:
        out["repeat"] = step.repeat
    for key in ("uses", "say", "notes", "leftovers"):
        if getattr(step, key):
            out[key] = getattr(step, key)
    if step.stages:
        out["stages"] = [{"title": st.title, **_times(st), **{k: getattr(st, k) for k in ("say", "notes") if getattr(st, k)}}
                         for st in step.stages]
    return out


def _times(part: Step | Stage) -> dict[str, Any]:
    out: dict[str, Any] = {"minutes": _number(part.minutes)}
    if part.min_minutes is not None:
        out["min_minutes"] = _number(part.min_minutes)
    if part.max_minutes is not None:
        out["max_minutes"] = _number(part.max_minutes)
    return out


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def dumps(s: Structure) -> str:
    header = f"# {s.name} — a Facilitator structure file (docs/structure-format.md)\n"
    return header + tomli_w.dumps(structure_to_table(s), multiline_strings=True)
