"""Turn the parsed contents of a plan file into a Plan, collecting every problem.

Plan files are written by hand or carried between laptops, so each problem
names the field (``items[3].minutes``) and says how to fix it; nothing here
raises for bad content. Format: docs/plan-format.md.
"""

from __future__ import annotations

import uuid as _uuid

from facilitator.plans.filefields import (
    DAY,
    Checker,
    check_date,
    check_start,
    check_tags,
    describe,
)
from facilitator.plans.model import ItemKind, Plan, PlanItem, new_uuid
from facilitator.structures.validate import Problem

FORMAT_VERSION = 1
MAX_ITEMS = 500
TOP_KEYS = {"format", "uuid", "title", "date", "start", "venue", "facilitator", "purpose",
            "available_minutes", "harvest_tags", "items"}
ITEM_KEYS = {"kind", "structure", "title", "invitation", "minutes", "step_minutes", "note"}


def _step_minutes(check: Checker, value: object, where: str) -> dict[int, float]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        check.add(where, "expected a table of step number = minutes, like { \"2\" = 3 }")
        return {}
    out = {}
    for key, minutes in value.items():
        text = key.strip() if isinstance(key, str) else ""
        number = int(text) if text.isdecimal() and len(text) <= 3 else 0  # not "²" (a digit int() refuses)
        if not 1 <= number <= 100:
            check.add(f"{where}.{key}", "expected a step number from 1 (as 'facilitator structures show' numbers them)")
            continue
        checked = check.minutes(minutes, f"{where}.{key}", allow_zero=False)
        if checked is not None:
            out[number - 1] = checked
    return out


def _item(check: Checker, table: object, where: str) -> PlanItem | None:
    if not isinstance(table, dict):
        check.add(where, f"expected an [[items]] table, got {describe(table)}")
        return None
    check.unknown(table, ITEM_KEYS, f"{where}.")
    raw_kind = table.get("kind", "structure" if "structure" in table else None)
    if not isinstance(raw_kind, str) or raw_kind not in {k.value for k in ItemKind}:  # kind = {} is unhashable
        got = "missing" if raw_kind is None else f"got {describe(raw_kind)}"
        check.add(f"{where}.kind", f"{got}; use kind = \"structure\", \"break\" or \"other\"")
        return None
    kind = ItemKind(raw_kind)
    sid = check.text(table, "structure", f"{where}.structure", required=kind is ItemKind.STRUCTURE)
    if sid and kind is not ItemKind.STRUCTURE:
        check.add(f"{where}.structure", f"a {kind.value} has no structure; remove this line or use kind = \"structure\"")
    minutes = table.get("minutes")
    if minutes is None and kind is not ItemKind.STRUCTURE:
        check.add(f"{where}.minutes", "missing; give the length in minutes, e.g. minutes = 15")
    checked = check.minutes(minutes, f"{where}.minutes") if minutes is not None else None
    steps = _step_minutes(check, table.get("step_minutes"), f"{where}.step_minutes")
    if steps and kind is not ItemKind.STRUCTURE:
        check.add(f"{where}.step_minutes", "only a structure has steps; use minutes for a break or other item")
    return PlanItem(
        kind=kind, title=check.text(table, "title", f"{where}.title", required=kind is not ItemKind.STRUCTURE),
        structure_id=sid or None, invitation=check.text(table, "invitation", f"{where}.invitation"),
        step_minutes=steps, minutes=checked or 0.0, note=check.text(table, "note", f"{where}.note"),
    )


def plan_from_data(data: object, file: str) -> tuple[Plan | None, list[Problem]]:
    """Build a Plan from parsed TOML or JSON; (None, problems) if anything is wrong."""
    check = Checker(file)
    if not isinstance(data, dict) or not data:
        check.add("", "expected the plan's fields (title, items …); start from docs/plan-format.md")
        return None, check.problems
    check.unknown(data, TOP_KEYS, "")
    fmt = data.get("format", FORMAT_VERSION)
    if isinstance(fmt, int) and not isinstance(fmt, bool) and fmt > FORMAT_VERSION:
        check.add("format", f"made by a newer Facilitator (format {fmt}); this one reads format {FORMAT_VERSION}: update the app")
    elif fmt != FORMAT_VERSION:
        check.add("format", f"expected format = {FORMAT_VERSION}, got {describe(fmt)}")
    ident = data.get("uuid")
    if ident is not None and not _is_uuid(ident):
        check.add("uuid", "is not a valid plan id; remove the line and a new id will be made")
    plan = Plan(
        title=check.text(data, "title", "title", required=True), date=check_date(check, data.get("date")),
        start=check_start(check, data.get("start")), venue=check.text(data, "venue", "venue"),
        facilitator=check.text(data, "facilitator", "facilitator"),
        purpose=check.text(data, "purpose", "purpose"),
        available_minutes=_available(check, data.get("available_minutes")),
        uuid=str(ident).lower() if ident is not None and _is_uuid(ident) else new_uuid(),
    )
    tags = check_tags(check, data.get("harvest_tags"))
    if tags is not None:
        plan.harvest_tags = tags
    raw_items = data.get("items", [])
    if not isinstance(raw_items, list):
        check.add("items", "expected [[items]] tables, one per agenda item")
    elif len(raw_items) > MAX_ITEMS:
        check.add("items", f"has {len(raw_items)} items; a plan can have at most {MAX_ITEMS}")
    else:
        for i, table in enumerate(raw_items):
            item = _item(check, table, f"items[{i + 1}]")
            if item is not None:
                plan.items.append(item)
    return (None, check.problems) if check.problems else (plan, [])


def _available(check: Checker, value: object) -> int | None:
    if value is None:
        return None
    number = value if isinstance(value, int | float) and not isinstance(value, bool) else None
    if number is None or not 1 <= number <= DAY or number != int(number):  # range first: 10**400 is an int
        check.add("available_minutes", f"expected whole minutes from 1 to {DAY}, got {describe(value)}")
        return None
    return int(number)


def _is_uuid(value: object) -> bool:
    try:
        return isinstance(value, str) and str(_uuid.UUID(value)) == value.lower()
    except ValueError:
        return False
