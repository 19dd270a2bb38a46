"""The printed harvest: timing (actual against planned), notes per step, notes grouped by tag."""

from __future__ import annotations

from pathlib import Path

from facilitator import paths
from facilitator.plans.files import import_plan_file
from facilitator.plans.harvest import harvest_report, save_note
from facilitator.plans.runs import finish_run, start_run
from facilitator.plans.schedule import timed_items
from facilitator.render import Options
from facilitator.render.harvest import render_harvest
from facilitator.store.db import Database
from facilitator.structures.library import Library
from tests.unit.test_render_card import (
    A4,
    LETTER,
    MARKUP,
    NAMES,
    assert_fonts_embedded,
    flat,
    page_count,
    page_sizes,
    pdf_text,
    words,
)

EXAMPLE = paths.resource("examples", "plan-community-health-workshop.toml")


def run_of_example(db: Database, library: Library) -> tuple[str, list[dict[str, object]]]:
    """The example plan started, with a step log as the engine writes it (each step 10 s over)."""
    plan = import_plan_file(db, EXAMPLE, library).plan
    items = timed_items(plan, library)
    run = start_run(db, plan, items)
    log: list[dict[str, object]] = [
        {"item": i, "step": j, "item_title": item.title, "step_title": step.title,
         "planned": step.seconds, "budget": step.seconds, "actual": step.seconds + 10}
        for i, item in enumerate(items) for j, step in enumerate(item.steps)]
    return run, log


def test_harvest_of_a_finished_run(db: Database, library: Library, tmp_path: Path) -> None:
    run, log = run_of_example(db, library)
    log[3]["actual"] = 2 * 60 + 70 + 240  # Impromptu Networking round 1's second turn: planned 2 min, took 7 min 10 s
    log[4]["actual"] = 0  # going back to a step later adds its time; here: round 2 skipped at once
    save_note(db, run, 1, 0, f"{NAMES}: the GP phone queue is the first barrier", ["barrier", "need"])
    save_note(db, run, 1, 1, "Łukasz runs a Saturday drop-in at the library", ["strength", "action"])
    save_note(db, run, 2, 3, MARKUP, ["idea"])
    save_note(db, run, 4, 2, "Buses twice a day", [])
    save_note(db, run, 6, 9, "Sam writes to the practice manager by Friday", ["action", "Follow-up"])
    finish_run(db, run, log)
    out = tmp_path / "harvest.pdf"
    pages = render_harvest(harvest_report(db, run), out)
    assert pages == page_count(out)
    t = flat(pdf_text(out))
    for expected in (
        "HARVEST", "Community health co-production workshop", "Sam Okafor", "Community centre, main hall",
        "5 notes, 4 tagged", "Timing", "STEP PLANNED ACTUAL DIFFERENCE",
        "1. Welcome and purpose 10 min 10 min 10 s +10 s",
        "3. Round 1 of 3 — Second person answers 2 min 7 min 10 s +5 min 10 s",
        "4. Round 2 of 3 — First person answers 2 min 0 s −2 min",
        "Notes by step", "2.1 Take in the questions planned 1 min, took 1 min 10 s",
        f"{NAMES}: the GP phone queue is the first barrier", MARKUP, "Buses twice a day",
        "Notes by tag", "Strength · 1 note", "Need · 1 note", "Barrier · 1 note", "Idea · 1 note",
        "Action · 2 notes", "Follow-up · 1 note", "1 note without a tag",
        "2. Impromptu Networking › Round 1 of 3 — First person answers",
    ):
        assert expected in t, expected
    # the plan's tags in the plan's order, then others
    assert t.index("Strength · 1") < t.index("Need · 1") < t.index("Barrier · 1") < t.index("Idea · 1") \
        < t.index("Action · 2") < t.index("Follow-up · 1")
    assert page_sizes(out) == {A4}
    assert_fonts_embedded(out)


def test_unfinished_run_with_a_5000_word_note_on_letter_in_large_print(
        db: Database, library: Library, tmp_path: Path) -> None:
    run, _ = run_of_example(db, library)
    save_note(db, run, 2, 0, words(5000, "ENDMARK"), ["idea"])
    out = tmp_path / "harvest.pdf"
    render_harvest(harvest_report(db, run), out, Options(paper="letter", large_print=True))
    t = flat(pdf_text(out))
    assert "this run was not finished" in t
    assert t.count("ENDMARK") == 2  # by step and by tag, both whole
    assert page_count(out) >= 12
    assert page_sizes(out) == {LETTER}
    assert_fonts_embedded(out)
