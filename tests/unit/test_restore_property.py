"""A property over restore (issue 14): random mutations of a real backup never change the log
unless the file is a complete, healthy Facilitator log of a known revision, and no healthy backup
is ever deleted.

Mutations: schema objects added, dropped or altered; pages damaged; the file truncated; another
program's database; a newer revision; one to three of these at once.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from facilitator import paths
from facilitator.store.backup import list_backups
from facilitator.store.errors import RestoreRefused
from facilitator.store.identity import verify
from facilitator.store.migrate import current_revision, head_revision
from facilitator.store.restore import restore
from tests.cli import run

PROPERTY = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

TABLES = ("decision", "proposal", "meeting", "person", "stance", "meeting_note", "favourite", "plan")
NAME = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=12).map(lambda n: f"x_{n}")


def sql_mutation(draw: Any) -> tuple[str, list[str]]:
    table = draw(st.sampled_from(TABLES))
    name = draw(NAME)
    return draw(st.sampled_from([
        ("add table", [f"CREATE TABLE {name}(id INTEGER PRIMARY KEY)"]),
        ("add view", [f"CREATE VIEW {name} AS SELECT * FROM {table}"]),
        ("add trigger", [f"CREATE TRIGGER {name} AFTER INSERT ON {table} BEGIN DELETE FROM decision; END"]),
        ("add index", [f"CREATE INDEX {name} ON {table}(rowid)"]),
        ("add column", [f"ALTER TABLE {table} ADD COLUMN {name} TEXT"]),
        ("drop table", ["PRAGMA foreign_keys=OFF", f"DROP TABLE {table}"]),
        ("drop trigger", ["DROP TRIGGER IF EXISTS decision_search_ai"]),
        ("drop index", ["DROP INDEX IF EXISTS ix_stance_person_id"]),
        ("newer revision", [f"UPDATE alembic_version SET version_num = '{name}'"]),
        ("no revision", ["DELETE FROM alembic_version"]),
        ("other app", ["DROP TABLE IF EXISTS favourite", "DROP TABLE IF EXISTS alembic_version",
                       f"CREATE TABLE {name}(id INTEGER PRIMARY KEY, body TEXT)"]),
        ("rows only", [f"DELETE FROM {table}"]),
    ]))


@st.composite
def mutations(draw: Any) -> list[tuple[str, Any]]:
    steps: list[tuple[str, Any]] = []
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["sql", "damage", "truncate"]))
        if kind == "sql":
            steps.append(("sql", sql_mutation(draw)))
        elif kind == "damage":
            steps.append(("damage", (draw(st.floats(0.0, 0.99)), draw(st.binary(min_size=1, max_size=4096)))))
        else:
            steps.append(("truncate", draw(st.floats(0.0, 0.99))))
    return steps


def apply(path: Path, steps: list[tuple[str, Any]]) -> None:
    for kind, detail in steps:
        if kind == "sql":
            label, statements = detail
            event(f"sql: {label}")
            conn = sqlite3.connect(path)
            try:
                for statement in statements:
                    conn.execute(statement)
                conn.commit()
            except sqlite3.DatabaseError:
                pass  # earlier damage can make the SQL itself fail: the file stays as damaged as it is
            finally:
                conn.close()
        elif kind == "damage":
            where, junk = detail
            event("damage")
            with path.open("r+b") as fh:
                fh.seek(int(path.stat().st_size * where))
                fh.write(junk)
        else:
            event("truncate")
            with path.open("r+b") as fh:
                fh.truncate(int(path.stat().st_size * detail))


def log_rows(path: Path) -> dict[str, set[tuple[Any, ...]]]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {n: set(conn.execute(f'SELECT * FROM "{n}"')) for n in names if not n.startswith(("sqlite_", "log_fts"))}
    finally:
        conn.close()


def healthy_backups() -> dict[str, str]:
    return {b.name: hashlib.sha256(b.read_bytes()).hexdigest() for b in list_backups() if verify(b, thorough=False).ok}


@pytest.fixture
def real_backup(home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert run(capsys, "log", "import", "--example")[0] == 0
    assert run(capsys, "structures", "star", "triz")[0] == 0
    (home / "settings.ini").write_text("[backups]\nkeep=1000\n", encoding="utf-8")  # rotation is tested elsewhere
    assert run(capsys, "db", "backup", "-o", str(tmp_path / "real.sqlite3"))[0] == 0
    return tmp_path / "real.sqlite3"


@PROPERTY
@given(steps=mutations())
def test_restore_changes_the_log_only_for_a_healthy_log_of_a_known_revision(
        real_backup: Path, tmp_path: Path, steps: list[tuple[str, Any]]) -> None:
    live = paths.database_path()
    candidate = tmp_path / "candidate.sqlite3"
    shutil.copyfile(real_backup, candidate)
    apply(candidate, steps)
    before, kept = log_rows(live), healthy_backups()
    try:
        restore(candidate)
    except RestoreRefused:
        event("refused")
        assert log_rows(live) == before, "a refused restore changed the log"
    else:
        event("restored")
        assert verify(live).ok and current_revision(live) == head_revision()
        assert verify(candidate).ok, "only a healthy log of a known revision is restored"
    after = healthy_backups()
    assert {name: digest for name, digest in after.items() if name in kept} == kept, "a healthy backup went"
    assert verify(live).ok, "the live log is always our healthy log"
