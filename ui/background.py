"""Run slow work (PDF packs, exports, big searches) off the GUI thread.

The result or the error comes back as a Qt signal, so the callback runs on
the GUI thread whether or not the asyncio loop is running (tests, dialogs).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Bridge(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, work: Callable[..., Any], bridge: _Bridge, with_progress: bool) -> None:
        super().__init__()
        self.work, self.bridge, self.with_progress = work, bridge, with_progress

    def run(self) -> None:
        try:
            result = self.work(self.bridge.progress.emit) if self.with_progress else self.work()
        except Exception as exc:  # handed to the GUI thread, shown there in words
            self.bridge.failed.emit(exc)
        else:
            self.bridge.done.emit(result)


_alive: set[_Bridge] = set()


def run_in_background(work: Callable[..., Any], on_done: Callable[[Any], None],
                      on_error: Callable[[Exception], None],
                      on_progress: Callable[[int, int], None] | None = None) -> _Bridge:
    """With ``on_progress``, ``work`` is called as ``work(report)``; ``report(done, total)``
    from the worker thread reaches ``on_progress`` on the GUI thread."""
    bridge = _Bridge()
    _alive.add(bridge)
    if on_progress is not None:
        bridge.progress.connect(on_progress)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _alive.discard(bridge)
        callback(value)

    bridge.done.connect(lambda result: finish(on_done, result))
    bridge.failed.connect(lambda exc: finish(on_error, exc))
    QThreadPool.globalInstance().start(_Job(work, bridge, on_progress is not None))
    return bridge
