"""Ask before quitting in the middle of a running session or an SDMI round, and say what is kept.

Ctrl+Q or the window's close button used to end the app at once, with the
room watching. Nothing is lost either way (the run is saved as it goes and
offered for resuming at the next start; every stance is in the log the
moment it is recorded, and the meeting reopens at the round), but a quit by
mistake should not happen by one keystroke. Nothing running: no question.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox

from facilitator.timing import EngineState

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def session_running(window: MainWindow) -> bool:
    """A presenter is open on a session that has not finished (ready, running or paused)."""
    presenter = window.presenter
    return bool(presenter is not None and presenter.isVisible()
                and presenter.controller.engine.state is not EngineState.FINISHED)


def round_in_progress(window: MainWindow) -> bool:
    """The Meeting page is in a round (seen or not) that the log still has open.

    A round closes the moment everyone present has a stance, while its screen
    still shows for corrections; quitting then leaves nothing open to ask about.
    """
    view = getattr(window, "decisions_view", None)
    if view is None:
        return False
    page = view.meeting
    item = page.item_page
    screen = item.round_screen
    if not (view.meeting_stack.currentWidget() is page and page.stack.currentWidget() is item
            and item.stack.currentWidget() is screen and screen.round_id):
        return False
    from facilitator.decisions.repository import open_round

    return bool(open_round(window.database(), item.proposal_id) == screen.round_id)


class QuitQuestion(QObject):
    """Stops the main window's first close while something runs, and closes it again if the answer is Quit."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.confirmed = False
        self.box: QMessageBox | None = None

    def stops(self, event: QCloseEvent) -> bool:
        """True (the close is ignored, the question open) when something runs and nobody said Quit yet."""
        if self.confirmed:
            return False
        session, in_round = session_running(self.window), round_in_progress(self.window)
        if not session and not in_round:
            return False
        event.ignore()
        if self.box is not None and self.box.isVisible():
            self.box.raise_()
            self.box.activateWindow()
            return True
        self.box = self._ask(session, in_round)
        return True

    def _ask(self, session: bool, in_round: bool) -> QMessageBox:
        if session and in_round:
            text = self.tr("A session is running and a decision round is open. Quit Facilitator?")
            quit_text = self.tr("Quit and keep both")
        elif session:
            text = self.tr("A session is running. Quit Facilitator?")
            quit_text = self.tr("Quit and keep the run")
        else:
            text = self.tr("A decision round is open. Quit Facilitator?")
            quit_text = self.tr("Quit and keep the round open")
        kept = []
        if session:
            kept.append(self.tr("The run's notes and timings are saved; next time Facilitator offers to resume it, "
                                "with the timer paused."))
        if in_round:
            kept.append(self.tr("Stances recorded so far are saved in the log; the round stays open and you can "
                                "carry on later: the meeting reopens at the next person to speak."))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Quit Facilitator?"), text,
                          QMessageBox.StandardButton.NoButton, self.window)
        box.setObjectName("quitQuestion")
        box.setInformativeText("\n\n".join(kept))
        quit_button = box.addButton(quit_text, QMessageBox.ButtonRole.AcceptRole)
        quit_button.setObjectName("quitAnyway")
        keep = box.addButton(self.tr("Keep running"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("keepRunning")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.finished.connect(lambda _r: self._answered(box.clickedButton() is quit_button))
        box.open()
        return box

    def _answered(self, quit_now: bool) -> None:
        if quit_now:
            self.confirmed = True
            self.window.close()
