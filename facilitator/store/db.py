"""Opening the database: engine, pragmas and the session factory.

Pragmas, and why:
- journal_mode=WAL: readers never block the writer, and a crash mid-write
  leaves the last committed state intact.
- synchronous=FULL: in WAL mode NORMAL may lose the last few commits on power
  loss. A decision the app has shown as saved must survive a dead battery,
  and our writes are small and rare, so we pay for the extra fsync.
- foreign_keys=ON: rows never point at nothing.
- busy_timeout: a second reader (CLI next to the GUI) waits instead of failing.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from facilitator import paths
from facilitator.store.connect import BUSY_TIMEOUT_MS
from facilitator.store.errors import DatabaseDamaged


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def _existing_file_only(path: Path) -> Any:
    """Connect with mode=rw: a file that has gone (a removed USB stick) is an error, never a new empty log."""
    uri = f"{path.resolve().as_uri()}?mode=rw"

    def do_connect(_dialect: Any, _record: Any, cargs: list[Any], cparams: dict[str, Any]) -> None:
        cargs[:] = [uri]
        cparams["uri"] = True

    return do_connect


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "do_connect", _existing_file_only(path))
    event.listen(engine, "connect", _set_pragmas)
    return engine


class Database:
    """The app's one database file; open it with :func:`open_database`.

    While open it holds the log's use lock shared (facilitator/store/lock.py),
    so a restore waits for it to close instead of pulling the file away.
    """

    def __init__(self, path: Path, lock: Any = None) -> None:
        self.path = path
        self.engine = make_engine(path)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._lock = lock
        # A Database dropped without close() (a finished CLI command) lets go of the file and the lock.
        self._finalizer = weakref.finalize(self, _let_go, self.engine, lock)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A short unit of work: commits on success, rolls back on error."""
        with self._sessions.begin() as session:
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """Like session(), but takes the write lock first (BEGIN IMMEDIATE).

        For work that reads, decides, then writes (an import): two at once
        then run one after the other, instead of both deciding on the same
        state and the second failing on a unique key.
        """
        with self.engine.connect() as conn:
            conn.exec_driver_sql("BEGIN IMMEDIATE")  # waits (busy_timeout) for another writer to finish
            session = Session(conn, expire_on_commit=False)
            try:
                yield session
                if session.info.get("discard"):  # the caller found nothing to write
                    conn.rollback()
                    return
                session.flush()
                conn.commit()
            except BaseException:
                conn.rollback()
                raise
            finally:
                session.close()

    def let_go(self) -> None:
        """Close every connection and drop the use lock, so a restore can replace the file (the app's own)."""
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()

    def hold_again(self, wait: float = 30.0) -> None:
        """After let_go(): hold the log again; the next session connects to whatever file is there now."""
        self.engine.dispose()
        if self._lock is not None and not self._lock.shared(wait):
            from facilitator.store.errors import LogBusy

            raise LogBusy("the log is busy after the restore; close other copies of Facilitator, then start it again")

    def close(self) -> None:
        self._finalizer()


def _let_go(engine: Engine, lock: Any) -> None:
    engine.dispose()
    if lock is not None:
        lock.release()


def open_database(path: Path | None = None, migrate: bool = True, check: bool = True) -> Database:
    """Open (and create or upgrade) the database in the data home.

    Raises DatabaseDamaged, before anything writes to the file, when SQLite's
    quick_check fails.
    """
    from facilitator.store.lock import UseLock

    path = path or paths.database_path()
    if check:
        from facilitator.store.health import check as health_check

        health = health_check(path)
        if not health.ok:
            raise DatabaseDamaged(path, health.message)
    lock = UseLock(path)
    if migrate:
        from facilitator.store.migrate import ensure_current

        ensure_current(path, lock)  # returns holding the lock shared
    elif not lock.shared(30):
        from facilitator.store.errors import LogBusy

        raise LogBusy("the log is being restored or upgraded by another program; try again in a moment")
    return Database(path, lock)

