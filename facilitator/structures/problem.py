"""A problem found in a structure file (kept apart from validate.py, which a cached library never needs)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one file, in words a facilitator can act on."""

    file: str
    field: str
    message: str

    @property
    def parts(self) -> tuple[str | int, ...]:
        """The field path in parts, so a form can find the field without reading the message:
        "steps[2].minutes" gives ("steps", 2, "minutes"); positions count from 1, as written."""
        return tuple(name if name else int(number) for name, number in _PART.findall(self.field))

    def __str__(self) -> str:
        return f"{self.file}: {self.field}: {self.message}" if self.field else f"{self.file}: {self.message}"
