"""No nearly blank pages: a fit pass that tightens the part of a document that spills.

A card that runs two lines onto a second page wastes paper and reads badly: the
facilitator turns over for "Related: …". After laying out, every page's text
lines are counted (pypdf, as a reader would find them); a page with fewer than
``MIN_LINES`` in a part that has more than one page makes that part (the story
between two page breaks: one card of a pack) a little tighter and the document
is laid out again: less air above and below blocks first, then slightly closer
lines. Font sizes never change, so large print stays large. Writing pages
(a pack's note pages: ruled lines, no text) are what they are and never count.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable
from typing import Any

from pypdf import PdfReader
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Spacer

MIN_LINES = 6
STEPS = 6  # at most this many tightenings of one part
_FOOTER = re.compile(r"page \d+( of \d+)?\s*$")


def text_lines(pdf: bytes, only: set[int] | None = None) -> list[int]:
    """Non-empty text lines on each page, the running footer left out.

    ``only``: the page numbers (from 1) worth reading; reading a page back costs about as much
    as laying it out, so the others are not read and count as MIN_LINES (never short).
    """
    out = []
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages, 1):
        if only is not None and number not in only:
            out.append(MIN_LINES)
            continue
        lines = (page.extract_text() or "").splitlines()
        out.append(sum(1 for line in lines if line.strip() and not _FOOTER.search(line)))
    return out


class _Mark(Flowable):
    """Invisible: records the page a part starts on."""

    def __init__(self, starts: list[int]) -> None:
        super().__init__()
        self.starts = starts
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        self.starts.append(self.canv.getPageNumber())


def parts(story: list[Flowable]) -> list[list[Flowable]]:
    """The story cut before each page break: a pack's cover, each card, each note page."""
    out: list[list[Flowable]] = [[]]
    for flowable in story:
        if isinstance(flowable, PageBreak) and out[-1]:
            out.append([])
        out[-1].append(flowable)
    return out


def _is_writing_page(part: list[Flowable]) -> bool:
    from facilitator.render.writing import LinesToEnd

    return any(isinstance(f, LinesToEnd) for f in part)


def pages_that_count(pages: int, starts: list[int], exempt: set[int]) -> set[int]:
    """The pages short_parts can find short: those of parts with more than one page, not exempt."""
    bounds = [*starts, pages + 1]
    return {page for i, first in enumerate(starts) if i not in exempt and bounds[i + 1] - first > 1
            for page in range(first, bounds[i + 1])}


def short_parts(lines: list[int], starts: list[int], exempt: set[int]) -> set[int]:
    """Parts (by index) that have more than one page and a page with too few lines."""
    bounds = [*starts, len(lines) + 1]
    found = set()
    for i, first in enumerate(starts):
        pages = lines[first - 1:bounds[i + 1] - 1]
        if i not in exempt and len(pages) > 1 and min(pages) < MIN_LINES:
            found.add(i)
    return found


def tighten(flowables: Iterable[Any], step: int) -> None:
    """Make flowables a little tighter, in place: ``step`` 1, 2 … takes air away, from 3 on lines closer too."""
    from facilitator.render.writing import Lines

    if step <= 0:
        return
    air = max(0.25, 1 - 0.3 * step)
    leading = 1 - 0.025 * max(0, step - 2)
    clones: dict[int, Any] = {}
    seen: set[int] = set()

    def visit(value: Any) -> None:
        if id(value) in seen or isinstance(value, str | int | float | bytes) or value is None:
            return
        seen.add(id(value))
        if isinstance(value, list | tuple):
            for item in value:
                visit(item)
            return
        if isinstance(value, Paragraph):
            style = value.style
            if id(style) not in clones:
                clones[id(style)] = style.clone(f"{style.name}_fit{step}", spaceBefore=style.spaceBefore * air,
                                                spaceAfter=style.spaceAfter * air,
                                                leading=round(style.leading * leading, 2))
            value.style = clones[id(style)]
        elif isinstance(value, Spacer):
            value.height *= air
        elif isinstance(value, Lines):  # a worksheet's lines to write on: one fewer a step, never under two
            value.count = max(2, value.count - step)
        elif isinstance(value, CondPageBreak):
            value.height *= air
        if isinstance(value, Flowable):
            for key in ("_content", "_cellvalues", "table", "stacked", "head"):
                visit(getattr(value, key, None))

    visit(list(flowables))


def fitted_pdf(make: Callable[[], list[Flowable]], build: Callable[[io.BytesIO, list[Flowable]], int]) -> tuple[bytes, int]:
    """Lay out ``make()`` with ``build`` into memory, tightening the parts that leave a nearly blank page.

    ``make`` gives fresh flowables on every call (they carry layout state). Returns
    the PDF and its page count; when no tightening is enough, the tightest try.
    """
    levels: dict[int, int] = {}
    while True:
        story = make()
        chunks = parts(story)
        starts: list[int] = []
        laid: list[Flowable] = []
        for i, chunk in enumerate(chunks):
            tighten(chunk, levels.get(i, 0))
            laid += [*chunk[:1], _Mark(starts), *chunk[1:]] if isinstance(chunk[0], PageBreak) else [_Mark(starts), *chunk]
        out = io.BytesIO()
        pages = build(out, laid)
        pdf = out.getvalue()
        exempt = {i for i, chunk in enumerate(chunks) if _is_writing_page(chunk)}
        short = set()
        if len(starts) == len(chunks):
            short = short_parts(text_lines(pdf, pages_that_count(pages, starts, exempt)), starts, exempt)
        short = {i for i in short if levels.get(i, 0) < STEPS}
        if not short:
            return pdf, pages
        for i in short:
            levels[i] = levels.get(i, 0) + 1
