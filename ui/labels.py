"""Translated names for the core's fixed vocabularies (configurations, purpose families).

The core keeps English identifiers; people see these, through Qt's translation.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.structures.model import Configuration
from facilitator.timetext import Words, duration, offset_span

translate = QCoreApplication.translate  # literal calls, so pyside6-lupdate finds every string


def configuration_label(config: Configuration) -> str:
    return {
        Configuration.ALONE: translate("Labels", "Alone"),
        Configuration.PAIRS: translate("Labels", "Pairs"),
        Configuration.TRIOS: translate("Labels", "Trios"),
        Configuration.FOURSOMES: translate("Labels", "Foursomes"),
        Configuration.SMALL_GROUPS: translate("Labels", "Small groups"),
        Configuration.WHOLE_GROUP: translate("Labels", "Whole group"),
    }[config]


def purpose_label(family: str) -> str:
    return {
        "share": translate("Labels", "Share"),
        "reveal": translate("Labels", "Reveal"),
        "analyse": translate("Labels", "Analyse"),
        "help": translate("Labels", "Help"),
        "strategise": translate("Labels", "Strategise"),
        "plan": translate("Labels", "Plan"),
        "decide": translate("Labels", "Decide"),
    }.get(family, family)


def time_words() -> Words:
    """The words of facilitator/timetext.py in the reader's language."""
    return Words(
        minutes=translate("Labels", "%1 min"),
        half=translate("Labels", "%1½ min"),
        hours=translate("Labels", "%1 h"),
        hours_minutes=translate("Labels", "%1 h %2 min"),
        from_start=translate("Labels", "%1–%2 min from start"),
    )


def minutes_label(minutes: float) -> str:
    """A duration: '12 min', never '12:00' (which reads as noon)."""
    return duration(minutes, time_words())


def offset_label(start: float, end: float) -> str:
    """Where a step sits in a structure: '1–3 min from start', never '1:00–3:00' (one o'clock)."""
    return offset_span(start, end, time_words())
