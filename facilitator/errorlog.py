"""Details of an unexpected error, written to <home>/logs/ for whoever helps the facilitator.

An exception's own text can hold SQL and the values bound to it, which are
participants' words; it is never shown in a message. The full traceback goes
to a private file (0600, like everything else in the home) and the message
says only where that file is. Used by the CLI's last line of defence and by
the GUI's (ui/errors.py), so both write the same kind of file.
"""

from __future__ import annotations

import datetime as dt
import os
import traceback
from pathlib import Path
from types import TracebackType

from facilitator import paths


def write_error_log(exc: BaseException, kind: type[BaseException] | None = None,
                    tb: TracebackType | None = None) -> Path | None:
    """Write the traceback to ``<home>/logs/error-YYYYmmdd-HHMMSS.txt``; None if it cannot be written.

    The home is not created for this: if it has gone (a removed USB stick),
    making an empty one in its place would only hide what happened.
    """
    kind = kind or type(exc)
    tb = tb if tb is not None else exc.__traceback__
    text = "".join(traceback.format_exception(kind, exc, tb))
    try:
        home = paths.data_home(create=False)
        if not home.is_dir():
            return None
        folder = home / "logs"
        folder.mkdir(exist_ok=True, mode=0o700)
        return _new_file(folder, f"error-{dt.datetime.now():%Y%m%d-%H%M%S}", text)
    except (OSError, ValueError):
        return None


def _new_file(folder: Path, stem: str, text: str) -> Path:
    """A file that did not exist before (two errors in one second get -2, -3 …), created 0600."""
    for n in range(1, 100):
        target = folder / (f"{stem}.txt" if n == 1 else f"{stem}-{n}.txt")
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        return target
    raise FileExistsError(folder)
