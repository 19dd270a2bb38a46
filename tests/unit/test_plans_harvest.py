"""Harvest notes with tags: upsert, restore after a crash, filters, and a CSV a spreadsheet opens cleanly."""

from __future__ import annotations

import csv
from datetime import time
from pathlib import Path

import pytest

from facilitator.plans.harvest import (
    CSV_COLUMNS,
    delete_note,
    harvest,
    harvest_csv,
    known_tags,
    run_notes,
    save_note,
    write_harvest_csv,
)
from facilitator.plans.model import Plan, PlanItem
from facilitator.plans.repository import NotFound, save_plan
from facilitator.plans.runs import start_run
from facilitator.plans.schedule import timed_items
from facilitator.store.db import Database
from facilitator.structures.library import Library


def started(db: Database, library: Library, title: str) -> tuple[Plan, str]:
    structure = library.get("1-2-4-all")
    assert structure is not None
    plan = Plan(title, start=time(10, 0), items=[PlanItem.other("Welcome", 5), PlanItem.for_structure(structure)])
    save_plan(db, plan)
    return plan, start_run(db, plan, timed_items(plan, library))


def test_a_note_is_upserted_with_tags(db: Database, library: Library) -> None:
    _, run = started(db, library, "Workshop")
    note = save_note(db, run, 1, 3, "Trans", ["Idea"])
    again = save_note(db, run, 1, 3, "Transport is the barrier", ["idea", " Barrier ", "idea"], note_uuid=note)
    assert again == note
    [saved] = run_notes(db, run)
    assert saved.text == "Transport is the barrier"
    assert saved.tags == ("barrier", "idea")
    assert (saved.item_title, saved.step_title) == ("1-2-4-All", "Share with the whole group")
    save_note(db, run, 1, 3, "Transport is the barrier", [], note_uuid=note)
    assert run_notes(db, run)[0].tags == ()
    assert known_tags(db) == ["barrier", "idea"]  # tags outlive the notes that used them

    # The runner may make the uuid itself, before the first save.
    made = "0d9b5a52-58a8-4b0a-a4b0-5b8f1e4f9a11"
    assert save_note(db, run, 0, 0, "hello", ["strength"], note_uuid=made) == made
    assert [n.uuid for n in run_notes(db, run)] == [made, note]
    assert delete_note(db, made) and [n.uuid for n in run_notes(db, run)] == [note]
    with pytest.raises(NotFound):
        save_note(db, "no-such-run", 0, 0, "x")


def test_harvest_filters_combine(db: Database, library: Library) -> None:
    plan_a, run_a = started(db, library, "Morning")
    plan_b, run_b = started(db, library, "Evening")
    save_note(db, run_a, 1, 0, "A idea", ["idea"])
    save_note(db, run_a, 1, 1, "A action", ["action", "idea"])
    save_note(db, run_b, 0, 0, "B need", ["need"])
    assert {e.note.text for e in harvest(db)} == {"A idea", "A action", "B need"}
    assert [e.note.text for e in harvest(db, plan_uuid=plan_a.uuid)] == ["A idea", "A action"]
    assert [e.note.text for e in harvest(db, run_uuid=run_b)] == ["B need"]
    assert [e.note.text for e in harvest(db, tag="IDEA")] == ["A idea", "A action"]
    assert [e.note.text for e in harvest(db, plan_uuid=plan_b.uuid, tag="idea")] == []
    assert harvest(db, tag="nothing-like-this") == []
    assert harvest(db, run_uuid=run_a)[0].plan_title == "Morning"


def test_harvest_csv_reads_back_with_bom_quotes_accents_and_newlines(db: Database, library: Library,
                                                                     tmp_path: Path) -> None:
    _, run = started(db, library, "Café santé")
    text = 'Élodie: "we need a bus",\nnot a leaflet; ça suffit'
    save_note(db, run, 1, 2, text, ["need", "barrier"])
    save_note(db, run, 0, 0, "Welcome, everyone", [])
    out = tmp_path / "harvest.csv"
    write_harvest_csv(harvest(db), out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf\"run\",\"plan\"")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == list(CSV_COLUMNS)
    assert len(rows) == 3
    welcome, note = rows[1], rows[2]
    assert welcome[2:4] == ["1. Welcome", "1. Welcome"] and welcome[5] == ""
    assert note[0] == run[:8] and note[1] == "Café santé"
    assert note[2:4] == ["2. 1-2-4-All", "3. Develop the ideas in fours"]
    assert note[5] == "barrier; need" and note[6] == text
    assert len(note[4]) == 16  # "YYYY-MM-DD HH:MM", the local clock
    # Every field quoted, including empty ones, so spreadsheets never guess types.
    lines = harvest_csv(harvest(db)).split("\r\n")
    assert lines[1].startswith(f'"{run[:8]}","Café santé","1. Welcome"')
    assert lines[1].endswith(',"","Welcome, everyone"')
