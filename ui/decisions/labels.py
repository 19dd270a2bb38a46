"""Translated words for the core's decision vocabularies (round kinds, stances, outcomes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.decisions.rules import Outcome, RoundKind, StanceValue

translate = QCoreApplication.translate  # literal calls, so pyside6-lupdate finds every string


def round_label(kind: str) -> str:
    return {
        RoundKind.OPENING: translate("DecisionLabels", "Opening round"),
        RoundKind.CLARIFYING: translate("DecisionLabels", "Clarifying questions"),
        RoundKind.REACTIONS: translate("DecisionLabels", "Reactions round"),
        RoundKind.DECISION: translate("DecisionLabels", "Decision round"),
    }.get(RoundKind(kind), kind)


def stance_label(value: str, preference: bool = False) -> str:
    if preference:
        return translate("DecisionLabels", "concern (a preference, not an objection)")
    return {
        StanceValue.CONSENT: translate("DecisionLabels", "consent"),
        StanceValue.CONCERN: translate("DecisionLabels", "consent with a concern"),
        StanceValue.OBJECTION: translate("DecisionLabels", "objection"),
        StanceValue.INPUT: translate("DecisionLabels", "input"),
        StanceValue.PASS: translate("DecisionLabels", "pass"),
    }.get(StanceValue(value), value)


def outcome_label(outcome: str | None) -> str:
    if outcome is None:
        return translate("DecisionLabels", "open")
    return {
        Outcome.ADOPTED: translate("DecisionLabels", "adopted"),
        Outcome.ADOPTED_AFTER_AMENDMENT: translate("DecisionLabels", "adopted after amendment"),
        Outcome.DEFERRED: translate("DecisionLabels", "deferred"),
        Outcome.WITHDRAWN: translate("DecisionLabels", "withdrawn"),
        Outcome.NO_CONSENT_PARKED: translate("DecisionLabels", "no consent — parked"),
        Outcome.REFERRED_TO_COACH: translate("DecisionLabels", "referred to the coach"),
    }.get(Outcome(outcome), outcome)


def date_label(value: object) -> str:
    """A date as people read it in the room: 3 Mar 2026."""
    if not hasattr(value, "strftime"):
        return translate("DecisionLabels", "—")
    return f"{value.day} {value.strftime('%b %Y')}"  # type: ignore[attr-defined]
