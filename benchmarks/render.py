"""Handouts: how long a structure card and a 40-page session pack take to write.

Prints
  card_render: X ms (target ≤ 150 ms)     median of a 1-2-4-All card written to a file
  pack_40_pages: Y s (target ≤ 2 s)       median of a session pack of at least 40 pages

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
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from facilitator.plans.model import Plan, PlanItem  # noqa: E402
from facilitator.render import Options, render_card  # noqa: E402
from facilitator.render.fonts import register_fonts  # noqa: E402
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
        pack_s = median_seconds(lambda: render_pack(plan, library, folder / "pack.pdf", Options()),
                                max(3, args.repeat // 3))
    print(f"card_render: {card_s * 1000:.0f} ms (target ≤ 150 ms)")
    print(f"pack_40_pages: {pack_s:.2f} s (target ≤ 2 s)  [{pages} pages, {len(plan.items)} items]")


if __name__ == "__main__":
    main()
