"""Writing a file out (an export, a PDF, a CSV): private, whole, or not at all.

Everything the app writes out holds names and the words people said, so it
is created 0600 whatever the umask (a shared laptop's other accounts, a
synced folder's defaults). It is written to a hidden ``.NAME.partial`` beside
the target, flushed to disk, then renamed over it: a crash or a full disk
leaves the old file (or none), never half a file. Any failure removes the
partial file and becomes an :class:`OutputError` with one plain sentence.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import BinaryIO, TypeVar, overload

T = TypeVar("T")
PRIVATE = 0o600
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}


class OutputError(OSError):
    """A file that could not be written; ``str()`` is the whole message, ``errno`` the cause."""

    def __init__(self, message: str, code: int | None = None) -> None:
        super().__init__(message)
        self.errno = code  # OSError's attribute, kept for callers that test it


def partial_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.partial")


@overload
def write_private(path: str | os.PathLike[str], data: bytes) -> Path: ...
@overload
def write_private(path: str | os.PathLike[str], data: Callable[[BinaryIO], T]) -> T: ...
def write_private(path: str | os.PathLike[str], data: bytes | Callable[[BinaryIO], T]) -> Path | T:
    """Write ``data`` (bytes, or a function that writes to a binary file) to ``path`` as 0600.

    Returns the path for bytes, or what the writer function returned (a PDF's page count).
    """
    target = Path(path)
    if target.is_dir():
        raise OutputError(f"{target} is a folder; give a file name", errno.EISDIR)
    partial = partial_path(target)
    try:
        with suppress(FileNotFoundError):
            os.unlink(partial)  # left by a crash: O_EXCL below must create a fresh, private file
        with os.fdopen(_create(partial), "wb") as fh:
            if hasattr(os, "fchmod"):
                os.fchmod(fh.fileno(), PRIVATE)  # a umask like 0o277 would otherwise make it unreadable
            result: Path | T = target
            if isinstance(data, bytes):
                fh.write(data)
            else:
                result = data(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(partial, target)
    except BaseException as exc:
        with suppress(OSError):
            os.unlink(partial)
        if isinstance(exc, OSError) and not isinstance(exc, OutputError):
            raise OutputError(_explain(exc, target), exc.errno) from exc
        raise
    return result


def _create(partial: Path) -> int:
    """A new file only this user can read; its own function so a test can make it fail."""
    return os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), PRIVATE)


def write_private_text(path: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> Path:
    """Text as written, newlines untouched (CSV brings its own \\r\\n)."""
    return write_private(path, text.encode(encoding))


def _explain(exc: OSError, target: Path) -> str:
    folder = target.parent if str(target.parent) else Path(".")
    if exc.errno in _FULL:
        return f"the disk holding {target} is full; nothing was written; free some space and try again"
    if isinstance(exc, FileNotFoundError) and not folder.is_dir():
        return f"cannot write {target}: the folder {folder} does not exist; nothing was written"
    return f"cannot write {target}: {exc.strerror or type(exc).__name__}; nothing was written"
