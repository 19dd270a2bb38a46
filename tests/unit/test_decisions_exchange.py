"""Export and import: lossless round trip, idempotence, merging, conflicts, bad files; CSV; privacy."""

from __future__ import annotations

import copy
import csv
import datetime as dt
import json
import shutil
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.decisions import outcomes as o
from facilitator.decisions import repository as r
from facilitator.decisions.export import export_csv, export_data, export_json
from facilitator.decisions.history import decision_history, history_text
from facilitator.decisions.importer import import_json
from facilitator.decisions.logformat import SECTIONS, LogFormatError, example_log
from facilitator.decisions.privacy import ERASED_NAME, REMOVED_TEXT, erase_person, person_data
from facilitator.decisions.queries import LogFilter, list_decisions
from facilitator.decisions.rules import DomainError
from facilitator.store.backup import list_backups
from facilitator.store.db import Database, open_database


def content(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k != "exported_at"}


def counts(db: Database) -> dict[str, int]:
    conn = sqlite3.connect(db.path)
    try:
        return {s.name: conn.execute(f"SELECT count(*) FROM {s.table.name}").fetchone()[0] for s in SECTIONS}
    finally:
        conn.close()


@pytest.fixture
def example(db: Database) -> Database:
    import_json(db, example_log(), backup=False)
    return db


@pytest.fixture
def other(tmp_path: Path) -> Any:
    """A second, empty log (another laptop)."""
    database = open_database(tmp_path / "other.sqlite3")
    yield database
    database.close()


def write(tmp_path: Path, data: Any, name: str = "log.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_example_log_imports_and_exports_unchanged(example: Database) -> None:
    shipped = json.loads(example_log().read_text(encoding="utf-8"))
    assert content(export_data(example)) == content(shipped)
    decided = list_decisions(example, LogFilter())
    assert len(decided) == 13 and {d.team for d in decided} == {"Wijkteam Noord", "Samen Sterk co-production group"}
    outcomes = {d.outcome for d in decided}
    assert {"adopted", "adopted_after_amendment", "deferred", "withdrawn", "no_consent_parked",
            "referred_to_coach"} <= outcomes
    stances = shipped["stances"]
    assert any(s["preference_not_objection"] for s in stances)
    assert sum(s["value"] == "objection" for s in stances) >= 8
    assert any(r["number"] > 1 for r in shipped["decision_revisions"])
    assert any(p["reopened_from_id"] for p in shipped["proposals"])


def test_reviews_due_in_the_example_leave_out_a_decision_already_reviewed(example: Database) -> None:
    """13 Jan 'Move the team meeting to Thursday' was reviewed on 26 Feb: only the review's own date is due."""
    due = [d.title for d in list_decisions(example, LogFilter(review_due_by=dt.date(2026, 12, 31), sort="review"))]
    assert "Move the team meeting to Thursday" not in due
    assert "Review: Move the team meeting to Thursday" in due
    assert len(due) == 11, "every other review date is still due"


def version_1(data: dict[str, Any]) -> dict[str, Any]:
    """A log as Facilitator wrote it before titles belonged to versions (schema version 1)."""
    old = copy.deepcopy(data)
    newest = {}
    for v in sorted(old["proposal_versions"], key=lambda v: v["number"]):
        newest[v["proposal_id"]] = v.pop("title")
    for prop in old["proposals"]:
        prop["title"] = newest[prop["id"]]
    return {**old, "schema_version": 1}


def test_an_amendment_renames_the_proposal_and_every_version_keeps_its_title(example: Database,
                                                                              other: Database,
                                                                              tmp_path: Path) -> None:
    cafe = list_decisions(example, LogFilter(text="carers"))[0]
    meeting = decision_history(example, cafe.proposal_id).meeting.id
    pid = r.add_proposal(example, meeting, "Carers' café on Saturdays", "The café opens on Saturdays 10-12.")
    r.amend_proposal(example, pid, "The café opens on Sundays 14-16.", title="Carers' café on Sundays",
                     what_changed="Sundays", why="most carers work on Saturday mornings")
    h = decision_history(example, pid)
    assert [v.title for v in h.versions] == ["Carers' café on Saturdays", "Carers' café on Sundays"]
    assert h.title == "Carers' café on Sundays"
    assert [d.title for d in list_decisions(example, LogFilter(text="Sundays"))] == ["Carers' café on Sundays"]
    assert "Version 1 (Carers' café on Saturdays)" in history_text(h)
    r.amend_proposal(example, pid, "The café opens on Sundays 14-17.", what_changed="an hour longer", why="")
    assert decision_history(example, pid).versions[-1].title == "Carers' café on Sundays", "kept when not given"
    with pytest.raises(DomainError, match="title"):
        r.amend_proposal(example, pid, "x", title="  ", what_changed="y", why="")

    data = export_data(example)
    assert data["schema_version"] == 2 and all("title" not in p for p in data["proposals"])
    assert {v["title"] for v in data["proposal_versions"] if v["proposal_id"] == pid} == {
        "Carers' café on Saturdays", "Carers' café on Sundays"}
    import_json(other, export_json(example, tmp_path / "v2.json"))
    assert decision_history(other, pid) == decision_history(example, pid)
    assert content(export_data(other)) == content(data)


def test_a_version_1_log_imports_with_each_version_titled_like_its_proposal(other: Database,
                                                                          tmp_path: Path) -> None:
    shipped = json.loads(example_log().read_text(encoding="utf-8"))
    old = version_1(shipped)
    assert all("title" in p for p in old["proposals"]) and all("title" not in v for v in old["proposal_versions"])
    report = import_json(other, write(tmp_path, old))
    assert report.conflicts == []
    assert content(export_data(other)) == content(shipped), "read as version 2: nothing lost"
    again = import_json(other, write(tmp_path, old, "again.json"))
    assert again.total_added == 0 and again.conflicts == []


def test_a_version_1_version_whose_proposal_is_already_here_takes_its_title(example: Database,
                                                                             tmp_path: Path) -> None:
    """Only a new version in the file (an amendment made on another laptop): its proposal is in this log."""
    cafe = list_decisions(example, LogFilter(text="carers"))[0]
    version = {"id": str(uuid.uuid4()), "proposal_id": cafe.proposal_id, "number": 9, "text": "On Sundays",
               "purpose": "", "what_changed": "Sundays", "why": "", "created_at": "2026-03-01T10:00:00"}
    path = write(tmp_path, {"format": "facilitator-decision-log", "schema_version": 1, "proposal_versions": [version]})
    assert import_json(example, path).added == {"proposal_versions": 1}
    assert decision_history(example, cafe.proposal_id).versions[-1].title == cafe.title
    with pytest.raises(LogFormatError, match=r"proposals\[0\]\.title: expected text"):
        import_json(example, write(tmp_path, {"format": "facilitator-decision-log", "schema_version": 1,
                                              "proposals": [{"id": str(uuid.uuid4())}]}, "untitled.json"))


def test_export_import_into_an_empty_home_export_gives_the_same(example: Database, other: Database,
                                                                tmp_path: Path) -> None:
    path = export_json(example, tmp_path / "out.json")
    report = import_json(other, path)
    assert report.conflicts == [] and report.unchanged == 0
    assert report.total_added == sum(len(v) for k, v in export_data(example).items() if isinstance(v, list))
    assert content(export_data(other)) == content(export_data(example))
    first = list_decisions(example, LogFilter(text="dementia"))
    assert [d.proposal_id for d in list_decisions(other, LogFilter(text="dementia"))] == [d.proposal_id for d in first]
    assert decision_history(other, first[0].proposal_id) == decision_history(example, first[0].proposal_id)


def test_importing_twice_adds_nothing(example: Database) -> None:
    before = counts(example)
    backups = list_backups()
    report = import_json(example, example_log())
    assert report.total_added == 0 and report.conflicts == []
    assert report.unchanged == sum(before.values())
    assert counts(example) == before
    assert report.backup is None and list_backups() == backups, "nothing written, so no backup pushes an older one out"


def test_conflicts_are_reported_and_never_overwrite(example: Database, tmp_path: Path) -> None:
    data = export_data(example)
    changed = copy.deepcopy(data)
    changed["teams"][0]["name"] = "Renamed elsewhere"
    rev = changed["decision_revisions"][0]
    rev2 = {**rev, "id": "00000000-0000-4000-8000-000000000001", "number": 1, "reason": "a rival first revision"}
    child = {**changed["actions"][0], "id": "00000000-0000-4000-8000-000000000002", "decision_id": rev["decision_id"]}
    stance = {**changed["stances"][0], "id": "00000000-0000-4000-8000-000000000003"}  # same person, same round
    note = {**changed["notes"][0], "id": "00000000-0000-4000-8000-000000000004", "text": "a new note from laptop B"}
    changed["decision_revisions"].append(rev2)
    changed["actions"].append(child)
    changed["stances"].append(stance)
    changed["notes"].append(note)
    report = import_json(example, write(tmp_path, changed))
    reasons = {(c.section, c.id): c.reason for c in report.conflicts}
    assert "differs here in name" in reasons[("teams", data["teams"][0]["id"])]
    assert "same decision_id, number" in reasons[("decision_revisions", rev2["id"])]
    assert "same round_id, person_id" in reasons[("stances", stance["id"])]
    assert report.added == {"actions": 1, "notes": 1}  # new records still come in
    after = export_data(example)
    assert after["teams"][0]["name"] == data["teams"][0]["name"]  # kept this log's version


def test_a_correction_made_on_another_laptop_merges_back(example: Database, other: Database, tmp_path: Path) -> None:
    import_json(other, export_json(example, tmp_path / "a.json"))
    decision = list_decisions(other, LogFilter(text="scanner"))[0]
    assert decision.decision_id
    o.revise_decision(other, decision.decision_id, reason="coach asked for an earlier review",
                      review_date=dt.date(2026, 4, 1))
    report = import_json(example, export_json(other, tmp_path / "b.json"))
    assert report.added == {"decision_revisions": 1} and report.conflicts == []
    merged = list_decisions(example, LogFilter(text="scanner"))[0]
    assert merged.review_date == dt.date(2026, 4, 1)
    assert len(decision_history(example, merged.proposal_id).revisions) == 2


def bad_files(tmp_path: Path, good: dict[str, Any]) -> dict[str, tuple[Path, str]]:
    text = json.dumps(good)
    cases: dict[str, tuple[Path, str]] = {}
    (tmp_path / "truncated.json").write_text(text[: len(text) // 2], encoding="utf-8")
    cases["truncated"] = (tmp_path / "truncated.json", "not valid JSON")
    (tmp_path / "binary.json").write_bytes(bytes(range(256)) * 4)
    cases["binary"] = (tmp_path / "binary.json", "not a text file")
    (tmp_path / "empty.json").write_bytes(b"")
    cases["empty"] = (tmp_path / "empty.json", "not valid JSON")
    cases["foreign"] = (write(tmp_path, {"name": "a plan", "items": []}, "foreign.json"), "not a Facilitator decision log")
    cases["list"] = (write(tmp_path, [1, 2, 3], "list.json"), "not a Facilitator decision log")
    cases["newer"] = (write(tmp_path, {**good, "schema_version": 99}, "newer.json"), "schema version 99")
    cases["no version"] = (write(tmp_path, {**good, "schema_version": "1"}, "nov.json"), "schema_version")

    def broken(name: str, message: str, section: str, index: int, **change: Any) -> None:
        data = copy.deepcopy(good)
        data[section][index].update(change)
        cases[name] = (write(tmp_path, data, f"{name}.json"), message)

    last = len(good["stances"]) - 1
    broken("bad date", "expected a date", "meetings", -1, date="2026-13-01")
    broken("bad uuid", "expected a UUID", "stances", last, id="not-a-uuid")
    broken("unknown field", "unknown field.*colour", "notes", -1, colour="red")
    broken("unargued objection", "objection without an argument", "stances", last, value="objection", text=" ")
    broken("bad outcome", "is not one of", "decision_revisions", -1, outcome="vetoed")
    broken("dangling", "neither in the file nor in this log", "actions", -1, owner_id="00000000-0000-4000-8000-00000000abcd")
    broken("wrong type", "expected true or false", "actions", -1, done="yes")
    broken("db rule", "breaks a rule of the log", "stances", last, value="consent", preference_not_objection=True)  # caught by a CHECK
    return cases


def test_bad_files_are_refused_with_a_message_and_nothing_is_imported(db: Database, tmp_path: Path) -> None:
    good = json.loads(example_log().read_text(encoding="utf-8"))
    for name, (path, message) in bad_files(tmp_path, good).items():
        with pytest.raises(LogFormatError, match=message) as caught:
            import_json(db, path, backup=False)
        assert "\n" not in str(caught.value), name
        assert sum(counts(db).values()) == 0, f"{name}: partial import"


def test_csv_has_one_quoted_row_per_decision_and_opens_in_python(example: Database, tmp_path: Path) -> None:
    path = export_csv(example, tmp_path / "log.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b'"decision_id","proposal_id"' in raw
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 13
    rota = next(r for r in rows if r["title"] == "Weekend rota in fixed pairs")
    assert rota["outcome"] == "adopted_after_amendment" and rota["versions"] == "2"
    assert rota["decision_rounds"] == "2" and rota["objections"] == "0" and "dementia" not in rota["objection_arguments"]
    assert "Watch the planner" in rota["concern_texts"] and rota["open_actions"] == "3"
    assert all(not r[c].startswith(("=", "+", "@")) for r in rows for c in r)


def test_an_anonymised_export_has_no_names(example: Database, tmp_path: Path) -> None:
    names = {p["display_name"] for p in export_data(example)["people"]}
    path = export_json(example, tmp_path / "anon.json", anonymise=True, drop_notes=True)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["anonymised"] is True and data["notes"] == []
    assert [p["display_name"] for p in data["people"]] == [f"P{i}" for i in range(1, len(names) + 1)]
    assert export_data(example, anonymise=True)["people"] == data["people"]  # stable pseudonyms
    csv_text = export_csv(example, tmp_path / "anon.csv", anonymise=True).read_text(encoding="utf-8-sig")
    for name in ("Joost", "Lieke M.", "Mw. H. (client)"):
        assert f'"{name}"' not in csv_text and name not in json.dumps(data["people"])


def test_erasing_a_person_keeps_the_team_record_and_removes_the_name(example: Database) -> None:
    people = dict((name, pid) for pid, name in [(p["id"], p["display_name"]) for p in export_data(example)["people"]])
    lieke = people["Lieke M."]
    before = person_data(example, lieke)
    assert before["stances"] and any("carers" in s["text"].lower() for s in before["stances"])
    report = erase_person(example, lieke, remove_text=True)
    assert report.backup is not None and report.backup.exists()
    assert report.stances_kept == len(before["stances"]) and report.texts_removed >= 2
    assert "Lieke M." in report.describe()
    after = export_data(example)
    assert "Lieke M." not in json.dumps(after, ensure_ascii=False)
    mine = [s for s in after["stances"] if s["person_id"] == lieke]
    assert len(mine) == len(before["stances"]) and all(s["text"] in ("", REMOVED_TEXT) for s in mine)
    h = decision_history(example, list_decisions(example, LogFilter(text="folders"))[0].proposal_id)
    assert any(st.person.name == ERASED_NAME and st.value == "objection" for rnd in h.rounds for st in rnd.stances)
    assert list_decisions(example, LogFilter(text="carers rely")) == []  # gone from the search index too


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty, migrated log to copy: fresh databases for property tests without re-running migrations."""
    path = tmp_path_factory.mktemp("template") / "empty.sqlite3"
    open_database(path).close()
    return path


JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=4)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_damaged_field_is_refused_cleanly_or_the_file_imported_whole(template: Path, tmp_path: Path,
                                                                       data: st.DataObject) -> None:
    log = json.loads(example_log().read_text(encoding="utf-8"))
    total = sum(len(log[s.name]) for s in SECTIONS)
    section = data.draw(st.sampled_from([s.name for s in SECTIONS]))
    record = log[section][data.draw(st.integers(0, len(log[section]) - 1))]
    record[data.draw(st.sampled_from(sorted(record)))] = data.draw(JSONISH)
    path = tmp_path / f"{uuid.uuid4()}.sqlite3"
    shutil.copy(template, path)
    db = open_database(path, migrate=False)
    try:
        report = import_json(db, write(tmp_path, log), backup=False)
    except LogFormatError as exc:
        assert "\n" not in str(exc) and sum(counts(db).values()) == 0
    else:
        assert report.total_added == sum(counts(db).values())
        assert report.total_added + len(report.conflicts) == total
    finally:
        db.close()


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.floats(0, 0.999))
def test_a_log_cut_short_anywhere_is_refused(db: Database, tmp_path: Path, cut: float) -> None:
    raw = example_log().read_bytes().rstrip()
    path = tmp_path / "cut.json"
    path.write_bytes(raw[: int(len(raw) * cut)])
    with pytest.raises(LogFormatError):
        import_json(db, path, backup=False)
    assert sum(counts(db).values()) == 0
