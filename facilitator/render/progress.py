"""Progress and cancelling for long documents (a session pack of 40 pages).

The GUI renders off its own thread with a progress bar and a Cancel button:
it passes ``progress(done, total)`` and ``cancelled() -> bool``. Both are
called from the rendering thread; the GUI marshals them back itself.
A cancel raises ``Cancelled`` out of the render, and ``document.build``
removes its temporary file, so nothing half-written is ever left behind.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus.doctemplate import ActionFlowable

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


class Cancelled(Exception):
    """The person cancelled; no file was written (an existing file is left as it was)."""

    def __init__(self) -> None:
        super().__init__("cancelled; nothing was written")


class Tracker:
    """Counts units of work, reports each one and checks for a cancel."""

    def __init__(self, total: int, progress: ProgressCallback | None = None,
                 cancelled: CancelCheck | None = None) -> None:
        self.total = max(1, total)
        self.done = 0
        self._progress = progress
        self._cancelled = cancelled

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise Cancelled()

    def step(self, units: int = 1) -> None:
        """One more unit done (never past the total); raises Cancelled when asked to stop."""
        self.check()
        self.done = min(self.total, self.done + units)
        if self._progress is not None:
            self._progress(self.done, self.total)

    def finish(self) -> None:
        """All done (no cancel check: the work is complete)."""
        self.done = self.total
        if self._progress is not None:
            self._progress(self.done, self.total)

    def marker(self) -> ActionFlowable:
        """A flowable that takes no space and counts a unit when layout reaches it.

        Put it at the top level of a story (not inside KeepTogether or a table).
        """
        return _Marker(self)


class _Marker(ActionFlowable):
    def __init__(self, tracker: Tracker) -> None:
        super().__init__(("marker",))
        self.tracker = tracker

    def apply(self, doc: object) -> None:
        self.tracker.step()
