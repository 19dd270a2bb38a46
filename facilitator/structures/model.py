"""The Structure and Step value objects, as a facilitator thinks of them.

Totals are always computed from the steps and never stored, so a file cannot
disagree with itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

FORMAT_VERSION = 1


class Configuration(StrEnum):
    """How people sit for a step."""

    ALONE = "alone"
    PAIRS = "pairs"
    TRIOS = "trios"
    FOURSOMES = "foursomes"
    SMALL_GROUPS = "small-groups"
    WHOLE_GROUP = "whole-group"

    @property
    def label(self) -> str:
        return _CONFIG_LABELS[self]

    @property
    def size(self) -> int | None:
        """Target group size, where the configuration fixes one."""
        return {"alone": 1, "pairs": 2, "trios": 3, "foursomes": 4}.get(self.value)


_CONFIG_LABELS = {
    Configuration.ALONE: "Alone",
    Configuration.PAIRS: "Pairs",
    Configuration.TRIOS: "Trios",
    Configuration.FOURSOMES: "Foursomes",
    Configuration.SMALL_GROUPS: "Small groups",
    Configuration.WHOLE_GROUP: "Whole group",
}

CONFIGURATIONS = tuple(c.value for c in Configuration)

# Purpose families, as the Liberating Structures menu groups them, plus SDMI's "decide".
PURPOSES = ("share", "reveal", "analyse", "help", "strategise", "plan", "decide")


@dataclass(frozen=True)
class Stage:
    """One timed part inside a step, e.g. "Consultants discuss" inside Troika's consulting round.

    A step with stages runs them in order, each with its own countdown and
    chime, once per repeat; the step's own minutes are their sum.
    """

    title: str
    minutes: float
    say: str = ""
    notes: str = ""
    min_minutes: float | None = None
    max_minutes: float | None = None


@dataclass(frozen=True)
class Step:
    title: str
    minutes: float
    configuration: Configuration
    say: str = ""
    notes: str = ""
    min_minutes: float | None = None
    max_minutes: float | None = None
    repeat: int = 1
    group_size: int | None = None
    uses: str | None = None
    leftovers: str = ""
    stages: tuple[Stage, ...] = ()

    @property
    def total_minutes(self) -> float:
        return self.minutes * self.repeat

    def stage_seconds(self, minutes: float | None = None) -> tuple[int, ...]:
        """Whole seconds of each stage for one run lasting ``minutes`` (default: the step's own).

        A plan may give the step another length; the stages keep their
        proportions and always add up to exactly the step's seconds, so the
        plan's clock times and the timer never disagree by a rounding second.
        """
        base = [round(stage.minutes * 60) for stage in self.stages]
        total = round((self.minutes if minutes is None else minutes) * 60)
        whole = sum(base)
        if not base or total == whole:
            return tuple(base)
        exact = [b * total / whole for b in base]
        out = [int(x) for x in exact]
        by_remainder = sorted(range(len(exact)), key=lambda i: out[i] - exact[i])
        for i in by_remainder[: total - sum(out)]:
            out[i] += 1
        return tuple(out)

    @property
    def shortest_minutes(self) -> float:
        low = self.min_minutes if self.min_minutes is not None else self.minutes
        return low * self.repeat

    @property
    def seconds(self) -> int:
        """One run of this step, in whole seconds (the timer's unit)."""
        return round(self.minutes * 60)


@dataclass(frozen=True)
class Structure:
    id: str
    name: str
    purpose: str
    invitation: str
    steps: tuple[Step, ...]
    purposes: tuple[str, ...]
    summary: str = ""
    min_people: int | None = None
    max_people: int | None = None
    space: str = ""
    materials: tuple[str, ...] = ()
    tips: tuple[str, ...] = ()
    traps: tuple[str, ...] = ()
    variations: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    credit: str = ""
    newer: bool = False
    source: str = "builtin"  # "builtin" or "custom"
    path: str | None = field(default=None, compare=False)

    @property
    def total_minutes(self) -> float:
        return sum(step.total_minutes for step in self.steps)

    @property
    def shortest_minutes(self) -> float:
        return sum(step.shortest_minutes for step in self.steps)

    @property
    def configurations(self) -> tuple[Configuration, ...]:
        seen: list[Configuration] = []
        for step in self.steps:
            if step.configuration not in seen:
                seen.append(step.configuration)
        return tuple(seen)

    @property
    def is_custom(self) -> bool:
        return self.source == "custom"

    def fits_people(self, people: int) -> bool:
        if self.min_people is not None and people < self.min_people:
            return False
        return not (self.max_people is not None and people > self.max_people)

    def people_label(self) -> str:
        low, high = self.min_people, self.max_people
        if low is None and high is None:
            return "any number"
        if high is None:
            return f"{low} or more"
        if low is None:
            return f"up to {high}"
        return f"{low}–{high}"


def format_minutes(minutes: float) -> str:
    """'12 min', '1½ min', '1 h 5 min' — how facilitators read a time box (facilitator/timetext.py)."""
    from facilitator.timetext import duration

    return duration(minutes)
