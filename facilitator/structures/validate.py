"""Turn a parsed TOML table into a Structure, collecting every problem on the way.

Each problem names the field path and says what to do, because the person
reading it is editing a text file by hand, not debugging Python.
"""

from __future__ import annotations

import re
from typing import Any

from facilitator.structures.model import (
    CONFIGURATIONS,
    FORMAT_VERSION,
    PURPOSES,
    Configuration,
    Stage,
    Step,
    Structure,
)
from facilitator.structures.problem import Problem

__all__ = ["Problem", "structure_from_table"]

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_TEXT = 20_000

TOP_KEYS = {
    "format", "id", "name", "summary", "purpose", "invitation", "purposes", "people",
    "space", "materials", "steps", "tips", "traps", "variations", "related", "credit", "newer",
}
PEOPLE_KEYS = {"min", "max"}
STEP_KEYS = {
    "title", "minutes", "min_minutes", "max_minutes", "configuration", "say", "notes",
    "repeat", "group_size", "uses", "leftovers", "stages",
}
STAGE_KEYS = {"title", "minutes", "min_minutes", "max_minutes", "say", "notes"}
MAX_STAGES = 12
MAX_REPEAT = 50


class _Checker:
    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []

    def add(self, field: str, message: str) -> None:
        self.problems.append(Problem(self.file, field, message))

    def unknown(self, table: dict[str, Any], allowed: set[str], prefix: str) -> None:
        for key in sorted(set(table) - allowed):
            where = f"{prefix}.{key}" if prefix else key
            near = _closest(key, allowed)
            hint = f" (did you mean '{near}'?)" if near else ""
            self.add(where, f"unknown field{hint}; remove it or fix its spelling")

    def text(self, table: dict[str, Any], key: str, where: str, required: bool = False) -> str:
        value = table.get(key)
        if value is None:
            if required:
                self.add(where, "missing; add it as text in quotes")
            return ""
        if not isinstance(value, str):
            self.add(where, f"expected text in quotes, got {_describe(value)}")
            return ""
        if required and not value.strip():
            self.add(where, "is empty; write a few words")
        if len(value) > MAX_TEXT:
            self.add(where, f"is {len(value)} characters long; keep it under {MAX_TEXT}")
            return value[:MAX_TEXT]
        return value.strip()

    def texts(self, table: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
        value = table.get(key, [])
        if isinstance(value, str):
            return (value.strip(),) if value.strip() else ()
        if not isinstance(value, list):
            self.add(where, f"expected a list of texts like [\"…\", \"…\"], got {_describe(value)}")
            return ()
        out = []
        for i, item in enumerate(value):
            if not isinstance(item, str):
                self.add(f"{where}[{i + 1}]", f"expected text in quotes, got {_describe(item)}")
            elif item.strip():
                out.append(item.strip())
        return tuple(out)

    def minutes(self, table: dict[str, Any], key: str, where: str, required: bool) -> float | None:
        value = table.get(key)
        if value is None:
            if required:
                self.add(where, "missing; give the time box in minutes, e.g. minutes = 5")
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.add(where, f"expected a positive number of minutes, got {_describe(value)}")
            return None
        if not value > 0:
            self.add(where, f"expected a positive number of minutes, got {value}")
            return None
        if value > 24 * 60:
            self.add(where, f"{value} minutes is more than a day; check the number")
            return None
        return float(value)

    def count(self, table: dict[str, Any], key: str, where: str, low: int) -> int | None:
        value = table.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.add(where, f"expected a whole number, got {_describe(value)}")
            return None
        if value < low:
            self.add(where, f"expected a whole number of at least {low}, got {value}")
            return None
        return value


def structure_from_table(data: Any, file: str, source: str = "builtin") -> tuple[Structure | None, list[Problem]]:
    """Build a Structure from a TOML table; returns (None, problems) when it cannot be used."""
    check = _Checker(file)
    if not isinstance(data, dict):
        check.add("", "expected a table of fields at the top of the file")
        return None, check.problems
    if not data:
        check.add("", "the file is empty; start from docs/structure-format.md")
        return None, check.problems
    check.unknown(data, TOP_KEYS, "")

    fmt = data.get("format", FORMAT_VERSION)
    if fmt != FORMAT_VERSION:
        check.add("format", f"this version of Facilitator reads format {FORMAT_VERSION}, the file says {fmt!r}")

    ident = check.text(data, "id", "id", required=True)
    if ident and not ID_PATTERN.match(ident):
        check.add("id", f"'{ident}' is not a valid id; use lower-case letters, digits and dashes, e.g. my-check-in")
    name = check.text(data, "name", "name", required=True)
    purpose = check.text(data, "purpose", "purpose", required=True)
    invitation = check.text(data, "invitation", "invitation", required=True)

    purposes = check.texts(data, "purposes", "purposes")
    if "purposes" not in data:
        check.add("purposes", f"missing; list one or more of: {', '.join(PURPOSES)}")
    elif not purposes:
        check.add("purposes", f"is empty; list one or more of: {', '.join(PURPOSES)}")
    for i, fam in enumerate(purposes):
        if fam not in PURPOSES:
            check.add(f"purposes[{i + 1}]", f"unknown purpose family '{fam}'; use one of: {', '.join(PURPOSES)}")

    min_people = max_people = None
    people = data.get("people", {})
    if not isinstance(people, dict):
        check.add("people", "expected a table like people = { min = 3, max = 12 }")
    else:
        check.unknown(people, PEOPLE_KEYS, "people")
        min_people = check.count(people, "min", "people.min", 1)
        max_people = check.count(people, "max", "people.max", 1)
        if min_people and max_people and max_people < min_people:
            check.add("people.max", f"{max_people} is less than people.min ({min_people})")

    steps = _steps(check, data.get("steps"))
    newer = data.get("newer", False)
    if not isinstance(newer, bool):
        check.add("newer", f"expected true or false, got {_describe(newer)}")
        newer = False
    related = check.texts(data, "related", "related")
    for i, rel in enumerate(related):
        if not ID_PATTERN.match(rel):
            check.add(f"related[{i + 1}]", f"'{rel}' is not a structure id")

    if check.problems:
        return None, check.problems
    return Structure(
        id=ident, name=name, purpose=purpose, invitation=invitation, steps=tuple(steps),
        purposes=purposes, summary=check.text(data, "summary", "summary"),
        min_people=min_people, max_people=max_people,
        space=check.text(data, "space", "space"), materials=check.texts(data, "materials", "materials"),
        tips=check.texts(data, "tips", "tips"), traps=check.texts(data, "traps", "traps"),
        variations=check.texts(data, "variations", "variations"), related=related,
        credit=check.text(data, "credit", "credit"), newer=newer, source=source, path=file,
    ), []


def _steps(check: _Checker, raw: Any) -> list[Step]:
    if raw is None:
        check.add("steps", "missing; add at least one [[steps]] table with a title and minutes")
        return []
    if not isinstance(raw, list) or not raw:
        check.add("steps", "expected one or more [[steps]] tables")
        return []
    steps = []
    for i, table in enumerate(raw):
        where = f"steps[{i + 1}]"
        if not isinstance(table, dict):
            check.add(where, f"expected a [[steps]] table, got {_describe(table)}")
            continue
        before = len(check.problems)
        for key in sorted((set(table) - STEP_KEYS) & TOP_KEYS):
            check.add(f"{where}.{key}", f"'{key}' belongs to the whole structure; move it above the first [[steps]]")
            del table[key]
        check.unknown(table, STEP_KEYS, where)
        title = check.text(table, "title", f"{where}.title", required=True)
        stages = _stages(check, table.get("stages"), where)
        minutes, low, high = _step_times(check, table, where, stages)
        config_raw = table.get("configuration")
        config = Configuration.WHOLE_GROUP
        if config_raw is None:
            check.add(f"{where}.configuration", f"missing; use one of: {', '.join(CONFIGURATIONS)}")
        elif config_raw not in CONFIGURATIONS:
            check.add(f"{where}.configuration", f"unknown configuration {config_raw!r}; use one of: {', '.join(CONFIGURATIONS)}")
        else:
            config = Configuration(config_raw)
        repeat = check.count(table, "repeat", f"{where}.repeat", 1) or 1
        if repeat > MAX_REPEAT:
            check.add(f"{where}.repeat", f"{repeat} rounds is more than a session holds; use at most {MAX_REPEAT}")
        group_size = check.count(table, "group_size", f"{where}.group_size", 2)
        if config is Configuration.SMALL_GROUPS and group_size is None and "group_size" not in table:
            check.add(f"{where}.group_size", "small-groups needs a group_size, e.g. group_size = 6")
        uses = check.text(table, "uses", f"{where}.uses") or None
        if uses and not ID_PATTERN.match(uses):
            check.add(f"{where}.uses", f"'{uses}' is not a structure id")
        if len(check.problems) == before and minutes is not None:
            steps.append(Step(
                title=title, minutes=minutes, configuration=config,
                say=check.text(table, "say", f"{where}.say"), notes=check.text(table, "notes", f"{where}.notes"),
                min_minutes=low, max_minutes=high, repeat=repeat, group_size=group_size, uses=uses,
                leftovers=check.text(table, "leftovers", f"{where}.leftovers"), stages=stages,
            ))
    return steps


def _times(check: _Checker, table: dict[str, Any], where: str) -> tuple[float | None, float | None, float | None]:
    """A time box with its optional official range, each checked against the default."""
    minutes = check.minutes(table, "minutes", f"{where}.minutes", required=True)
    low = check.minutes(table, "min_minutes", f"{where}.min_minutes", required=False)
    high = check.minutes(table, "max_minutes", f"{where}.max_minutes", required=False)
    if minutes is not None and low is not None and low > minutes:
        check.add(f"{where}.min_minutes", f"{low:g} is more than the default minutes ({minutes:g})")
    if minutes is not None and high is not None and high < minutes:
        check.add(f"{where}.max_minutes", f"{high:g} is less than the default minutes ({minutes:g})")
    return minutes, low, high


def _step_times(check: _Checker, table: dict[str, Any], where: str,
                stages: tuple[Stage, ...]) -> tuple[float | None, float | None, float | None]:
    """A plain step's own time box; a step with stages takes its time (and range) from them.

    The stages are the single source: a step-level minutes that disagrees with
    them, or a step-level range, would leave two answers to "how long is it?".
    """
    if "stages" in table and not stages:
        return None, None, None  # the stages' own problems say what is wrong
    if not stages:
        return _times(check, table, where)
    total = sum(stage.minutes for stage in stages)
    given = table.get("minutes")
    if given is not None and (isinstance(given, bool) or not isinstance(given, int | float) or abs(given - total) > 1e-9):
        check.add(f"{where}.minutes", f"is {_describe(given)} but its stages add up to {total:g}; "
                  "leave minutes out, the stages give the time")
    for key in ("min_minutes", "max_minutes"):
        if key in table:
            check.add(f"{where}.{key}", "a step with stages takes its range from them; "
                      f"move {key} to the stages it belongs to")
    low = sum(st.min_minutes if st.min_minutes is not None else st.minutes for st in stages)
    high = sum(st.max_minutes if st.max_minutes is not None else st.minutes for st in stages)
    ranged_low = any(st.min_minutes is not None for st in stages)
    ranged_high = any(st.max_minutes is not None for st in stages)
    return total, low if ranged_low else None, high if ranged_high else None


def _stages(check: _Checker, raw: Any, where: str) -> tuple[Stage, ...]:
    """The timed parts of one run of a step ([[steps.stages]] tables), in order."""
    if raw is None:
        return ()
    if not isinstance(raw, list) or not raw:
        check.add(f"{where}.stages", "expected one or more [[steps.stages]] tables, each with a title and minutes")
        return ()
    if len(raw) > MAX_STAGES:
        check.add(f"{where}.stages", f"has {len(raw)} stages; keep it to {MAX_STAGES} or fewer")
        return ()
    out = []
    for j, table in enumerate(raw):
        at = f"{where}.stages[{j + 1}]"
        if not isinstance(table, dict):
            check.add(at, f"expected a [[steps.stages]] table, got {_describe(table)}")
            continue
        before = len(check.problems)
        for key in sorted(set(table) - STAGE_KEYS):
            if key in STEP_KEYS or key in TOP_KEYS:
                whole, place = ("step", "the step's first [[steps.stages]]") if key in STEP_KEYS else \
                    ("structure", "the first [[steps]]")
                check.add(f"{at}.{key}", f"'{key}' belongs to the whole {whole}; move it above {place}")
                del table[key]
        check.unknown(table, STAGE_KEYS, at)
        title = check.text(table, "title", f"{at}.title", required=True)
        minutes, low, high = _times(check, table, at)
        if len(check.problems) == before and minutes is not None:
            out.append(Stage(title, minutes, check.text(table, "say", f"{at}.say"),
                             check.text(table, "notes", f"{at}.notes"), low, high))
    return tuple(out)


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value[:40]}"' if len(value) <= 40 else f'"{value[:40]}…"'
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    return repr(value)


def _closest(key: str, allowed: set[str]) -> str | None:
    import difflib

    match = difflib.get_close_matches(key, sorted(allowed), n=1, cutoff=0.75)
    return match[0] if match else None
