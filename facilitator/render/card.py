"""A structure card: everything a facilitator needs to run one structure, on a page or two."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import IO

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Table

from facilitator.render import fonts
from facilitator.render.document import build, frame_size, today_label
from facilitator.render.parts import bullets, gap, grid, header_band, highlight, para
from facilitator.render.steps import display_name, steps_table
from facilitator.render.style import Options, Styles, purpose_colour, stylesheet, text
from facilitator.structures.model import Structure, format_minutes


def facts_table(structure: Structure, s: Styles, width: float) -> Table:
    total = format_minutes(structure.total_minutes)
    if abs(structure.shortest_minutes - structure.total_minutes) > 1e-9:
        total += f" (at least {format_minutes(structure.shortest_minutes)})"
    facts = [
        ("Group size", f"{structure.people_label()} people"),
        ("Configurations", ", ".join(c.label for c in structure.configurations) or "—"),
        ("Total time", f"{total} · {len(structure.steps)} steps"),
    ]
    if structure.space:
        facts.append(("Space", structure.space))
    if structure.materials:
        facts.append(("Materials", "; ".join(structure.materials)))
    return facts_grid(facts, s, width)


def facts_grid(facts: Sequence[tuple[str, str]], s: Styles, width: float) -> Table:
    """Labelled facts, one a row: a small bold label, then the value (user text, escaped)."""
    size = s.label.fontSize
    label_w = max(max((fonts.string_width(k, size, fonts.BOLD) + 14) * 1.15,
                      fonts.string_width(k.upper(), size, fonts.BOLD) + 6 + size * 1.2) for k, _ in facts)
    rows = [[Paragraph(text(k.upper()), s.label), para(v, s.cell)] for k, v in facts]
    return grid(rows, [label_w, width - label_w], [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (0, -1), 3 + (s.cell.fontSize - s.label.fontSize) * 0.6),
    ])


def _section(title: str, items: tuple[str, ...], s: Styles) -> list[Flowable]:
    if not items:
        return []
    listed = bullets(items, s)
    return [KeepTogether([Paragraph(title, s.h2), *listed[:1]]), *listed[1:]]


def structure_card_flowables(structure: Structure, options: Options,
                             invitation: str | None = None, *,
                             names: Mapping[str, str] | None = None, kicker: str = "",
                             clock_start: float = 0.0) -> list[Flowable]:
    """The card as flowables, for a single card or a pack. ``names`` maps ids to display names.

    A pack passes ``kicker`` (a line above the name, e.g. "Item 2 · 10:10–10:27") and
    ``clock_start`` (the item's time of day in minutes) so the steps show clock times.
    """
    s = stylesheet(options)
    width, _ = frame_size(options)
    colour = purpose_colour(structure.purposes[0] if structure.purposes else None)
    top: list[Flowable] = [header_band(structure.name, structure.purposes, s, width, kicker=kicker),
                           gap(s, 0.8)]
    if structure.summary:
        top.append(para(structure.summary, s.lead))
    top.append(facts_table(structure, s, width))
    story: list[Flowable] = [KeepTogether(top)]
    story += [KeepTogether([Paragraph("Purpose", s.h2), para(structure.purpose, s.body)]), gap(s, 0.4)]
    question = invitation if invitation and invitation.strip() else structure.invitation
    label = "Your question" if invitation and invitation.strip() else "Invitation"
    story.append(highlight(label, text(question), colour, s, width))
    if structure.steps:
        table = steps_table(structure, s, width, colour, names, compact=options.large_print,
                            start=clock_start)
        story += [CondPageBreak(s.body_size * 10), Paragraph("Steps", s.h2), table]
    story += _section("Tips", structure.tips, s)
    story += _section("Traps", structure.traps, s)
    story += _section("Variations", structure.variations, s)
    if structure.related:
        related = " · ".join(text(display_name(r, names)).replace(" ", "\u00a0") for r in structure.related)
        story += [gap(s, 0.6), Paragraph(f"<b>Related:</b> {related}", s.body)]
    if structure.credit:
        story += [gap(s, 0.3), para(structure.credit, s.small)]
    return story


def render_card(structure: Structure, path: str | os.PathLike[str] | IO[bytes],
                options: Options | None = None, *, invitation: str | None = None,
                names: Mapping[str, str] | None = None) -> int:
    """Write one structure card as a PDF (atomically when given a path).

    Returns the number of pages.
    """
    options = options or Options()
    return build(path, structure_card_flowables(structure, options, invitation, names=names), options,
                 title=structure.name, footer=f"Structure card · {today_label()}",
                 subject=f"Facilitator structure card: {structure.name}")
