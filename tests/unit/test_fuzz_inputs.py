"""Every file the app reads, fed nonsense: a clear message naming the file, never a traceback; all or nothing.

Property tests (hypothesis) for plan files, decision-log imports and names files,
then the checked-in corpus (tests/data/bad-plans, tests/data/bad-logs) through the
command line. Structure files have their own in test_structure_files.py; a damaged
settings.ini is tried on the real window in tests/gui/test_settings_corrupt.py.
"""

from __future__ import annotations

import copy
import functools
import json
import shutil
import sqlite3
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from facilitator import paths
from facilitator.cli.main import main
from facilitator.decisions.importer import import_json
from facilitator.decisions.logformat import SECTIONS, LogFormatError, example_log
from facilitator.groups import MAX_PEOPLE, read_names
from facilitator.plans.filecheck import ITEM_KEYS, TOP_KEYS
from facilitator.plans.files import PlanFileError, import_plan_file, read_plan_file
from facilitator.store.db import Database, open_database
from facilitator.structures.library import Library, load_library
from tests.conftest import DATA

FUZZ = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
SHAPES = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
SLOW_FUZZ = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
EXAMPLE_PLAN = paths.resource("examples", "plan-community-health-workshop.toml")

# -- values a hand-edited or damaged file may hold ----------------------------------------------------

SURROGATE = st.sampled_from(["\ud800", "\udfff", "\ud83d"])  # lone halves of a pair: valid JSON, not Unicode
TEXT = st.text(max_size=12) | st.builds(str.__add__, st.text(max_size=4), SURROGATE)
NUMBERS = (st.integers() | st.integers(min_value=10**300, max_value=10**400) | st.floats()
           | st.sampled_from([0, 1, -1, 1440, 1441, 0.5, 2**31, 2**63]))
PLAUSIBLE = st.sampled_from(["1", "2026-03-12", "10:00", "25:00", "structure", "break", "other", "1-2-4-all",
                             "triz", "no-such-structure", "5b0f2a8e-6d1c-4c1e-9a63-2f7d4e8b1c01",
                             "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00", "", " "])
SCALARS = st.none() | st.booleans() | NUMBERS | TEXT | PLAUSIBLE
JSONISH = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4)
                       | st.dictionaries(TEXT | PLAUSIBLE, inner, max_size=4), max_leaves=10)
TOML_SCALARS = (st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.floats() | st.text(max_size=12) | PLAUSIBLE
                | st.dates() | st.times() | st.datetimes())
TOMLISH = st.recursive(TOML_SCALARS, lambda inner: st.lists(inner, max_size=4)
                       | st.dictionaries(st.text(max_size=8) | PLAUSIBLE, inner, max_size=4), max_leaves=10)


def plan_shaped(values: st.SearchStrategy[Any]) -> st.SearchStrategy[dict[str, Any]]:
    """Tables with the right keys (and some near misses) holding anything."""
    step_minutes = st.dictionaries(st.sampled_from(["1", "2", "3", "0", "101", "²", "٣", "x", " 2 "]), values, max_size=3)
    item = st.dictionaries(st.sampled_from([*sorted(ITEM_KEYS), "minuets"]),
                           values | step_minutes | st.sampled_from(["structure", "break", "other", "triz"]), max_size=7)
    field = st.sampled_from([*sorted(TOP_KEYS), "titel", "x"])
    return st.dictionaries(field, values | st.lists(item, max_size=4), max_size=9)


# -- helpers ----------------------------------------------------------------------------------------


@functools.cache
def library() -> Library:
    """The built-in library, loaded once (not a fixture: hypothesis would print all of it on a failure)."""
    return load_library()


def counts(db: Database, tables: list[str]) -> dict[str, int]:
    conn = sqlite3.connect(db.path)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    finally:
        conn.close()


PLAN_TABLES = ["plan", "plan_item"]
LOG_TABLES = [s.table.name for s in SECTIONS]


def assert_plan_error_names_the_file(exc: PlanFileError, name: str) -> None:
    assert exc.problems, "at least one reason"
    for problem in exc.problems:
        assert problem.file == name
        assert str(problem).startswith(f"{name}: ") and problem.message.strip()
    assert str(exc) == "\n".join(str(p) for p in exc.problems)


def read_plan_or_refuse(path: Path) -> Any:
    """The plan, or None after checking the refusal: PlanFileError naming the file, nothing else."""
    try:
        plan, warnings = read_plan_file(path, library())
    except PlanFileError as exc:
        assert_plan_error_names_the_file(exc, path.name)
        return None
    assert all(w.file == path.name for w in warnings)
    return plan


def to_file(tmp_path: Path, data: Any, fmt: str) -> Path | None:
    """Write data as a JSON or TOML plan file; None if TOML cannot say it."""
    path = tmp_path / f"fuzz.{fmt}"
    if fmt == "json":
        path.write_text(json.dumps(data, default=str), encoding="utf-8")  # ensure_ascii: \\ud800 escapes
        return path
    try:
        raw = tomli_w.dumps(data).encode("utf-8")
    except (TypeError, ValueError):  # None, or a lone surrogate: TOML has no way to write them
        return None
    path.write_bytes(raw)
    return path


@pytest.fixture(scope="module")
def empty_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty, migrated database to copy, so each example starts clean without running migrations."""
    path = tmp_path_factory.mktemp("template") / "empty.sqlite3"
    open_database(path, check=False).close()
    return path


@pytest.fixture
def fresh(empty_database: Path, tmp_path: Path) -> Iterator[Any]:
    """Makes a fresh copy of the empty database per call; all are closed at the end."""
    opened: list[Database] = []

    def make() -> Database:
        path = tmp_path / f"db-{len(opened)}.sqlite3"
        shutil.copyfile(empty_database, path)
        db = open_database(path, check=False, migrate=False)
        opened.append(db)
        return db

    yield make
    for db in opened:
        db.close()


# -- plan files ---------------------------------------------------------------------------------------


@FUZZ
@given(raw=st.binary(max_size=600) | st.text(max_size=300).map(lambda t: t.encode("utf-8")),
       suffix=st.sampled_from([".toml", ".json", ".txt", ""]))
@example(raw=b'{"title": "x", "available_minutes": ' + b"9" * 5000 + b"}", suffix=".json")  # int() refuses it
@example(raw=b'title = "x"\navailable_minutes = ' + b"9" * 5000, suffix=".toml")
@example(raw=b'{"title": "x", "available_minutes": ' + b"9" * 400 + b"}", suffix=".json")  # too big for a float
@example(raw='title = "x"\n[[items]]\nstructure = "triz"\nstep_minutes = { "²" = 3 }'.encode(), suffix=".toml")
@example(raw=b'{"title": "\\ud800"}', suffix=".json")
def test_any_bytes_are_a_plan_or_a_plan_file_error(tmp_path: Path, raw: bytes, suffix: str) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(raw)
    read_plan_or_refuse(path)


@SHAPES
@given(data=plan_shaped(JSONISH))
def test_any_json_table_is_a_plan_or_a_plan_file_error(tmp_path: Path, data: dict[str, Any]) -> None:
    path = to_file(tmp_path, data, "json")
    assert path is not None
    read_plan_or_refuse(path)


@SHAPES
@given(data=plan_shaped(TOMLISH))
def test_any_toml_table_is_a_plan_or_a_plan_file_error(tmp_path: Path, data: dict[str, Any]) -> None:
    path = to_file(tmp_path, data, "toml")
    if path is not None:
        read_plan_or_refuse(path)


def mutated_plan(data: st.DataObject) -> dict[str, Any]:
    """The shipped example with one field changed, removed or added, at the top or in an item."""
    plan = tomllib.loads(EXAMPLE_PLAN.read_text(encoding="utf-8"))
    table = plan if data.draw(st.booleans()) else plan["items"][data.draw(st.integers(0, len(plan["items"]) - 1))]
    key = data.draw(st.sampled_from(sorted(table)) | st.sampled_from(sorted(TOP_KEYS | ITEM_KEYS)))
    if data.draw(st.integers(0, 4)) == 0:
        table.pop(key, None)
    else:
        table[key] = data.draw(JSONISH)
    return plan


@SLOW_FUZZ
@given(data=st.data())
def test_a_plan_import_is_all_or_nothing(db: Database, tmp_path: Path, data: st.DataObject) -> None:
    plan = mutated_plan(data)
    path = to_file(tmp_path, plan, data.draw(st.sampled_from(["json", "toml"])))
    if path is None:
        return
    before = counts(db, PLAN_TABLES)
    try:
        result = import_plan_file(db, path, library())
    except PlanFileError as exc:
        event("refused")
        assert_plan_error_names_the_file(exc, path.name)
        assert counts(db, PLAN_TABLES) == before, "a refused file changes nothing"
    else:
        event("imported")
        after = counts(db, PLAN_TABLES)
        assert after == {"plan": before["plan"] + 1, "plan_item": before["plan_item"] + len(result.plan.items)}


# -- decision-log imports --------------------------------------------------------------------------------


def import_or_refuse(db: Database, path: Path) -> bool:
    """True if imported; after a refusal, checks that the message names the file and nothing was added."""
    before = counts(db, LOG_TABLES)
    try:
        import_json(db, path, backup=False)
    except LogFormatError as exc:
        event("refused")
        message = str(exc)
        assert message.startswith(f"{path.name}: "), message
        assert "\n" not in message and "Traceback" not in message
        assert counts(db, LOG_TABLES) == before, "a refused file adds nothing"
        return False
    event("imported")
    return True


@FUZZ
@given(raw=st.binary(max_size=600) | st.text(max_size=300).map(lambda t: t.encode("utf-8")) | JSONISH.map(
    lambda v: json.dumps(v).encode("utf-8")))
@example(raw=b"[" * 5000 + b"]" * 5000)  # nested too deep for the JSON parser
@example(raw=b'{"format": "facilitator-decision-log", "schema_version": ' + b"1" * 5000 + b"}")
@example(raw="{\"format\": \"facilitator-decision-log\", \"team\": \"équipe\"}".encode("latin-1"))
def test_any_bytes_are_refused_as_a_log(db: Database, tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "fuzz.json"
    path.write_bytes(raw)
    assert not import_or_refuse(db, path)


IDS = st.sampled_from(["8d4615ac-e84e-4b6e-a0c0-07fdbf7aca0d", "eacfa88d-aa89-439b-a78c-6a35d2bcb690",
                       "00000000-0000-4000-8000-000000000001", "not-a-uuid"])
LOG_VALUES = SCALARS | IDS | JSONISH


def log_shaped() -> st.SearchStrategy[dict[str, Any]]:
    """A valid header and sections of records with the real field names, holding anything."""
    sections = {}
    for section in SECTIONS:
        fields = [c.name for c in section.columns] + ["colour"]
        sections[section.name] = st.lists(st.dictionaries(st.sampled_from(fields), LOG_VALUES, max_size=len(fields)),
                                          max_size=3) | JSONISH
    return st.fixed_dictionaries({"format": st.just("facilitator-decision-log"),
                                  "schema_version": st.sampled_from([1, 1, 1, 0, 2, "1", True])},
                                 optional=sections)


@FUZZ
@given(data=log_shaped())
def test_any_log_shape_is_imported_or_refused_whole(db: Database, tmp_path: Path, data: dict[str, Any]) -> None:
    path = tmp_path / "fuzz.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    import_or_refuse(db, path)


EXAMPLE_LOG = json.loads(example_log().read_text(encoding="utf-8"))
NASTY: st.SearchStrategy[Any] = st.sampled_from(["\ud800", "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00", 10**400, -1, 2**31,
                         float("inf"), [[[[]]]], {"a": 1}, "", " ", None, True, "2026-02-30", "x" * 400])


@SLOW_FUZZ
@given(data=st.data())
def test_a_damaged_example_log_is_imported_or_refused_whole(fresh: Any, tmp_path: Path, data: st.DataObject) -> None:
    """One record of the example broken, dropped or doubled: refused with the file named, or imported whole."""
    log = copy.deepcopy(EXAMPLE_LOG)
    section = data.draw(st.sampled_from([s.name for s in SECTIONS]))
    index = data.draw(st.integers(0, len(log[section]) - 1))
    how = data.draw(st.sampled_from(["change", "change", "drop", "double"]))
    if how == "drop":  # the records pointing at it now point at nothing
        del log[section][index]
    elif how == "double":  # the same id twice, once changed
        twin = dict(log[section][index])
        key = data.draw(st.sampled_from(sorted(twin)))
        twin[key] = data.draw(NASTY | JSONISH)
        log[section].append(twin)
    else:
        record = log[section][index]
        record[data.draw(st.sampled_from(sorted(record)))] = data.draw(NASTY | JSONISH)
    path = tmp_path / "damaged.json"
    path.write_text(json.dumps(log), encoding="utf-8")
    db = fresh()
    if import_or_refuse(db, path):
        assert sum(counts(db, LOG_TABLES).values()) > 0


def test_a_record_breaking_a_rule_in_the_database_is_refused_naming_the_file(fresh: Any, tmp_path: Path) -> None:
    """Found only while merging (a decision whose proposal is nowhere): still names the file."""
    path = DATA / "bad-logs" / "dangling-reference.json"
    db = fresh()
    with pytest.raises(LogFormatError, match=r"^dangling-reference\.json: decisions record .* refers to"):
        import_json(db, path, backup=False)
    assert sum(counts(db, LOG_TABLES).values()) == 0


@pytest.mark.parametrize("field, value", [
    ("created_at", "0001-01-01T00:00:00+01:00"),  # before year 1 in UTC
    ("created_at", "9999-12-31T23:59:59-01:00"),  # after year 9999 in UTC
    ("skeleton", ["\ud800"]),  # JSON text that cannot be stored
])
def test_values_that_used_to_crash_the_import(fresh: Any, tmp_path: Path, field: str, value: Any) -> None:
    log = copy.deepcopy(EXAMPLE_LOG)
    log["meetings"][0][field] = value
    path = tmp_path / "edge.json"
    path.write_text(json.dumps(log), encoding="utf-8")
    db = fresh()
    with pytest.raises(LogFormatError, match=rf"^edge\.json: meetings\[0\]\.{field}: "):
        import_json(db, path, backup=False)
    assert sum(counts(db, LOG_TABLES).values()) == 0


# -- names files (groups) ---------------------------------------------------------------------------------


NAME_LINE = st.text(st.characters(blacklist_categories=["Cs"]), max_size=20) | st.sampled_from(
    ["name", "First name,Last name", "Sam", "sam", '"Smith, Jo"', "a;b;c", "\t", ",,,", '"unclosed'])


@FUZZ
@given(raw=st.binary(max_size=600) | st.builds(
    lambda lines, sep, enc: sep.join(lines).encode(enc, errors="replace"),
    st.lists(NAME_LINE, max_size=30), st.sampled_from(["\n", "\r\n", "\r"]),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "latin-1", "cp1252"])),
    suffix=st.sampled_from([".txt", ".csv", ".tsv", ""]))
@example(raw=b"name\n" + b"x" * 140_000 + b"\n", suffix=".csv")  # over the csv module's field limit
@example(raw=b"\n".join(b"person %d" % n for n in range(MAX_PEOPLE + 1)), suffix=".txt")
def test_any_names_file_gives_names_or_a_message_naming_it(tmp_path: Path, raw: bytes, suffix: str) -> None:
    path = tmp_path / f"people{suffix}"
    path.write_bytes(raw)
    try:
        names = read_names(path)
    except (ValueError, OSError) as exc:
        assert str(path) in str(exc), exc
        return
    assert 1 <= len(names) <= MAX_PEOPLE
    assert all(isinstance(n, str) and n and n == n.strip() for n in names)
    assert len({n.casefold() for n in names}) == len(names), "everyone can be told apart"


# -- the checked-in corpus, through the command line ----------------------------------------------------


BAD_PLANS = {
    "binary.toml": "is not a text file",
    "empty.toml": "the file is empty; start from the example",
    "foreign.json": "title: missing; add it as text in quotes",
    "huge.toml": "is larger than 2 MB, too big for a plan file",
    "latin1.toml": "is not UTF-8 text (byte 25); save it as UTF-8",
    "lone-surrogate.json": "not valid Unicode",
    "newer-format.toml": "made by a newer Facilitator (format 2); this one reads format 1: update the app",
    "truncated.toml": "is not valid TOML: Unterminated string",
    "unknown-keys.toml": "titel: unknown field (did you mean 'title'?)",
    "wrong-types.toml": "items[1].minutes: expected a number of minutes from 0 to 1440, got text ('twelve')",
}
BAD_LOGS = {
    "binary.json": "not a text file (a JSON decision log was expected)",
    "dangling-reference.json": "proposal_id refers to a82d0b1b-030a-4600-9731-b105757acbcd, which is neither in the file",
    "deeply-nested.json": "nested too deeply",
    "empty.json": "not valid JSON (line 1, column 1",
    "foreign.json": "not a Facilitator decision log",
    "latin1.json": "not UTF-8 text (byte",
    "newer-schema.json": "schema version 3; this Facilitator reads up to 2: update the app",
    "truncated.json": "not valid JSON (line 13, column 18: Unterminated string",
    "unknown-keys.json": "people[1]: unknown field(s) email",
    "wrong-types.json": "teams[0].opening_round: expected true or false, got 'yes'",
}


def test_the_corpus_is_complete() -> None:
    assert {p.name for p in (DATA / "bad-plans").iterdir()} == set(BAD_PLANS)
    assert {p.name for p in (DATA / "bad-logs").iterdir()} == set(BAD_LOGS)


@pytest.fixture
def home_with_empty_database(empty_database: Path, home: Path) -> Path:
    home.mkdir(parents=True, exist_ok=True, mode=0o700)
    shutil.copyfile(empty_database, paths.database_path())
    return paths.database_path()


def rows_in(database: Path, tables: list[str]) -> int:
    conn = sqlite3.connect(database)
    try:
        return sum(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables)
    finally:
        conn.close()


@pytest.mark.parametrize("name", sorted(BAD_PLANS))
def test_bad_plan_files_through_the_cli(home_with_empty_database: Path, capsys: pytest.CaptureFixture[str],
                                        name: str) -> None:
    path = DATA / "bad-plans" / name
    code = main(["plans", "import", str(path)])
    out, err = capsys.readouterr()
    *problems, last = err.splitlines()
    assert code == 3 and out == ""
    assert "Traceback" not in err and "internal error" not in err
    assert problems and all(line.startswith(f"{path}: ") for line in problems), err  # FILE: field: message
    assert any(BAD_PLANS[name] in line for line in problems), err
    assert last == "facilitator: nothing was imported; fix the file and try again"
    assert rows_in(home_with_empty_database, PLAN_TABLES) == 0


@pytest.mark.parametrize("name", sorted(BAD_LOGS))
def test_bad_log_files_through_the_cli(home_with_empty_database: Path, capsys: pytest.CaptureFixture[str],
                                       name: str) -> None:
    code = main(["log", "import", str(DATA / "bad-logs" / name)])
    out, err = capsys.readouterr()
    assert code == 3 and out == ""
    assert err.count("\n") == 1, f"one message:\n{err}"
    assert err.startswith(f"facilitator: {name}: ") and "(nothing was imported)" in err
    assert BAD_LOGS[name] in err and "Traceback" not in err
    assert rows_in(home_with_empty_database, LOG_TABLES) == 0

