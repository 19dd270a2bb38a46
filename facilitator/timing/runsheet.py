"""What the runner shows beside the clock: the cue, the invitation, how people sit.

The timing engine only counts seconds; a RunSheet keeps, for every timed
step, the words a novice facilitator needs at that moment, so the presenter
view can say "Say: …" and show the group split without looking anything up.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from facilitator.structures.model import Structure
from facilitator.timing.timeline import TimedItem, timed_item_from_structure


@dataclass(frozen=True)
class StepCue:
    say: str = ""
    notes: str = ""
    leftovers: str = ""
    configuration: str = "whole-group"
    group_size: int | None = None
    uses: str | None = None


@dataclass(frozen=True)
class RunItem:
    timed: TimedItem
    cues: tuple[StepCue, ...]
    invitation: str = ""
    structure_id: str | None = None

    @property
    def title(self) -> str:
        return self.timed.title


def run_item_from_structure(structure: Structure, invitation: str | None = None,
                            minute_overrides: Mapping[int, float] | None = None,
                            title: str | None = None) -> RunItem:
    """One agenda item running a structure, with a cue for every timed step (repeats included)."""
    timed = timed_item_from_structure(structure, minute_overrides, title)
    cues: list[StepCue] = []
    for step in structure.steps:
        cue = StepCue(step.say, step.notes, step.leftovers, step.configuration.value, step.group_size, step.uses)
        cues.extend([cue] * step.repeat)
    return RunItem(timed, tuple(cues), invitation if invitation is not None else structure.invitation, structure.id)


def simple_item(title: str, minutes: float, note: str = "") -> RunItem:
    """A break or a free item (welcome, lunch): one step, whole group."""
    return RunItem(TimedItem.single(title, round(minutes * 60)), (StepCue(say=note),))
