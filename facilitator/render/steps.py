"""The steps of a structure as a table: who, time box, running clock."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from reportlab.platypus import Flowable, Paragraph, Table

from facilitator import paths
from facilitator.render import fonts
from facilitator.render.parts import grid, para
from facilitator.render.style import FAINT, PAPER_TINT, Styles, text
from facilitator.structures.library import structure_files
from facilitator.structures.loader import load_structure
from facilitator.structures.model import Step, Structure, format_minutes


def clock(minutes: float) -> str:
    """Elapsed time as h:mm (h:mm:ss when a step ends mid-minute)."""
    seconds = round(minutes * 60)
    hours, rest = divmod(seconds, 3600)
    mins, secs = divmod(rest, 60)
    return f"{hours}:{mins:02d}:{secs:02d}" if secs else f"{hours}:{mins:02d}"


def _time_lines(step: Step) -> list[str]:
    lines = [format_minutes(step.minutes)]
    if step.min_minutes is not None or step.max_minutes is not None:
        low = format_minutes(step.min_minutes if step.min_minutes is not None else step.minutes)
        high = format_minutes(step.max_minutes if step.max_minutes is not None else step.minutes)
        lines.append(f"({low.removesuffix(' min')}–{high})")
    if step.repeat > 1:
        lines[0] += f" ×{step.repeat}"
        lines.append(f"= {format_minutes(step.total_minutes)}")
    return lines


def _who(step: Step) -> list[str]:
    lines = [step.configuration.label]
    if step.group_size:
        lines.append(f"groups of {step.group_size}")
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


def _step_cell(step: Step, s: Styles, note: Any, names: Mapping[str, str] | None) -> list[Flowable]:
    cell: list[Flowable] = [Paragraph(f"<b>{text(step.title)}</b>", s.cell)]
    if step.say:
        cell.append(Paragraph(f"“{text(step.say)}”", s.say))
    if step.notes:
        cell.append(para(step.notes, note))
    if step.leftovers:
        cell.append(Paragraph(f"<b>Leftovers:</b> {text(step.leftovers)}", note))
    if step.uses:
        cell.append(Paragraph(f"<b>Uses</b> {text(display_name(step.uses, names))}", note))
    return cell


def _lines(lines: list[str], style: Any) -> Paragraph:
    return Paragraph("<br/>".join(text(x) for x in lines), style)


def _width(columns: list[list[str]], size: float, font: str = fonts.REGULAR) -> float:
    return max(fonts.string_width(line, size, font) for group in columns for line in group)


def steps_table(structure: Structure, s: Styles, width: float, colour: Any,
                names: Mapping[str, str] | None = None, compact: bool = False,
                start: float = 0.0) -> Table:
    """Steps with time box, who, and the running clock.

    The 'Time' column holds the time box (range, repeats) with the configuration under it;
    ``compact`` (large print) also folds the clock in, so the step text keeps its width.
    ``start`` is where the clock begins, in minutes (a session pack passes the item's
    time of day, e.g. 610 for 10:10, so the clock column reads 10:10–10:11).
    """
    note = s.note
    size, pad = s.cell.fontSize, 6.0
    head = ["#", "Step", "Time"] if compact else ["#", "Step", "Time", "Clock"]
    rows: list[list[Any]] = [[Paragraph(h, s.cell_head) for h in head]]
    times: list[list[str]] = [["Time"]]
    clocks: list[list[str]] = [["Clock"]]
    elapsed = start

    def at(minutes: float) -> str:  # a time of day wraps at midnight; elapsed time does not
        return clock(minutes % 1440) if start else clock(minutes)

    for number, step in enumerate(structure.steps, 1):
        who, time = _who(step), _time_lines(step)
        span = f"{at(elapsed)}–{at(elapsed + step.total_minutes)}"
        elapsed += step.total_minutes
        times.append(time + who)
        clocks.append([span])
        side_cell: list[Flowable] = [_lines(time, s.cell), _lines(who, note)]
        if compact:
            side_cell.append(Paragraph(span, note))
        row: list[Any] = [Paragraph(str(number), s.cell), _step_cell(step, s, note, names),
                          side_cell]
        rows.append(row if compact else [*row, Paragraph(span, s.cell)])
    total, end = format_minutes(structure.total_minutes), at(elapsed)
    times.append([total])
    clocks.append([end])
    if compact:
        rows.append(["", Paragraph("<b>Total</b>", s.cell),
                     Paragraph(f"<b>{total}</b><br/>{end}", s.cell)])
        side = [_width(times + clocks, size, fonts.BOLD)]
    else:
        rows.append(["", Paragraph("<b>Total</b>", s.cell), Paragraph(f"<b>{total}</b>", s.cell),
                     Paragraph(f"<b>{end}</b>", s.cell)])
        side = [_width(times, size, fonts.BOLD), _width(clocks, size, fonts.BOLD)]
    number_w = fonts.string_width(str(max(len(structure.steps), 1)), size) + 2 * pad + 2
    side = [w + 2 * pad + 1 for w in side]
    step_w = max(width - number_w - sum(side), width * 0.45)
    if number_w + step_w + sum(side) > width:  # squeeze the side columns, never overflow
        side = [w * (width - number_w - step_w) / sum(side) for w in side]
    cmds: list[Any] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("LINEBELOW", (0, 0), (-1, 0), 1.2, colour),
        ("LINEBELOW", (0, 1), (-1, -2), 0.5, FAINT),
        ("LINEABOVE", (0, -1), (-1, -1), 1.0, colour),
        ("NOSPLIT", (0, -2), (-1, -1)),  # never leave the total alone on a page
    ]
    for r in range(2, len(rows) - 1, 2):
        cmds.append(("BACKGROUND", (0, r), (-1, r), PAPER_TINT))
    return grid(rows, [number_w, step_w, *side], cmds, repeatRows=1)
