"""What the round screen says, in one place (translated in the RoundScreen context)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.decisions.rules import StanceValue


def _t(text: str) -> str:
    return QCoreApplication.translate("RoundScreen", text)


def key_hint(decision: bool) -> str:
    if decision:
        return _t("C consent · K consent with a concern · O objection (with its argument) · "
                  "P preference, not an objection · ↑/↓ choose a person · ← back · → skip for now")
    return _t("N (or Enter) note what they ask or say · S pass · ↑/↓ choose a person · ← back · → skip for now")


def entry_texts(value: str, name: str) -> tuple[str, str, str]:
    """(prompt, accessible name, placeholder) of the entry box for a concern, an objection or a note."""
    if value == StanceValue.OBJECTION:
        return (_t("Objection from %1 — the argument: why would this harm the team's aim, or why can't "
                   "they live with it?").replace("%1", name),
                _t("Argument for the objection"), _t("The argument, in their words"))
    if value == StanceValue.CONCERN:
        return (_t("Consent with a concern from %1 — the concern:").replace("%1", name),
                _t("The concern"), _t("The concern, to record with the decision"))
    return _t("What %1 asks or says:").replace("%1", name), _t("Note for this person"), ""


def refusal() -> str:
    return _t("Not saved: an objection needs an argument — why would this harm the team's aim, or why "
              "can't they live with it? Without one, record consent (C) or a concern (K), or press Esc.")


def not_saved(reason: str) -> str:
    return _t("Not saved: %1").replace("%1", reason)
