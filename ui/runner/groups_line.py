"""The group split shown next to the cue, for the head count in the room."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.groups import describe_split, split
from facilitator.timing.runsheet import StepCue

translate = QCoreApplication.translate  # literal calls, so pyside6-lupdate finds every string


def group_line(head_count: int, cue: StepCue) -> str:
    if head_count <= 0:
        return translate("Groups", "Enter the head count to see how to split the room.")
    if cue.configuration == "alone":
        return translate("Groups", "Everyone on their own: %1 people.").replace("%1", str(head_count))
    if cue.configuration == "whole-group":
        return translate("Groups", "Everyone together: %1 people.").replace("%1", str(head_count))
    try:
        text = describe_split(split(head_count, cue.configuration, cue.group_size), cue.configuration)
    except ValueError as exc:
        return str(exc)
    line = translate("Groups", "%1 people → %2.").replace("%1", str(head_count)).replace("%2", text)
    if cue.leftovers:
        line += " " + translate("Groups", "Leftovers: %1").replace("%1", cue.leftovers)
    return line
