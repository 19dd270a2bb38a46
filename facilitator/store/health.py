"""Checking and setting aside the database file (restoring a backup: facilitator/store/restore.py).

A damaged file is never overwritten or repaired in place: it is moved aside
untouched (with its -wal and -shm companions) so nothing in it is lost, and
the person is offered the newest good backup.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from facilitator import paths
from facilitator.store.backup import list_backups, make_backup
from facilitator.store.connect import BUSY_TIMEOUT_MS
from facilitator.store.errors import BUSY, LogBusy

COMPANIONS = ("-wal", "-shm")


@dataclass(frozen=True)
class Health:
    ok: bool
    message: str


def check(path: Path, thorough: bool = False) -> Health:
    """quick_check at start-up; integrity_check when asked (slower on a big log)."""
    if not path.exists():
        return Health(True, "no database yet; it will be created")
    pragma = "integrity_check" if thorough else "quick_check"
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}").fetchmany(5)]
        finally:
            conn.close()
    except UnicodeDecodeError:  # damaged text in the schema: SQLite's own message is not UTF-8
        return Health(False, "the file cannot be read as a database (its schema is damaged)")
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc) or "busy" in str(exc):  # another program is writing: busy, not damaged
            raise LogBusy(BUSY) from None
        if "unable to open" in str(exc):  # a read-only, removed or foreign folder is not a damaged file
            raise OSError(errno.EACCES, "the database cannot be opened: its folder is read-only, "
                          "missing or not yours; nothing was changed", str(path)) from None
        return Health(False, f"the file cannot be read as a database ({exc})")
    if rows == ["ok"]:
        return Health(True, "ok")
    return Health(False, "; ".join(rows))


def is_good_database(path: Path) -> bool:
    """A backup worth offering: healthy, ours, at a revision we know (facilitator/store/identity.py)."""
    from facilitator.store.identity import verify

    return verify(path, thorough=True).ok


def move_aside(path: Path) -> Path:
    """Rename a damaged file (and its journal files) next to itself, untouched."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}-damaged-{stamp}{path.suffix}")
    os.replace(path, target)
    for suffix in COMPANIONS:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + suffix))
    return target


def newest_good_backup(folder: Path | None = None) -> Path | None:
    for candidate in list_backups(folder):
        if is_good_database(candidate):
            return candidate
    return None


def daily_backup(path: Path | None = None, keep: int | None = None) -> Path | None:
    """The first start of each day keeps a copy, so a bad day never costs more than a day."""
    path = path or paths.database_path()
    if not path.exists():
        return None
    today = date.today().strftime("%Y%m%d")
    if any(b.name.startswith(f"facilitator-{today}") and "daily" in b.name for b in list_backups()):
        return None
    return make_backup(path, "daily", keep=keep)
