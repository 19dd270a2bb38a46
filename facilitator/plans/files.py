"""Plan files (TOML or JSON), so a plan prepared on one laptop runs on another.

Reading never raises anything but ``PlanFileError``, whose lines read
``FILE: field.path: message``; importing checks the whole file before it
writes anything, so a bad file changes nothing. Format: docs/plan-format.md.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tomli_w

from facilitator.errors import FacilitatorError
from facilitator.inputs import PLAN_FILE, InputFileError, read_capped, size_label
from facilitator.outputs import write_private
from facilitator.plans.filecheck import FORMAT_VERSION, plan_from_data
from facilitator.plans.model import Plan, StructureSource, new_uuid
from facilitator.plans.resolve import refresh, resolve
from facilitator.store.db import Database
from facilitator.structures.validate import Problem

MAX_FILE_BYTES = PLAN_FILE.limit  # a plan is a few pages; a bigger file is the wrong file
FORMATS = {".toml": "toml", ".json": "json"}


class PlanFileError(FacilitatorError):
    """A plan file that cannot be used; ``problems`` says every reason."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class ImportResult:
    plan: Plan
    warnings: list[Problem]
    replaced: bool  # a plan with the same id was overwritten
    copied: bool  # a plan with the same id exists, so this one got a new id


def file_format(path: Path) -> str:
    """'toml' or 'json', from the file name; ValueError names the choices."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ValueError(f"{path.name}: use a name ending in .toml or .json to choose the format")
    return fmt


def plan_to_dict(plan: Plan, fmt: str = "toml") -> dict[str, Any]:
    """The file form of a plan. Step numbers count from 1, as the structure cards show them."""
    data: dict[str, Any] = {"format": FORMAT_VERSION, "uuid": plan.uuid, "title": plan.title}
    if plan.date is not None:
        data["date"] = plan.date if fmt == "toml" else plan.date.isoformat()
    if plan.start is not None:
        data["start"] = plan.start.strftime("%H:%M:%S" if plan.start.second else "%H:%M")
    data.update(venue=plan.venue, facilitator=plan.facilitator, purpose=plan.purpose)
    if plan.available_minutes is not None:
        data["available_minutes"] = plan.available_minutes
    data["harvest_tags"] = list(plan.harvest_tags)
    items = []
    for item in plan.items:
        row: dict[str, Any] = {"kind": item.kind.value}
        if item.structure_id:
            row["structure"] = item.structure_id
        row["title"] = item.title
        if item.invitation:
            row["invitation"] = item.invitation
        row["minutes"] = _number(item.minutes)
        if item.step_minutes:
            row["step_minutes"] = {str(k + 1): _number(v) for k, v in sorted(item.step_minutes.items())}
        if item.note:
            row["note"] = item.note
        items.append(row)
    data["items"] = items
    return data


def _number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else round(value, 4)


def dumps(plan: Plan, fmt: str) -> str:
    data = plan_to_dict(plan, fmt)
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return tomli_w.dumps(data, multiline_strings=True)


def write_plan_file(plan: Plan, path: Path, library: StructureSource | None = None) -> None:
    """Write a plan file (format from the extension), atomically.

    With ``library``, each structure item's minutes are brought up to date
    first, so the file carries a sensible fallback length to a laptop that
    lacks one of its custom structures.
    """
    fmt = file_format(path)
    if library is not None:
        same_id = plan.uuid
        plan = plan.duplicate(plan.title)  # refresh edits items; leave the caller's plan alone
        plan.uuid = same_id
        refresh(plan, library)
    write_private(path, dumps(plan, fmt).encode("utf-8"))


def parse_plan(raw: bytes, file: str, fmt: str | None = None) -> Plan:
    """Parse and check the bytes of a plan file; raises PlanFileError."""
    def fail(message: str) -> PlanFileError:
        return PlanFileError([Problem(file, "", message)])

    if len(raw) > MAX_FILE_BYTES:
        raise fail(f"is larger than {size_label(MAX_FILE_BYTES)}, too big for a plan file")
    if b"\x00" in raw:
        raise fail("is not a text file (it contains binary data); plan files are TOML or JSON text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise fail(f"is not UTF-8 text (byte {exc.start}); save it as UTF-8") from None
    if not text.strip():
        raise fail("the file is empty; start from the example in docs/plan-format.md")
    fmt = fmt or ("json" if text.lstrip().startswith("{") else "toml")
    try:
        data = json.loads(text) if fmt == "json" else tomllib.loads(text)
    except json.JSONDecodeError as exc:
        raise fail(f"is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}; fix that spot") from None
    except tomllib.TOMLDecodeError as exc:
        raise fail(f"is not valid TOML: {exc}; fix that line (quotes around text, = between key and value)") from None
    except RecursionError:
        raise fail("is nested too deeply to be a plan file") from None
    except ValueError:  # a number with thousands of digits: Python refuses to convert it
        raise fail("has a number too long to be minutes or a date; is this the right file?") from None
    if fmt == "json" and not _is_unicode(data):
        raise fail("has text that is not valid Unicode (a lone \\uD800-style escape); fix or remove it")
    plan, problems = plan_from_data(data, file)
    if plan is None:
        raise PlanFileError(problems)
    return plan


def _is_unicode(data: Any) -> bool:
    """False if JSON escapes made a lone surrogate, which no database or file can store."""
    try:
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def read_plan_file(path: Path, library: StructureSource | None = None) -> tuple[Plan, list[Problem]]:
    """Read and check a plan file; returns the plan and warnings (unknown structures …)."""
    name = path.name
    fmt = FORMATS.get(path.suffix.lower())
    try:
        raw = read_capped(path, PLAN_FILE)
    except InputFileError as exc:
        raise PlanFileError([Problem(name, "", exc.reason)]) from None
    plan = parse_plan(raw, name, fmt)
    return plan, check_against_library(plan, library, name) if library is not None else []


def check_against_library(plan: Plan, library: StructureSource, file: str) -> list[Problem]:
    """Warnings, not errors: a plan from another laptop may use structures this one lacks."""
    warnings = []
    for r in resolve(plan, library):
        where = f"items[{r.index + 1}]"
        if r.missing:
            minutes = f"{r.minutes:g}-minute item" if r.seconds else "0-minute item (add minutes = N to keep its time)"
            warnings.append(Problem(file, f"{where}.structure",
                                    f"no structure '{r.item.structure_id}' in this library; kept as a {minutes}; "
                                    "add its structure file to get its steps"))
            continue
        if r.structure is not None and not r.item.title:
            r.item.title = r.structure.name
        warnings.extend(Problem(file, where, w) for w in r.warnings)
    refresh(plan, library)
    return warnings


def import_plan_file(db: Database, path: Path, library: StructureSource,
                     replace: bool = False) -> ImportResult:
    """Read, check, then save in one transaction: all or nothing.

    A plan whose id is already in the database is saved as a copy with a new
    id, unless ``replace`` is set.
    """
    from facilitator.plans.repository import plan_exists, save_plan

    plan, warnings = read_plan_file(path, library)
    exists = plan_exists(db, plan.uuid)
    if exists and not replace:
        plan.uuid = new_uuid()
    save_plan(db, plan)
    return ImportResult(plan, warnings, replaced=exists and replace, copied=exists and not replace)
