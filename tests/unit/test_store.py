"""The database file: created by migrations, pragmas in force, private, backed up before upgrades."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

from sqlalchemy import inspect

from facilitator import paths
from facilitator.store import migrate
from facilitator.store.backup import list_backups, make_backup
from facilitator.store.base import Base
from facilitator.store.db import open_database
from facilitator.store.schema import import_all_tables


def test_new_database_is_created_by_migrations_with_wal_and_private_modes(home: Path) -> None:
    db = open_database()
    path = paths.database_path()
    assert migrate.current_revision(path) == migrate.head_revision()
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_migrations_build_exactly_the_models_tables(home: Path) -> None:
    db = open_database()
    import_all_tables()
    tables = set(inspect(db.engine).get_table_names()) - {"alembic_version"}
    model_tables = {t for t in Base.metadata.tables if not t.startswith("sqlite_")}
    assert model_tables <= tables


def test_current_schema_skips_alembic(home: Path) -> None:
    open_database()
    assert migrate.ensure_current(paths.database_path()) is None


def test_an_older_database_is_backed_up_then_upgraded_keeping_rows(home: Path) -> None:
    path = paths.database_path()
    migrate.upgrade(path, "0001")
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO favourite (structure_id, starred_at) VALUES ('triz', '2026-01-01')")
    conn.commit()
    conn.close()
    backup = migrate.ensure_current(path)
    if migrate.head_revision() == "0001":
        assert backup is None
    else:
        assert backup is not None and backup.exists()
    assert migrate.current_revision(path) == migrate.head_revision()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT structure_id FROM favourite").fetchall() == [("triz",)]
    conn.close()


def test_backups_rotate(home: Path) -> None:
    open_database().close()
    for i in range(5):
        make_backup(paths.database_path(), f"test-{i}", keep=3)
    backups = list_backups()
    assert len(backups) == 3
    assert "test-4" in backups[0].name
    conn = sqlite3.connect(backups[0])
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_number_of_backups_kept_is_configurable(home: Path) -> None:
    open_database().close()
    (home / "settings.ini").write_text("[backups]\nkeep=2\n", encoding="utf-8")
    for i in range(4):
        make_backup(paths.database_path(), f"n{i}")
    assert len(list_backups()) == 2
    (home / "settings.ini").write_bytes(b"\x00\xffnot ini at all")
    make_backup(paths.database_path(), "after-garbage")
    assert len(list_backups()) == 3, "a damaged settings file falls back to keeping 10"
