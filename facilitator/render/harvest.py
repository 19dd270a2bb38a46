"""The printed harvest of a session run: timing (actual against planned), notes per step, notes by tag.

The renderer works on ``HarvestReport``, plain frozen data (plans/harvest_report.py);
it never opens the database. ``facilitator.plans.harvest.harvest_report(db, run)``
reads one (run, step log, notes, and the plan if it still exists).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from typing import IO, Any

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Table

from facilitator.plans.harvest_report import (
    HarvestItem,
    HarvestReport,
    HarvestStep,
    Note,
    local_time,
)
from facilitator.plans.model import normalise_tag
from facilitator.render import fonts
from facilitator.render.card import facts_grid
from facilitator.render.document import build, frame_size, today_label
from facilitator.render.pack import long_date
from facilitator.render.parts import gap, grid, header_band, para
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

__all__ = ["HarvestItem", "HarvestReport", "HarvestStep", "harvest_flowables", "render_harvest"]

TAG_COLOURS: dict[str, colors.Color] = {
    "strength": purpose_colour("plan"),
    "need": purpose_colour("share"),
    "barrier": purpose_colour("help"),
    "idea": purpose_colour("reveal"),
    "action": purpose_colour("decide"),
}


def tag_colour(tag: str) -> colors.Color:
    return TAG_COLOURS.get(normalise_tag(tag), NEUTRAL)


# -- times ---------------------------------------------------------------------------


def duration(seconds: float) -> str:
    """'4 min', '4 min 10 s', '45 s', '1 h 5 min'."""
    total = round(abs(seconds))
    hours, rest = divmod(total, 3600)
    mins, secs = divmod(rest, 60)
    if hours:
        return f"{hours} h {mins} min" if mins else f"{hours} h"
    if mins and secs:
        return f"{mins} min {secs} s"
    return f"{mins} min" if mins else f"{secs} s"


def difference(actual: float | None, planned: float) -> str:
    """'+1 min 10 s' over, '−30 s' under, 'on time' within a few seconds, '—' not run."""
    if actual is None:
        return "—"
    delta = actual - planned
    if abs(delta) < 5:
        return "on time"
    return f"{'+' if delta > 0 else '−'}{duration(delta)}"


def _hm(moment: dt.datetime) -> str:
    return f"{moment:%H:%M}"


# -- flowables -------------------------------------------------------------------------


def tag_markup(tags: Sequence[str], s: Styles) -> str:
    """Tags as small coloured words, e.g. '■ idea  ■ barrier' (colour plus word, never colour alone)."""
    size = s.small.fontSize
    return "  ".join(f'<font size="{size}" color="#{tag_colour(t).hexval()[2:]}"><b>■ {text(t)}</b></font>'
                     for t in tags)


def _facts(report: HarvestReport, s: Styles, width: float) -> Table:
    day = report.started.date()
    planned = sum(i.planned_seconds for i in report.items)
    spent = [i.actual_seconds for i in report.items if i.actual_seconds is not None]
    facts = [("Date", long_date(day))]
    if report.finished is not None:
        facts.append(("Ran", f"{_hm(report.started)}–{_hm(report.finished)} · "
                             f"{duration(sum(spent))} timed, {duration(planned)} planned"))
    else:
        facts.append(("Ran", f"from {_hm(report.started)}; this run was not finished"))
    if report.venue:
        facts.append(("Venue", report.venue))
    if report.facilitator:
        facts.append(("Facilitator", report.facilitator))
    notes = report.notes
    tagged = sum(1 for n in notes if n.tags)
    facts.append(("Notes", f"{len(notes)} note{'s' if len(notes) != 1 else ''}, {tagged} tagged"))
    return facts_grid(facts, s, width)


def timing_table(report: HarvestReport, s: Styles, width: float) -> Table:
    """Every step: planned, actual, the difference; items as bold group rows; totals."""
    pad = 6.0
    head = [Paragraph(h, s.cell_head) for h in ("STEP", "PLANNED", "ACTUAL", "DIFFERENCE")]
    rows: list[list[Any]] = [head]
    cmds: list[Any] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, 0), 1.2, NEUTRAL),
        ("LINEABOVE", (0, -1), (-1, -1), 1.0, NEUTRAL),
    ]
    cells: list[str] = []
    for item in report.items:
        r = len(rows)
        values = [duration(item.planned_seconds),
                  duration(item.actual_seconds) if item.actual_seconds is not None else "—",
                  difference(item.actual_seconds, item.planned_seconds)]
        cells += values
        rows.append([Paragraph(f"<b>{item.index + 1}. {text(item.title)}</b>", s.cell),
                     *(Paragraph(f"<b>{text(v)}</b>", s.cell) for v in values)])
        cmds += [("BACKGROUND", (0, r), (-1, r), PAPER_TINT), ("LINEABOVE", (0, r), (-1, r), 0.5, FAINT)]
        if len(item.steps) > 1:
            for step in item.steps:
                values = [duration(step.planned_seconds),
                          duration(step.actual_seconds) if step.actual_seconds is not None else "—",
                          difference(step.actual_seconds, step.planned_seconds)]
                cells += values
                rows.append([Paragraph(f"{step.index + 1}. {text(step.title)}", s.note),
                             *(Paragraph(text(v), s.note) for v in values)])
                cmds.append(("LEFTPADDING", (0, len(rows) - 1), (0, len(rows) - 1), pad + s.body_size))
    planned = sum(i.planned_seconds for i in report.items)
    ran = [i.actual_seconds for i in report.items if i.actual_seconds is not None]
    spent = sum(ran) if ran else None
    totals = [duration(planned), duration(spent) if spent is not None else "—", difference(spent, planned)]
    cells += totals
    rows.append([Paragraph("<b>Total</b>", s.cell), *(Paragraph(f"<b>{text(v)}</b>", s.cell) for v in totals)])
    side = min(width * 0.235, max(fonts.string_width(c, s.cell.fontSize, fonts.BOLD) for c in cells) + 2 * pad + 1)
    if fonts.string_width("DIFFERENCE", s.cell_head.fontSize, fonts.BOLD) + 2 * pad + 1 > side:
        rows[0][3] = Paragraph("±", s.cell_head)  # large print: a word that fits, never one broken in two
    return grid(rows, [width - 3 * side, side, side, side], cmds, repeatRows=1)


def _note_flowables(note: Note, s: Styles, where: str = "") -> list[Flowable]:
    """One note: its text (any length, flows across pages), then tags and where/when in small type."""
    body = s.body.clone("harvest_note", leftIndent=s.body_size * 0.9, spaceAfter=1)
    meta_style = s.small.clone("harvest_meta", leftIndent=s.body_size * 0.9, spaceAfter=s.body_size * 0.55)
    meta = [f"{local_time(note.created_at):%H:%M}"]
    if where:
        meta.append(text(where))
    line = " · ".join(meta)
    if note.tags:
        line = f"{tag_markup(note.tags, s)}   {line}"
    paragraphs = [para(chunk, body) for chunk in (note.text.strip() or "(empty note)").split("\n\n")]
    return [*paragraphs, Paragraph(line, meta_style)]


def _step_head(item: HarvestItem, step: HarvestStep, s: Styles) -> Paragraph:
    times = f"planned {duration(step.planned_seconds)}"
    if step.actual_seconds is not None:
        times += f", took {duration(step.actual_seconds)}"
    title = step.title if len(item.steps) > 1 or step.title != item.title else ""
    label = f"{item.index + 1}.{step.index + 1} {text(title)}" if title else f"{item.index + 1}. {text(item.title)}"
    return Paragraph(f"<b>{label}</b>  <font size=\"{s.small.fontSize}\" color=\"#{MUTED.hexval()[2:]}\">"
                     f"{text(times)}</font>", s.h3.clone("harvest_step", fontName=fonts.REGULAR))


def notes_by_step(report: HarvestReport, s: Styles) -> list[Flowable]:
    story: list[Flowable] = []
    for item in report.items:
        steps = [step for step in item.steps if step.notes]
        if not steps:
            continue
        multi = len(item.steps) > 1
        if multi:
            story += [CondPageBreak(s.body_size * 8), Paragraph(f"{item.index + 1}. {text(item.title)}", s.h3)]
        for step in steps:
            notes = [f for n in step.notes for f in _note_flowables(n, s)]
            story += [KeepTogether([_step_head(item, step, s), *notes[:2]]), *notes[2:]]
    if report.extra_notes:
        story.append(Paragraph("Other notes", s.h3))
        for n in report.extra_notes:
            story += _note_flowables(n, s, f"{n.item_index + 1}. {n.item_title} › {n.step_title}")
    if not story:
        story.append(para("No notes were taken during this run.", s.body))
    return story


def tag_order(report: HarvestReport) -> list[str]:
    """The plan's tags in its order, then any other tag used, alphabetically."""
    used = {normalise_tag(t) for n in report.notes for t in n.tags}
    first = [normalise_tag(t) for t in report.tags]
    return [t for t in first if t in used] + sorted(used - set(first))


def notes_by_tag(report: HarvestReport, s: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = []
    notes = report.notes
    where = {(i.index, st.index): f"{i.index + 1}. {i.title}" + (f" › {st.title}" if len(i.steps) > 1 else "")
             for i in report.items for st in i.steps}
    for tag in tag_order(report):
        tagged = [n for n in notes if tag in {normalise_tag(t) for t in n.tags}]
        colour = tag_colour(tag)
        head = grid([[Paragraph(f"{text(tag[:1].upper() + tag[1:])} · {len(tagged)} "
                                f"note{'s' if len(tagged) != 1 else ''}", s.h3.clone("tag_head", spaceBefore=0))]],
                    [width], [("BACKGROUND", (0, 0), (-1, -1), tint(colour, 0.88)),
                              ("LINEBEFORE", (0, 0), (0, -1), 4, colour),
                              ("LEFTPADDING", (0, 0), (-1, -1), 10),
                              ("TOPPADDING", (0, 0), (-1, -1), 4),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 5)])
        flows = [f for n in tagged for f in _note_flowables(
            n, s, where.get((n.item_index, n.step_index), f"{n.item_index + 1}. {n.item_title}"))]
        story += [gap(s, 0.6), KeepTogether([head, gap(s, 0.4), *flows[:2]]), *flows[2:]]
    untagged = sum(1 for n in notes if not n.tags)
    if untagged:
        story.append(para(f"{untagged} note{'s' if untagged != 1 else ''} without a tag "
                          f"{'are' if untagged != 1 else 'is'} under “Notes by step”.", s.small))
    if not story:
        story.append(para("No note carries a tag.", s.body))
    return story


def harvest_flowables(report: HarvestReport, options: Options) -> list[Flowable]:
    s = stylesheet(options)
    width, _ = frame_size(options)
    story: list[Flowable] = [header_band(report.title or "Session", (), s, width, kicker="Harvest"),
                             gap(s, 0.8), _facts(report, s, width)]
    if report.items:
        story += [Paragraph("Timing", s.h2), timing_table(report, s, width)]
    story += [CondPageBreak(s.body_size * 10), Paragraph("Notes by step", s.h2), *notes_by_step(report, s)]
    story += [CondPageBreak(s.body_size * 10), Paragraph("Notes by tag", s.h2), *notes_by_tag(report, s, width)]
    return story


def render_harvest(report: HarvestReport, path: str | os.PathLike[str] | IO[bytes],
                   options: Options | None = None) -> int:
    """Write the harvest of one run as a PDF (atomically when given a path); returns its page count."""
    options = options or Options()
    day = report.started.date()
    return build(path, harvest_flowables(report, options), options, title=report.title or "Session",
                 footer=f"Harvest · {today_label(day)}", subject=f"Facilitator harvest: {report.title}")
