"""Page options, colours and paragraph styles shared by every document.

Calm and legible first: dark ink on white, one accent colour per purpose
family, generous leading, and a large-print mode for people who need it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle

from facilitator.render import fonts

Paper = Literal["a4", "letter"]


@dataclass(frozen=True)
class Options:
    paper: Paper = "a4"
    large_print: bool = False
    language: str = "en"  # placeholder until translations land; also the PDF's /Lang

    def __post_init__(self) -> None:
        if self.paper not in ("a4", "letter"):
            raise ValueError(f"paper must be 'a4' or 'letter', not {self.paper!r}")


def page_size(options: Options) -> tuple[float, float]:
    return (float(LETTER[0]), float(LETTER[1])) if options.paper == "letter" else (float(A4[0]), float(A4[1]))


# Palette: every colour used for text passes WCAG AA (≥ 4.5:1) on white.
INK = colors.HexColor("#1D232B")
MUTED = colors.HexColor("#4A5561")
RULE = colors.HexColor("#B7C0CA")
FAINT = colors.HexColor("#D5DBE1")
PAPER_TINT = colors.HexColor("#F3F5F7")
WHITE = colors.white
NEUTRAL = colors.HexColor("#3D4F63")

PURPOSE_COLOURS: dict[str, colors.Color] = {
    "share": colors.HexColor("#1F5F99"),
    "reveal": colors.HexColor("#6A3D9A"),
    "analyse": colors.HexColor("#1B6B5A"),
    "help": colors.HexColor("#A8432A"),
    "strategise": colors.HexColor("#7A5A00"),
    "plan": colors.HexColor("#2E6B1F"),
    "decide": colors.HexColor("#9B1B4B"),
}


def purpose_colour(purpose: str | None) -> colors.Color:
    return PURPOSE_COLOURS.get((purpose or "").lower(), NEUTRAL)


def purpose_label(purpose: str) -> str:
    return purpose[:1].upper() + purpose[1:]


def tint(colour: colors.Color, amount: float = 0.88) -> colors.Color:
    """Mix a colour with white; amount 0 keeps it, 1 is white."""
    r, g, b = colour.red, colour.green, colour.blue
    return colors.Color(r + (1 - r) * amount, g + (1 - g) * amount, b + (1 - b) * amount)


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    lead: ParagraphStyle
    say: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    question: ParagraphStyle
    tag: ParagraphStyle
    bullet: ParagraphStyle
    note: ParagraphStyle  # a facilitator's side note: muted, a point smaller in normal print
    body_size: float
    line_gap: float  # spacing of handwriting lines


@lru_cache(maxsize=8)
def stylesheet(options: Options) -> Styles:
    """Paragraph styles for the given options (cached; styles are never mutated)."""
    regular = fonts.register_fonts()
    big = options.large_print
    body = 16.0 if big else 11.0
    small = 14.0 if big else 8.5

    def make(name: str, size: float, *, font: str = regular, colour: colors.Color = INK,
             leading: float = 1.28, before: float = 0, after: float = 0,
             keep: bool = False) -> ParagraphStyle:
        return ParagraphStyle(
            name, fontName=font, fontSize=size, leading=round(size * leading, 1),
            textColor=colour, spaceBefore=before, spaceAfter=after, alignment=TA_LEFT,
            splitLongWords=1, allowWidows=0, allowOrphans=0, keepWithNext=int(keep),
        )

    return Styles(
        title=make("title", 30 if big else 22, font=fonts.BOLD, leading=1.2, after=4),
        h2=make("h2", 20 if big else 13.5, font=fonts.BOLD, leading=1.25, before=body * 0.95, after=body * 0.3),
        h3=make("h3", 17 if big else 11.5, font=fonts.BOLD, leading=1.3, before=body * 0.6, after=2),
        body=make("body", body, after=body * 0.45),
        lead=make("lead", body + (2 if big else 1.5), colour=MUTED, leading=1.3, after=body * 0.6),
        say=make("say", body, font=fonts.ITALIC, colour=INK),
        small=make("small", small, colour=MUTED, leading=1.3),
        label=make("label", small, font=fonts.BOLD, colour=MUTED, leading=1.25),
        cell=make("cell", body, leading=1.26),
        cell_head=make("cell_head", small, font=fonts.BOLD, colour=MUTED, leading=1.25),
        question=make("question", body + (4 if big else 3), font=fonts.BOLD, leading=1.3),
        tag=make("tag", small, font=fonts.BOLD, colour=WHITE, leading=1.2),
        bullet=make("bullet", body, after=body * 0.2),
        note=make("note", body if big else body - 1, colour=MUTED, leading=1.26, before=2),
        body_size=body,
        line_gap=(34.0 if big else 25.0),
    )


_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def text(value: object) -> str:
    """User text made safe for a Paragraph: escaped, newlines kept, no control characters.

    Very long words (URLs, pasted identifiers) are broken at the margin by the
    styles' ``splitLongWords``, so they never run off the page.
    """
    s = "" if value is None else str(value)
    s = s.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    s = _UNSAFE.sub("", s)
    return escape(s).replace("\n", "<br/>")
