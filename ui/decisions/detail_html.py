"""One decision's whole story as HTML for a QTextBrowser: every bit of user text is escaped.

Oldest first: who met, each version (what changed and why), each round with
every stance, the outcome and its corrections, actions and the review date.
Links: ``proposal:ID`` opens a linked item, ``action:ID`` ticks an action off.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from html import escape

from PySide6.QtCore import QCoreApplication

from facilitator.decisions.round_fold import folds, split_round, stance_counts
from facilitator.decisions.rules import RoundKind
from facilitator.decisions.views import DecisionHistory, PersonRef, RoundView
from ui.decisions import style
from ui.decisions.labels import date_label, outcome_label, round_label, stance_label

translate = QCoreApplication.translate  # literal calls, so pyside6-lupdate finds every string

HEADING = "<p style='font-size:15pt; font-weight:bold; margin-top:14px;'>"  # Qt draws <h3> small whatever the CSS
CSS = ("body { font-size: 13pt; } h2 { font-size: 20pt; }"
       " td { padding: 4px 8px; vertical-align: top; } .muted { color: #333333; }")


def _words() -> dict[str, str]:
    """Fixed words of the history, translated (literal calls, so pyside6-lupdate finds them)."""
    return {
        "versions_of_the_proposal": translate("DecisionDetail", "Versions of the proposal"),
        "why": translate("DecisionDetail", "Why:"),
        "purpose": translate("DecisionDetail", "Purpose:"),
        "actions": translate("DecisionDetail", "Actions"),
        "corrections": translate("DecisionDetail", "Corrections"),
        "revision_1": translate("DecisionDetail", "Revision %1"),
        "notes": translate("DecisionDetail", "Notes"),
        "open_not_decided_yet": translate("DecisionDetail", "open — not decided yet"),
        "rationale": translate("DecisionDetail", "Rationale:"),
        "no_one_has_spoken_yet": translate("DecisionDetail", "No one has spoken yet."),
    }


def _name(person: PersonRef | None) -> str:
    return escape(person.name) if person else "—"


def _badge(text: str, pair: tuple[str, str]) -> str:
    return f'<span style="background-color:{pair[0]}; color:{pair[1]}; font-weight:bold;">&nbsp;{escape(text)}&nbsp;</span>'


def history_html(h: DecisionHistory, today: dt.date | None = None,
                 unfolded: Collection[str] | None = None) -> str:
    """``unfolded``: the ids of rounds opened in full; a long or unanimous round is otherwise one line
    with a ``round:ID`` link (the minutes' rule, facilitator.decisions.round_fold). None: nothing folds."""
    today = today or dt.date.today()
    m = h.meeting
    out = [f"<h2>{escape(h.title)}</h2>",
           f"<p>{escape(m.team)} · {date_label(m.date)}{' · ' + escape(m.venue) if m.venue else ''}<br>"
           + translate("DecisionDetail", "Owner: %1 · Facilitator: %2 · Reporter: %3").replace("%1", _name(h.owner))
           .replace("%2", _name(m.facilitator)).replace("%3", _name(m.reporter)) + "</p>"]
    if h.reopened_from:
        out.append(f'<p>{translate("DecisionDetail", "Reopened for review from an earlier decision:")} '
                   f'<a href="proposal:{escape(h.reopened_from)}">{translate("DecisionDetail", "open the earlier decision")}</a></p>')
    out.append(_current(h, today))
    out.append(f"<h3>{_words()['versions_of_the_proposal']}</h3>")
    for v in h.versions:
        head = translate("DecisionDetail", "Version %1: %2").replace("%1", str(v.number)).replace("%2", escape(v.title))
        if v.what_changed:
            head += " — " + translate("DecisionDetail", "what changed: %1").replace("%1", escape(v.what_changed))
        why = f"<br><i>{_words()['why']}</i> {escape(v.why)}" if v.why else ""
        purpose = f"<br><i>{_words()['purpose']}</i> {escape(v.purpose)}" if v.purpose and v.number == 1 else ""
        out.append(f"<p><b>{head}</b>{why}</p><blockquote style='background-color:#fffbe6;'>"
                   f"{escape(v.text)}{purpose}</blockquote>")
    for r in h.rounds:
        out.append(_round(r, folded=unfolded is not None and r.id not in unfolded and folds(r),
                          foldable=unfolded is not None and folds(r)))
    if h.actions:
        out.append(f"<h3>{_words()['actions']}</h3><ul>")
        for a in h.actions:
            due = date_label(a.due) if a.due else translate("DecisionDetail", "no date")
            state = (translate("DecisionDetail", "done") if a.done else f'<a href="action:{escape(a.id)}">{translate("DecisionDetail", "mark done")}</a>')
            out.append(f"<li>{'✓ ' if a.done else ''}{escape(a.what)} — {_name(a.owner)}, {due} ({state})</li>")
        out.append("</ul>")
    if len(h.revisions) > 1:
        out.append(f"<h3>{_words()['corrections']}</h3><ul>")
        for rev in h.revisions[1:]:
            out.append(f"<li>{_words()['revision_1'].replace('%1', str(rev.number))} ({_name(rev.author)}, "
                       f"{date_label(rev.created_at)}): {escape(outcome_label(rev.outcome))} — "
                       f"{escape(rev.reason)}</li>")
        out.append("</ul>")
    if h.notes:
        out.append(f"<h3>{_words()['notes']}</h3><ul>" + "".join(f"<li>{escape(n.text)}</li>" for n in h.notes) + "</ul>")
    for pid in h.reopened_as:
        out.append(f'<p>{translate("DecisionDetail", "Reopened for review:")} <a href="proposal:{escape(pid)}">{translate("DecisionDetail", "open the review")}</a></p>')
    body = "".join(out).replace("<h3>", HEADING).replace("</h3>", "</p>")
    return f"<html><head><style>{CSS}</style></head><body>{body}</body></html>"


def _current(h: DecisionHistory, today: dt.date) -> str:
    rev = h.current
    if rev is None:
        return f"<p>{_badge(_words()['open_not_decided_yet'], style.TO_COME)}</p>"
    pair = style.CONSENT if rev.outcome.startswith("adopted") else style.OBJECTION
    parts = [_badge(outcome_label(rev.outcome), pair)]
    if rev.review_date:
        review = translate("DecisionDetail", "review on %1").replace("%1", date_label(rev.review_date))
        parts.append(_badge(review + (" — " + translate("DecisionDetail", "overdue") if rev.review_date < today else ""),
                            style.CONCERN if rev.review_date <= today else style.TO_COME))
    rationale = f"<br>{_words()['rationale']} {escape(rev.rationale)}" if rev.rationale else ""
    return f"<p>{' '.join(parts)}{rationale}</p>"


def _round(r: RoundView, folded: bool = False, foldable: bool = False) -> str:
    """A round's heading with its counts, then a row per stance; folded, only the rows of those
    who said something (as in the minutes) and a link that shows everyone."""
    head = translate("DecisionDetail", "Round %1 · %2 · on version %3").replace("%1", str(r.number)).replace(
        "%2", escape(round_label(r.kind))).replace("%3", str(r.version))
    if r.closed_at is None:
        head += " " + translate("DecisionDetail", "(still open)")
    rows = []
    for st in (split_round(r)[0] if folded else r.stances):
        pair = style.STANCE_COLOURS.get(st.value, style.OTHER)
        rows.append(f"<tr><td>{_name(st.person)}</td><td>{_badge(stance_label(st.value, st.preference_not_objection), pair)}"
                    f"</td><td>{escape(st.text)}</td></tr>")
    counts = stance_counts(r)
    if r.kind == RoundKind.DECISION:
        head += " — " + translate("DecisionDetail", "%1 consent, %2 concern, %3 objection").replace(
            "%1", str(counts["consent"])).replace("%2", str(counts["concern"])).replace("%3", str(counts["objection"]))
    elif r.stances:
        head += " — " + translate("DecisionDetail", "%1 input, %2 pass").replace(
            "%1", str(counts["input"])).replace("%2", str(counts["pass"]))
    if foldable:
        link = (translate("DecisionDetail", "show all %1") if folded else translate("DecisionDetail", "show less"))
        head += f' — <a href="round:{escape(r.id)}">{link.replace("%1", str(len(r.stances)))}</a>'
    if rows:
        table = f"<table border='1' cellspacing='0'>{''.join(rows)}</table>"
    else:  # folded with nobody's words: the heading's counts say it all
        table = "" if folded else f"<p>{_words()['no_one_has_spoken_yet']}</p>"
    return f"<h3>{head}</h3>{table}"
