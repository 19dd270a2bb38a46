"""Space to write by hand: ruled lines and framed boxes that share the page."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph

from facilitator.render.style import FAINT, INK, MUTED, RULE, Styles, text

HINT_LIMIT = 240  # a hint is an example, never a whole document


def clip(value: str, limit: int = HINT_LIMIT) -> str:
    value = " ".join(value.split())
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def heading_markup(label: str, hint: str, colour: colors.Color, styles: Styles) -> str:
    """Bold coloured label, then a muted hint in the small size (both escaped)."""
    out = f'<font color="#{colour.hexval()[2:]}"><b>{text(label)}</b></font>'
    if hint:
        out += (f'  <font color="#{MUTED.hexval()[2:]}" size="{styles.body_size if styles.body_size > 12 else styles.body_size - 1}">'
                f"{text(clip(hint))}</font>")
    return out


class Lines(Flowable):
    """Ruled lines to write on; splits across pages."""

    def __init__(self, count: int, gap: float, colour: colors.Color = RULE) -> None:
        super().__init__()
        self.count = max(1, count)
        self.gap = gap
        self.colour = colour
        self.width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        return availWidth, self.count * self.gap

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        fits = int(availHeight // self.gap)
        if fits < 1 or fits >= self.count:
            return []
        return [Lines(fits, self.gap, self.colour), Lines(self.count - fits, self.gap, self.colour)]

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(self.colour)
        c.setLineWidth(0.6)
        for i in range(1, self.count + 1):
            y = self.count * self.gap - i * self.gap + 1
            c.line(0, y, self.width, y)


class WriteBox(Flowable):
    """A framed space to write in: a heading (label + hint) and faint ruled lines.

    Give ``rows`` for a fixed number of lines, or ``share`` = k to take 1/k of the
    height left on the page (k counts this box and those after it sharing the rest);
    boxes that cannot all fit at ``min_rows`` lines continue on the next page, filling it.
    """

    PAD = 9.0

    def __init__(self, label: str, styles: Styles, colour: colors.Color = INK, *,
                 hint: str = "", rows: int | None = None, share: int = 1, min_rows: int = 3,
                 gap_after: float = 8, lines: bool = True) -> None:
        super().__init__()
        self.styles, self.rows, self.share, self.min_rows = styles, rows, max(1, share), min_rows
        self.lines = lines
        self.head = Paragraph(heading_markup(label, hint, colour, styles), styles.cell)
        self.head_h = 0.0
        self.width = self.height = 0.0
        self.gap_after = gap_after
        self.spaceAfter = gap_after

    def _outer(self, rows: float) -> float:
        return self.PAD + self.head_h + rows * self.styles.line_gap + self.PAD

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        self.head_h = float(self.head.wrap(availWidth - 2 * self.PAD - 2, availHeight)[1])
        if self.rows is not None:
            self.height = self._outer(self.rows)
        else:
            # Share the room equally; when all k boxes cannot fit, split them into as many
            # as fit here (sharing this page) and the rest on the next page.
            least, room = self._outer(self.min_rows), availHeight - 1
            fits = min(self.share, int(room // (least + self.gap_after)))
            self.height = room / fits - self.gap_after if fits else least
        return self.width, self.height

    def draw(self) -> None:
        c, gap = self.canv, self.styles.line_gap
        c.setStrokeColor(RULE)
        c.setLineWidth(0.9)
        c.roundRect(0, 0, self.width, self.height, 4, stroke=1, fill=0)
        top = self.height - self.PAD - self.head_h
        self.head.drawOn(c, self.PAD + 1, top)
        if self.lines:
            c.setStrokeColor(FAINT)
            c.setLineWidth(0.6)
            y = top - gap
            while y > self.PAD * 0.6:
                c.line(self.PAD + 1, y, self.width - self.PAD - 1, y)
                y -= gap


class FillRows(Flowable):
    """A table with as many blank rows as fit the rest of the page (at least ``least``).

    ``make(n)`` builds the table with n rows; it moves to a fresh page rather than split.
    """

    def __init__(self, make: Callable[[int], Flowable], row_height: float, least: int,
                 most: int = 30) -> None:
        super().__init__()
        self.make, self.row_height, self.least, self.most = make, row_height, least, most
        self.table: Flowable | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        head = float(self.make(0).wrap(availWidth, availHeight)[1])
        fits = int((availHeight - head - 2) // self.row_height)
        self.table = self.make(min(self.most, max(self.least, fits)))
        width, height = self.table.wrap(availWidth, availHeight)
        return float(width), float(height)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        return []

    def draw(self) -> None:
        if self.table is not None:
            self.table.drawOn(self.canv, 0, 0)


class LinesToEnd(Flowable):
    """Ruled lines filling the rest of the frame (a page of notes); at least one line."""

    def __init__(self, gap: float, colour: colors.Color = RULE) -> None:
        super().__init__()
        self.gap = gap
        self.colour = colour
        self.width = self.height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        self.height = max(1, int((availHeight - 1) // self.gap)) * self.gap
        return availWidth, self.height

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(self.colour)
        c.setLineWidth(0.6)
        y = self.height - self.gap + 1
        while y > 0:
            c.line(0, y, self.width, y)
            y -= self.gap
