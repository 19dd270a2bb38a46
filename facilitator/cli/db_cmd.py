"""`facilitator db …`: check, back up, list backups and restore.

Exit codes: 0 healthy / done, 1 the log is damaged or not as Facilitator made
it (check, backup), 2 bad usage, 3 a file problem (missing file, unwritable
target, a restore refused, the log in use). docs/cli.md states the promises.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from facilitator import paths
from facilitator.cli.common import CliError


def register(sub: Any) -> None:
    p = sub.add_parser("db", help="check, back up and restore the database",
                       description="Look after the database in the data home.")
    cmds = p.add_subparsers(dest="action", metavar="ACTION")
    cmds.required = True
    check = cmds.add_parser("check", help="check the log: SQLite's integrity check, and that it is as Facilitator made it (exit 0 healthy, 1 not)")
    check.set_defaults(run=run_check)
    backup = cmds.add_parser("backup", help="make a checked backup now (a damaged log is never backed up over good backups)")
    backup.add_argument("-o", "--output", type=Path, metavar="FILE", help="write the backup here instead of backups/")
    backup.set_defaults(run=run_backup)
    backups = cmds.add_parser("backups", help="list backups, newest first, each marked healthy or not usable")
    backups.set_defaults(run=run_backups)
    restore = cmds.add_parser("restore", help="replace the log with a healthy backup of it (anything else is refused; the current log is kept first)")
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.set_defaults(run=run_restore)
    where = cmds.add_parser("path", help="print where the database is")
    where.set_defaults(run=lambda _a: print(paths.database_path()) or 0)


def run_check(_args: argparse.Namespace) -> int:
    from facilitator.store.health import check
    from facilitator.store.identity import verify

    db = paths.database_path()
    if not db.exists():
        print(f"{db}: no log yet; it is created when first needed")
        return 0
    health = check(db, thorough=True)
    message = health.message
    if health.ok:
        verdict = verify(db, thorough=True)
        health_ok, message = verdict.ok, ("ok" if verdict.ok else verdict.reason)
    else:
        health_ok = False
    print(f"{db}: {message}")
    if not health_ok:
        print("Nothing has been changed. Restore the newest healthy backup: "
              "facilitator db backups, then facilitator db restore FILE")
    return 0 if health_ok else 1


def run_backup(args: argparse.Namespace) -> int:
    from facilitator.store.backup import backup_to, make_backup
    from facilitator.store.errors import BackupRefused

    db = paths.database_path()
    if not db.exists():
        raise CliError("there is no database yet in this data home; nothing to back up", 3)
    try:
        if args.output:
            _check_target(args.output, db)
            target = backup_to(db, args.output)
        else:
            target = make_backup(db, "manual")
    except BackupRefused as exc:
        raise CliError(f"{exc}. Check the log with 'facilitator db check'; restore the newest healthy backup "
                       "with 'facilitator db backups', then 'facilitator db restore FILE'", 1) from None
    print(f"Backed up to {target} (checked)")
    return 0


def _check_target(output: Path, db: Path) -> None:
    """A backup never lands on the log itself, in a folder that is not there, or on a folder's name."""
    if output.is_dir():
        raise CliError(f"{output} is a folder; give a file name, e.g. {output / 'facilitator-backup.sqlite3'}", 3)
    if output.exists() and output.resolve() == db.resolve():
        raise CliError(f"{output} is the log itself; give another file name for the backup", 3)
    if not output.parent.is_dir():
        raise CliError(f"the folder {output.parent} does not exist; create it first, or give another place", 3)


def run_backups(_args: argparse.Namespace) -> int:
    from facilitator.store.backup import list_backups
    from facilitator.store.identity import verify

    found = list_backups()
    if not found:
        print(f"No backups yet in {paths.backups_dir()}.")
    from facilitator.store.identity import contents

    for backup in found:
        verdict = verify(backup, thorough=False)
        state = f"healthy: {contents(backup)}" if verdict.ok else f"NOT USABLE: {verdict.reason}"
        print(f"{backup}  ({backup.stat().st_size // 1024} KB, {state})")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from facilitator.store.errors import LogBusy, RestoreRefused
    from facilitator.store.restore import restore

    try:
        previous = restore(args.file)
    except FileNotFoundError as exc:
        raise CliError(str(exc), 3) from None
    except (RestoreRefused, LogBusy) as exc:
        raise CliError(str(exc), 3) from None
    print(f"Restored {args.file.name}.")
    if previous:
        print(f"The log it replaced is kept at {previous}")
    return 0
