"""Decision minutes: one meeting, or one decision, from the SDMI log — to send to the team.

Who was there; notices and other business; each proposal with its versions
(what changed and why); each round with everyone's stance, the arguments of
objections and the concerns; the outcome and its corrections; actions (who,
what, by when); the review date.

The renderer works on ``MeetingMinutes``, plain frozen data from the decisions
module (``DecisionHistory``, ``MeetingView``, ``NoteView``); it never opens the
database. ``facilitator.decisions.history.meeting_minutes`` and ``decision_minutes``
read one.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from typing import IO, Any

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Table

from facilitator.decisions.round_fold import split_round, stance_counts
from facilitator.decisions.views import (
    ActionView,
    DecisionHistory,
    MeetingMinutes,
    PersonRef,
    RoundView,
    StanceView,
)
from facilitator.render import fonts
from facilitator.render.card import facts_grid
from facilitator.render.document import build, frame_size, today_label
from facilitator.render.pack import long_date
from facilitator.render.parts import bullets, gap, grid, header_band, para
from facilitator.render.style import (
    FAINT,
    MUTED,
    NEUTRAL,
    PAPER_TINT,
    Options,
    Styles,
    purpose_colour,
    stylesheet,
    text,
    tint,
)

__all__ = ["MeetingMinutes", "minutes_flowables", "render_minutes"]


# -- words and colours ------------------------------------------------------------------

OUTCOMES: dict[str, tuple[str, colors.Color]] = {
    "adopted": ("Adopted", purpose_colour("plan")),
    "adopted_after_amendment": ("Adopted after amendment", purpose_colour("plan")),
    "deferred": ("Deferred", purpose_colour("strategise")),
    "withdrawn": ("Withdrawn", NEUTRAL),
    "no_consent_parked": ("No consent: parked", purpose_colour("help")),
    "referred_to_coach": ("Referred to the coach", purpose_colour("reveal")),
}
ROUNDS = {"opening": "Opening round", "clarifying": "Clarifying questions",
          "reactions": "Reactions", "decision": "Decision round"}
STANCES: dict[str, tuple[str, colors.Color]] = {
    "consent": ("Consent", purpose_colour("plan")),
    "concern": ("Consent with a concern", purpose_colour("strategise")),
    "objection": ("Objection", purpose_colour("help")),
    "input": ("Input", NEUTRAL),
    "pass": ("Pass", MUTED),
}


def outcome_label(outcome: str | None) -> str:
    if outcome is None:
        return "Open: no decision yet"
    return OUTCOMES.get(outcome, (outcome.replace("_", " ").capitalize(), NEUTRAL))[0]


def outcome_colour(outcome: str | None) -> colors.Color:
    return OUTCOMES.get(outcome or "", ("", NEUTRAL))[1]


def _name(person: PersonRef | None) -> str:
    return person.name if person else "—"


def _day(day: dt.date | None) -> str:
    return today_label(day) if day else "—"


def _hex(colour: colors.Color) -> str:
    return f"#{colour.hexval()[2:]}"


# -- flowables ----------------------------------------------------------------------------


def _chip(label: str, colour: colors.Color, s: Styles) -> Table:
    size = s.tag.fontSize
    return grid([[Paragraph(text(label), s.tag)]],
                [fonts.string_width(label, size, fonts.BOLD) + 2.2 * size],
                [("BACKGROUND", (0, 0), (-1, -1), colour), ("LEFTPADDING", (0, 0), (-1, -1), 1.1 * size),
                 ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), size * 0.25),
                 ("BOTTOMPADDING", (0, 0), (-1, -1), size * 0.4)])


def _facts(m: MeetingMinutes, s: Styles, width: float) -> Table:
    mv = m.meeting
    facts = [("Team", mv.team), ("Date", long_date(mv.date))]
    if mv.venue:
        facts.append(("Venue", mv.venue))
    facts += [("Facilitator", _name(mv.facilitator)), ("Reporter", _name(mv.reporter))]
    names = ", ".join(p.name for p in mv.attendees) or "—"
    facts.append((f"Present ({len(mv.attendees)})", names))
    return facts_grid(facts, s, width)


def overview_table(m: MeetingMinutes, s: Styles, width: float) -> Table:
    """Each item on one line: number, title (owner), outcome, review date."""
    pad = 6.0
    rows: list[list[Any]] = [[Paragraph(h, s.cell_head) for h in ("#", "ITEM", "OUTCOME", "REVIEW")]]
    for n, h in enumerate(m.items, 1):
        owner = f"<br/><font size=\"{s.small.fontSize}\" color=\"{_hex(MUTED)}\">brought by {text(_name(h.owner))}</font>" if h.owner else ""
        rows.append([Paragraph(str(n), s.cell), Paragraph(f"<b>{text(h.title)}</b>{owner}", s.cell),
                     Paragraph(f"<font color=\"{_hex(outcome_colour(h.outcome))}\"><b>{text(outcome_label(h.outcome))}</b></font>", s.cell),
                     Paragraph(text(_day(h.current.review_date if h.current else None)), s.cell)])
    number_w = fonts.string_width(str(len(m.items)), s.cell.fontSize) + 2 * pad + 2
    review_w = fonts.string_width("30 September 2026", s.cell.fontSize) + 2 * pad + 1
    outcome_w = min(width * 0.3, fonts.string_width("Adopted after amendment", s.cell.fontSize, fonts.BOLD) + 2 * pad + 1)
    if width - number_w - review_w - outcome_w < width * 0.35:  # large print: wrap the dates instead
        review_w = outcome_w = (width * 0.65 - number_w) / 2
    return grid(rows, [number_w, width - number_w - review_w - outcome_w, outcome_w, review_w], [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("LINEBELOW", (0, 0), (-1, 0), 1.2, NEUTRAL), ("LINEBELOW", (0, 1), (-1, -1), 0.5, FAINT),
    ], repeatRows=1)


def actions_table(actions: Sequence[tuple[ActionView, str]], s: Styles, width: float) -> Table:
    """Who, what, by when, done; ``str`` is the item the action comes from ('' inside an item)."""
    pad = 6.0
    with_item = any(item for _, item in actions)
    head = ["WHO", "WHAT", "BY WHEN", "DONE"]
    rows: list[list[Any]] = [[Paragraph(h, s.cell_head) for h in head]]
    for a, item in actions:
        what = text(a.what) + (f"<br/><font size=\"{s.small.fontSize}\" color=\"{_hex(MUTED)}\">{text(item)}</font>"
                               if with_item and item else "")
        rows.append([Paragraph(f"<b>{text(_name(a.owner))}</b>", s.cell), Paragraph(what, s.cell),
                     Paragraph(text(_day(a.due)), s.cell), Paragraph("✓" if a.done else "☐", s.cell)])
    who_w = min(width * 0.25, max([fonts.string_width(_name(a.owner), s.cell.fontSize, fonts.BOLD)
                                    for a, _ in actions] + [40]) + 2 * pad + 1)
    due_w = min(width * 0.22, fonts.string_width("30 September 2026", s.cell.fontSize) + 2 * pad + 1)
    done_w = fonts.string_width("DONE", s.cell_head.fontSize, fonts.BOLD) + 2 * pad + 2
    return grid(rows, [who_w, width - who_w - due_w - done_w, due_w, done_w], [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("LINEBELOW", (0, 0), (-1, 0), 1.2, NEUTRAL), ("LINEBELOW", (0, 1), (-1, -1), 0.5, FAINT),
        ("ALIGN", (3, 0), (3, -1), "CENTER"),
    ], repeatRows=1)


def _versions(h: DecisionHistory, s: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = []
    last = len(h.versions)
    for v in h.versions:
        label = f"Version {v.number}" + (" · as decided" if v.number == last and h.outcome and last > 1 else "")
        cell: list[Flowable] = [Paragraph(text(label).upper(), s.label)]
        if last > 1:  # each version under its own title (an amendment may rename the proposal)
            cell.append(Paragraph(f"<b>{text(v.title)}</b>", s.body))
        cell.append(para(v.text, s.body))
        if v.purpose and (v.number == 1 or v.purpose != h.versions[0].purpose):
            cell.append(Paragraph(f"<b>Purpose:</b> {text(v.purpose)}", s.note))
        if v.what_changed:
            cell.append(Paragraph(f"<b>What changed:</b> {text(v.what_changed)}", s.note))
        if v.why:
            cell.append(Paragraph(f"<b>Why:</b> {text(v.why)}", s.note))
        story.append(grid([[cell]], [width], [
            ("LINEBEFORE", (0, 0), (0, -1), 2, FAINT if v.number < last else NEUTRAL),
            ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        story.append(gap(s, 0.4))
    return story


def _counts(r: RoundView) -> str:
    order = ("consent", "concern", "objection") if r.kind == "decision" else ("input", "pass")
    words = {"consent": ("consent", "consent"), "concern": ("concern", "concerns"),
             "objection": ("objection", "objections"), "input": ("input", "inputs"),
             "pass": ("pass", "passes")}
    parts = []
    counts = stance_counts(r)
    for value in order:
        n = counts[value]
        if n or r.kind == "decision":
            parts.append(f"{n} {words[value][0 if n == 1 else 1]}")
    return " · ".join(parts) or "no stances recorded"


def _stance_label(st: StanceView) -> str:
    label, colour = STANCES.get(st.value, (st.value.capitalize(), NEUTRAL))
    return f"<font color=\"{_hex(colour)}\"><b>{text(label)}</b></font>"


LONG_WORDS = 1500  # characters; longer arguments flow as paragraphs below the table, not inside a cell


def _stance_table(stances: Sequence[StanceView], s: Styles, width: float) -> Table:
    pad = 6.0
    labels = [STANCES.get(st.value, (st.value.capitalize(), NEUTRAL))[0] for st in stances]
    name_w = min(width * 0.28, max(fonts.string_width(st.person.name, s.cell.fontSize, fonts.BOLD)
                                   for st in stances) + 2 * pad + 1)
    stance_w = min(width * 0.26, max(fonts.string_width(x, s.cell.fontSize, fonts.BOLD) for x in labels) + 2 * pad + 1)
    rows: list[list[Any]] = []
    cmds: list[Any] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, FAINT),
    ]
    for i, st in enumerate(stances):
        long = len(st.text) > LONG_WORDS
        words: list[Flowable] = []
        if st.text.strip():
            words.append(Paragraph("(in full below)", s.note) if long else para(st.text.strip(), s.cell))
        if st.preference_not_objection:
            words.append(Paragraph("Raised as an objection; recorded as a preference, not an objection.", s.note))
        rows.append([Paragraph(f"<b>{text(st.person.name)}</b>", s.cell), Paragraph(_stance_label(st), s.cell),
                     words or Paragraph("", s.cell)])
        if st.value == "objection":
            cmds.append(("BACKGROUND", (0, i), (-1, i), tint(STANCES["objection"][1], 0.92)))
    return grid(rows, [name_w, stance_w, width - name_w - stance_w], cmds)


def round_flowables(r: RoundView, s: Styles, width: float) -> list[Flowable]:
    """A round: its counts; everyone who said something, with their words; the rest by name."""
    head = Paragraph(f"Round {r.number} · {text(ROUNDS.get(r.kind, r.kind.capitalize()))} "
                     f"<font size=\"{s.small.fontSize}\" color=\"{_hex(MUTED)}\">on version {r.version} · "
                     f"{text(_counts(r))}</font>", s.h3)
    said, groups = split_round(r)  # the same rule folds a round in the log's detail view
    story: list[Flowable] = []
    if said:
        table = _stance_table(said, s, width)
        story += [KeepTogether([head, table])] if len(said) <= 3 else [head, table]
        indent = s.body.clone("long_argument", leftIndent=s.body_size * 1.2)
        for st in said:
            if len(st.text) > LONG_WORDS:
                story += [Paragraph(f"<b>{text(st.person.name)}</b> · {_stance_label(st)}", s.cell.clone("long_head", spaceBefore=6)),
                          *(para(chunk, indent) for chunk in st.text.strip().split("\n\n"))]
    else:
        story.append(head)
    for value, names in groups.items():
        label = STANCES.get(value, (value.capitalize(), NEUTRAL))[0]
        story.append(Paragraph(f"{_stance_label_of(value, label)} ({len(names)}): {text(', '.join(names))}",
                               s.cell.clone("quiet", spaceBefore=3)))
    return story


def _stance_label_of(value: str, label: str) -> str:
    colour = STANCES.get(value, (label, NEUTRAL))[1]
    return f"<font color=\"{_hex(colour)}\"><b>{text(label)}</b></font>"


def _outcome_box(h: DecisionHistory, s: Styles, width: float) -> Table:
    colour = outcome_colour(h.outcome)
    current = h.current
    cell: list[Flowable] = [Paragraph("OUTCOME", s.label),
                            Paragraph(text(outcome_label(h.outcome)), s.question.clone("outcome", textColor=colour))]
    if current is not None:
        if current.rationale:
            cell.append(para(current.rationale, s.body))
        review = f"<b>Review date:</b> {text(_day(current.review_date))}" if current.review_date else "<b>Review date:</b> none set"
        cell.append(Paragraph(review, s.body))
        for rev in h.revisions[1:]:
            who = f" ({text(_name(rev.author))})" if rev.author else ""
            cell.append(Paragraph(f"<b>Correction {rev.number}</b>{who}, {text(today_label(rev.created_at.date()))}: "
                                  f"{text(rev.reason)}", s.note))
    return grid([[cell]], [width], [
        ("BACKGROUND", (0, 0), (-1, -1), tint(colour, 0.92)), ("BOX", (0, 0), (-1, -1), 1, colour),
        ("LEFTPADDING", (0, 0), (-1, -1), 12), ("RIGHTPADDING", (0, 0), (-1, -1), 12),
        ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)])


def item_flowables(h: DecisionHistory, number: int | None, s: Styles, width: float) -> list[Flowable]:
    """One item in full: title, owner, versions, rounds, outcome, actions, notes."""
    title = f"{number}. {text(h.title)}" if number is not None else text(h.title)
    colour = outcome_colour(h.outcome)
    band = grid([[Paragraph(title, s.h2.clone("item_title", spaceBefore=0, spaceAfter=0))],
                 [_chip(outcome_label(h.outcome), colour, s)]], [width], [
        ("BACKGROUND", (0, 0), (-1, -1), PAPER_TINT), ("LINEBEFORE", (0, 0), (0, -1), 4, colour),
        ("LEFTPADDING", (0, 0), (-1, -1), 12), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, 0), 8), ("BOTTOMPADDING", (0, -1), (-1, -1), 8)])
    meta = [f"<b>Brought by</b> {text(_name(h.owner))}"]
    if h.reopened_from:
        meta.append(f"reopened for review (earlier item {text(h.reopened_from[:8])})")
    story: list[Flowable] = [CondPageBreak(s.body_size * 14), gap(s, 0.6),
                             KeepTogether([band, gap(s, 0.4), Paragraph(" · ".join(meta), s.body)])]
    story += [Paragraph("Proposal" if len(h.versions) == 1 else f"Proposal · {len(h.versions)} versions", s.h3),
              *_versions(h, s, width)]
    for r in h.rounds:
        story += round_flowables(r, s, width)
    story += [gap(s, 0.6), _outcome_box(h, s, width)]
    if h.actions:
        story += [KeepTogether([Paragraph("Actions", s.h3), actions_table([(a, "") for a in h.actions], s, width)])]
    if h.notes:
        story += [Paragraph("Notes", s.h3), *bullets([n.text for n in h.notes], s)]
    if h.reopened_as:
        story.append(para(f"Reopened for review later as item {', '.join(x[:8] for x in h.reopened_as)}.", s.note))
    return story


def minutes_flowables(m: MeetingMinutes, options: Options) -> list[Flowable]:
    s = stylesheet(options)
    width, _ = frame_size(options)
    mv = m.meeting
    kicker = "Decision minutes · one decision" if m.decision_only else "Decision minutes"
    band = header_band(f"{mv.team} · {today_label(mv.date)}", ("decide",), s, width, kicker=kicker)
    story: list[Flowable] = [band, gap(s, 0.8), _facts(m, s, width)]
    notices = [n for n in m.notes if n.kind == "notice"]
    other = [n for n in m.notes if n.kind != "notice"]
    for title, group in (("Notices", notices), ("Other business", other)):
        if group:
            story += [Paragraph(title, s.h2), *bullets([
                n.text + (f" ({n.author.name})" if n.author else "") for n in group], s)]
    if not m.decision_only:
        if m.items:
            story += [Paragraph("Decisions at a glance", s.h2), overview_table(m, s, width)]
            actions = [(a, f"{n}. {h.title}") for n, h in enumerate(m.items, 1) for a in h.actions]
            if actions:
                story += [Paragraph("Actions", s.h2), actions_table(actions, s, width)]
        else:
            story.append(para("No proposals were brought to this meeting.", s.body))
    for n, h in enumerate(m.items, 1):
        story += item_flowables(h, None if m.decision_only else n, s, width)
    return story


def render_minutes(minutes: MeetingMinutes, path: str | os.PathLike[str] | IO[bytes],
                   options: Options | None = None) -> int:
    """Write the minutes as a PDF (atomically when given a path); returns its page count."""
    options = options or Options()
    mv = minutes.meeting
    title = minutes.items[0].title if minutes.decision_only and minutes.items else f"{mv.team} meeting"
    return build(path, minutes_flowables(minutes, options), options, title=title,
                 footer=f"Decision minutes · {today_label(mv.date)}",
                 subject=f"Facilitator decision minutes: {mv.team}, {mv.date.isoformat()}")

