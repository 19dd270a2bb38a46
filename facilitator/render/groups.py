"""A one-page list of who is in which group, to pin up or read out.

Names come from the session only (typed, pasted or read from a file); they
are printed here and never stored in the library or the database.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import IO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from facilitator.render.document import build, frame_size
from facilitator.render.style import INK, RULE, Options, stylesheet, text


def render_group_list(groups: Sequence[Sequence[str]], title: str, describe: str,
                      path: str | os.PathLike[str] | IO[bytes], options: Options | None = None) -> int:
    """Groups in columns of cells; a room of 150 in foursomes still fits one page in normal print."""
    options = options or Options()
    styles = stylesheet(options)
    width, _ = frame_size(options)
    count = len(groups)
    columns = 2 if count <= 8 or options.large_print else 3 if count <= 15 else 4 if count <= 28 else 5
    style = styles.cell if count <= 15 or options.large_print else ParagraphStyle(
        "groups", parent=styles.small, textColor=INK)
    cells: list[list[Flowable | str]] = []
    row: list[Flowable | str] = []
    for number, members in enumerate(groups, 1):
        names = "<br/>".join(text(name) for name in members)
        row.append(Paragraph(f"<b>Group {number}</b> ({len(members)})<br/>{names}", style))
        if len(row) == columns:
            cells.append(row)
            row = []
    if row:
        cells.append(row + [""] * (columns - len(row)))
    story: list[Flowable] = [
        Paragraph(text(title), styles.title),
        Paragraph(text(describe), styles.lead),
        Spacer(1, 2 * mm),
    ]
    if cells:
        table = Table(cells, colWidths=[width / columns] * columns)
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BOX", (0, 0), (-1, -1), 0.5, RULE),
            ("INNERGRID", (0, 0), (-1, -1), 0.5, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]))
        story.append(table)
    return build(path, story, options, title, "Groups")
