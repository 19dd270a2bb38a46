"""Bring a database file to the current schema, safely.

The cheap path (schema already current) reads one row with sqlite3 and never
imports Alembic, so start-up stays fast. The slow path backs the file up,
then migrates on its own connection with foreign keys off: SQLite batch
migrations recreate tables, and with foreign keys on that would cascade
deletes into child rows.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from facilitator.store.backup import make_backup
from facilitator.store.db import raw_connect

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_REVISION = re.compile(r'^revision\s*(?::\s*str\s*)?=\s*["\']([0-9a-z_]+)["\']', re.M)
_DOWN = re.compile(r'^down_revision\s*(?::[^=]+)?=\s*(?:["\']([0-9a-z_]+)["\']|None)', re.M)


class MigrationError(RuntimeError):
    """The database could not be brought up to date; the backup path says where the old one is."""


def head_revision() -> str:
    """The newest revision, read from the migration files' text (no Alembic import)."""
    revisions: dict[str, str | None] = {}
    for path in (MIGRATIONS / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        rev, down = _REVISION.search(text), _DOWN.search(text)
        if rev:
            revisions[rev.group(1)] = down.group(1) if down else None
    parents = {d for d in revisions.values() if d}
    heads = [r for r in revisions if r not in parents]
    if len(heads) != 1:
        raise MigrationError(f"expected one head revision, found {heads}")
    return heads[0]


def current_revision(path: Path) -> str | None:
    if not path.exists():
        return None
    conn = raw_connect(path)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None
    finally:
        conn.close()
    return row[0] if row else None


def ensure_current(path: Path) -> Path | None:
    """Migrate if needed; returns the backup taken before migrating, if any."""
    current = current_revision(path)
    if current == head_revision():
        return None
    backup = None
    if path.exists() and path.stat().st_size > 0 and current is not None:
        backup = make_backup(path, f"before-migration-{current}")
    upgrade(path)
    return backup


def upgrade(path: Path, revision: str = "head") -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, text
    from sqlalchemy.pool import NullPool

    path.parent.mkdir(parents=True, exist_ok=True)
    new_file = not path.exists()
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.exec_driver_sql("PRAGMA journal_mode=WAL")
            conn.commit()
            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS))
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
            problems = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
            if problems:
                raise MigrationError(f"foreign key check failed after migration: {problems[:5]}")
    finally:
        engine.dispose()
    if new_file:
        path.chmod(0o600)
