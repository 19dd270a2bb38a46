"""Online backups with SQLite's backup API, kept in <home>/backups/ and rotated.

A backup is only a backup once checked: each copy is checked (quick_check,
and that it is our log at a known revision) before it gets its real name,
and a copy that fails is thrown away with the older backups untouched.
Rotation never deletes the last healthy backup: it keeps the newest N
healthy ones, plus anything newer than the newest healthy one, plus the
newest "before-restore" backup (the way back from a mistaken restore).
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from facilitator import paths
from facilitator.store.errors import BackupRefused

KEEP_DEFAULT = 10
PREFIX = "facilitator-"
SUFFIX = ".sqlite3"


def backup_to(source: Path, target: Path) -> Path:
    """Copy a live database consistently (readers and the WAL included) to target, 0600, checked.

    The copy is a single self-contained file (rollback journal, not WAL), so
    it can be checked, carried and restored without companions. Raises
    BackupRefused, leaving nothing behind, when the copy is not a healthy
    Facilitator log: a damaged source must never push good backups out.
    """
    from facilitator.store.identity import verify

    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    partial = target.with_name(f".{target.name}.partial")
    try:
        try:
            copy_database(source, partial)
        except sqlite3.DatabaseError:  # SQLite could not even read every page: the log is damaged
            raise BackupRefused("the log could not be backed up: it is damaged (SQLite could not read it). "
                                "The copy was not kept, and every earlier backup is untouched") from None
        verdict = verify(partial, thorough=False)
        if not verdict.ok:
            raise BackupRefused(f"the log could not be backed up: {verdict.reason}. The copy was not kept, "
                                "and every earlier backup is untouched")
        os.replace(partial, target)  # never leave half a backup under a real name
    finally:
        partial.unlink(missing_ok=True)
    return target


def copy_database(source: Path, target: Path) -> None:
    """SQLite's backup API from ``source`` (opened read-only) into a new private file."""
    target.unlink(missing_ok=True)
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    # Read-only: a source that has gone (a removed data folder) is an error, not a new empty file to copy.
    src = sqlite3.connect(f"{Path(source).resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        except UnicodeDecodeError:  # a damaged schema text: SQLite's message about it is not even UTF-8
            raise sqlite3.DatabaseError("the file's schema cannot be read") from None
        finally:
            dst.close()
    finally:
        src.close()


def configured_keep() -> int:
    """How many backups to keep: [backups] keep=N in <home>/settings.ini (the app's settings file)."""
    import configparser

    parser = configparser.ConfigParser()
    try:
        parser.read(paths.data_home() / "settings.ini", encoding="utf-8")
        keep = parser.getint("backups", "keep", fallback=KEEP_DEFAULT)
    except (configparser.Error, ValueError, OSError, UnicodeDecodeError):
        return KEEP_DEFAULT  # a damaged settings file must not stop a backup
    return keep if keep >= 1 else KEEP_DEFAULT


def make_backup(source: Path, reason: str, keep: int | None = None, folder: Path | None = None) -> Path:
    """A checked, timestamped backup in the backups folder, then rotation (see backup_to)."""
    keep = configured_keep() if keep is None else keep
    folder = folder or paths.backups_dir()
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    safe_reason = "".join(ch if ch.isalnum() or ch == "-" else "-" for ch in reason)[:30]
    target = backup_to(source, folder / f"{PREFIX}{stamp}-{safe_reason}{SUFFIX}")
    rotate(folder, keep)
    return target


def list_backups(folder: Path | None = None) -> list[Path]:
    """Newest first."""
    folder = folder or paths.backups_dir()
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if p.name.startswith(PREFIX) and p.name.endswith(SUFFIX)]
    return sorted(found, key=lambda p: p.name, reverse=True)


def rotate(folder: Path, keep: int) -> list[Path]:
    """Keep the ``keep`` newest healthy backups and everything newer than the newest healthy one.

    Returns what was deleted. Backups are checked only when there are more
    than ``keep`` of them, and only until enough healthy ones are found.
    """
    from facilitator.store.identity import verify

    backups = list_backups(folder)
    keep = max(keep, 1)
    if len(backups) <= keep:
        return []
    healthy = 0
    for index, backup in enumerate(backups):
        if verify(backup, thorough=False).ok:
            healthy += 1
            if healthy == keep:
                doomed = [old for old in backups[index + 1:] if old != _newest_before_restore(backups)]
                for old in doomed:
                    old.unlink(missing_ok=True)
                return doomed
    return []  # fewer healthy backups than asked for: delete nothing


def _newest_before_restore(backups: list[Path]) -> Path | None:
    """The way back from the latest restore is never rotated away, however many backups follow it."""
    return next((b for b in backups if b.name.endswith(f"-before-restore{SUFFIX}")), None)
