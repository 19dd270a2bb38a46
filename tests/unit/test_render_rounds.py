"""Rounds with stages on paper: the Troika card and a session pack print "3 rounds of 10 min" with the stages indented."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from facilitator.plans.model import Plan, PlanItem
from facilitator.render.card import render_card
from facilitator.render.pack import render_pack
from facilitator.structures.library import Library
from tests.unit.test_render_card import flat, pdf_text


def test_troika_card_prints_the_rounds_with_stages_indented(tmp_path: Path, library: Library) -> None:
    out = tmp_path / "troika.pdf"
    render_card(library.get("troika-consulting"), out)
    t = flat(pdf_text(out))
    for expected in ("Consulting round", "10 min ×3", "(7–11 min) = 30 min", "1–31 min from start",
                     "3 rounds of 10 min, each:", "› Client explains · 2 min (1–2 min)",
                     "› Consultants ask · 2 min", "› Consultants discuss · 5 min (4–5 min)",
                     "› Client responds · 1 min (1–2 min)", "Total 31 min"):
        assert expected in t, expected
    assert "0:0" not in t


def test_pack_uses_times_of_day_and_scales_the_stages_to_the_plan(tmp_path: Path, library: Library) -> None:
    item = PlanItem.for_structure(library.get("troika-consulting"), invitation="Where are you stuck?")
    item.step_minutes = {1: 8}  # a round of 8 minutes: the stages keep their shares
    plan = Plan("Team day", date=dt.date(2026, 3, 12), start=dt.time(9, 30), items=[item])
    out = tmp_path / "pack.pdf"
    render_pack(plan, library, out, note_pages=0)
    t = flat(pdf_text(out))
    assert "09:30–09:55" in t and "25 min" in t
    assert "09:31–09:55" in t, "the round's clock column is a time of day"
    assert "3 rounds of 8 min, each:" in t and "› Consultants discuss · 4 min" in t
    assert "Where are you stuck?" in t
