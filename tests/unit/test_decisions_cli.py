"""`facilitator log …` from a clean home: list, show, export, import, erase; messages and exit codes."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from facilitator.decisions.logformat import example_log
from tests.cli import run


def test_a_clean_home_has_an_empty_log(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "log", "list", "--json")
    assert (code, json.loads(out)) == (0, [])
    code, out, err = run(capsys, "log", "list")
    assert code == 0 and out == "" and "No decisions match" in err


def test_import_list_show_export_from_a_clean_home(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, "log", "import", str(example_log()))
    assert code == 0 and "13 decisions" in out and "Backup taken first" in out
    code, out, _ = run(capsys, "log", "import", "--example")
    assert code == 0 and "nothing new" in out

    code, out, _ = run(capsys, "log", "list", "--json", "--team", "wijkteam noord", "--since", "2026-01-20",
                       "--until", "2026-02-12", "--outcome", "adopted-after-amendment")
    items = json.loads(out)
    assert code == 0 and [i["title"] for i in items] == ["Buy a second bladder scanner"]
    assert {"proposal_id", "decision_id", "date", "team", "outcome", "review_date", "open_actions"} <= set(items[0])

    code, out, _ = run(capsys, "log", "list", "--search", 'dementia "AND*')
    assert code == 0 and "Weekend rota in fixed pairs" in out
    code, out, _ = run(capsys, "log", "list", "--open-actions", "--sort", "review", "--json")
    assert code == 0 and all(i["open_actions"] > 0 for i in json.loads(out))

    decision_id = items[0]["decision_id"]
    code, out, _ = run(capsys, "log", "show", decision_id[:8])
    assert code == 0 and "Round 3: decision (version 1)" in out and "Fatima E.: objection —" in out
    assert "What changed:" in out and "Actions:" in out
    code, out, _ = run(capsys, "log", "show", decision_id, "--json")
    shown = json.loads(out)
    assert shown["outcome"] == "adopted_after_amendment" and len(shown["versions"]) == 2
    assert shown["rounds"][2]["stances"][2]["text"].startswith("It uses most of this year's budget")

    target = tmp_path / "log.csv"
    code, out, _ = run(capsys, "log", "export", "--format", "csv", "-o", str(target), "--anonymise")
    assert code == 0 and "(anonymised)" in out
    with open(target, encoding="utf-8-sig", newline="") as fh:
        assert len(list(csv.DictReader(fh))) == 13
    target = tmp_path / "log.json"
    assert run(capsys, "log", "export", "-o", str(target))[0] == 0
    assert json.loads(target.read_text(encoding="utf-8"))["schema_version"] == 2


def test_erase_person_from_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "log", "import", "--example")
    person = json.loads(example_log().read_text(encoding="utf-8"))["people"][3]
    code, out, _ = run(capsys, "log", "erase-person", person["id"], "--remove-text")
    assert code == 0 and f"'{person['display_name']}' is now 'erased participant'" in out
    code, out, _ = run(capsys, "log", "list", "--json")
    assert person["display_name"] not in out


def test_conflicts_exit_1_and_are_listed(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    run(capsys, "log", "import", "--example")
    data = json.loads(example_log().read_text(encoding="utf-8"))
    data["teams"][0]["name"] = "Another name"
    path = tmp_path / "changed.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    code, out, err = run(capsys, "log", "import", str(path))
    assert code == 1 and "conflict: teams" in err and "differs here in name" in err


@pytest.mark.parametrize("argv, code, message", [
    (("log", "list", "--since", "2026-13-01"), 2, "--since: expected a date like 2026-03-31, got '2026-13-01'"),
    (("log", "list", "--until", "yesterday"), 2, "--until: expected a date"),
    (("log", "list", "--since", "2026-03-01", "--until", "2026-01-01"), 2, "start date is after the end date"),
    (("log", "list", "--outcome", "vetoed"), 2, "unknown outcome 'vetoed'"),
    (("log", "list", "--team", "Nobody"), 2, "no team called 'Nobody'"),
    (("log", "show", "deadbeef"), 2, "no decision or proposal with id 'deadbeef'"),
    (("log", "show", "ab"), 2, "no decision or proposal with id 'ab'"),
    (("log", "erase-person", "nobody"), 2, "no person with id 'nobody'"),
    (("log", "import"), 2, "give a FILE to import, or --example"),
    (("log", "import", "/no/such/file.json"), 3, "no such file: /no/such/file.json"),
    (("log", "export", "--format", "json", "-o", "/no/such/dir/x.json"), 3, "the folder /no/such/dir does not exist"),
    (("log", "export", "--format", "xml", "-o", "x"), 2, "invalid choice"),
])
def test_bad_input_gets_one_line_and_an_exit_code(capsys: pytest.CaptureFixture[str], argv: tuple[str, ...],
                                                 code: int, message: str) -> None:
    got, out, err = run(capsys, *argv)
    assert got == code and message in err and "Traceback" not in err
    if code != 2 or "invalid choice" not in message:
        assert err.count("\n") == 1


@pytest.mark.parametrize("content", [b"{\"format\": \"facilitator-decision-log\", \"schema_", b"\x89PNG\r\n\x1a\n\x00\x00",
                                     b'{"format": "facilitator-decision-log", "schema_version": 3}', b'{"a": 1}'])
def test_bad_files_exit_3_and_import_nothing(capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    code, _, err = run(capsys, "log", "import", str(path))
    assert code == 3 and err.startswith("facilitator: bad.json: ")
    assert "nothing was imported" in err and err.count("\n") == 1
    assert json.loads(run(capsys, "log", "list", "--json")[1]) == []


def test_people_and_subject_access(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from facilitator.cli.main import main as cli

    example = Path(__file__).resolve().parents[2] / "resources" / "examples" / "example-log.json"
    assert cli(["log", "import", str(example)]) == 0
    capsys.readouterr()
    assert cli(["log", "people"]) == 0
    first = capsys.readouterr().out.splitlines()[0].split()[0]
    target = tmp_path / "person.json"
    assert cli(["log", "person-data", first, "-o", str(target)]) == 0
    import json

    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["person"]["id"] == first and "stances" in data
    assert cli(["log", "person-data", first, "-o", str(tmp_path / "missing" / "x.json")]) == 3
    assert cli(["log", "person-data", "nobody"]) == 2
