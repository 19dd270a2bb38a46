"""Field checks for plan files: one problem per bad value, worded for someone editing the file.

Nothing here raises for bad content; problems are collected so the person
sees every mistake at once, not one per attempt.
"""

from __future__ import annotations

import difflib
import math
import re
from datetime import date, datetime, time
from typing import Any

from facilitator.plans.model import normalise_tag
from facilitator.structures.validate import Problem

MAX_TEXT = 20_000
MAX_TAGS = 30
DAY = 24 * 60
_CLOCK = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$")


def describe(value: object) -> str:
    """How a wrong value reads to someone editing the file: 'a number (12)', 'a list'."""
    if isinstance(value, bool):
        return f"true/false ({str(value).lower()})"
    if isinstance(value, int | float):
        return f"a number ({value})"
    if isinstance(value, str):
        return f"text ({value[:30]!r})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return type(value).__name__


class Checker:
    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []

    def add(self, where: str, message: str) -> None:
        self.problems.append(Problem(self.file, where, message))

    def unknown(self, table: dict[str, Any], allowed: set[str], prefix: str) -> None:
        for key in sorted(set(table) - allowed, key=str):
            near = difflib.get_close_matches(str(key), sorted(allowed), n=1)
            hint = f" (did you mean '{near[0]}'?)" if near else ""
            self.add(f"{prefix}{key}", f"unknown field{hint}; remove it or fix its spelling")

    def text(self, table: dict[str, Any], key: str, where: str, required: bool = False) -> str:
        value = table.get(key)
        if value is None:
            if required:
                self.add(where, "missing; add it as text in quotes")
            return ""
        if not isinstance(value, str):
            self.add(where, f"expected text in quotes, got {describe(value)}")
            return ""
        if required and not value.strip():
            self.add(where, "is empty; write a few words")
        if len(value) > MAX_TEXT:
            self.add(where, f"is {len(value)} characters long; keep it under {MAX_TEXT}")
        return value.strip()

    def minutes(self, value: object, where: str, allow_zero: bool = True) -> float | None:
        number = value if isinstance(value, int | float) and not isinstance(value, bool) else None
        if (number is None or not 0 <= number <= DAY or not math.isfinite(number)
                or (not allow_zero and number == 0)):
            low = "0" if allow_zero else "more than 0"
            self.add(where, f"expected a number of minutes from {low} to {DAY}, got {describe(value)}")
            return None
        return float(number)


def check_date(check: Checker, value: object) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        check.add("date", "give only the day, like date = 2026-03-12 (the time goes in start)")
    elif isinstance(value, date):
        return value
    elif isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    check.add("date", f"expected a day like 2026-03-12, got {describe(value)}")
    return None


def check_start(check: Checker, value: object) -> time | None:
    if value is None:
        return None
    if isinstance(value, time):
        return value.replace(microsecond=0)
    match = _CLOCK.match(value.strip()) if isinstance(value, str) else None
    if match:
        return time(int(match[1]), int(match[2]), int(match[3] or 0))
    check.add("start", f"expected a clock time like \"10:00\" (24-hour), got {describe(value)}")
    return None


def check_tags(check: Checker, value: object) -> tuple[str, ...] | None:
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        check.add("harvest_tags", "expected a list of words in quotes, like [\"idea\", \"action\"]")
        return None
    tags = tuple(dict.fromkeys(normalise_tag(v) for v in value))
    if len(tags) > MAX_TAGS:
        check.add("harvest_tags", f"has {len(tags)} tags; keep it to {MAX_TAGS} or fewer")
    return tags
