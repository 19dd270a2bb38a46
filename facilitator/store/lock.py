"""Advisory locks in the data home; the operating system drops them when a
process dies (even by kill -9), so a crash never leaves a stale lock behind.

- ``HomeLock`` (<home>/facilitator.lock): one app window per data home.
- ``UseLock`` (<db>.in-use): who has the log open. Every open Database holds
  it shared, the app for its whole life and a CLI command for its run; a
  restore or a migration needs it exclusive, so neither ever swaps or
  rebuilds tables under a live connection (a restore that deleted the -wal
  file under a running app lost what the app wrote next).
"""

from __future__ import annotations

import errno
import os
import sys
import time
from pathlib import Path
from typing import IO

from facilitator import paths


class HomeLock:
    def __init__(self, home: Path | None = None) -> None:
        self.path = (home or paths.data_home()) / "facilitator.lock"
        self._file: IO[str] | None = None

    def acquire(self) -> bool:
        """True when this process now holds the lock; False when another app has it."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)  # private, like everything in the home
        self._file = open(fd, "a+", encoding="utf-8")  # noqa: SIM115 - held open for the lock's life
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


class UseLock:
    """Shared for using the log, exclusive for replacing or upgrading it (see the module's docstring)."""

    def __init__(self, database: Path) -> None:
        self.path = database.with_name(database.name + ".in-use")
        self._fd: int | None = None
        self.mode: str | None = None

    def shared(self, timeout: float) -> bool:
        return self._take(shared=True, timeout=timeout)

    def exclusive(self, timeout: float) -> bool:
        return self._take(shared=False, timeout=timeout)

    def _take(self, shared: bool, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds; an exclusive lock waits for every other user to let go."""
        if self._fd is None:
            self._fd = _open_lock_file(self.path)
        deadline = time.monotonic() + timeout
        while True:
            if _flock(self._fd, shared):
                self.mode = "shared" if shared else "exclusive"
                return True
            if time.monotonic() >= deadline:
                if self.mode is None:
                    self.release()
                return False
            time.sleep(0.02)

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor drops the lock
            self._fd = None
            self.mode = None


def _open_lock_file(path: Path) -> int:
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EROFS, errno.EPERM) and path.exists():
            return os.open(path, os.O_RDONLY)  # a read-only home: a lock on the existing file still works
        raise


def _flock(fd: int, shared: bool) -> bool:
    if sys.platform == "win32":  # pragma: no cover - Windows has no shared flock; one user at a time
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _lock(handle: IO[str]) -> None:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
        import msvcrt

        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
