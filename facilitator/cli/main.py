"""`facilitator …`: the headless command line.

Exit codes (docs/cli.md): 0 success, 1 something checked was invalid,
2 bad usage or unknown id/name, 3 data or file problem (unreadable file,
unwritable path, damaged database), 70 an internal error (a bug: please report).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from facilitator import __version__, paths
from facilitator.cli import db_cmd, groups_cmd, handout_cmd, log_cmd, plans_cmd, structures_cmd
from facilitator.cli.common import CliError
from facilitator.errors import DomainError, FacilitatorError, NotFound
from facilitator.inputs import InputFileError
from facilitator.outputs import OutputError
from facilitator.store.errors import (
    BUSY,
    BackupRefused,
    DatabaseDamaged,
    LogBusy,
    LogRefused,
    RestoreRefused,
)
from facilitator.terminal import SafeStream

OK, INVALID, USAGE, DATA, INTERNAL = 0, 1, 2, 3, 70
SAVED = "nothing was saved"
CONFLICT = ("this change conflicts with one made at the same moment by another program; "
            "nothing was saved; try again")


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
    """Run one command; whatever it prints passes through terminal_safe (shared files can hold ESC)."""
    out, err = sys.stdout, sys.stderr
    if out is not None:
        sys.stdout = SafeStream(out)
    if err is not None:
        sys.stderr = SafeStream(err)
    try:
        return _run(argv)
    finally:
        sys.stdout, sys.stderr = out, err


def _run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    problem = paths.home_setting_problem(args.home)
    if problem:
        print(f"facilitator: {problem}", file=sys.stderr)
        return USAGE
    if args.home:
        paths.set_home(args.home)
    try:
        code: int = args.run(args)
        return code
    except BrokenPipeError:
        # Output piped into `head` and closed early: not an error worth a message.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return OK
    except KeyboardInterrupt:
        print("facilitator: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # last line of defence: one line, never a traceback, SQL or anyone's words
        message, code = explain(exc)
        print(f"facilitator: {message}", file=sys.stderr)
        return code


def explain(exc: Exception) -> tuple[str, int]:
    """The one-line message and exit code for an error that reached the top."""
    if isinstance(exc, CliError):
        return str(exc), exc.code
    if isinstance(exc, DatabaseDamaged):
        return f"{exc}; see 'facilitator db backups' and 'facilitator db restore FILE'", DATA
    if isinstance(exc, OutputError | InputFileError):
        return str(exc), DATA
    if isinstance(exc, LogRefused | LogBusy | RestoreRefused):
        return str(exc), DATA
    if isinstance(exc, BackupRefused):
        return f"{exc}; see 'facilitator db check'", INVALID
    if isinstance(exc, NotFound | DomainError):  # an unknown id or name; a rule of the method (commands need not catch them)
        return str(exc), USAGE
    if isinstance(exc, FacilitatorError):
        return str(exc), DATA
    if isinstance(exc, OSError):
        home_problem = _home_problem(exc)
        if home_problem:
            return home_problem, DATA
        where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        return f"{exc.strerror or exc}{where}", DATA  # an OSError says what the OS said: no SQL in it
    storage = _storage_problem(exc)
    if storage:
        return storage, DATA
    from facilitator.errorlog import write_error_log

    log = write_error_log(exc)
    where = f"details were written to {log}" if log else f"details could not be written ({type(exc).__name__})"
    return (f"internal error (a bug): {where}. Please report it; "
            "your data has not been changed by the failed command."), INTERNAL


def _sqlite_error(exc: BaseException) -> Exception | None:
    """The sqlite3 error behind ``exc``: SQLAlchemy keeps it in ``.orig``, our code may chain it."""
    import sqlite3

    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        orig = getattr(current, "orig", None)
        if isinstance(orig, sqlite3.Error):
            return orig
        if isinstance(current, sqlite3.Error):
            return current
        current = current.__cause__ or current.__context__
    return None


def _storage_problem(exc: Exception) -> str | None:
    """Plain words for a database the disk will not let us write, another program holds, or a clash."""
    import sqlite3

    error = _sqlite_error(exc)
    if isinstance(error, sqlite3.IntegrityError):
        return CONFLICT
    if not isinstance(error, sqlite3.OperationalError):
        return None
    text, home = str(error).lower(), paths.data_home(create=False)
    if "locked" in text or "busy" in text:
        return BUSY
    if "disk is full" in text:
        return f"the disk holding {home} is full; nothing was saved; free some space and try again"
    if "readonly" in text or "read-only" in text:
        return (_home_state(home, SAVED) or
                f"the data folder {home} cannot be written to (read-only, or permission refused); {SAVED}")
    if "unable to open database" in text or "disk i/o error" in text:
        return _home_state(home, SAVED) or _gone(home, SAVED)
    return None


def _home_problem(exc: OSError) -> str | None:
    """For a file-system refusal inside the data home: is the home gone, or read-only?"""
    import errno

    if exc.errno not in (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOENT) or not exc.filename:
        return None
    home = paths.data_home(create=False)
    try:
        inside = Path(os.fsdecode(exc.filename)).resolve().is_relative_to(home)
    except (OSError, ValueError, TypeError):
        return None
    return _home_state(home, "nothing was changed") if inside else None


def _home_state(home: Path, nothing: str) -> str | None:
    """Decide by looking at the folder: missing, or there but not writable (None: neither).

    ``nothing`` is what the command did not do ("nothing was saved"), said before the advice.
    """
    if not home.is_dir():
        return _gone(home, nothing)
    if not os.access(home, os.W_OK | os.X_OK):
        return (f"the data folder {home} is read-only: Facilitator cannot save there; {nothing}. "
                "Make it writable, or use --home to choose another folder")
    return None


def _gone(home: Path, nothing: str) -> str:
    return f"the data folder {home} cannot be reached (removed, or on a USB stick that was taken out); {nothing}"


if __name__ == "__main__":
    sys.exit(main())
