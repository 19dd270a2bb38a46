"""`facilitator plans …` and `facilitator harvest …` from a clean home: output, JSON, exit codes, no tracebacks."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from facilitator import paths
from facilitator.plans.harvest import save_note
from facilitator.plans.repository import get_plan, list_plans
from facilitator.plans.runs import start_run
from facilitator.plans.schedule import timed_items
from facilitator.store.db import open_database
from facilitator.structures.library import load_library
from tests.cli import run

EXAMPLE = paths.resource("examples", "plan-community-health-workshop.toml")



def test_import_list_show_export(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run(capsys, "plans", "list") == (0, "", "No plans yet; import one with 'facilitator plans import FILE'.\n")
    code, out, err = run(capsys, "plans", "import", str(EXAMPLE))
    assert code == 0 and err == ""
    assert out.startswith("Imported 'Community health co-production workshop': 8 items, id 5b0f2a8e.")

    code, out, _ = run(capsys, "plans", "list", "--json")
    [summary] = json.loads(out)
    assert summary["number"] == 1 and summary["start"] == "10:00" and summary["items"] == 8

    code, out, _ = run(capsys, "plans", "show", "1")
    assert code == 0
    assert "  3. 10:27–10:39      12 min  1-2-4-All" in out
    assert "  4. 10:39–10:54      15 min  Tea break (break)" in out
    assert "Total: 2 h 30 min planned: exactly the time available" in out

    code, out, _ = run(capsys, "plans", "show", "5b0f2a8e", "--json")
    data = json.loads(out)
    assert [(i["title"], i["start"], i["end"], i["minutes"]) for i in data["items"]][1:3] == [
        ("Impromptu Networking", "10:10", "10:27", 17), ("1-2-4-All", "10:27", "10:39", 12)]
    assert data["items"][1]["step_minutes"] == {"2": 4} and data["total_minutes"] == 150
    assert data["over_minutes"] == 0 and data["warnings"] == []

    for suffix in ("json", "toml"):
        target = tmp_path / f"out.{suffix}"
        assert run(capsys, "plans", "export", "1", "-o", str(target))[0] == 0
        code, out, _ = run(capsys, "plans", "import", str(target))
        assert code == 0 and "as a copy" in out
    code, out, _ = run(capsys, "plans", "import", str(EXAMPLE), "--replace")
    assert "replacing the plan with the same id" in out
    assert len(json.loads(run(capsys, "plans", "list", "--json")[1])) == 3


def test_a_plan_with_a_missing_structure_shows_with_a_warning(capsys: pytest.CaptureFixture[str],
                                                              tmp_path: Path) -> None:
    path = tmp_path / "usb.toml"
    path.write_text('title = "From the other laptop"\nstart = "14:00"\n[[items]]\nstructure = "our-check-in"\n'
                    'title = "Our check-in"\nminutes = 12\n[[items]]\nstructure = "1-2-4-all"\n', encoding="utf-8")
    code, out, err = run(capsys, "plans", "import", str(path))
    assert code == 0
    assert f"warning: {path}: items[1].structure: no structure 'our-check-in' in this library" in err
    code, out, err = run(capsys, "plans", "show", "1")
    assert code == 0
    assert "14:00–14:12      12 min  Our check-in ⚠" in out and "14:12–14:24" in out
    assert "kept as a 12-minute item" in err


def test_a_bad_file_lists_every_problem_and_imports_nothing(capsys: pytest.CaptureFixture[str],
                                                            tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text('title = 3\n[[items]]\nkind = "break"\nminutes = "ten"\n', encoding="utf-8")
    code, out, err = run(capsys, "plans", "import", str(path))
    assert code == 3 and out == ""
    assert err.splitlines() == [
        f"{path}: title: expected text in quotes, got a number (3)",
        f"{path}: items[1].minutes: expected a number of minutes from 0 to 1440, got text ('ten')",
        f"{path}: items[1].title: missing; add it as text in quotes",
        "facilitator: nothing was imported; fix the file and try again",
    ]
    assert run(capsys, "plans", "list", "--json")[1] == "[]\n"
    code, _, err = run(capsys, "plans", "import", str(tmp_path / "absent.toml"))
    assert code == 3 and "absent.toml: file not found" in err


@pytest.mark.parametrize("argv, code, message", [
    (("plans", "show", "7"), 2, "no plan number 7; there are 0"),
    (("plans", "show", "abcdef"), 2, "no plan 'abcdef'"),
    (("plans", "export", "1", "-o", "plan.txt"), 2, "use a name ending in .toml or .json"),
    (("plans", "export", "1"), 2, "required: -o/--output"),
    (("plans",), 2, "required"),
    (("harvest", "list", "--run", "zzzz"), 2, "no session run 'zzzz'"),
    (("harvest", "list", "--plan", "3"), 2, "no plan number 3"),
    (("harvest", "export", "-o", "notes.xlsx"), 2, "use a name ending in .csv"),
    (("harvest", "list", "--tag", " "), 2, "--tag needs a tag name"),
])
def test_bad_arguments(capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], code: int, message: str) -> None:
    got, _, err = run(capsys, *argv)
    assert got == code and message in err


def test_harvest_list_and_export(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run(capsys, "plans", "import", str(EXAMPLE))[0] == 0
    db = open_database()
    library = load_library()
    plan = get_plan(db, list_plans(db)[0].uuid)
    assert plan is not None
    run_id = start_run(db, plan, timed_items(plan, library))
    save_note(db, run_id, 4, 1, "Nobody answers the phone,\n\"after 5\"", ["Barrier"])
    save_note(db, run_id, 5, 2, "Drop-in at the café", ["idea", "action"])
    db.close()

    code, out, _ = run(capsys, "harvest", "list")
    assert code == 0
    assert f"run {run_id[:8]} · Community health co-production workshop · started" in out
    assert "  5. TRIZ › 2. List how to guarantee it · " in out and "[barrier]" in out
    assert '      "after 5"' in out

    code, out, _ = run(capsys, "harvest", "list", "--tag", "idea", "--plan", "1", "--run", run_id[:6], "--json")
    [note] = json.loads(out)
    assert note["text"] == "Drop-in at the café" and note["tags"] == ["action", "idea"]
    assert note["item"] == "25/10 Crowd Sourcing" and note["step"] == "Write a bold idea and first step"

    target = tmp_path / "harvest.csv"
    code, out, _ = run(capsys, "harvest", "export", "--tag", "barrier", "-o", str(target))
    assert code == 0 and out == f"Wrote 1 note(s) to {target}.\n"
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["run", "plan", "item", "step", "time", "tags", "text"]
    assert rows[1][2:4] == ["5. TRIZ", "2. List how to guarantee it"]
    assert rows[1][5:] == ["barrier", "Nobody answers the phone,\n\"after 5\""]
    code, _, err = run(capsys, "harvest", "list", "--tag", "strength")
    assert code == 0 and "No harvest notes match." in err
