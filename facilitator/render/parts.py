"""Building blocks shared by cards and worksheets: header band, boxes, ruled lines."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from facilitator.render import fonts
from facilitator.render.style import (
    Styles,
    purpose_colour,
    purpose_label,
    text,
    tint,
)

STRIPE = 5.0


def _height(value: Any, width: float) -> float:
    if isinstance(value, Flowable):
        return float(value.wrap(width, 1e7)[1]) + value.getSpaceBefore() + value.getSpaceAfter()
    if isinstance(value, list | tuple):
        return sum(_height(v, width) for v in value)
    return 0.0


def _most_height(value: Any, width: float) -> float:
    """A cheap upper bound on a cell's height (no layout): every character 1 em wide, lines half
    empty; flowables other than paragraphs are measured. Saves wrapping every cell twice."""
    if isinstance(value, Paragraph):
        size, leading = float(value.style.fontSize), float(value.style.leading)
        markup = str(getattr(value, "text", ""))
        lines = 2 * len(markup) * size / max(width, size) + markup.count("<br/>") + 1
        return lines * leading + value.getSpaceBefore() + value.getSpaceAfter()
    if isinstance(value, list | tuple):
        return sum(_most_height(v, width) for v in value)
    return _height(value, width)


def _taller(value: Any, width: float, tall: float) -> bool:
    return _most_height(value, width) > tall and _height(value, width) > tall


def height_of(value: Any, width: float) -> float:
    """The height a flowable (or a list of them) takes at a width, with its space before and after."""
    return _height(value, width)


def is_taller(value: Any, width: float, tall: float) -> bool:
    """Whether a flowable (or a list of them) is taller than ``tall`` at a width (cheap when it is not)."""
    return _taller(value, width, tall)


def grid(rows: Sequence[Sequence[Any]], widths: Sequence[float], cmds: Sequence[Any],
         tall: float = 320, **kwargs: Any) -> Table:
    """A Table in our font (a bare string cell would otherwise set Helvetica, unembedded).

    Rows are kept whole across page breaks unless one is taller than ``tall`` points
    (a 5,000-word note): then rows may split, so nothing is ever too big for a page.
    """
    kwargs.setdefault("hAlign", "LEFT")
    if any(_taller(cell, w - 12, tall) for row in rows for cell, w in zip(row, widths, strict=False)):
        kwargs["splitInRow"] = 1
    table = Table([list(r) for r in rows], colWidths=list(widths), **kwargs)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR), *cmds]))
    return table


def para(value: object, style: Any) -> Paragraph:
    """A paragraph of user text (escaped)."""
    return Paragraph(text(value), style)


def header_band(name: str, purposes: Sequence[str], styles: Styles, width: float,
                kicker: str = "") -> Table:
    """Tinted band with a stripe in the first purpose colour, the name and purpose chips."""
    colour = purpose_colour(purposes[0] if purposes else None)
    rows: list[list[Any]] = []
    if kicker:
        rows.append([Paragraph(text(kicker).upper(), styles.label)])
    rows.append([Paragraph(text(name), styles.title)])
    if purposes:
        rows.append([chips(purposes, styles)])
    return grid(rows, [width], [
        ("BACKGROUND", (0, 0), (-1, -1), tint(colour, 0.9)),
        ("LINEBEFORE", (0, 0), (0, -1), STRIPE, colour),
        ("LEFTPADDING", (0, 0), (-1, -1), 12 + STRIPE / 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, 0), 10),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 10),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ])


def chips(purposes: Sequence[str], styles: Styles) -> Table:
    """Purpose family tags: white bold text on each family's colour."""
    size = styles.tag.fontSize
    cells = [Paragraph(text(purpose_label(p)), styles.tag) for p in purposes]
    widths = [fonts.string_width(purpose_label(p), size, fonts.BOLD) + 2.2 * size for p in purposes]
    cmds: list[Any] = [
        ("LEFTPADDING", (0, 0), (-1, -1), 1.1 * size),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), size * 0.25),
        ("BOTTOMPADDING", (0, 0), (-1, -1), size * 0.4),
    ]
    for i, p in enumerate(purposes):
        cmds.append(("BACKGROUND", (i, 0), (i, 0), purpose_colour(p)))
        cmds.append(("LINEAFTER", (i, 0), (i, 0), 3, colors.white))
    return grid([cells], widths, cmds)


def highlight(label: str, body_markup: str, colour: colors.Color, styles: Styles,
              width: float) -> Table:
    """A tinted box for the question everyone works on: whole on one page (it splits only if huge)."""
    rows = [[Paragraph(text(label).upper(), styles.label)], [Paragraph(body_markup, styles.question)]]
    whole = [] if is_taller(rows[1][0], width - 24, 320) else [("NOSPLIT", (0, 0), (-1, -1))]
    return grid(rows, [width], [
        *whole,
        ("BACKGROUND", (0, 0), (-1, -1), tint(colour, 0.92)),
        ("BOX", (0, 0), (-1, -1), 1, colour),
        ("LEFTPADDING", (0, 0), (-1, -1), 12),
        ("RIGHTPADDING", (0, 0), (-1, -1), 12),
        ("TOPPADDING", (0, 0), (-1, 0), 9),
        ("TOPPADDING", (0, 1), (-1, 1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 0),
        ("BOTTOMPADDING", (0, 1), (-1, 1), 11),
    ])


def bullets(items: Iterable[str], styles: Styles, mark: str = "•") -> list[Flowable]:
    size = styles.bullet.fontSize
    out: list[Flowable] = []
    for item in items:
        p = Paragraph(text(item), styles.bullet, bulletText=mark)
        p.style = p.style.clone("bulleted", leftIndent=size * 1.3, bulletIndent=size * 0.2,
                                bulletFontName=fonts.REGULAR, bulletFontSize=size)
        out.append(p)
    return out


def gap(styles: Styles, factor: float = 1.0) -> Spacer:
    return Spacer(1, styles.body_size * factor)
