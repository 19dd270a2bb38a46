"""The read-only look at favourites used before the database is opened properly."""

from __future__ import annotations

from pathlib import Path

from facilitator import paths
from facilitator.store.db import open_database
from facilitator.store.favourites import star
from facilitator.store.peek import starred_ids


def test_starred_ids_match_the_orm(home: Path) -> None:
    db = open_database()
    star(db, "triz")
    star(db, "1-2-4-all")
    db.close()
    assert starred_ids(paths.database_path()) == {"triz", "1-2-4-all"}


def test_missing_damaged_or_old_files_give_none(tmp_path: Path) -> None:
    assert starred_ids(tmp_path / "missing.sqlite3") == frozenset()
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"scribbled over " * 100)
    assert starred_ids(damaged) == frozenset()
    import sqlite3

    old = tmp_path / "old.sqlite3"
    sqlite3.connect(old).close()  # no favourite table yet
    assert starred_ids(old) == frozenset()
    assert not (tmp_path / "old.sqlite3-wal").exists(), "a look never writes"
