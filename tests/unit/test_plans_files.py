"""Plan files: TOML and JSON round trips, the shipped example, and a corpus of bad files."""

from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path

import pytest

from facilitator import paths
from facilitator.plans.files import (
    MAX_FILE_BYTES,
    PlanFileError,
    import_plan_file,
    read_plan_file,
    write_plan_file,
)
from facilitator.plans.model import Plan, PlanItem
from facilitator.plans.repository import get_plan, list_plans
from facilitator.plans.schedule import schedule
from facilitator.store.db import Database
from facilitator.structures.library import Library

EXAMPLE = paths.resource("examples", "plan-community-health-workshop.toml")


def sample(library: Library) -> Plan:
    structure = library.get("impromptu-networking")
    assert structure is not None
    item = PlanItem.for_structure(structure, invitation='What "worry" — ça va?')
    item.step_minutes = {1: 4.5}
    return Plan("Säntis day", date=date(2026, 5, 4), start=time(9, 30), venue="Hall", facilitator="Zoë",
                purpose="Line one\nline two", available_minutes=60, harvest_tags=("idea", "next step"),
                items=[PlanItem.other("Welcome", 7.5, note="hi"), item, PlanItem.break_(10)])


@pytest.mark.parametrize("suffix", [".toml", ".json"])
def test_round_trip(library: Library, tmp_path: Path, suffix: str) -> None:
    plan = sample(library)
    path = tmp_path / f"plan{suffix}"
    write_plan_file(plan, path, library)
    back, warnings = read_plan_file(path, library)
    assert warnings == []
    assert back.uuid == plan.uuid
    for field in ("title", "date", "start", "venue", "facilitator", "purpose", "available_minutes", "harvest_tags"):
        assert getattr(back, field) == getattr(plan, field), field
    strip = [(i.kind, i.structure_id, i.title, i.invitation, i.step_minutes, i.note) for i in plan.items]
    assert [(i.kind, i.structure_id, i.title, i.invitation, i.step_minutes, i.note) for i in back.items] == strip
    assert back.items[1].minutes == 1 + 3 * 4.5 + 4
    assert schedule(back, library).total_seconds == schedule(plan, library).total_seconds
    if suffix == ".json":
        assert json.loads(path.read_text(encoding="utf-8"))["items"][1]["step_minutes"] == {"2": 4.5}


def test_the_example_imports_cleanly_and_fills_two_and_a_half_hours(db: Database, library: Library) -> None:
    result = import_plan_file(db, EXAMPLE, library)
    assert result.warnings == [] and not result.copied
    plan = get_plan(db, result.plan.uuid)
    assert plan is not None
    sched = schedule(plan, library)
    assert [(s.resolved.title, s.span) for s in sched.slots] == [
        ("Welcome and purpose", "10:00–10:10"), ("Impromptu Networking", "10:10–10:27"),
        ("1-2-4-All", "10:27–10:39"), ("Tea break", "10:39–10:54"), ("TRIZ", "10:54–11:23"),
        ("25/10 Crowd Sourcing", "11:23–11:55"), ("What, So What, Now What?", "11:55–12:25"),
        ("Close and thanks", "12:25–12:30")]
    assert sched.over_minutes == 0 and sched.warnings == []
    again = import_plan_file(db, EXAMPLE, library)
    assert again.copied and again.plan.uuid != plan.uuid
    replaced = import_plan_file(db, EXAMPLE, library, replace=True)
    assert replaced.replaced and len(list_plans(db)) == 2


def test_unknown_structure_is_a_warning_not_a_failure(db: Database, library: Library, tmp_path: Path) -> None:
    path = tmp_path / "trip.toml"
    path.write_text('title = "Trip"\n[[items]]\nstructure = "our-check-in"\nminutes = 12\n'
                    '[[items]]\nstructure = "triz"\nstep_minutes = { "9" = 3 }\n', encoding="utf-8")
    result = import_plan_file(db, path, library)
    assert [str(w) for w in result.warnings] == [
        "trip.toml: items[1].structure: no structure 'our-check-in' in this library; kept as a "
        "12-minute item; add its structure file to get its steps",
        "trip.toml: items[2]: 'TRIZ' has no step 9 any more (it has 4); that time change is ignored"]
    plan = get_plan(db, result.plan.uuid)
    assert plan is not None and plan.items[1].title == "TRIZ" and plan.items[1].step_minutes == {}
    assert schedule(plan, library).total_minutes == 12 + 35


BAD = [
    ("binary.toml", b"\x89PNG\r\n\x1a\n\x00\x00", ": is not a text file (it contains binary data)"),
    ("latin1.toml", 'title = "caf\xe9"'.encode("latin-1"), ": is not UTF-8 text (byte 12); save it as UTF-8"),
    ("empty.toml", b"  \n", ": the file is empty"),
    ("broken.toml", b'title = "unclosed\n', ": is not valid TOML"),
    ("broken.json", b'{"title": "x",}', ": is not valid JSON: "),
    ("list.json", b"[1, 2]", ": expected the plan's fields"),
    ("deep.json", b"[" * 100_000 + b"]" * 100_000, ": is nested too deeply"),
    ("notitle.toml", b"format = 1\n", ": title: missing; add it as text in quotes"),
    ("newer.toml", b'format = 2\ntitle = "x"', ": format: made by a newer Facilitator (format 2)"),
    ("types.toml", b'title = 5', ": title: expected text in quotes, got a number (5)"),
    ("typo.toml", b'title = "x"\nvenu = "y"', ": venu: unknown field (did you mean 'venue'?)"),
    ("date.toml", b'title = "x"\ndate = "12/03/2026"', ": date: expected a day like 2026-03-12"),
    ("start.toml", b'title = "x"\nstart = "25:00"', ': start: expected a clock time like "10:00"'),
    ("avail.toml", b'title = "x"\navailable_minutes = -5', ": available_minutes: expected whole minutes"),
    ("inf.json", b'{"title": "x", "available_minutes": Infinity}', ": available_minutes: expected whole minutes"),
    ("half.toml", b'title = "x"\navailable_minutes = 90.5', ": available_minutes: expected whole minutes"),
    ("tags.toml", b'title = "x"\nharvest_tags = "idea"', ": harvest_tags: expected a list of words"),
    ("uuid.toml", b'title = "x"\nuuid = "not-a-uuid"', ": uuid: is not a valid plan id"),
    ("items.toml", b'title = "x"\nitems = 3', ": items: expected [[items]] tables"),
    ("kind.toml", b'title = "x"\n[[items]]\nkind = "lunch"\nminutes = 3', ': items[1].kind: got text (\'lunch\'); use kind = "structure"'),
    ("nokind.toml", b'title = "x"\n[[items]]\nminutes = 3', ": items[1].kind: missing"),
    ("brkmin.toml", b'title = "x"\n[[items]]\nkind = "break"', ": items[1].minutes: missing; give the length in minutes"),
    ("minutes.toml", b'title = "x"\n[[items]]\nkind = "break"\nminutes = "ten"', ": items[1].minutes: expected a number of minutes from 0 to 1440, got text ('ten')"),
    ("nan.json", b'{"title": "x", "items": [{"kind": "break", "minutes": NaN}]}', ": items[1].minutes: expected a number of minutes"),
    ("steps.toml", b'title = "x"\n[[items]]\nstructure = "triz"\nstep_minutes = { "0" = 3 }', ": items[1].step_minutes.0: expected a step number from 1"),
    ("stepmin.toml", b'title = "x"\n[[items]]\nstructure = "triz"\nstep_minutes = { "1" = 0 }', ": items[1].step_minutes.1: expected a number of minutes from more than 0"),
    ("brkstruct.toml", b'title = "x"\n[[items]]\nkind = "break"\nstructure = "triz"\nminutes = 5', ": items[1].structure: a break has no structure"),
    ("itemtypo.toml", b'title = "x"\n[[items]]\nkind = "break"\nminuets = 5\nminutes = 5', ": items[1].minuets: unknown field (did you mean 'minutes'?)"),
]


@pytest.mark.parametrize("name, content, message", BAD, ids=[b[0] for b in BAD])
def test_bad_files_say_where_and_what(library: Library, tmp_path: Path,
                                      name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(PlanFileError) as info:
        read_plan_file(path, library)
    lines = str(info.value).splitlines()
    assert any(line.startswith(name) and message in line for line in lines), lines


def test_a_bad_file_imports_nothing(db: Database, library: Library, tmp_path: Path) -> None:
    """All or nothing: one bad item at the end stops the good ones before it."""
    good = EXAMPLE.read_text(encoding="utf-8")
    path = tmp_path / "almost.toml"
    path.write_text(good + '\n[[items]]\nkind = "break"\nminutes = -1\n', encoding="utf-8")
    with pytest.raises(PlanFileError, match=r"almost.toml: items\[9\].minutes"):
        import_plan_file(db, path, library)
    assert list_plans(db) == []


def test_every_problem_is_listed_at_once(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "many.toml"
    path.write_text('title = ""\nstart = "noon"\n[[items]]\nkind = "break"\n[[items]]\nkind = "x"\n', encoding="utf-8")
    with pytest.raises(PlanFileError) as info:
        read_plan_file(path, library)
    assert [p.field for p in info.value.problems] == [
        "title", "start", "items[1].minutes", "items[1].title", "items[2].kind"]


def test_huge_missing_and_folder_files(library: Library, tmp_path: Path) -> None:
    huge = tmp_path / "huge.toml"
    huge.write_bytes(b"# " + b"x" * MAX_FILE_BYTES)
    for path, message in ((huge, "huge.toml: is larger than 2 MB, too big for a plan file"), (tmp_path / "nope.toml", "nope.toml: file not found"),
                          (tmp_path, f"{tmp_path.name}: is a folder")):
        with pytest.raises(PlanFileError, match=message):
            read_plan_file(path, library)


def test_export_needs_a_known_extension(library: Library, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="use a name ending in .toml or .json"):
        write_plan_file(sample(library), tmp_path / "plan.txt")
    assert not (tmp_path / "plan.txt").exists()
