"""The circle during one round: whose turn it is, who has spoken, the live counts.

Pure state for the round screen (no Qt, no SQL). The screen saves each stance
through the repository as it is recorded; after a crash the round is rebuilt
from the saved stances with :meth:`ConsentRound.resume` and carries on.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from facilitator.decisions.rules import (
    DomainError,
    RoundKind,
    Stance,
    StanceValue,
    as_preference,
    make_stance,
)


@dataclass(frozen=True)
class Counts:
    consent: int = 0
    concern: int = 0
    objection: int = 0
    other: int = 0
    to_come: int = 0


class ConsentRound:
    """Walks the circle in seating order; the facilitator may jump to anyone or go back."""

    def __init__(self, people: Sequence[str], kind: RoundKind = RoundKind.DECISION) -> None:
        if not people:
            raise DomainError("a round needs at least one person in the circle")
        if len(set(people)) != len(people):
            raise DomainError("someone is in the circle twice")
        self.people: tuple[str, ...] = tuple(people)
        self.kind = kind
        self.stances: dict[str, Stance] = {}
        self._index = 0

    @classmethod
    def resume(cls, people: Sequence[str], kind: RoundKind, stances: Iterable[Stance]) -> ConsentRound:
        """Rebuild a round from saved stances; the turn goes to the first person still to speak."""
        rnd = cls(people, kind)
        for stance in stances:
            if stance.person in rnd.people:
                rnd.stances[stance.person] = stance
        rnd._index = rnd._next_unspoken(0)
        return rnd

    @property
    def current(self) -> str | None:
        """Whose turn it is; None once everyone has spoken and no one was jumped back to."""
        return None if self._index < 0 else self.people[self._index]

    @property
    def complete(self) -> bool:
        return len(self.stances) == len(self.people)

    @property
    def spoken(self) -> list[str]:
        return [p for p in self.people if p in self.stances]

    @property
    def to_come(self) -> list[str]:
        return [p for p in self.people if p not in self.stances]

    def jump(self, person: str) -> None:
        """Give the turn to anyone in the circle (someone arriving late, or a correction)."""
        if person not in self.people:
            raise DomainError("that person is not in this circle")
        self._index = self.people.index(person)

    def back(self) -> str:
        """Go back one seat (wrapping), to correct the previous stance."""
        start = self._index if self._index >= 0 else 0
        self._index = (start - 1) % len(self.people)
        return self.people[self._index]

    def forward(self) -> str | None:
        """Skip the current person for now; they stay 'to come'."""
        start = self._index if self._index >= 0 else 0
        found = self._next_unspoken(start + 1, skip=self.people[start])
        if found >= 0 or self.complete:
            self._index = found
        return self.current

    def record(self, value: str, text: str = "", preference: bool = False) -> Stance:
        """Record the current person's stance (validated) and pass the turn on."""
        person = self.current
        if person is None:
            raise DomainError("everyone has spoken; jump to a person to change their stance")
        stance = make_stance(self.kind, person, value, text, preference)
        self.stances[person] = stance
        self._index = self._next_unspoken(self._index + 1)
        return stance

    def mark_preference(self, person: str) -> Stance:
        """Turn a recorded objection into a concern: a preference, not an objection."""
        if person not in self.stances:
            raise DomainError("that person has not spoken yet")
        self.stances[person] = as_preference(self.stances[person])
        return self.stances[person]

    def counts(self) -> Counts:
        values = [s.value for s in self.stances.values()]
        return Counts(
            consent=values.count(StanceValue.CONSENT), concern=values.count(StanceValue.CONCERN),
            objection=values.count(StanceValue.OBJECTION),
            other=sum(v in (StanceValue.INPUT, StanceValue.PASS) for v in values),
            to_come=len(self.people) - len(values),
        )

    def argued_objections(self) -> list[Stance]:
        return [s for s in self.stances.values() if s.argued_objection]

    def _next_unspoken(self, start: int, skip: str | None = None) -> int:
        n = len(self.people)
        for step in range(n):
            person = self.people[(start + step) % n]
            if person not in self.stances and person != skip:
                return (start + step) % n
        return -1
