"""One document builder for every PDF: frame, running footer, metadata, atomic write."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import IO, Any

from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from facilitator.outputs import write_private
from facilitator.render import fonts
from facilitator.render.style import MUTED, RULE, Options, page_size

LEFT = RIGHT = 16 * mm
TOP = 14 * mm
BOTTOM = 19 * mm
FOOTER_Y = 9 * mm
AUTHOR = "Facilitator"


@dataclass(frozen=True)
class Margins:
    """Page margins in points; the footer sits in the bottom one."""

    left: float = LEFT
    right: float = RIGHT
    top: float = TOP
    bottom: float = BOTTOM


DEFAULT_MARGINS = Margins()

_MONTHS = ("January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December")


def today_label(day: dt.date | None = None) -> str:
    """'3 March 2025', the same whatever the machine's locale."""
    d = day or dt.date.today()
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def frame_size(options: Options, margins: Margins = DEFAULT_MARGINS) -> tuple[float, float]:
    """Width and height available to flowables on one page."""
    width, height = page_size(options)
    return width - margins.left - margins.right, height - margins.top - margins.bottom


def _fit(s: str, size: float, width: float) -> str:
    if fonts.string_width(s, size) <= width:
        return s
    while s and fonts.string_width(s + "…", size) > width:
        s = s[:-1]
    return s.rstrip() + "…"


def _footer_text(title: str, footer: str, size: float, width: float) -> str:
    """'Title · footer' in the width; a long title is shortened first, so the date stays whole."""
    title, footer = " ".join(title.split()), " ".join(footer.split())
    if not title or not footer:
        return _fit(title or footer, size, width)
    tail = f" · {footer}"
    room = width - fonts.string_width(tail, size)
    if room < width * 0.4:
        return _fit(title + tail, size, width)
    return _fit(title, size, room) + tail


def _canvas_class(title: str, footer: str, options: Options, pages: list[int],
                  margins: Margins = DEFAULT_MARGINS) -> type[pdfcanvas.Canvas]:
    """A canvas class that numbers pages; it appends the page count to ``pages`` when saved."""
    size = 12.0 if options.large_print else 8.0
    page_w, _ = page_size(options)
    left, right = margins.left, margins.right

    class NumberedCanvas(pdfcanvas.Canvas):
        """Holds pages back until the end so the footer can say 'page N of M'."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            pages.append(total)
            for state in self._held:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            number = self.getPageNumber()
            number_text = f"page {number} of {total}" if total > 1 else f"page {number}"
            right_w = fonts.string_width(number_text, size)
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(left, FOOTER_Y + size * 1.5, page_w - right, FOOTER_Y + size * 1.5)
            self.setFillColor(MUTED)
            self.setFont(fonts.REGULAR, size)
            self.drawString(left, FOOTER_Y, _footer_text(title, footer, size, page_w - left - right - right_w - 12 * mm))
            self.drawRightString(page_w - right, FOOTER_Y, number_text)
            self.restoreState()

    return NumberedCanvas


def _build_into(target: IO[bytes], flowables: list[Flowable], options: Options,
                title: str, footer: str, subject: str, margins: Margins = DEFAULT_MARGINS) -> int:
    regular = fonts.register_fonts()
    width, height = page_size(options)
    m = margins
    doc = BaseDocTemplate(
        target, pagesize=(width, height),
        leftMargin=m.left, rightMargin=m.right, topMargin=m.top, bottomMargin=m.bottom,
        title=title, author=AUTHOR, subject=subject or title, creator=AUTHOR,
        lang=options.language or None, initialFontName=regular,
        initialFontSize=11, displayDocTitle=1,
    )
    frame = Frame(m.left, m.bottom, width - m.left - m.right, height - m.top - m.bottom, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], pagesize=(width, height))])
    pages: list[int] = []
    doc.build(flowables, canvasmaker=_canvas_class(title, footer, options, pages, margins))
    return pages[-1] if pages else 0


def build(target: str | os.PathLike[str] | IO[bytes], flowables: Iterable[Flowable],
          options: Options, title: str, footer: str = "", *, subject: str = "",
          margins: Margins = DEFAULT_MARGINS) -> int:
    """Lay out flowables into a PDF at a path (atomically, 0600: see facilitator.outputs) or into a binary stream.

    Returns the number of pages. Flowables carry layout state; pass fresh ones to
    every call. Whatever goes wrong (an exception, a cancel), a path is either the
    complete new file or left exactly as it was.
    """
    story = list(flowables)
    if not isinstance(target, str | os.PathLike):
        return _build_into(target, story, options, title, footer, subject, margins)
    return write_private(target, lambda fh: _build_into(fh, story, options, title, footer, subject, margins))


def build_fitted(target: str | os.PathLike[str] | IO[bytes], make: Callable[[], list[Flowable]],
                 options: Options, title: str, footer: str = "", *, subject: str = "",
                 margins: Margins = DEFAULT_MARGINS) -> int:
    """Like ``build``, with no nearly blank pages (see facilitator.render.fit); ``make`` gives fresh flowables."""
    from facilitator.render.fit import fitted_pdf

    pdf, pages = fitted_pdf(make, lambda out, story: _build_into(out, story, options, title, footer, subject, margins))
    if isinstance(target, str | os.PathLike):
        write_private(target, pdf)
    else:
        target.write(pdf)
    return pages
