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


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], bridge: _Bridge) -> None:
        super().__init__()
        self.work, self.bridge = work, bridge

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # handed to the GUI thread, shown there in words
            self.bridge.failed.emit(exc)
        else:
            self.bridge.done.emit(result)


_alive: set[_Bridge] = set()


def run_in_background(work: Callable[[], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[Exception], None]) -> _Bridge:
    bridge = _Bridge()
    _alive.add(bridge)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _alive.discard(bridge)
        callback(value)

    bridge.done.connect(lambda result: finish(on_done, result))
    bridge.failed.connect(lambda exc: finish(on_error, exc))
    QThreadPool.globalInstance().start(_Job(work, bridge))
    return bridge
