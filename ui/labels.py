"""Translated names for the core's fixed vocabularies (configurations, purpose families).

The core keeps English identifiers; people see these, through Qt's translation.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.structures.model import Configuration

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


def minutes_label(minutes: float) -> str:
    whole = int(minutes)
    if minutes >= 60:
        hours, rest = divmod(whole, 60)
        if rest:
            return translate("Labels", "%1 h %2 min").replace("%1", str(hours)).replace("%2", str(rest))
        return translate("Labels", "%1 h").replace("%1", str(hours))
    if abs(minutes - whole - 0.5) < 1e-9:
        return translate("Labels", "%1½ min").replace("%1", str(whole) if whole else "")
    text = str(whole) if minutes == whole else f"{minutes:g}"
    return translate("Labels", "%1 min").replace("%1", text)


def clock_label(minutes: float) -> str:
    """Running clock offset: 7:00, 1:12:30."""
    total = round(minutes * 60)
    hours, rest = divmod(total, 3600)
    mins, secs = divmod(rest, 60)
    return f"{hours}:{mins:02d}:{secs:02d}" if hours else f"{mins}:{secs:02d}"
