"""Natural order for names people read: "Person 2" before "Person 10", case ignored.

A list of 40 pseudonyms sorted as text puts "Person 10" right after
"Person 1"; a facilitator scanning for someone expects counting order.
"""

from __future__ import annotations

import re

_DIGITS = re.compile(r"(\d+)")


def natural_key(text: str) -> tuple[tuple[int, int | str], ...]:
    """A sort key: runs of digits compare as numbers, the rest as case-folded text."""
    return tuple((0, int(part)) if part.isdecimal() else (1, part.casefold())
                 for part in _DIGITS.split(text.strip()) if part)
