"""Finding structures: one filter used by both the library window and the CLI."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from facilitator.structures.model import PURPOSES, Configuration, Structure


@dataclass(frozen=True)
class StructureFilter:
    text: str = ""
    purpose: str | None = None
    minutes: float | None = None  # fits in N minutes: shortest total ≤ N
    people: int | None = None  # works for N people
    configuration: Configuration | None = None
    favourites_only: bool = False
    favourites: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        if self.purpose is not None and self.purpose not in PURPOSES:
            raise ValueError(f"unknown purpose family '{self.purpose}'; use one of: {', '.join(PURPOSES)}")

    def matches(self, s: Structure) -> bool:
        if self.purpose and self.purpose not in s.purposes:
            return False
        if self.minutes is not None and s.shortest_minutes > self.minutes + 1e-9:
            return False
        if self.people is not None and not s.fits_people(self.people):
            return False
        if self.configuration and self.configuration not in s.configurations:
            return False
        if self.favourites_only and s.id not in self.favourites:
            return False
        words = fold(self.text).split()
        if words:
            haystack = search_text(s)
            return all(w in haystack for w in words)
        return True

    def apply(self, structures: Iterable[Structure]) -> list[Structure]:
        """Matching structures, name hits first, then alphabetical."""
        words = fold(self.text).split()
        hits = [s for s in structures if self.matches(s)]

        def rank(s: Structure) -> tuple[int, str]:
            in_name = bool(words) and all(w in fold(s.name) for w in words)
            return (0 if in_name or not words else 1, s.name.casefold())

        return sorted(hits, key=rank)


def fold(text: str) -> str:
    """Lower-case and strip accents, so 'cafe' finds 'Café'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=1024)
def search_text(s: Structure) -> str:
    """Everything a person might search for in one structure, folded once."""
    parts = [s.id, s.name, s.summary, s.purpose, s.invitation, s.space, *s.materials,
             *s.tips, *s.traps, *s.variations, *s.purposes]
    for step in s.steps:
        parts += [step.title, step.say, step.notes, step.configuration.value]
    return fold("\n".join(parts))
