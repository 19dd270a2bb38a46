"""The log's CHECK constraints accept exactly the values of the rules' enums (decisions/rules.py).

The lists in decisions/tables.py are derived from the enums, but the log
itself is built by the migrations, which keep their own copies of the lists:
each value is inserted into a freshly migrated log with plain sqlite3, and
one value outside the enum must be refused.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from facilitator.decisions.rules import NOTE_KINDS, Outcome, RoundKind, StanceValue

CHECKED = [
    ("consent_round", "kind", tuple(RoundKind)),
    ("stance", "value", tuple(StanceValue)),
    ("decision", "outcome", tuple(Outcome)),
    ("decision_revision", "outcome", tuple(Outcome)),
    ("meeting_note", "kind", NOTE_KINDS),
]
FILLERS = {"INTEGER": 1, "BOOLEAN": 0, "DATE": "2026-03-31", "DATETIME": "2026-03-31 10:00:00"}


@pytest.fixture
def log(db: Any) -> Iterator[sqlite3.Connection]:
    """A freshly migrated log; foreign keys stay off, so a row needs no parents to test its own checks."""
    path = Path(db.path)
    db.close()
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        yield conn
    finally:
        conn.close()


def insert(conn: sqlite3.Connection, table: str, column: str, value: str) -> None:
    """One row with ``value`` in ``column`` and a plain filler in every other required column."""
    row: dict[str, object] = {column: value}
    for _cid, name, kind, notnull, default, _pk in conn.execute(f"PRAGMA table_info({table})"):
        if name not in row and (notnull or name == "text"):  # text: an objection needs its argument
            row[name] = FILLERS.get(kind.split("(")[0].upper(), "x") if default is None else default
    if table == "stance":
        row["preference_not_objection"] = 0
    names = ", ".join(row)
    conn.execute("BEGIN")
    try:
        conn.execute(f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' for _ in row)})", list(row.values()))
    finally:
        conn.execute("ROLLBACK")


@pytest.mark.parametrize(("table", "column", "allowed"), CHECKED, ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_the_log_accepts_exactly_the_enum_values(log: sqlite3.Connection, table: str, column: str,
                                                  allowed: tuple[str, ...]) -> None:
    for value in allowed:
        insert(log, table, column, str(value))
    with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"):
        insert(log, table, column, "not_in_the_enum")
