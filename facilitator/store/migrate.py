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
import time
from pathlib import Path

from facilitator.store.backup import make_backup
from facilitator.store.connect import raw_connect
from facilitator.store.errors import LogBusy, LogRefused
from facilitator.store.lock import UseLock

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_REVISION = re.compile(r'^revision\s*(?::\s*str\s*)?=\s*["\']([0-9a-z_]+)["\']', re.M)
_DOWN = re.compile(r'^down_revision\s*(?::[^=]+)?=\s*(?:["\']([0-9a-z_]+)["\']|None)', re.M)
WAIT_SECONDS = 30.0  # how long to wait for a restore or another command's upgrade to finish


class MigrationError(RuntimeError):
    """The database could not be brought up to date; the backup path says where the old one is."""


def _parents() -> dict[str, str | None]:
    """Revision → the revision it follows, read from the migration files' text (no Alembic import)."""
    revisions: dict[str, str | None] = {}
    for path in (MIGRATIONS / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        rev, down = _REVISION.search(text), _DOWN.search(text)
        if rev:
            revisions[rev.group(1)] = down.group(1) if down else None
    return revisions


def head_revision() -> str:
    """The newest revision."""
    revisions = _parents()
    parents = {d for d in revisions.values() if d}
    heads = [r for r in revisions if r not in parents]
    if len(heads) != 1:
        raise MigrationError(f"expected one head revision, found {heads}")
    return heads[0]


def revision_chain() -> list[str]:
    """Every revision, oldest first: the ones a log can be at and still be upgraded."""
    parents = _parents()
    chain = [head_revision()]
    while (parent := parents.get(chain[0])) is not None:
        chain.insert(0, parent)
    return chain


def current_revision(path: Path) -> str | None:
    """The file's revision; None when there is no file or no revision table."""
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


def _table_names(path: Path) -> set[str]:
    if not path.exists() or path.stat().st_size == 0:
        return set()
    conn = raw_connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()


def refuse_unknown(path: Path, current: str | None) -> None:
    """Never migrate (or back up for migrating) a file at a revision we do not know."""
    from facilitator.store.identity import looks_like_ours

    names = _table_names(path) if current not in revision_chain() else set()
    if current is None and not names:
        return  # no log yet, or an empty file: it is created
    if current in revision_chain():
        return
    if looks_like_ours(names):
        raise LogRefused(path, "it was made by a newer Facilitator; update the app to open it")
    raise LogRefused(path, "it is not a Facilitator log (another program's database); "
                     "move it away, or restore a backup with 'facilitator db restore FILE'")


def ensure_current(path: Path, lock: UseLock | None = None, wait: float = WAIT_SECONDS) -> Path | None:
    """Migrate if needed; returns the backup taken before migrating, if any.

    With ``lock`` given, it is left held shared on return (the caller's hold
    on the log); without, it is released. Creating and migrating happen only
    under the exclusive lock, so four commands started at once on an empty
    home create the log once, and nothing is migrated under a live connection.
    """
    own = lock is None
    use = lock or UseLock(path)
    try:
        return _bring_to_head(path, use, time.monotonic() + wait)
    except BaseException:
        use.release()
        raise
    finally:
        if own:
            use.release()


def _bring_to_head(path: Path, lock: UseLock, deadline: float) -> Path | None:
    head = head_revision()
    while True:
        current = current_revision(path)
        if current == head:
            if not lock.shared(max(0.0, deadline - time.monotonic())):
                raise LogBusy("the log is being restored or upgraded by another program; try again in a moment")
            if current_revision(path) == head:
                return None
            lock.release()  # replaced while we waited: look again
            continue
        if lock.exclusive(0):  # judged only under the lock: mid-creation, tables exist before their revision
            return _migrate_holding(path, lock)
        if time.monotonic() >= deadline:
            raise LogBusy("the log needs upgrading, but Facilitator or another command has it open; "
                          "close them, then try again")
        time.sleep(0.05)


def _migrate_holding(path: Path, lock: UseLock) -> Path | None:
    """With the exclusive lock: look again, back up, migrate, then hold the lock shared."""
    current = current_revision(path)
    backup = None
    if current != head_revision():
        refuse_unknown(path, current)
        if current is not None:
            backup = _unchanged_since_backup(path, current) or make_backup(path, f"before-migration-{current}")
        upgrade(path)
    lock.shared(0)  # exclusive → shared always succeeds: nobody else holds it
    return backup


def _unchanged_since_backup(path: Path, current: str) -> Path | None:
    """The backup an earlier, failed try of this migration took, if the log has not changed since.

    A migration that keeps failing (each command tries again) must not take
    a new backup each time: ten tries would rotate every older backup away.
    """
    from facilitator.store.backup import list_backups
    from facilitator.store.identity import verify

    newest = next(iter(list_backups(path.parent / "backups")), None)
    if newest is None or not newest.name.endswith(f"-before-migration-{current}.sqlite3"):
        return None
    # Only the main file: a failed try can leave uncommitted frames in the -wal file; a commit in
    # between is unlikely anyway, as every writer first runs this migration.
    changed = path.stat().st_mtime_ns
    return newest if newest.stat().st_mtime_ns >= changed and verify(newest, thorough=False).ok else None


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
