"""One decision's whole story as HTML for a QTextBrowser: every bit of user text is escaped.

Oldest first: who met, each version (what changed and why), each round with
every stance, the outcome and its corrections, actions and the review date.
Links: ``proposal:ID`` opens a linked item, ``action:ID`` ticks an action off.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication

from facilitator.decisions.rules import RoundKind
from facilitator.decisions.views import DecisionHistory, PersonRef, RoundView
from ui.decisions import style
from ui.decisions.labels import date_label, outcome_label, round_label, stance_label

HEADING = "<p style='font-size:15pt; font-weight:bold; margin-top:14px;'>"  # Qt draws <h3> small whatever the CSS
CSS = ("body { font-size: 13pt; } h2 { font-size: 20pt; }"
       " td { padding: 4px 8px; vertical-align: top; } .muted { color: #333333; }")


def _t(text: str) -> str:
    return QCoreApplication.translate("DecisionDetail", text)


def _name(person: PersonRef | None) -> str:
    return escape(person.name) if person else "—"


def _badge(text: str, pair: tuple[str, str]) -> str:
    return f'<span style="background-color:{pair[0]}; color:{pair[1]}; font-weight:bold;">&nbsp;{escape(text)}&nbsp;</span>'


def history_html(h: DecisionHistory, today: dt.date | None = None) -> str:
    today = today or dt.date.today()
    m = h.meeting
    out = [f"<h2>{escape(h.title)}</h2>",
           f"<p>{escape(m.team)} · {date_label(m.date)}{' · ' + escape(m.venue) if m.venue else ''}<br>"
           + _t("Owner: %1 · Facilitator: %2 · Reporter: %3").replace("%1", _name(h.owner))
           .replace("%2", _name(m.facilitator)).replace("%3", _name(m.reporter)) + "</p>"]
    if h.reopened_from:
        out.append(f'<p>{_t("Reopened for review from an earlier decision:")} '
                   f'<a href="proposal:{escape(h.reopened_from)}">{_t("open the earlier decision")}</a></p>')
    out.append(_current(h, today))
    out.append(f"<h3>{_t('Versions of the proposal')}</h3>")
    for v in h.versions:
        head = _t("Version %1").replace("%1", str(v.number))
        if v.what_changed:
            head += " — " + _t("what changed: %1").replace("%1", escape(v.what_changed))
        why = f"<br><i>{_t('Why:')}</i> {escape(v.why)}" if v.why else ""
        purpose = f"<br><i>{_t('Purpose:')}</i> {escape(v.purpose)}" if v.purpose and v.number == 1 else ""
        out.append(f"<p><b>{head}</b>{why}</p><blockquote style='background-color:#fffbe6;'>"
                   f"{escape(v.text)}{purpose}</blockquote>")
    for r in h.rounds:
        out.append(_round(r))
    if h.actions:
        out.append(f"<h3>{_t('Actions')}</h3><ul>")
        for a in h.actions:
            due = date_label(a.due) if a.due else _t("no date")
            state = (_t("done") if a.done else f'<a href="action:{escape(a.id)}">{_t("mark done")}</a>')
            out.append(f"<li>{'✓ ' if a.done else ''}{escape(a.what)} — {_name(a.owner)}, {due} ({state})</li>")
        out.append("</ul>")
    if len(h.revisions) > 1:
        out.append(f"<h3>{_t('Corrections')}</h3><ul>")
        for rev in h.revisions[1:]:
            out.append(f"<li>{_t('Revision %1').replace('%1', str(rev.number))} ({_name(rev.author)}, "
                       f"{date_label(rev.created_at)}): {escape(outcome_label(rev.outcome))} — "
                       f"{escape(rev.reason)}</li>")
        out.append("</ul>")
    if h.notes:
        out.append(f"<h3>{_t('Notes')}</h3><ul>" + "".join(f"<li>{escape(n.text)}</li>" for n in h.notes) + "</ul>")
    for pid in h.reopened_as:
        out.append(f'<p>{_t("Reopened for review:")} <a href="proposal:{escape(pid)}">{_t("open the review")}</a></p>')
    body = "".join(out).replace("<h3>", HEADING).replace("</h3>", "</p>")
    return f"<html><head><style>{CSS}</style></head><body>{body}</body></html>"


def _current(h: DecisionHistory, today: dt.date) -> str:
    rev = h.current
    if rev is None:
        return f"<p>{_badge(_t('open — not decided yet'), style.TO_COME)}</p>"
    pair = style.CONSENT if rev.outcome.startswith("adopted") else style.OBJECTION
    parts = [_badge(outcome_label(rev.outcome), pair)]
    if rev.review_date:
        review = _t("review on %1").replace("%1", date_label(rev.review_date))
        parts.append(_badge(review + (" — " + _t("overdue") if rev.review_date < today else ""),
                            style.CONCERN if rev.review_date <= today else style.TO_COME))
    rationale = f"<br>{_t('Rationale:')} {escape(rev.rationale)}" if rev.rationale else ""
    return f"<p>{' '.join(parts)}{rationale}</p>"


def _round(r: RoundView) -> str:
    head = _t("Round %1 · %2 · on version %3").replace("%1", str(r.number)).replace(
        "%2", escape(round_label(r.kind))).replace("%3", str(r.version))
    if r.closed_at is None:
        head += " " + _t("(still open)")
    rows = []
    for st in r.stances:
        pair = style.STANCE_COLOURS.get(st.value, style.OTHER)
        rows.append(f"<tr><td>{_name(st.person)}</td><td>{_badge(stance_label(st.value, st.preference_not_objection), pair)}"
                    f"</td><td>{escape(st.text)}</td></tr>")
    if r.kind == RoundKind.DECISION:
        counts = {v: sum(st.value == v for st in r.stances) for v in ("consent", "concern", "objection")}
        head += " — " + _t("%1 consent, %2 concern, %3 objection").replace("%1", str(counts["consent"])).replace(
            "%2", str(counts["concern"])).replace("%3", str(counts["objection"]))
    table = f"<table border='1' cellspacing='0'>{''.join(rows)}</table>" if rows else f"<p>{_t('No one has spoken yet.')}</p>"
    return f"<h3>{head}</h3>{table}"
