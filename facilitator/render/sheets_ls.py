"""Tailored worksheets for Liberating Structures: 1-2-4-All, Appreciative Interviews,
TRIZ, Troika Consulting, What So What Now What. Wording is Facilitator's own."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph

from facilitator.render.parts import bullets, gap, grid
from facilitator.render.sheet_common import Sheet, header
from facilitator.render.style import FAINT, RULE, text, tint
from facilitator.render.writing import FillRows, Lines, WriteBox
from facilitator.structures.model import Configuration as C
from facilitator.structures.model import format_minutes
from facilitator.timetext import offset_span


def _timed(minutes: str, hint: str) -> str:
    return f"{minutes} · {hint}" if minutes else hint


def one_two_four_all(sheet: Sheet) -> list[Flowable]:
    boxes = [
        ("1 · Alone", _timed(sheet.minutes(C.ALONE), "your own ideas, in silence")),
        ("2 · Pair", _timed(sheet.minutes(C.PAIRS), "build on each other's ideas")),
        ("4 · Four", _timed(sheet.minutes(C.FOURSOMES), "where do we agree, where do we differ?")),
        ("All · Our standout idea", "the one idea we share with the whole group"),
    ]
    story = header(sheet)
    for i, (label, hint) in enumerate(boxes):
        story.append(WriteBox(label, sheet.s, sheet.colour, hint=hint, share=len(boxes) - i,
                              min_rows=2 if sheet.big else 3))
    return story


_INTERVIEW = (
    ("Tell me the story", "When did you work with others on this and feel proud of what you "
     "achieved? What happened?", 5),
    ("Who made it happen?", "Who was involved, and what did each person bring?", 3),
    ("What made it possible?", "Which conditions, choices, resources or ways of working made "
     "this success possible? Keep asking: and what else?", 5),
    ("What can we use again?", "What from this story could help us now?", 3),
)


def appreciative_interviews(sheet: Sheet) -> list[Flowable]:
    s = sheet.s
    story = header(sheet, "Interview guide")
    each = sheet.minutes(C.PAIRS)
    story.append(sheet.note(
        "Interviewer: ask the questions below, listen for what made the success possible, and "
        f"note your partner's answers so you can retell the story.{' ' + each + ' each, then swap.' if each else ''}"))
    for number, (title, prompt, lines) in enumerate(_INTERVIEW, 1):
        story += [
            CondPageBreak(s.line_gap * 3 + s.h3.leading * 3),
            KeepTogether([Paragraph(f"{number}. {text(title)}", s.h3), Paragraph(text(prompt), s.body)]),
            Lines(lines - (1 if sheet.big else 0), s.line_gap),
        ]
    patterns = _timed(sheet.minutes(C.FOURSOMES), "retell each story; what helped these successes happen?")
    story += [gap(s, 1.0), CondPageBreak(sheet.height * 0.3),
              WriteBox("In your four: patterns of success", s, sheet.colour, hint=patterns, min_rows=5)]
    return story


def triz(sheet: Sheet) -> list[Flowable]:
    s = sheet.s
    story = header(sheet)
    story.append(WriteBox("The worst result we can imagine", s, sheet.colour, rows=2))
    story.append(sheet.note(
        "1. List everything that would guarantee that result. 2. Tick what we are doing now, "
        "even a little. 3. For each tick, write the first step to stop it: “We will stop …”"))
    head = ["#", "Everything that would guarantee the worst result", "Doing this now?",
            "First step to stop it"]
    w = sheet.width
    number_w = s.cell.fontSize * 2.2
    tick_w = w * (0.17 if sheet.big else 0.14)
    widths = [number_w, (w - number_w - tick_w) * 0.55, tick_w, (w - number_w - tick_w) * 0.45]
    row_h = s.line_gap * 1.6

    def make(count: int) -> Flowable:
        rows: list[list[Any]] = [[Paragraph(text(h), s.cell_head) for h in head]]
        rows += [[Paragraph(str(i), s.small), "", Paragraph("☐ yes", s.small), ""]
                 for i in range(1, count + 1)]
        return grid(rows, widths, [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), tint(sheet.colour, 0.9)),
            ("GRID", (0, 0), (-1, -1), 0.6, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
        ], rowHeights=[None] + [row_h] * count)

    story.append(FillRows(make, row_h, least=6))
    return story


_PHASES = (("Client shares the challenge and the help wanted", "Client", 0.2),
           ("Consultants ask clarifying questions", "Consultants", 0.2),
           ("Client turns around; consultants talk it over: ideas, advice, hunches", "Consultants", 0.5),
           ("Client turns back: what was most useful?", "Client", 0.1))


def _round_step(sheet: Sheet) -> tuple[float, int, float]:
    """(start minute, number of rounds, minutes per round) from the structure, else 3 × 10."""
    start = 0.0
    for step in sheet.structure.steps:
        if step.repeat > 1 and step.configuration == C.TRIOS:
            return start, step.repeat, step.minutes
        start += step.total_minutes
    return 0.0, 3, 10.0


def troika_consulting(sheet: Sheet) -> list[Flowable]:
    s, w = sheet.s, sheet.width
    story = header(sheet, "Roles card", kicker="Roles card")
    client = ["Bring one challenge you care about and say what help you want.",
              "Answer questions briefly.", "Turn your back and listen; take notes, stay silent.",
              "Turn round and say what was most useful."]
    consultants = ["Ask questions to understand, not to advise (yet).",
                   "Talk with each other, not to the client: ideas, advice, what you notice.",
                   "Be generous and candid.", "Listen to what was useful."]
    panels = [[Paragraph(title, s.h3), *bullets(items, s)] for title, items in
              (("Client (one of you)", client), ("Consultants (the other two)", consultants))]
    story.append(grid([panels], [w / 2, w / 2], [
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (0, 0), 0.8, RULE),
        ("BOX", (1, 0), (1, 0), 0.8, RULE), ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10), ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
    start, rounds, length = _round_step(sheet)
    phase_rows = [[Paragraph(text(p), s.cell), Paragraph(who, s.cell),
                   Paragraph(format_minutes(max(0.5, round(length * f * 2) / 2)), s.cell)]
                  for p, who, f in _PHASES]
    story.append(KeepTogether([
        Paragraph(f"Each round · {format_minutes(length)}", s.h2),
        grid(phase_rows, [w * 0.62, w * 0.22, w * 0.16], [
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -2), 0.5, FAINT)])]))
    round_rows: list[list[Any]] = [[Paragraph(h, s.cell_head) for h in ("Round", "Client", "When")]]
    for r in range(rounds):
        t0 = start + r * length
        round_rows.append([Paragraph(f"Round {r + 1}", s.cell), "",
                           Paragraph(offset_span(t0, t0 + length), s.cell)])
    story += [Paragraph(f"The {rounds} rounds", s.h2), grid(round_rows, [w * 0.22, w * 0.56, w * 0.22], [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LINEBELOW", (0, 0), (-1, -1), 0.6, RULE)],
        rowHeights=[None] + [s.line_gap * 1.3] * rounds),
        gap(s, 0.8), WriteBox("My challenge and the help I want", s, sheet.colour, min_rows=3)]
    return story


def what_so_what_now_what(sheet: Sheet) -> list[Flowable]:
    sections = [
        ("What?", "What happened? What did you notice? Facts and observations only."),
        ("So what?", "Why does it matter? What patterns or explanations do you see?"),
        ("Now what?", "What actions make sense now? What is our next step?"),
    ]
    story = header(sheet)
    for i, (label, hint) in enumerate(sections):
        story.append(WriteBox(label, sheet.s, sheet.colour, hint=hint, share=len(sections) - i,
                              min_rows=2 if sheet.big else 3))
    return story
