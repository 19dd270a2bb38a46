"""What the round screen says, in one place (translated in the RoundScreen context)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.decisions.rules import StanceValue

translate = QCoreApplication.translate  # literal calls, so pyside6-lupdate finds every string


def key_hint(decision: bool) -> str:
    if decision:
        return translate("RoundScreen", "C consent · K consent with a concern · O objection (with its argument) · "
                  "P preference, not an objection · ↑/↓ choose a person · ← back · → skip for now")
    return translate("RoundScreen", "N (or Enter) note what they ask or say · S pass · ↑/↓ choose a person · ← back · → skip for now")


def entry_texts(value: str, name: str) -> tuple[str, str, str]:
    """(prompt, accessible name, placeholder) of the entry box for a concern, an objection or a note."""
    if value == StanceValue.OBJECTION:
        return (translate("RoundScreen", "Objection from %1 — the argument: why would this harm the team's aim, or why can't "
                   "they live with it?").replace("%1", name),
                translate("RoundScreen", "Argument for the objection"), translate("RoundScreen", "The argument, in their words"))
    if value == StanceValue.CONCERN:
        return (translate("RoundScreen", "Consent with a concern from %1 — the concern:").replace("%1", name),
                translate("RoundScreen", "The concern"), translate("RoundScreen", "The concern, to record with the decision"))
    return translate("RoundScreen", "What %1 asks or says:").replace("%1", name), translate("RoundScreen", "Note for this person"), ""


def refusal() -> str:
    return translate("RoundScreen", "Not saved: an objection needs an argument — why would this harm the team's aim, or why "
              "can't they live with it? Without one, record consent (C) or a concern (K), or press Esc.")


def not_saved(reason: str) -> str:
    return translate("RoundScreen", "Not saved: %1").replace("%1", reason)
