"""What happens after the library window first paints: the asyncio loop, the log, the other pages.

Nothing here runs before the person sees the library; the database opens on
a worker thread, so the window stays responsive while a big log is checked.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer

FALLBACK_MS = 1000  # if no paint event ever comes (a minimised start), carry on anyway


class Launch(QObject):
    def __init__(self, app: Any, window: Any) -> None:
        super().__init__(window)
        self.app, self.window = app, window
        self.db: Any = None
        self.loop: Any = None
        self.exit_code: int | None = None
        self._started = False
        window.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self._after_paint)

    def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and not self._started:
            QTimer.singleShot(0, self._after_paint)
        return False

    def _after_paint(self) -> None:
        if self._started:
            return
        self._started = True
        self.window.removeEventFilter(self)
        self._start_asyncio()
        from ui.app_icon import set_icon
        from ui.single_instance import RaiseServer

        set_icon(self.app)
        from ui.startup import open_in_background

        self.window.raise_server = RaiseServer(self.window)
        self.window.statusBar().showMessage(self.tr("Opening your decision log…"))
        open_in_background(self.window, self._opened)

    def _start_asyncio(self) -> None:
        """qasync on the Qt loop that is already running (see qasync's ``already_running``)."""
        import asyncio

        import qasync  # after PySide6, as qasync picks its binding from what is loaded

        self.loop = qasync.QEventLoop(self.app, already_running=True)
        asyncio.set_event_loop(self.loop)

    def _opened(self, db: Any) -> None:
        if db is None:  # the person chose Quit, or the data folder cannot be used
            self.exit_code = 3
            self.app.quit()
            return
        self.db = db
        # In a few short steps, so the window keeps answering keys and repaints in between.
        steps = [lambda: import_module("ui.plans.view"), lambda: import_module("ui.decisions.page"), self._attach]
        self._next_step(steps)

    def _next_step(self, steps: list[Any]) -> None:
        steps.pop(0)()
        if steps:
            QTimer.singleShot(0, lambda: self._next_step(steps))

    def _attach(self) -> None:
        self.window.statusBar().clearMessage()
        self.window.attach_database(self.db)
        self.window.offer_resume()  # after a crash or a closed lid: carry on where the session was

    def run(self) -> int:
        code = self.app.exec()
        return self.exit_code if self.exit_code is not None else code

    def close(self) -> None:
        if self.loop is not None:
            self.loop.stop()
            self.loop.close()
        if self.db is not None:
            self.db.close()
