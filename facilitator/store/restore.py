"""Restoring a backup: only our own healthy log may replace the live one, and nothing is lost on the way.

The steps, and why:
1. The offered file must be a regular file (never a pipe or a device) and not the log itself.
2. The exclusive use lock (facilitator/store/lock.py): refused while the app or
   another command has the log open. Deleting the -wal file under a live
   connection once lost what the app wrote after the restore.
3. The file is copied into the home (SQLite's backup API, read-only) and the
   *copy* is checked thoroughly (facilitator/store/identity.py): our log, at
   a revision we know, exactly the schema that revision has, integrity and
   foreign keys. What is checked is what is installed.
4. An older revision is upgraded on the copy, never on the live log.
5. The live log is kept: a checked "before-restore" backup, or, when it
   cannot be backed up (damaged, not ours), moved aside untouched.
6. The live log's WAL is checkpointed and its -wal/-shm removed (stale WAL
   frames would be replayed onto the new file), then the copy is renamed
   into place in one step. Old backups are rotated only after that, so the
   file being restored is never rotated away while it is still needed.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from facilitator import paths
from facilitator.store.backup import (
    PREFIX,
    SUFFIX,
    backup_to,
    configured_keep,
    copy_database,
    rotate,
)
from facilitator.store.errors import BackupRefused, LogBusy, RestoreRefused
from facilitator.store.lock import HomeLock, UseLock

COMPANIONS = ("-wal", "-shm", "-journal")


def restore(backup: Path, path: Path | None = None, wait: float = 2.0) -> Path | None:
    """Put a backup in place of the live log in the data home (or at ``path``)."""
    return restore_file(backup, path or paths.database_path(), wait=wait)


def restore_file(candidate: Path, live: Path, wait: float = 2.0) -> Path | None:
    """Replace ``live`` with ``candidate``; returns where the replaced log was kept (if there was one).

    Raises FileNotFoundError, RestoreRefused (the file is not fit: nothing
    changed) or LogBusy (someone has the log open: nothing changed).
    """
    _refuse_odd_files(candidate, live)
    lock = UseLock(live)
    if not lock.exclusive(wait):
        raise LogBusy(who_holds(live))
    staged = live.with_name(f".restoring-{datetime.now():%Y%m%d-%H%M%S-%f}.partial")
    try:
        _stage(candidate, staged)
        previous = _keep_current(live)
        _swap_in(staged, live)
    finally:
        for leftover in (staged, *(staged.with_name(staged.name + s) for s in COMPANIONS)):
            leftover.unlink(missing_ok=True)
        lock.release()
    with contextlib.suppress(OSError):  # rotation is tidying; the restore itself is done
        rotate(live.parent / "backups", configured_keep())
    return previous


def _refuse_odd_files(candidate: Path, live: Path) -> None:
    if not candidate.exists():
        raise FileNotFoundError(f"there is no backup file at {candidate}")
    if not candidate.is_file():
        raise RestoreRefused(f"{candidate} is not a regular file (a folder, device or pipe); choose a backup file. "
                             "Nothing was changed")
    if live.exists() and candidate.resolve() == live.resolve():
        raise RestoreRefused(f"{candidate.name} is the log itself; choose a backup file (see 'facilitator db backups'). "
                             "Nothing was changed")


def _stage(candidate: Path, staged: Path) -> None:
    """Copy the candidate next to the log, check the copy, and bring it to the current revision."""
    from facilitator.store.identity import verify
    from facilitator.store.migrate import head_revision, upgrade

    try:
        copy_database(candidate, staged)
    except sqlite3.DatabaseError:
        raise RestoreRefused(f"{candidate.name} cannot be restored: it is not a database, or it is damaged "
                             "beyond reading. Nothing was changed") from None
    verdict = verify(staged, thorough=True)
    if not verdict.ok:
        raise RestoreRefused(f"{candidate.name} cannot be restored: {verdict.reason}. Nothing was changed")
    if verdict.revision != head_revision():
        upgrade(staged)
        again = verify(staged, thorough=True)
        if not again.ok:  # pragma: no cover - our own migrations would be wrong
            raise RestoreRefused(f"{candidate.name} could not be brought up to date ({again.reason}). "
                                 "Nothing was changed")


def _keep_current(live: Path) -> Path | None:
    """A checked backup of the live log, or (when it cannot be backed up) the log itself moved aside."""
    from facilitator.store.health import check, move_aside

    if not live.exists():
        return None
    try:
        if check(live).ok:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
            return backup_to(live, live.parent / "backups" / f"{PREFIX}{stamp}-before-restore{SUFFIX}")
    except (BackupRefused, sqlite3.DatabaseError):
        pass
    return move_aside(live)


def _swap_in(staged: Path, live: Path) -> None:
    if live.exists():
        conn = sqlite3.connect(live)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything in the WAL is now in the file
        finally:
            conn.close()
    for suffix in COMPANIONS:
        live.with_name(live.name + suffix).unlink(missing_ok=True)
    os.replace(staged, live)
    _sync_folder(live.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself survive a power cut."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def who_holds(live: Path) -> str:
    """Plain words for who has the log open."""
    app = HomeLock(live.parent)
    if app.acquire():
        app.release()
        return ("another facilitator command is using the log right now; try again when it has finished. "
                "Nothing was changed")
    holder = app.holder()
    running = f" (process {holder})" if holder else ""
    return f"Facilitator is open with this data folder{running}; close it first, then restore. Nothing was changed"
