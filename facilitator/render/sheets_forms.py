"""Forms to fill in: 25/10 idea cards to cut out, and the SDMI proposal form."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from facilitator.render import fonts
from facilitator.render.parts import gap, grid
from facilitator.render.sheet_common import Sheet, header, question
from facilitator.render.style import FAINT, MUTED, RULE, text, tint
from facilitator.render.writing import WriteBox


class IdeaCards(Flowable):
    """Cards to cut out, filling the rest of the page: six (2 × 3), four in large print."""

    COLS = 2
    PAD = 12.0

    def __init__(self, sheet: Sheet) -> None:
        super().__init__()
        self.sheet = sheet
        self.rows = 2 if sheet.big else 3
        self.width = self.height = 0.0

    def _box(self, w: float) -> float:
        return min(self.sheet.s.h3.fontSize * 1.9, (w - 2 * self.PAD) / 7.4)

    def least_card(self, w: float) -> float:
        """Shortest card that still has room for an idea (two lines at least)."""
        s = self.sheet.s
        return (2 * self.PAD + s.h3.fontSize + self._box(w) + 2 * s.small.fontSize + 15
                + s.line_gap * 4.6)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        least = self.least_card(availWidth / self.COLS) * self.rows
        self.height = availHeight - 2 if availHeight - 2 >= least else max(least, self.sheet.height)
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        cw, ch = self.width / self.COLS, self.height / self.rows
        c.saveState()
        c.setStrokeColor(MUTED)
        c.setLineWidth(0.7)
        c.setDash(5, 4)
        c.rect(0, 0, self.width, self.height)
        for i in range(1, self.COLS):
            c.line(i * cw, 0, i * cw, self.height)
        for j in range(1, self.rows):
            c.line(0, j * ch, self.width, j * ch)
        c.restoreState()
        for i in range(self.COLS):
            for j in range(self.rows):
                self._card(i * cw, j * ch, cw, ch)

    def _card(self, x: float, y: float, w: float, h: float) -> None:
        c, s, colour = self.canv, self.sheet.s, self.sheet.colour
        pad, size, small = self.PAD, s.h3.fontSize, s.small.fontSize
        gap_ = s.line_gap
        c.setFillColor(colour)
        c.setFont(fonts.BOLD, size)
        c.drawString(x + pad, y + h - pad - size, "Bold idea")
        box = self._box(w)
        base = y + pad
        c.setFillColor(MUTED)
        c.setFont(fonts.REGULAR, small)
        c.drawString(x + pad, base + box + 4, "Scores 1–5")
        c.drawRightString(x + w - pad, base + box + 4, "Total")
        c.setStrokeColor(RULE)
        c.setLineWidth(0.9)
        step = (w - 2 * pad - box * 1.4) / 5
        for k in range(5):
            c.rect(x + pad + k * step, base, box, box)
        c.setLineWidth(1.4)
        c.setStrokeColor(colour)
        c.rect(x + w - pad - box * 1.4, base, box * 1.4, box)
        first = base + box + small + 12
        c.setFillColor(colour)
        c.setFont(fonts.BOLD, small + 1)
        c.drawString(x + pad, first + gap_ * 2 + 3, "First step")
        c.setStrokeColor(FAINT)
        c.setLineWidth(0.6)
        c.line(x + pad, first, x + w - pad, first)
        c.line(x + pad, first + gap_, x + w - pad, first + gap_)
        y_line = first + gap_ * 3 + small
        while y_line < y + h - pad - size - gap_ * 0.6:
            c.line(x + pad, y_line, x + w - pad, y_line)
            y_line += gap_


def idea_cards(sheet: Sheet) -> list[Flowable]:
    s = sheet.s
    story: list[Flowable] = [
        Paragraph(f"<b>{text(sheet.structure.name)}</b> · idea cards", s.h3),
        Paragraph("✂ Cut along the dashed lines. Write one bold idea and your first step; no "
                  "names. Each reader scores the card from 1 (low) to 5 (high).", s.small),
        gap(s, 0.5),
    ]
    if sheet.invitation:
        story += [Paragraph(f"<b>Question:</b> {text(sheet.invitation)}", s.body), gap(s, 0.3)]
    return [*story, IdeaCards(sheet)]


def _label_w(label: str, size: float) -> float:
    return fonts.string_width(label, size, fonts.BOLD)


def _fields(sheet: Sheet, fields: list[tuple[str, float]]) -> Flowable:
    """Labelled lines to write on, side by side; each takes its share of the width."""
    s = sheet.s
    row: list[Any] = []
    widths: list[float] = []
    cmds: list[Any] = [("VALIGN", (0, 0), (-1, -1), "BOTTOM")]
    for i, (label, share) in enumerate(fields):
        label_w = _label_w(label.upper(), s.label.fontSize) + 18
        row += [Paragraph(text(label.upper()), s.label), ""]
        widths += [label_w, sheet.width * share - label_w - (8 if i < len(fields) - 1 else 0)]
        cmds += [("LINEBELOW", (2 * i + 1, 0), (2 * i + 1, 0), 0.8, RULE),
                 ("LEFTPADDING", (2 * i, 0), (2 * i, 0), 0 if i == 0 else 8)]
    return grid([row], widths, cmds, rowHeights=[s.line_gap * 1.2])


def _table(sheet: Sheet, head: list[str], fractions: list[float], count: int,
           filler: list[Any]) -> Flowable:
    s = sheet.s
    rows: list[list[Any]] = [[Paragraph(text(h), s.cell_head) for h in head]]
    rows += [list(filler) for _ in range(count)]
    return grid(rows, [sheet.width * f for f in fractions], [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), tint(sheet.colour, 0.9)),
        ("GRID", (0, 0), (-1, -1), 0.6, RULE),
    ], rowHeights=[None] + [sheet.s.line_gap * 1.25] * count, repeatRows=1)


def sdmi_proposal_form(sheet: Sheet) -> list[Flowable]:
    s, big = sheet.s, sheet.big
    story = header(sheet, "Proposal form", kicker="Proposal form", ask="")
    story.append(_fields(sheet, [("Proposal owner", 0.55), ("Date", 0.45)]))
    story.append(gap(s, 0.6))
    story += question(sheet, "Proposal", rows=3)
    story += [WriteBox("Purpose", s, sheet.colour, hint="what should it achieve?", rows=2),
              WriteBox("What changes", s, sheet.colour, hint="for whom, from when?", rows=2),
              WriteBox("Clarifying questions", s, sheet.colour, hint="notes; questions only, no opinions yet",
                       min_rows=3)]
    tick = Paragraph("☐", s.cell.clone("tick", alignment=1))
    tick_w = (max(_label_w(h, s.cell_head.fontSize) for h in ("Consent", "Concern")) + 14) / sheet.width
    story += [CondPageBreak(sheet.height * 0.45), Paragraph("Decision round: stances", s.h2),
              Paragraph("Consent: I can live with it. Concern: consent, with something to watch. "
                        "Objection: it harms what we are here to do; give the argument.", s.small),
              gap(s, 0.4),
              _table(sheet, ["Name", "Consent", "Concern", "Objection + argument"],
                     [0.3 - tick_w, tick_w, tick_w, 0.7 - tick_w], 6 if big else 8,
                     ["", tick, tick, ""])]
    outcomes = [Paragraph(f"☐  {text(o)}", s.body) for o in (
        "Decision taken: everyone consents", "Decision taken, concerns recorded",
        "Objection: the owner reworks it", "Proposal withdrawn")]
    story += [CondPageBreak(sheet.height * 0.3), Paragraph("Outcome", s.h2),
              grid([outcomes[:2], outcomes[2:]], [sheet.width / 2] * 2,
                   [("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1)]),
              gap(s, 0.4), WriteBox("Decision as recorded", s, sheet.colour, rows=2)]
    story += [CondPageBreak(sheet.height * 0.3), Paragraph("Actions", s.h2),
              _table(sheet, ["Who", "What", "By when"], [0.25, 0.55, 0.2], 4 if big else 5, ["", "", ""]),
              gap(s, 0.6),
              _fields(sheet, [("Review date", 0.5)])]
    return story
