"""`facilitator db …`: check, back up, list backups and restore.

Exit codes: 0 healthy / done, 1 the database is damaged (check), 2 bad usage,
3 a file problem (missing backup, unwritable target, backup not healthy).
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
    check = cmds.add_parser("check", help="integrity check (exit 0 healthy, 1 damaged)")
    check.set_defaults(run=run_check)
    backup = cmds.add_parser("backup", help="make a backup now")
    backup.add_argument("-o", "--output", type=Path, metavar="FILE", help="write the backup here instead of backups/")
    backup.set_defaults(run=run_backup)
    backups = cmds.add_parser("backups", help="list backups, newest first")
    backups.set_defaults(run=run_backups)
    restore = cmds.add_parser("restore", help="replace the database with a backup (the current one is kept)")
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.set_defaults(run=run_restore)
    where = cmds.add_parser("path", help="print where the database is")
    where.set_defaults(run=lambda _a: print(paths.database_path()) or 0)


def run_check(_args: argparse.Namespace) -> int:
    from facilitator.store.health import check

    db = paths.database_path()
    health = check(db, thorough=True)
    print(f"{db}: {health.message}")
    if not health.ok:
        print("The database is damaged. Nothing has been changed. "
              "Restore the newest backup with: facilitator db backups, then facilitator db restore FILE")
    return 0 if health.ok else 1


def run_backup(args: argparse.Namespace) -> int:
    from facilitator.store.backup import backup_to, make_backup

    db = paths.database_path()
    if not db.exists():
        raise CliError("there is no database yet in this data home; nothing to back up", 3)
    if args.output:
        if args.output.is_dir():
            raise CliError(f"{args.output} is a folder; give a file name, e.g. {args.output / 'facilitator-backup.sqlite3'}")
        target = backup_to(db, args.output)
    else:
        target = make_backup(db, "manual")
    print(f"Backed up to {target}")
    return 0


def run_backups(_args: argparse.Namespace) -> int:
    from facilitator.store.backup import list_backups

    found = list_backups()
    if not found:
        print(f"No backups yet in {paths.backups_dir()}.")
    for backup in found:
        print(f"{backup}  ({backup.stat().st_size // 1024} KB)")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from facilitator.store.health import restore

    try:
        previous = restore(args.file)
    except FileNotFoundError as exc:
        raise CliError(str(exc), 3) from None
    except ValueError as exc:
        raise CliError(str(exc), 3) from None
    print(f"Restored {args.file.name}.")
    if previous:
        print(f"The database it replaced is kept at {previous}")
    return 0
