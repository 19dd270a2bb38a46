"""Translated words for the core's decision vocabularies (round kinds, stances, outcomes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.decisions.rules import Outcome, RoundKind, StanceValue


def _t(text: str) -> str:
    return QCoreApplication.translate("DecisionLabels", text)


def round_label(kind: str) -> str:
    return {
        RoundKind.OPENING: _t("Opening round"),
        RoundKind.CLARIFYING: _t("Clarifying questions"),
        RoundKind.REACTIONS: _t("Reactions round"),
        RoundKind.DECISION: _t("Decision round"),
    }.get(RoundKind(kind), kind)


def stance_label(value: str, preference: bool = False) -> str:
    if preference:
        return _t("concern (a preference, not an objection)")
    return {
        StanceValue.CONSENT: _t("consent"),
        StanceValue.CONCERN: _t("consent with a concern"),
        StanceValue.OBJECTION: _t("objection"),
        StanceValue.INPUT: _t("input"),
        StanceValue.PASS: _t("pass"),
    }.get(StanceValue(value), value)


def outcome_label(outcome: str | None) -> str:
    if outcome is None:
        return _t("open")
    return {
        Outcome.ADOPTED: _t("adopted"),
        Outcome.ADOPTED_AFTER_AMENDMENT: _t("adopted after amendment"),
        Outcome.DEFERRED: _t("deferred"),
        Outcome.WITHDRAWN: _t("withdrawn"),
        Outcome.NO_CONSENT_PARKED: _t("no consent — parked"),
        Outcome.REFERRED_TO_COACH: _t("referred to the coach"),
    }.get(Outcome(outcome), outcome)


def date_label(value: object) -> str:
    """A date as people read it in the room: 3 Mar 2026."""
    if not hasattr(value, "strftime"):
        return _t("—")
    return f"{value.day} {value.strftime('%b %Y')}"  # type: ignore[attr-defined]
