"""Participant worksheets: a tailored sheet for the structures that need one, notes otherwise."""

from __future__ import annotations

import os
from typing import IO

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from facilitator.render import sheets_forms, sheets_ls
from facilitator.render.document import build_fitted, today_label
from facilitator.render.sheet_common import Builder, Sheet, header
from facilitator.render.style import Options, text
from facilitator.render.writing import Lines
from facilitator.structures.model import Configuration, Structure, format_minutes

_TAILORED: dict[str, Builder] = {
    "1-2-4-all": sheets_ls.one_two_four_all,
    "appreciative-interviews": sheets_ls.appreciative_interviews,
    "triz": sheets_ls.triz,
    "troika-consulting": sheets_ls.troika_consulting,
    "what-so-what-now-what": sheets_ls.what_so_what_now_what,
    "25-10-crowd-sourcing": sheets_forms.idea_cards,
    "sdmi-consensus-round": sheets_forms.sdmi_proposal_form,
}
WORKSHEET_IDS: tuple[str, ...] = tuple(sorted(_TAILORED))

_LINES = {
    Configuration.ALONE: 5,
    Configuration.PAIRS: 5,
    Configuration.TRIOS: 5,
    Configuration.FOURSOMES: 4,
    Configuration.SMALL_GROUPS: 4,
    Configuration.WHOLE_GROUP: 3,
}


def generic_notes(sheet: Sheet) -> list[Flowable]:
    """Question, then each step's heading with lines to write on."""
    s = sheet.s
    story = header(sheet)
    for number, step in enumerate(sheet.structure.steps, 1):
        meta = f"{step.configuration.label} · {format_minutes(step.minutes)}"
        if step.repeat > 1:
            meta += f" ×{step.repeat}"
        count = _LINES.get(step.configuration, 4) - (1 if sheet.big else 0)
        story.append(KeepTogether([  # a step's heading with all its lines: never lines alone on a page
            Paragraph(f"{number}. {text(step.title)}", s.h3),
            Paragraph(text(meta), s.small),
            Lines(count, s.line_gap),
        ]))
    if not sheet.structure.steps:
        story.append(Lines(12, s.line_gap))
    return story


def worksheet_flowables(structure: Structure, options: Options,
                        invitation: str | None = None) -> list[Flowable]:
    """The worksheet as flowables (tailored when ``structure.id`` is in WORKSHEET_IDS)."""
    sheet = Sheet.make(structure, options, invitation)
    return _TAILORED.get(structure.id, generic_notes)(sheet)


def render_worksheet(structure: Structure, path: str | os.PathLike[str] | IO[bytes],
                     options: Options | None = None, *, invitation: str | None = None) -> int:
    """Write the participant worksheet for a structure (atomically when given a path).

    Returns the number of pages.
    """
    options = options or Options()
    return build_fitted(path, lambda: worksheet_flowables(structure, options, invitation), options,
                        title=structure.name, footer=f"Worksheet · {today_label()}",
                        subject=f"Facilitator worksheet: {structure.name}")
