"""How a round is shown in short: whoever said something gets a line, everyone else is counted.

One rule for the printed minutes and the log's detail view, so they never
disagree about what is worth a line: someone's words, an objection, a
concern or a preference. A 40-person round where 38 simply consented reads
as "38 consent" plus the two who had something to say.
"""

from __future__ import annotations

from collections import Counter

from facilitator.decisions.views import RoundView, StanceView

FOLD_AT = 12  # more stances than this: the log's detail view shows the round folded until asked


def said_something(st: StanceView) -> bool:
    """Worth a line of its own: words, an objection, a concern, or a preference ruled on."""
    return bool(st.text.strip()) or st.value in ("objection", "concern") or st.preference_not_objection


def split_round(r: RoundView) -> tuple[list[StanceView], dict[str, list[str]]]:
    """(the stances with something said, in seating order; the rest's names by stance value)."""
    said = [st for st in r.stances if said_something(st)]
    quiet: dict[str, list[str]] = {}
    for st in r.stances:
        if not said_something(st):
            quiet.setdefault(st.value, []).append(st.person.name)
    return said, quiet


def stance_counts(r: RoundView) -> Counter[str]:
    return Counter(st.value for st in r.stances)


def folds(r: RoundView) -> bool:
    """Shown as one line until opened: a long round, or a unanimous one where nobody added a word."""
    if len(r.stances) > FOLD_AT:
        return True
    return len(r.stances) > 1 and len(stance_counts(r)) == 1 and not any(map(said_something, r.stances))
