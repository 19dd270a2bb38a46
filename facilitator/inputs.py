"""Reading a file someone handed us: capped, regular files only, never blocking.

A path on the command line or from a file dialog can be anything: /dev/zero
(endless), a FIFO (blocks for ever on open), a folder, or a 3 GB file with
the wrong name. Every reader of a user-given file goes through
:func:`read_capped`, which answers within a moment with one plain sentence
instead of eating memory or hanging. The size is checked while reading, not
only by ``stat``, because a device or a growing file reports no honest size.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass

KB = 1024
MB = 1024 * KB
CHUNK = 64 * KB


@dataclass(frozen=True)
class InputKind:
    """What a file should be: its name in messages, its largest sensible size, what to give instead."""

    noun: str
    limit: int
    expect: str


# The limits, in one place (docs/cli.md lists them). Each is far above any real file of its kind.
STRUCTURE_FILE = InputKind("structure file", 256 * KB, "a .toml file")
PLAN_FILE = InputKind("plan file", 2 * MB, "a .toml or .json plan file")
NAMES_FILE = InputKind("names file", 1 * MB, "a text or CSV file of names")
LOG_IMPORT_FILE = InputKind("decision log file", 200 * MB, "a .json log export")


class InputFileError(OSError):
    """A user-given file we will not read. ``reason`` is the message without the path in front.

    An OSError, so code that already treats "cannot read that file" as one
    (a file dialog's caller) needs no change; ``str()`` is the whole sentence.
    """

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        # "/dev/zero is not a regular file …" reads as a sentence; "x.toml: file not found" as a label.
        super().__init__(f"{os.fspath(path)}{' ' if reason.startswith('is ') else ': '}{reason}")
        self.path = os.fspath(path)
        self.reason = reason


def size_label(size: int) -> str:
    """256 KB, 2 MB: how the limits are said to people."""
    return f"{size // MB} MB" if size >= MB and size % MB == 0 else f"{size // KB} KB"


def read_capped(path: str | os.PathLike[str], kind: InputKind) -> bytes:
    """The bytes of a regular file of at most ``kind.limit`` bytes; else InputFileError.

    Opened with O_NONBLOCK so a FIFO with no writer cannot block the open;
    ``fstat`` on the open descriptor then refuses anything but a regular file
    (so a path swapped between the check and the open is still caught). At
    most limit + 1 bytes are ever read: a file's size by ``stat`` is only a
    first, cheap check (a file can grow while we read it).
    """
    require_regular_file(path, kind)  # before opening: opening some devices has effects
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
                     | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise InputFileError(path, _unreadable(exc, kind)) from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise InputFileError(path, _not_regular(mode, kind))
        return _read_at_most(fd, path, kind)
    except InputFileError:
        raise
    except OSError as exc:
        raise InputFileError(path, _unreadable(exc, kind)) from None
    finally:
        os.close(fd)


def require_regular_file(path: str | os.PathLike[str], kind: InputKind) -> None:
    """A quick check by ``stat`` alone (read_capped still checks while reading): InputFileError if not."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise InputFileError(path, _unreadable(exc, kind)) from None
    if not stat.S_ISREG(info.st_mode):
        raise InputFileError(path, _not_regular(info.st_mode, kind))
    if info.st_size > kind.limit:
        raise InputFileError(path, _too_big(kind))


def _too_big(kind: InputKind) -> str:
    return f"is larger than {size_label(kind.limit)}, too big for a {kind.noun}"


def _read_at_most(fd: int, path: str | os.PathLike[str], kind: InputKind) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while total <= kind.limit:
        chunk = os.read(fd, min(CHUNK, kind.limit + 1 - total))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
    raise InputFileError(path, _too_big(kind))


def _not_regular(mode: int, kind: InputKind) -> str:
    if stat.S_ISDIR(mode):
        return f"is a folder, not a file; give the path of {kind.expect}"
    return f"is not a regular file (a device, pipe or folder); give the path of {kind.expect}"


def _unreadable(exc: OSError, kind: InputKind) -> str:
    if isinstance(exc, FileNotFoundError):
        return "file not found; check the path"
    if isinstance(exc, IsADirectoryError):
        return f"is a folder, not a file; give the path of {kind.expect}"
    if isinstance(exc, PermissionError):
        return "cannot be read (permission refused); check its permissions"
    return f"cannot be read ({exc.strerror or type(exc).__name__}); check the file"
