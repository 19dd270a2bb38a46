"""The steps of a structure as a table: who, time box, running clock."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table

from facilitator import paths
from facilitator.render import fonts
from facilitator.render.parts import grid, is_taller
from facilitator.render.style import FAINT, MUTED, PAPER_TINT, Styles, text
from facilitator.structures.library import structure_files
from facilitator.structures.loader import load_structure
from facilitator.structures.model import Stage, Step, Structure
from facilitator.timetext import duration, offset_span, time_of_day, time_span


def _range(part: Step | Stage) -> str:
    """'(7–11 min)' for an official range, else ''."""
    if part.min_minutes is None and part.max_minutes is None:
        return ""
    low = duration(part.min_minutes if part.min_minutes is not None else part.minutes)
    high = duration(part.max_minutes if part.max_minutes is not None else part.minutes)
    return f"({low.removesuffix(' min')}–{high})"


def _time_lines(step: Step) -> list[str]:
    lines = [duration(step.minutes)]
    if _range(step):
        lines.append(_range(step))
    if step.repeat > 1:
        lines[0] += f" ×{step.repeat}"
        lines.append(f"= {duration(step.total_minutes)}")
    return lines


@lru_cache(maxsize=1)
def builtin_names() -> dict[str, str]:
    """Display names of the shipped structures, for 'Related' and 'Uses'."""
    out: dict[str, str] = {}
    for path in structure_files(paths.resource("structures")):
        structure, _ = load_structure(path)
        if structure is not None:
            out[structure.id] = structure.name
    return out


def display_name(ident: str, names: Mapping[str, str] | None) -> str:
    if names and ident in names:
        return names[ident]
    return builtin_names().get(ident, ident)


def _who_text(step: Step) -> str:
    label = step.configuration.label
    if not step.group_size:
        return label
    return f"{label} of {step.group_size}" if label.lower().endswith("groups") else f"{label}, groups of {step.group_size}"


def _muted(markup: str, style: Any) -> str:
    return f'<font color="#{MUTED.hexval()[2:]}" size="{style.fontSize}">{markup}</font>'


def _head(step: Step, s: Styles, names: Mapping[str, str] | None) -> Paragraph:
    """The step's title with who works on it (and the structure it uses), on one line when it fits."""
    side = "· " + text(_who_text(step))
    if step.uses:
        side += f" · <b>Uses</b> {text(display_name(step.uses, names))}"
    return Paragraph(f"<b>{text(step.title)}</b>\u2002{_muted(side, s.note)}", s.cell)


def _time_markup(step: Step, s: Styles) -> str:
    """'2 min' with the range or repeats after it, smaller and muted: one line in the time column."""
    lines = _time_lines(step)
    rest = " ".join(text(x) for x in lines[1:])
    return f"{text(lines[0])} {_muted(rest, s.note)}" if rest else text(lines[0])


def _time_plain(step: Step) -> tuple[str, str]:
    lines = _time_lines(step)
    return lines[0], " ".join(lines[1:])


def _body(step: Step, s: Styles) -> list[Flowable]:
    """What to say and do, under the step's title at the table's full width."""
    cell: list[Flowable] = []
    if step.say:
        cell.append(Paragraph(f"“{text(step.say)}”", s.say))
    notes = [text(step.notes)] if step.notes else []
    if step.leftovers:
        notes.append(f"<b>Leftovers:</b> {text(step.leftovers)}")
    if notes:
        cell.append(Paragraph("\u2003".join(notes), s.note))
    return cell + _stages(step, s)


def _stages(step: Step, s: Styles) -> list[Flowable]:
    """'3 rounds of 10 min, each:' and the stages indented under it, each with its time and cue."""
    if not step.stages:
        return []
    each = duration(step.minutes)
    lead = f"{step.repeat} rounds of {each}, each:" if step.repeat > 1 else f"In stages, {each} in all:"
    indent = ParagraphStyle("stage", parent=s.cell, leftIndent=s.cell.fontSize * 1.2,
                            firstLineIndent=-s.cell.fontSize * 0.8)
    out: list[Flowable] = [Paragraph(f"<b>{text(lead)}</b>", s.cell)]
    for stage in step.stages:
        line = f"› <b>{text(stage.title)}</b> · {text(duration(stage.minutes))}"
        if _range(stage):
            line += " " + _muted(text(_range(stage)), s.note)
        if stage.say:
            line += f" — <i>“{text(stage.say)}”</i>"
        if stage.notes:
            line += " " + _muted(text(stage.notes), s.note)
        out.append(Paragraph(line, indent))
    return out


def steps_table(structure: Structure, s: Styles, width: float, colour: Any,
                names: Mapping[str, str] | None = None, compact: bool = False,
                start: float = 0.0, of_day: bool = False) -> Table:
    """Steps with time box, who, and the running clock.

    Each step takes a title line (number, title and who; time box; clock) and, under it,
    what to say and do across the whole width, so long instructions take few lines.
    ``compact`` (large print) folds the clock into the time column, so the title keeps
    its width. ``start`` is where the clock begins, in minutes; with ``of_day`` it is
    a time of day (a session pack passes 610 for 10:10, so the column reads
    10:10–10:11), else an offset from the start ("1–3 min from start"): the two
    are never written alike (facilitator/timetext.py).
    """
    note = s.note
    size, pad = s.cell.fontSize, 6.0
    head = ["#", "Step", "Time"] if compact else ["#", "Step", "Time", "Clock" if of_day else "When"]
    columns = len(head)
    rows: list[list[Any]] = [[Paragraph(h, s.cell_head) for h in head]]
    time_w = clock_w = 0.0
    elapsed, last_first = start, 1  # the last step's first row, kept with the total
    cmds: list[Any] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, 0), 1.2, colour),
    ]

    def span_of(begin: float, end: float) -> str:
        return time_span(begin, end) if of_day else offset_span(begin, end)

    for number, step in enumerate(structure.steps, 1):
        span = span_of(elapsed, elapsed + step.total_minutes)
        elapsed += step.total_minutes
        main, rest = _time_plain(step)
        time_markup = _time_markup(step, s)
        main_w = fonts.string_width(main, size) + (fonts.string_width(" " + rest, note.fontSize) if rest else 0)
        if compact:
            time_markup += f"<br/>{_muted(span, note)}"
            main_w = max(main_w, fonts.string_width(span, note.fontSize))
        else:
            clock_w = max(clock_w, fonts.string_width(span, size))
        time_w = max(time_w, main_w)
        first = len(rows)
        if number == len(structure.steps):
            last_first = first
        row: list[Any] = [Paragraph(str(number), s.cell), _head(step, s, names), Paragraph(time_markup, s.cell)]
        rows.append(row if compact else [*row, Paragraph(span, s.cell)])
        body = _body(step, s)
        if body:
            rows.append(["", body, *([""] * (columns - 2))])
            cmds += [("SPAN", (1, first + 1), (-1, first + 1)),
                     ("TOPPADDING", (0, first + 1), (-1, first + 1), 0),
                     ("BOTTOMPADDING", (0, first), (-1, first), 0.5)]
        last = len(rows) - 1
        huge = bool(body) and is_taller(body, width * 0.75, 320)  # a pasted essay: let it flow
        if not huge:
            cmds.append(("NOSPLIT", (0, first), (-1, last)))  # a title stays with its instructions
        elif number == len(structure.steps):
            last_first = -1
        cmds.append(("BOTTOMPADDING", (0, last), (-1, last), 3.5))
        if number < len(structure.steps):
            cmds.append(("LINEBELOW", (0, last), (-1, last), 0.5, FAINT))
        if number % 2 == 0:
            cmds.append(("BACKGROUND", (0, first), (-1, last), PAPER_TINT))
    total, end = duration(structure.total_minutes), (time_of_day(elapsed) if of_day else "")
    bold = fonts.BOLD
    if compact:
        rows.append(["", Paragraph("<b>Total</b>", s.cell), Paragraph(f"<b>{total}</b><br/>{end}", s.cell)])
        side = [max(time_w, fonts.string_width(total, size, bold), fonts.string_width(end, size))]
    else:
        rows.append(["", Paragraph("<b>Total</b>", s.cell), Paragraph(f"<b>{total}</b>", s.cell),
                     Paragraph(f"<b>{end}</b>", s.cell)])
        side = [max(time_w, fonts.string_width(total, size, bold)),
                max(clock_w, fonts.string_width(end, size, bold), fonts.string_width("Clock", s.cell_head.fontSize, bold))]
    cmds += [("LINEABOVE", (0, -1), (-1, -1), 1.0, colour), ("TOPPADDING", (0, -1), (-1, -1), 4)]
    if last_first > 0:
        cmds.append(("NOSPLIT", (0, last_first), (-1, -1)))  # never leave the total alone on a page
    number_w = fonts.string_width(str(max(len(structure.steps), 1)), size) + 2 * pad + 2
    side = [w + 2 * pad + 1 for w in side]
    step_w = max(width - number_w - sum(side), width * 0.45)
    if number_w + step_w + sum(side) > width:  # squeeze the side columns, never overflow
        side = [w * (width - number_w - step_w) / sum(side) for w in side]
    return grid(rows, [number_w, step_w, *side], cmds, repeatRows=1)
