"""`facilitator …`: the headless command line.

Exit codes (docs/cli.md): 0 success, 1 something checked was invalid,
2 bad usage or unknown id/name, 3 data or file problem (unreadable file,
unwritable path, damaged database), 70 an internal error (a bug: please report).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from facilitator import __version__, paths
from facilitator.cli import db_cmd, groups_cmd, handout_cmd, log_cmd, plans_cmd, structures_cmd
from facilitator.cli.common import CliError
from facilitator.store.errors import DatabaseDamaged

OK, INVALID, USAGE, DATA, INTERNAL = 0, 1, 2, 3, 70


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="facilitator",
        description="Offline companion for Liberating Structures workshops and SDMI consent decisions.",
        epilog="Data lives in the platform's user data folder; FACILITATOR_HOME or --home overrides it.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--home", metavar="DIR", help="use DIR as the data home (default: $FACILITATOR_HOME or the user data folder)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    structures_cmd.register(sub)
    plans_cmd.register(sub)
    log_cmd.register(sub)
    groups_cmd.register(sub)
    db_cmd.register(sub)
    handout_cmd.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.home:
        paths.set_home(args.home)
    try:
        code: int = args.run(args)
        return code
    except CliError as exc:
        print(f"facilitator: {exc}", file=sys.stderr)
        return exc.code
    except DatabaseDamaged as exc:
        print(f"facilitator: {exc}.\nSee 'facilitator db backups' and 'facilitator db restore FILE'.", file=sys.stderr)
        return DATA
    except BrokenPipeError:
        # Output piped into `head` and closed early: not an error worth a message.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return OK
    except KeyboardInterrupt:
        print("facilitator: interrupted", file=sys.stderr)
        return 130
    except OSError as exc:
        where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        print(f"facilitator: {exc.strerror or exc}{where}", file=sys.stderr)
        return DATA
    except Exception as exc:  # last line of defence: a message, never a traceback
        storage = _storage_problem(exc)
        if storage:
            print(f"facilitator: {storage}; nothing was saved", file=sys.stderr)
            return DATA
        print(f"facilitator: internal error: {type(exc).__name__}: {exc}\n"
              "Please report this; your data has not been changed by the failed command.", file=sys.stderr)
        return INTERNAL


def _storage_problem(exc: Exception) -> str | None:
    """Plain words for a database the disk will not let us write (SQLAlchemy wraps sqlite3's error)."""
    import sqlite3

    error = getattr(exc, "orig", None) or exc
    if not isinstance(error, sqlite3.OperationalError):
        return None
    text, home = str(error).lower(), paths.data_home(create=False)
    if "disk is full" in text:
        return f"the disk holding {home} is full; free some space and try again"
    if "readonly" in text or "read-only" in text:
        return f"the data folder {home} cannot be written to (read-only, or permission refused)"
    if "unable to open database" in text or "disk i/o error" in text:
        return f"the data folder {home} cannot be reached (removed, or on a USB stick that was taken out)"
    return None


if __name__ == "__main__":
    sys.exit(main())
