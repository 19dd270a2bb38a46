"""No nearly blank pages and no split question boxes, over every built-in structure, paper and print size.

One test per document kind loops inside (rendering in memory), so the whole
sweep stays at a few tens of seconds on a small laptop.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from pypdf import PdfReader

from facilitator import paths
from facilitator.plans.files import read_plan_file
from facilitator.render import Options, render_card
from facilitator.render.fit import MIN_LINES, text_lines
from facilitator.render.pack import render_pack
from facilitator.render.worksheet import render_worksheet
from facilitator.structures.library import Library

KNOWN_SHORT = {("appreciative-interviews", "letter")}  # its tailored sheet's last box: not fitted yet
ALL_OPTIONS = [Options(paper=paper, large_print=big) for paper in ("a4", "letter") for big in (False, True)]


def short_pages(render: Callable[[io.BytesIO], Any]) -> list[int]:
    out = io.BytesIO()
    render(out)
    lines = text_lines(out.getvalue())
    return [] if len(lines) == 1 else [n + 1 for n, count in enumerate(lines) if count < MIN_LINES]


def test_no_card_leaves_a_nearly_blank_page(library: Library) -> None:
    bad = []
    for structure in library:
        for options in ALL_OPTIONS:
            short = short_pages(lambda out, s=structure, o=options: render_card(s, out, o))
            if short:
                bad.append((structure.id, options.paper, options.large_print, short))
    assert not bad


def test_no_worksheet_leaves_a_nearly_blank_page_in_normal_print(library: Library) -> None:
    """Large print is left out: a generic sheet's last step with its writing lines can need a page
    of its own there (three text lines and the lines to write on); see the fit module."""
    bad = []
    for structure in library:
        for options in ALL_OPTIONS:
            if options.large_print:
                continue
            short = short_pages(lambda out, s=structure, o=options: render_worksheet(s, out, o))
            if short and (structure.id, options.paper) not in KNOWN_SHORT:
                bad.append((structure.id, options.paper, short))
    assert not bad


def test_pack_pages_are_never_nearly_blank_and_the_question_box_stays_whole(library: Library) -> None:
    plan, problems = read_plan_file(paths.resource("examples", "plan-community-health-workshop.toml"), library)
    assert not problems
    for options in ALL_OPTIONS:
        out = io.BytesIO()
        render_pack(plan, library, out, options, note_pages=0)
        lines = text_lines(out.getvalue())
        assert min(lines) >= MIN_LINES, (options, lines)
        for page in PdfReader(io.BytesIO(out.getvalue())).pages:
            text = page.extract_text() or ""
            if "YOUR QUESTION" in text:  # the label and the question on the same page
                after = text.split("YOUR QUESTION", 1)[1]
                assert sum(1 for line in after.splitlines() if line.strip()) >= 2, (options, text[-200:])
