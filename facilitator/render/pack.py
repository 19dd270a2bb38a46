"""A session pack: cover with the agenda on the clock, a card per structure, note pages.

Everything needed to run the session if the laptop dies: each card carries the
item's own invitation and its steps at the plan's time boxes and clock times.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Mapping
from typing import IO, Any

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Table

from facilitator.plans.model import ItemKind, Plan, StructureSource
from facilitator.plans.schedule import Schedule, Slot, schedule
from facilitator.render import fonts
from facilitator.render.card import facts_grid, structure_card_flowables
from facilitator.render.document import build_fitted, frame_size, today_label
from facilitator.render.parts import gap, grid, header_band, highlight, para
from facilitator.render.progress import CancelCheck, Cancelled, ProgressCallback, Tracker
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
)
from facilitator.render.writing import LinesToEnd, clip
from facilitator.structures.model import Step, Structure
from facilitator.timetext import duration, offset_span, time_span

__all__ = ["Cancelled", "pack_flowables", "render_pack"]

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def long_date(day: dt.date) -> str:
    """'Thursday 12 March 2026', whatever the machine's locale."""
    return f"{_WEEKDAYS[day.weekday()]} {today_label(day)}"


def _minutes_of(sched: Schedule, moment: dt.datetime) -> float:
    """Where the clock stands: the time of day in minutes, or minutes since the start."""
    if sched.clock_known:
        return moment.hour * 60 + moment.minute + moment.second / 60
    return (moment - sched.start).total_seconds() / 60


def slot_span(sched: Schedule, slot: Slot) -> str:
    """'10:10–10:27', or '10–27 min from start' when the plan has no start time."""
    if sched.clock_known:
        return time_span(slot.start, slot.end)
    return offset_span(_minutes_of(sched, slot.start), _minutes_of(sched, slot.end))


def planned_structure(structure: Structure, overrides: Mapping[int, float]) -> Structure:
    """The structure with the plan's time boxes, so the card agrees with the agenda."""
    if not overrides:
        return structure
    steps = tuple(_at(step, overrides[i]) if i in overrides else step for i, step in enumerate(structure.steps))
    return dataclasses.replace(structure, steps=steps)


def _at(step: Step, minutes: float) -> Step:
    """A step at the plan's minutes; its stages scaled as the timer scales them."""
    stages = tuple(dataclasses.replace(stage, minutes=seconds / 60, min_minutes=None, max_minutes=None)
                   for stage, seconds in zip(step.stages, step.stage_seconds(minutes), strict=True))
    return dataclasses.replace(step, minutes=minutes, stages=stages)


def _names(library: StructureSource) -> dict[str, str] | None:
    structures = getattr(library, "structures", None)
    if isinstance(structures, Mapping):
        return {ident: s.name for ident, s in structures.items()}
    return None


# -- cover ---------------------------------------------------------------------------


def _facts(plan: Plan, sched: Schedule, s: Styles, width: float) -> Table | None:
    facts: list[tuple[str, str]] = []
    if plan.date:
        facts.append(("Date", long_date(plan.date)))
    if sched.clock_known:
        facts.append(("Time", f"{time_span(sched.start, sched.end)} ({duration(sched.total_minutes)})"))
    if plan.venue:
        facts.append(("Venue", plan.venue))
    if plan.facilitator:
        facts.append(("Facilitator", plan.facilitator))
    return facts_grid(facts, s, width) if facts else None


AGENDA_CLIP = 280  # longer questions and notes are shortened on the agenda and printed whole elsewhere


def _clipped(value: str) -> bool:
    return len(" ".join(value.split())) > AGENDA_CLIP


def _agenda_item(slot: Slot, s: Styles) -> list[Flowable]:
    r = slot.resolved
    item = slot.item
    cell: list[Flowable] = []
    if item.kind is ItemKind.BREAK:
        cell.append(Paragraph(f"<i>{text(r.title)}</i>", s.cell))
    else:
        cell.append(Paragraph(f"<b>{text(r.title)}</b>", s.cell))
    if r.structure is not None:  # name the structure when the item's title doesn't already
        title, name = (" ".join(x.split()).casefold() for x in (r.title, r.structure.name))
        if title not in name and name not in title:
            cell.append(para(r.structure.name, s.note))
    if item.is_structure and item.invitation.strip():
        cell.append(Paragraph(f"“{text(clip(item.invitation, AGENDA_CLIP))}”",
                              s.say.clone("agenda_say", textColor=MUTED)))
    if item.note.strip():
        more = " (in full on its card)" if item.is_structure else " (in full below)"
        cell.append(Paragraph(text(clip(item.note, AGENDA_CLIP)) + (more if _clipped(item.note) else ""), s.note))
    for warning in r.warnings:
        cell.append(Paragraph(f"⚠ {text(warning)}", s.note))
    return cell


def agenda_table(plan: Plan, sched: Schedule, s: Styles, width: float) -> Table:
    """Clock time, item (with its question and note), length; the total against the time available."""
    size, pad = s.cell.fontSize, 6.0
    stripe = 4.0
    head = [Paragraph("", s.cell_head), Paragraph("TIME", s.cell_head), Paragraph("ITEM", s.cell_head),
            Paragraph("LENGTH", s.cell_head)]
    rows: list[list[Any]] = [head]
    spans = [slot_span(sched, slot) for slot in sched.slots]
    lengths = [duration(slot.resolved.minutes) for slot in sched.slots]
    total = duration(sched.total_minutes)
    cmds: list[Any] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ("LINEBELOW", (0, 0), (-1, 0), 1.2, NEUTRAL),
        ("LINEBELOW", (1, 1), (-1, -2), 0.5, FAINT),
        ("LINEABOVE", (0, -1), (-1, -1), 1.0, NEUTRAL),
        ("NOSPLIT", (0, -2), (-1, -1)),
    ]
    for n, slot in enumerate(sched.slots, 1):
        item = slot.item
        rows.append(["", Paragraph(text(spans[n - 1]), s.cell), _agenda_item(slot, s),
                     Paragraph(text(lengths[n - 1]), s.cell)])
        if item.kind is ItemKind.BREAK:
            cmds.append(("BACKGROUND", (1, n), (-1, n), PAPER_TINT))
        elif item.is_structure:
            structure = slot.resolved.structure
            colour = purpose_colour(structure.purposes[0] if structure and structure.purposes else None)
            cmds.append(("BACKGROUND", (0, n), (0, n), colour))
    rows.append(["", "", Paragraph(f"<b>Total</b> · {text(sched.balance_text())}", s.cell),
                 Paragraph(f"<b>{text(total)}</b>", s.cell)])
    if sched.over_minutes is not None and sched.over_minutes > 1 / 120:
        cmds.append(("TEXTCOLOR", (2, -1), (2, -1), purpose_colour("help")))
    time_w = max([fonts.string_width(x, size) for x in spans] + [fonts.string_width("TIME", s.cell_head.fontSize)]) + 2 * pad + 1
    length_w = max([fonts.string_width(x, size, fonts.BOLD) for x in [*lengths, total]]
                   + [fonts.string_width("LENGTH", s.cell_head.fontSize, fonts.BOLD)]) + 2 * pad + 1
    item_w = width - stripe - time_w - length_w
    if item_w < width * 0.45:  # very large print: squeeze the side columns, never overflow
        scale = (width - stripe - width * 0.45) / (time_w + length_w)
        time_w, length_w = time_w * scale, length_w * scale
        item_w = width * 0.45
    return grid(rows, [stripe, time_w, item_w, length_w], cmds, repeatRows=1)


def cover_flowables(plan: Plan, sched: Schedule, options: Options) -> list[Flowable]:
    s = stylesheet(options)
    width, _ = frame_size(options)
    story: list[Flowable] = [header_band(plan.title or "Session", (), s, width, kicker="Session pack"),
                             gap(s, 0.8)]
    facts = _facts(plan, sched, s, width)
    if facts is not None:
        story.append(facts)
    if plan.purpose.strip():
        story += [KeepTogether([Paragraph("Purpose", s.h2), para(plan.purpose.strip(), s.body)])]
    story += [Paragraph("Agenda", s.h2), agenda_table(plan, sched, s, width)]
    if not sched.slots:
        story.append(para("This plan has no items yet.", s.body))
    long_notes = [(n, slot) for n, slot in enumerate(sched.slots, 1)
                  if not slot.item.is_structure and _clipped(slot.item.note)]
    if long_notes:
        story.append(Paragraph("Notes on the agenda", s.h2))
        for n, slot in long_notes:
            story += [Paragraph(f"{n}. {text(slot.resolved.title)}", s.h3), para(slot.item.note.strip(), s.body)]
    return story


# -- the pack --------------------------------------------------------------------------


def _card(slot: Slot, number: int, count: int, sched: Schedule, options: Options,
          names: Mapping[str, str] | None) -> list[Flowable]:
    r = slot.resolved
    kicker = f"Item {number} of {count} · {slot_span(sched, slot)}"
    if r.structure is None:  # its structure was deleted: what the plan still knows
        s = stylesheet(options)
        width, _ = frame_size(options)
        story: list[Flowable] = [header_band(r.title, (), s, width, kicker=kicker), gap(s, 0.8),
                                 *(Paragraph(f"⚠ {text(w)}", s.body) for w in r.warnings)]
        if slot.item.invitation.strip():
            story += [gap(s, 0.4), highlight("Your question", text(slot.item.invitation.strip()), NEUTRAL, s, width)]
        if slot.item.note.strip():
            story += [Paragraph("Facilitator’s note", s.h2), para(slot.item.note.strip(), s.body)]
        return story
    structure = planned_structure(r.structure, r.overrides)
    if r.title and r.title != structure.name:
        structure = dataclasses.replace(structure, name=r.title)
    story = structure_card_flowables(structure, options, slot.item.invitation or None, names=names,
                                     kicker=kicker, clock_start=_minutes_of(sched, slot.start),
                                     clock_of_day=sched.clock_known)
    if slot.item.note.strip():
        s = stylesheet(options)
        story += [Paragraph("Facilitator’s note", s.h2), para(slot.item.note.strip(), s.body)]
    return story


def _notes(options: Options, pages: int) -> list[Flowable]:
    s = stylesheet(options)
    story: list[Flowable] = []
    for n in range(pages):
        story.append(PageBreak())
        if n == 0:
            story.append(Paragraph("Notes", s.title))
        story.append(LinesToEnd(s.line_gap))
    return story


def pack_flowables(plan: Plan, library: StructureSource, options: Options, *,
                   note_pages: int = 2, tracker: Tracker | None = None) -> list[Flowable]:
    """The whole pack as flowables; ``tracker`` gets a unit per item prepared and per section laid out."""
    sched = schedule(plan, library)
    names = _names(library)
    story = cover_flowables(plan, sched, options)
    structures = [slot for slot in sched.slots if slot.item.is_structure]
    if tracker:
        story.append(tracker.marker())
    for slot in structures:
        if tracker:
            tracker.step()
        number = sched.slots.index(slot) + 1
        story += [PageBreak(), *_card(slot, number, len(sched.slots), sched, options, names)]
        if tracker:
            story.append(tracker.marker())
    story += _notes(options, max(0, note_pages))
    return story


def pack_units(plan: Plan) -> int:
    """Units of work ``render_pack`` reports: per structure twice (prepare, lay out), the cover, the file."""
    return 2 * sum(1 for item in plan.items if item.is_structure) + 2


def render_pack(plan: Plan, library: StructureSource, path: str | os.PathLike[str] | IO[bytes],
                options: Options | None = None, *, progress: ProgressCallback | None = None,
                cancelled: CancelCheck | None = None, note_pages: int = 2) -> int:
    """Write the session pack for a plan; returns the number of pages.

    ``progress(done, total)`` is called as items are prepared and laid out;
    when ``cancelled()`` returns true the render stops with ``Cancelled`` and
    no file is written (an existing file at ``path`` is left as it was).
    """
    options = options or Options()
    tracker = Tracker(pack_units(plan), progress, cancelled)
    tracker.check()
    trackers = iter([tracker])  # progress and cancel on the first layout; a fit pass's second is quick

    def story() -> list[Flowable]:
        return pack_flowables(plan, library, options, note_pages=note_pages, tracker=next(trackers, None))

    footer = today_label(plan.date) if plan.date else "Session pack"
    pages = build_fitted(path, story, options, title=plan.title or "Session", footer=footer,
                         subject=f"Facilitator session pack: {plan.title}")
    tracker.finish()
    return pages
