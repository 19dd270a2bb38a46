"""A structure card: everything a facilitator needs to run one structure, on a page or two.

Every shipped structure fits on two pages of A4 or US Letter in normal print
(large print may take more) with nothing left out: text stays at 10 pt or more
(side notes 9 pt), the facts sit in a strip, each step's instructions run under
its title at the table's full width, and tips, traps, variations, related
structures and the credit share two balanced columns.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import IO, Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Table

from facilitator.render import fonts
from facilitator.render.document import (
    DEFAULT_MARGINS,
    Margins,
    build_fitted,
    frame_size,
    today_label,
)
from facilitator.render.parts import (
    STRIPE,
    bullets,
    chips,
    gap,
    grid,
    header_band,
    height_of,
    highlight,
    para,
)
from facilitator.render.steps import display_name, steps_table
from facilitator.render.style import (
    FAINT,
    Options,
    Styles,
    purpose_colour,
    purpose_label,
    stylesheet,
    text,
    tint,
)
from facilitator.structures.model import Structure, format_minutes

CARD_MARGINS = Margins(left=13 * mm, right=13 * mm, top=12 * mm, bottom=17 * mm)
"""A single card's margins: a little narrower than other documents' (still clear of any
printer's unprintable edge), so a long structure stays on two pages."""


def _facts(structure: Structure) -> list[tuple[str, str]]:
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
    return facts


def facts_table(structure: Structure, s: Styles, width: float) -> Table:
    """Group size, configurations, time, space and materials, one a row."""
    return facts_grid(_facts(structure), s, width)


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


def facts_strip(structure: Structure, s: Styles, width: float) -> list[Flowable]:
    """The facts side by side, each a small label over its value: size, time and configurations
    in one row, then space and materials (the longer one wider). A row splits across pages
    only when it is taller than a page would hold."""
    facts = dict(_facts(structure))

    def fact(key: str) -> list[Flowable]:
        return [Paragraph(text(key.upper()), s.label), para(facts[key], s.cell)]

    gutter = 12.0

    def strip(keys: Sequence[str], shares: Sequence[float], rule_below: bool) -> Table:
        cmds: list[Any] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), gutter),
            ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ("LINEABOVE", (0, 0), (-1, 0), 0.6, FAINT),
        ]
        if rule_below:
            cmds.append(("LINEBELOW", (0, -1), (-1, -1), 0.6, FAINT))
        total = sum(shares)
        return grid([[fact(k) for k in keys]], [width * x / total for x in shares], cmds)

    second = [k for k in ("Space", "Materials") if k in facts]
    out = [strip(["Group size", "Total time", "Configurations"], [0.25, 0.33, 0.42], not second)]
    if second:
        lengths = [len(facts[k]) + 40 for k in second]
        shares = [min(max(n / sum(lengths), 0.35), 0.65) for n in lengths]
        out.append(strip(second, shares, True))
    return out


def title_band(structure: Structure, s: Styles, width: float, kicker: str = "") -> Table:
    """The tinted band with the name; the purpose chips sit at its right when there is room."""
    purposes = structure.purposes
    if not purposes:
        return header_band(structure.name, purposes, s, width, kicker=kicker)
    tags = chips(purposes, s)
    size = s.tag.fontSize
    tags_w = sum(fonts.string_width(purpose_label(p), size, fonts.BOLD) + 2.2 * size for p in purposes)
    inner = width - 12 - STRIPE / 2 - 10
    name_w = fonts.string_width(" ".join(structure.name.split()), s.title.fontSize, fonts.BOLD)
    if name_w + tags_w + 16 > inner:
        return header_band(structure.name, purposes, s, width, kicker=kicker)
    colour = purpose_colour(purposes[0])
    rows: list[list[Any]] = []
    if kicker:
        rows.append([Paragraph(text(kicker).upper(), s.label), ""])
    rows.append([Paragraph(text(structure.name), s.title), tags])
    pad_left = 12 + STRIPE / 2
    cmds: list[Any] = [
        ("BACKGROUND", (0, 0), (-1, -1), tint(colour, 0.9)),
        ("LINEBEFORE", (0, 0), (0, -1), STRIPE, colour),
        ("LEFTPADDING", (0, 0), (0, -1), pad_left),
        ("LEFTPADDING", (1, 0), (1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, 0), 8),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
    ]
    if kicker:
        cmds.append(("SPAN", (0, 0), (1, 0)))
    tags.hAlign = "RIGHT"
    band = tint(colour, 0.9)
    tags.setStyle([("LINEAFTER", (i, 0), (i, 0), 3, band) for i in range(len(purposes))])
    return grid(rows, [width - tags_w - 10, tags_w + 10], cmds)


@lru_cache(maxsize=8)
def card_styles(options: Options) -> Styles:
    """The document's styles, set closer for a card.

    Normal print: text and instructions 10 pt (never less), the summary 11 pt, the
    invitation 12.5 pt, headings 13 pt, side notes 9 pt; lines 1.2 apart and less air
    between blocks. Large print keeps its sizes (16 pt and up) and loses only some air.
    """
    s = stylesheet(options)
    body = s.body_size
    if options.large_print:
        return dataclasses.replace(
            s, h2=s.h2.clone("card_h2", spaceBefore=body * 0.7, spaceAfter=body * 0.25),
            h3=s.h3.clone("card_h3", spaceBefore=0, spaceAfter=2),
            bullet=s.bullet.clone("card_bullet", spaceAfter=body * 0.15))
    body, leading = 10.0, 1.2

    def sized(style: ParagraphStyle, size: float, line: float = leading, **changes: Any) -> ParagraphStyle:
        return style.clone(f"card_{style.name}", fontSize=size, leading=round(size * line, 1), **changes)

    return dataclasses.replace(
        s,
        h2=sized(s.h2, 13, spaceBefore=body * 0.75, spaceAfter=body * 0.2),
        h3=sized(s.h3, 11, 1.25, spaceBefore=0, spaceAfter=2),
        body=sized(s.body, body, spaceAfter=body * 0.3),
        lead=sized(s.lead, body + 1, 1.28, spaceAfter=body * 0.5),
        say=sized(s.say, body),
        cell=sized(s.cell, body),
        question=sized(s.question, 12.5, 1.28),
        bullet=sized(s.bullet, body, spaceAfter=1.5),
        note=sized(s.note, 9, 1.28, spaceBefore=1),
        body_size=body,
    )


def _section(title: str, items: tuple[str, ...], s: Styles, colour: colors.Color) -> list[Flowable]:
    """Tips, traps or variations: a small coloured heading over a close list."""
    if not items:
        return []
    head = Paragraph(f'<font color="#{colour.hexval()[2:]}">{text(title)}</font>', s.h3)
    return [head, *bullets(items, s)]


def _stacked(blocks: list[list[Flowable]]) -> list[Flowable]:
    """Blocks one after the other, each heading kept with its first item."""
    out: list[Flowable] = []
    for block in blocks:
        out += [KeepTogether(block[:2]), *block[2:]] if len(block) > 1 else block
    return out


def _spaced(flowable: Flowable, before: float) -> Flowable:
    if isinstance(flowable, Paragraph):
        flowable.style = flowable.style.clone(f"{flowable.style.name}_{before:g}", spaceBefore=before)
    return flowable


def _closing(structure: Structure, s: Styles, names: Mapping[str, str] | None) -> list[list[Flowable]]:
    """Tips, traps, variations, related structures and the credit, as blocks in reading order."""
    colour = purpose_colour(structure.purposes[0] if structure.purposes else None)
    blocks = [_section(title, items, s, colour) for title, items in
              (("Tips", structure.tips), ("Traps", structure.traps), ("Variations", structure.variations))]
    blocks = [b for b in blocks if b]
    if structure.related:
        related = " · ".join(text(display_name(r, names)).replace(" ", "\u00a0") for r in structure.related)
        blocks.append([Paragraph(f"<b>Related:</b> {related}", s.bullet)])
    if structure.credit:
        blocks.append([para(structure.credit, s.small)])
    for block in blocks[1:]:  # air above every block but the first
        _spaced(block[0], s.body_size * 0.55)
    return blocks


def closing(structure: Structure, s: Styles, options: Options,
            names: Mapping[str, str] | None = None, margins: Margins = DEFAULT_MARGINS) -> list[Flowable]:
    """Tips, traps, variations, related and credit in two balanced columns (normal print),
    in reading order down the left column and on down the right; stacked in large print,
    or when a column would be longer than half a page."""
    blocks = _closing(structure, s, names)
    width, height = frame_size(options, margins)
    gutter = 18.0
    half = (width - gutter) / 2
    if options.large_print or len(blocks) < 2:
        return _stacked(blocks)
    units = [f for b in blocks for f in b]
    heads = {id(b[0]) for b in blocks if len(b) > 1}  # a heading never ends a column
    starts = {id(b[0]) for b in blocks}
    heights = [height_of(f, half) for f in units]
    splits: list[tuple[float, int]] = []
    for k in range(1, len(units)):
        if id(units[k - 1]) not in heads:  # a column starts at its top: no space above
            splits.append((max(sum(heights[:k]), sum(heights[k:]) - units[k].getSpaceBefore()), k))
    best, split = min(splits)
    # a list broken between the columns reads less well: only when it saves more than a line or so
    whole = [(tallest, k) for tallest, k in splits if id(units[k]) in starts]
    if whole and min(whole)[0] <= best + s.body_size * 1.5:
        best, split = min(whole)
    if best > height * 0.45:
        return _stacked(blocks)
    _spaced(units[split], 0)
    left, right = units[:split], units[split:]
    table = grid([[left, right]], [half + gutter / 2, half + gutter / 2], [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, 0), 0), ("RIGHTPADDING", (0, 0), (0, 0), gutter / 2),
        ("LEFTPADDING", (1, 0), (1, 0), gutter / 2), ("RIGHTPADDING", (1, 0), (1, 0), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ])
    return [Columns(table, _stacked(_closing(structure, s, names)))]


class Columns(Flowable):
    """Two columns side by side where they fit; at the foot of a page that cannot hold them,
    the same text one block after another instead, flowing on to the next page (no gap)."""

    def __init__(self, table: Table, stacked: list[Flowable]) -> None:
        super().__init__()
        self.table, self.stacked = table, stacked

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width, self.height = self.table.wrap(availWidth, availHeight)
        return self.width, self.height

    def draw(self) -> None:
        self.table.drawOn(self.canv, 0, 0)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        first = self.stacked[0]
        pieces = list(first._content) if isinstance(first, KeepTogether) else [first]
        if height_of(pieces, availWidth) > availHeight:
            return []  # not even a heading and its first item: the columns go to the next page
        return [*pieces, *self.stacked[1:]]  # the first piece must fit as it is: no KeepTogether


def structure_card_flowables(structure: Structure, options: Options,
                             invitation: str | None = None, *,
                             names: Mapping[str, str] | None = None, kicker: str = "",
                             clock_start: float = 0.0, clock_of_day: bool = False,
                             margins: Margins = DEFAULT_MARGINS) -> list[Flowable]:
    """The card as flowables, for a single card or a pack. ``names`` maps ids to display names.

    A pack passes ``kicker`` (a line above the name, e.g. "Item 2 · 10:10–10:27") and
    ``clock_start`` (where the item starts, in minutes: a time of day with ``clock_of_day``,
    else from the session's start) so the steps show when they run.
    ``margins`` are those of the document the card goes into.
    """
    s = card_styles(options)
    big = options.large_print
    width, _ = frame_size(options, margins)
    colour = purpose_colour(structure.purposes[0] if structure.purposes else None)
    top: list[Flowable] = [header_band(structure.name, structure.purposes, s, width, kicker=kicker) if big
                           else title_band(structure, s, width, kicker), gap(s, 0.6)]
    if structure.summary:
        top.append(para(structure.summary, s.lead))
    top += [facts_table(structure, s, width)] if big else facts_strip(structure, s, width)
    story: list[Flowable] = [KeepTogether(top)]
    story += [KeepTogether([Paragraph("Purpose", s.h2), para(structure.purpose, s.body)]), gap(s, 0.2)]
    question = invitation if invitation and invitation.strip() else structure.invitation
    label = "Your question" if invitation and invitation.strip() else "Invitation"
    story.append(highlight(label, text(question), colour, s, width))
    if structure.steps:
        table = steps_table(structure, s, width, colour, names, compact=big, start=clock_start,
                            of_day=clock_of_day)
        story += [CondPageBreak(s.body_size * 10), Paragraph("Steps", s.h2), table]
    if structure.tips or structure.traps or structure.variations or structure.related or structure.credit:
        story += [gap(s, 0.6), *closing(structure, s, options, names, margins)]
    return story


def render_card(structure: Structure, path: str | os.PathLike[str] | IO[bytes],
                options: Options | None = None, *, invitation: str | None = None,
                names: Mapping[str, str] | None = None) -> int:
    """Write one structure card as a PDF (atomically when given a path).

    Returns the number of pages.
    """
    options = options or Options()
    return build_fitted(path, lambda: structure_card_flowables(structure, options, invitation, names=names,
                                                               margins=CARD_MARGINS),
                        options, title=structure.name, footer=f"Structure card · {today_label()}",
                        subject=f"Facilitator structure card: {structure.name}", margins=CARD_MARGINS)
