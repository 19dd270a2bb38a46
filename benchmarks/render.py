"""Handouts: how long a structure card and a 40-page session pack take to write.

Prints
  card_render: X ms (target ≤ 150 ms)     median of a 1-2-4-All card written to a file
  pack_40_pages: Y s (target ≤ 2 s)       median of a session pack of at least 40 pages
  pack_floor: Z s                          median of bare platypus setting the pack's text, page by page
  pack_ratio: Y/Z (target ≤ 2)

The floor is what reportlab itself costs for the same text volume in the same
(embedded DejaVu) fonts: the pack's own text, read back from its PDF, set as one
plain Paragraph per line in a SimpleDocTemplate, a page break where the pack has
one. Pack and floor are timed in turn, so a busy machine slows both alike.

Fonts are registered and the library loaded once beforehand, as in the running app.
Run: .venv/bin/python benchmarks/render.py [--repeat N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from facilitator.plans.model import Plan, PlanItem  # noqa: E402
from facilitator.render import Options, render_card  # noqa: E402
from facilitator.render.fonts import REGULAR, register_fonts  # noqa: E402
from facilitator.render.pack import render_pack  # noqa: E402
from facilitator.structures.library import Library, load_library  # noqa: E402


def median_seconds(work: Callable[[], object], repeat: int) -> float:
    work()  # warm up: font subsets, style caches
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def interleaved_medians(works: Sequence[Callable[[], object]], repeat: int) -> list[float]:
    """Median seconds of each piece of work, run in turn (A B A B ...) after one warm-up each."""
    for work in works:
        work()
    times: list[list[float]] = [[] for _ in works]
    for _ in range(repeat):
        for i, work in enumerate(works):
            start = time.perf_counter()
            work()
            times[i].append(time.perf_counter() - start)
    return [statistics.median(t) for t in times]


def pack_text(pdf: Path) -> list[list[str]]:
    """The text the pack set, page by page and line by line (pypdf, from the test extras)."""
    from pypdf import PdfReader

    return [[line for line in (page.extract_text() or "").splitlines() if line.strip()]
            for page in PdfReader(str(pdf)).pages]


def bare_platypus(pages: list[list[str]], out: Path) -> None:
    """The floor: the same lines in the same font, no styles, tables, cards or fitting."""
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate

    style = ParagraphStyle("plain", fontName=REGULAR, fontSize=10, leading=12)
    story: list[Flowable] = []
    for lines in pages:
        story += [Paragraph(escape(line), style) for line in lines]
        story.append(PageBreak())
    SimpleDocTemplate(str(out), pagesize=A4, initialFontName=REGULAR).build(story)


def forty_page_plan(library: Library, folder: Path) -> tuple[Plan, int]:
    """A realistic day: shipped structures in turn, each with its own question, until the pack has 40+ pages."""
    structures = list(library)
    items: list[PlanItem] = []
    pages = 0
    plan = Plan("Benchmark day", date=dt.date(2026, 3, 12), start=dt.time(9, 0), venue="Community centre",
                facilitator="Zoë Łukasz Ağaoğlu", purpose="Measure the pack.", items=items)
    while pages < 40:
        if len(items) % 5 == 4:
            items.append(PlanItem.break_(15))
        s = structures[len(items) % len(structures)]
        items.append(PlanItem.for_structure(s, invitation=f"What would help most, in {s.name}?"))
        pages = render_pack(plan, library, folder / "probe.pdf")
    return plan, pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    register_fonts()
    library = load_library()
    card = library.get("1-2-4-all")
    assert card is not None
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        card_s = median_seconds(lambda: render_card(card, folder / "card.pdf"), args.repeat)
        plan, pages = forty_page_plan(library, folder)
        render_pack(plan, library, folder / "pack.pdf", Options())
        text = pack_text(folder / "pack.pdf")
        pack_s, floor_s = interleaved_medians(
            [lambda: render_pack(plan, library, folder / "pack.pdf", Options()),
             lambda: bare_platypus(text, folder / "floor.pdf")], max(5, args.repeat // 2))
    print(f"card_render: {card_s * 1000:.0f} ms (target ≤ 150 ms)")
    print(f"pack_40_pages: {pack_s:.2f} s (target ≤ 2 s)  [{pages} pages, {len(plan.items)} items]")
    print(f"pack_floor: {floor_s:.2f} s  [bare platypus, the pack's {sum(map(len, text)):,} lines, "
          f"{sum(len(line) for page in text for line in page):,} characters, DejaVu Sans]")
    print(f"pack_ratio: {pack_s / floor_s:.2f} (target ≤ 2)")


if __name__ == "__main__":
    main()
