"""Session packs: cover with the agenda on the clock, a card per item, note pages; progress and cancel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from facilitator import paths
from facilitator.plans.files import read_plan_file
from facilitator.plans.model import ItemKind, Plan, PlanItem
from facilitator.render import Options
from facilitator.render.pack import Cancelled, render_pack
from facilitator.structures.library import Library
from tests.unit.test_render_card import (
    A4,
    LETTER,
    MARKUP,
    NAMES,
    assert_fonts_embedded,
    dominant_font_size,
    flat,
    page_count,
    page_sizes,
    pdf_text,
    words,
)

EXAMPLE = paths.resource("examples", "plan-community-health-workshop.toml")


def example_plan(library: Library) -> Plan:
    plan, problems = read_plan_file(EXAMPLE, library)
    assert not problems
    return plan


def test_example_pack_has_cover_agenda_cards_with_clock_times_and_note_pages(
        tmp_path: Path, library: Library) -> None:
    plan = example_plan(library)
    calls: list[tuple[int, int]] = []
    out = tmp_path / "pack.pdf"
    pages = render_pack(plan, library, out, progress=lambda done, total: calls.append((done, total)))
    assert pages == page_count(out) >= 10
    reader = PdfReader(out)
    cover = flat(reader.pages[0].extract_text())
    for expected in ("SESSION PACK", "Community health co-production workshop", "Thursday 12 March 2026",
                     "10:00–12:30 (2 h 30 min)", "Community centre, main hall", "Sam Okafor",
                     "Bring residents, carers and health professionals", "Agenda",
                     "10:00–10:10 Welcome and purpose", "10:10–10:27 Impromptu Networking",
                     "What helps people in our neighbourhood ask for help before things get bad?",
                     "10:39–10:54 Tea break", "12:25–12:30 Close and thanks",
                     "2 h 30 min planned: exactly the time available", "page 1 of"):
        assert expected in cover, expected
    t = flat(pdf_text(out))
    for expected in (
        # each structure item's card, numbered on the agenda, with the item's own question …
        "ITEM 2 OF 8 · 10:10–10:27", "ITEM 3 OF 8 · 10:27–10:39", "ITEM 5 OF 8 · 10:54–11:23",
        "ITEM 6 OF 8 · 11:23–11:55", "ITEM 7 OF 8 · 11:55–12:25", "YOUR QUESTION",
        "What worry about getting help early are you bringing today",
        # … its steps at the plan's time boxes (three rounds of 4 min, not 5) and the clock of the day
        "4 min ×3", "10:10–10:11", "10:11–10:23", "10:27–10:28", "12:25",
        "Notes", "Community health co-production workshop · 12 March 2026",
    ):
        assert expected in t, expected
    assert "ITEM 1 OF 8" not in t and "ITEM 4 OF 8" not in t  # welcome and tea: agenda only
    assert t.count("Think alone") == 1
    # the last two pages are lined note pages: nothing on them but the footer
    last = flat(reader.pages[-1].extract_text())
    assert last.startswith("Community health") and last.endswith(f"page {pages} of {pages}")
    assert page_sizes(out) == {A4}
    assert_fonts_embedded(out)
    assert calls and calls[-1][0] == calls[-1][1] and len({total for _, total in calls}) == 1
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_awkward_pack_on_letter_in_large_print(tmp_path: Path, library: Library) -> None:
    one_two_four = library.get("1-2-4-all")
    assert one_two_four is not None
    plan = Plan(
        title=f"{NAMES} <b>&</b> co", date=dt.date(2026, 5, 4), venue=MARKUP, facilitator=NAMES,
        purpose=words(5000, "PURPOSEEND"), available_minutes=30,
        items=[
            PlanItem.other("Welcome <i>&</i> coffee", 10, note=words(5000, "NOTEEND")),
            PlanItem.for_structure(one_two_four, invitation=f"How can {NAMES} <help> & why?"),
            PlanItem(kind=ItemKind.STRUCTURE, structure_id="gone-away", title="Deleted custom thing", minutes=20),
            PlanItem.break_(5),
        ],
    )
    out = tmp_path / "pack.pdf"
    render_pack(plan, library, out, Options(paper="letter", large_print=True), note_pages=1)
    t = flat(pdf_text(out))
    for expected in (f"{NAMES} <b>&</b> co", MARKUP, NAMES, "PURPOSEEND", "NOTEEND", "Welcome <i>&</i> coffee",
                     f"How can {NAMES} <help> & why?", "0–10 min from start", "10–22 min from start",  # no start time
                     "structure 'gone-away' is no longer in the library", "Deleted custom thing",
                     "47 min planned: 17 min over the 30 min available", "Monday 4 May 2026"):
        assert expected in t, expected
    assert page_sizes(out) == {LETTER}
    assert page_count(out) > 25  # 10,000 words flow on; nothing is cut
    assert dominant_font_size(out) >= 16
    assert_fonts_embedded(out)


def test_forty_item_pack_and_cancel(tmp_path: Path, library: Library) -> None:
    structures = list(library)
    plan = Plan("Forty", items=[
        PlanItem.for_structure(structures[i % len(structures)], invitation=f"Question number {i + 1}?")
        for i in range(40)])
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "forty.pdf"
    pages = render_pack(plan, library, out, note_pages=0)
    assert pages >= 40
    reader = PdfReader(out)
    head = flat(" ".join(p.extract_text() for p in reader.pages[:8]))
    assert "Question number 1?" in head and "ITEM 1 OF 40 · 0–12 MIN FROM START" in head  # no start time: from the start
    tail = flat(" ".join(p.extract_text() for p in reader.pages[-4:]))
    assert "ITEM 40 OF 40" in tail and "Question number 40?" in tail

    # Cancel part-way through laying out: no file, the old one untouched, no leftovers.
    out.write_bytes(b"the pack printed yesterday")
    seen: list[int] = []
    with pytest.raises(Cancelled):
        render_pack(plan, library, out, progress=lambda done, total: seen.append(done),
                    cancelled=lambda: len(seen) >= 50)
    assert 50 <= len(seen) < 80
    assert out.read_bytes() == b"the pack printed yesterday"
    assert sorted(p.name for p in folder.iterdir()) == ["forty.pdf"]
    with pytest.raises(Cancelled):  # cancelled before it starts: nothing at all
        render_pack(plan, library, folder / "new.pdf", cancelled=lambda: True)
    assert sorted(p.name for p in folder.iterdir()) == ["forty.pdf"]
