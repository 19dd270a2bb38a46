"""Online backups with SQLite's backup API, kept in <home>/backups/ and rotated."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from facilitator import paths

KEEP_DEFAULT = 10
PREFIX = "facilitator-"
SUFFIX = ".sqlite3"


def backup_to(source: Path, target: Path) -> Path:
    """Copy a live database consistently (readers and the WAL included) to target."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    # Read-only: a source that has gone (a removed data folder) is an error, not a new empty file to copy.
    src = sqlite3.connect(f"{Path(source).resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    os.chmod(partial, 0o600)
    os.replace(partial, target)  # never leave half a backup under a real name
    return target


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
    """A timestamped backup in the backups folder, then drop the oldest beyond ``keep``
    (by default the configured number, 10 unless settings.ini says otherwise)."""
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


def rotate(folder: Path, keep: int) -> None:
    for old in list_backups(folder)[max(keep, 1):]:
        old.unlink(missing_ok=True)
