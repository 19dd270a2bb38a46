"""Translated names for the core's fixed vocabularies (configurations, purpose families).

The core keeps English identifiers; people see these, through Qt's translation.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.structures.model import Configuration


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def configuration_label(config: Configuration) -> str:
    return {
        Configuration.ALONE: _t("Alone"),
        Configuration.PAIRS: _t("Pairs"),
        Configuration.TRIOS: _t("Trios"),
        Configuration.FOURSOMES: _t("Foursomes"),
        Configuration.SMALL_GROUPS: _t("Small groups"),
        Configuration.WHOLE_GROUP: _t("Whole group"),
    }[config]


def purpose_label(family: str) -> str:
    return {
        "share": _t("Share"),
        "reveal": _t("Reveal"),
        "analyse": _t("Analyse"),
        "help": _t("Help"),
        "strategise": _t("Strategise"),
        "plan": _t("Plan"),
        "decide": _t("Decide"),
    }.get(family, family)


def minutes_label(minutes: float) -> str:
    whole = int(minutes)
    if minutes >= 60:
        hours, rest = divmod(whole, 60)
        if rest:
            return _t("%1 h %2 min").replace("%1", str(hours)).replace("%2", str(rest))
        return _t("%1 h").replace("%1", str(hours))
    if abs(minutes - whole - 0.5) < 1e-9:
        return _t("%1½ min").replace("%1", str(whole) if whole else "")
    text = str(whole) if minutes == whole else f"{minutes:g}"
    return _t("%1 min").replace("%1", text)


def clock_label(minutes: float) -> str:
    """Running clock offset: 7:00, 1:12:30."""
    total = round(minutes * 60)
    hours, rest = divmod(total, 3600)
    mins, secs = divmod(rest, 60)
    return f"{hours}:{mins:02d}:{secs:02d}" if hours else f"{mins}:{secs:02d}"
