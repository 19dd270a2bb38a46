"""What the runner shows beside the clock: the cue, the invitation, how people sit.

The timing engine only counts seconds; a RunSheet keeps, for every timed
step, the words a novice facilitator needs at that moment, so the presenter
view can say "Say: …" and show the group split without looking anything up.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from facilitator.structures.model import Step, Structure
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
        cues.extend(_cues(step) * step.repeat)
    return RunItem(timed, tuple(cues), invitation if invitation is not None else structure.invitation, structure.id)


def _cues(step: Step) -> list[StepCue]:
    """One run's cues: the step's own, or one per stage.

    A stage without words of its own borrows the step's; the step's notes go
    with the first stage of each round, where the facilitator sets it up.
    """
    config, size = step.configuration.value, step.group_size
    if not step.stages:
        return [StepCue(step.say, step.notes, step.leftovers, config, size, step.uses)]
    return [StepCue(stage.say or step.say, stage.notes or (step.notes if i == 0 else ""), step.leftovers,
                    config, size, step.uses)
            for i, stage in enumerate(step.stages)]


def simple_item(title: str, minutes: float, note: str = "") -> RunItem:
    """A break or a free item (welcome, lunch): one step, whole group."""
    return RunItem(TimedItem.single(title, round(minutes * 60)), (StepCue(say=note),))
