"""One app per data home: an advisory lock on <home>/facilitator.lock.

The operating system drops the lock when the process dies (even by kill -9),
so a crash never leaves a stale lock behind. Short CLI commands do not take
it: SQLite's own locking covers them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from facilitator import paths


class HomeLock:
    def __init__(self, home: Path | None = None) -> None:
        self.path = (home or paths.data_home()) / "facilitator.lock"
        self._file: IO[str] | None = None

    def acquire(self) -> bool:
        """True when this process now holds the lock; False when another app has it."""
        self._file = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held open for the lock's life
        try:
            _lock(self._file)
        except OSError:
            self._file.close()
            self._file = None
            return False
        self._file.seek(0)
        self._file.truncate()
        self._file.write(str(os.getpid()))
        self._file.flush()
        return True

    def holder(self) -> int | None:
        """The process id written by the app holding the lock, if readable."""
        try:
            text = self.path.read_text(encoding="utf-8").strip()
        except OSError:
            return None
        return int(text) if text.isdigit() else None

    def release(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


def _lock(handle: IO[str]) -> None:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
        import msvcrt

        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
