"""The projector view: huge countdown, step and invitation, readable from the back of a hall.

No controls: it mirrors the controller. Full screen on a second display when
there is one, beside the presenter when there is not (ui/runner/placement.py);
Esc leaves full screen and never ends the session. Its layout is fixed by the
window, never by its text (ui/runner/fit_text.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from facilitator.timing import EngineState, Snapshot, format_clock
from ui.a11y_clock import ClockVoice
from ui.fonts import ensure_bundled_fonts
from ui.runner import palette
from ui.runner.controller import RunController
from ui.runner.fit_text import fit_label, fixed_box
from ui.runner.groups_board import GroupsBoard
from ui.runner.groups_line import group_line


class ProjectorView(QWidget):
    def __init__(self, controller: RunController, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        ensure_bundled_fonts()
        self.controller = controller
        self.setObjectName("projectorView")
        self.setWindowTitle(self.tr("Facilitator — projector"))
        self.setAccessibleName(self.tr("Projector view"))
        self.presenter: QWidget | None = None  # set by the presenter: the projector opens beside it
        self.item = self._label("projectorItem", 0.045)
        self.step = self._label("projectorStep", 0.075, bold=True)
        self.clock = self._label("projectorClock", 1.0, bold=True)
        self.clock.setAccessibleName(self.tr("Time left"))
        self.clock_voice = ClockVoice(self.clock)  # words only: the presenter's clock does the announcing
        self.state = self._label("projectorState", 0.05, bold=True)
        self.split = self._label("projectorSplit", 0.05)
        self.split.setAccessibleName(self.tr("How to split the room"))
        self.invitation = self._label("projectorInvitation", 0.05)
        self.small_clock = self._label("projectorGroupsClock", 1.0, bold=True)
        self.small_clock.setAccessibleName(self.tr("Time left"))  # named by its digits, it was a name change a second
        self.small_clock_voice = ClockVoice(self.small_clock)
        self.groups = GroupsBoard(self)
        self.groups_step: tuple[int, int] | None = None  # the step the shown groups were made for
        self.pages = QStackedWidget(self)  # the clock page, and the random groups filling the screen
        self.pages.addWidget(self._page((self.item, 6), (self.step, 11), (self.clock, 44), (self.state, 8),
                                        (self.split, 9), (self.invitation, 22)))
        self.pages.addWidget(self._page((self.small_clock, 9), (self.groups, 91)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        layout.addWidget(self.pages)
        self.setAutoFillBackground(True)
        self._flashing = False
        self.resize(1024, 640)
        controller.changed.connect(self.show_snapshot)
        controller.flash.connect(self.flash)
        self.show_snapshot(controller.snapshot)

    def _label(self, name: str, share: float, bold: bool = False) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap("Clock" not in name)
        fixed_box(label)
        label.setProperty("share", share)
        label.setProperty("bold", bold)
        return label

    def show_snapshot(self, snap: Snapshot) -> None:
        self.item.setText(snap.item_title)
        self.step.setText(self.controller.heading(snap))
        self.clock.setText(format_clock(snap.remaining_seconds))
        self.clock_voice.update(snap.remaining_seconds, running=False)
        states = {EngineState.READY: self.tr("Ready"), EngineState.PAUSED: self.tr("Paused"),
                  EngineState.FINISHED: self.tr("Finished")}
        label = states.get(snap.state, "")
        if snap.state is EngineState.RUNNING and snap.overrunning:
            label = self.tr("Time is up")
        self.state.setText(label)
        self.invitation.setText(self.controller.invitation(snap))
        head_count = self.controller.head_count
        self.split.setText(group_line(head_count, self.controller.cue(snap)) if head_count > 0 else "")
        self.small_clock.setText(self.clock.text())
        self.small_clock_voice.update(snap.remaining_seconds, running=False)
        if self.groups_step is not None and self.groups_step != (snap.item_index, snap.step_index):
            self.hide_groups()  # the step they were made for has ended: the names leave the wall
        self.fit_fonts()
        if not self._flashing:
            self._paint(*palette.colours(snap.warning, snap.overrunning, snap.state is not EngineState.RUNNING))

    def _page(self, *rows: tuple[QWidget, int]) -> QWidget:
        """A page of the stack whose rows keep fixed shares of its height."""
        page = QWidget(self)
        page.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        for widget, stretch in rows:
            widget.setParent(page)
            column.addWidget(widget, stretch)
        return page

    # --- random groups (G makes them on the presenter, L shows them here) ----------------
    def show_groups(self, groups: list[list[str]]) -> None:
        """The groups in columns, until the step they were made for ends."""
        snap = self.controller.snapshot
        self.groups_step = (snap.item_index, snap.step_index)
        self.groups.set_groups(groups)
        self.pages.setCurrentIndex(1)

    def hide_groups(self) -> None:
        self.groups_step = None
        self.groups.set_groups([])
        self.pages.setCurrentIndex(0)

    def showing_groups(self) -> bool:
        return self.pages.currentIndex() == 1

    def _paint(self, background: str, text: str) -> None:
        self.setStyleSheet(f"QWidget#projectorView {{ background: {background}; }} QLabel {{ color: {text}; }}")
        self.groups.set_colour(text)
        self.current_colours = (background, text)

    def flash(self, _kind: str = "end") -> None:
        """The chime made visible: three quick inversions."""
        self._flashing = True
        for i in range(6):
            QTimer.singleShot(i * 250, lambda on=(i % 2 == 0): self._paint(*(palette.FLASH if on else palette.NORMAL)))
        QTimer.singleShot(6 * 250, self._end_flash)

    def _end_flash(self) -> None:
        self._flashing = False
        self.show_snapshot(self.controller.snapshot)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_fonts()

    def fit_fonts(self) -> None:
        """Each label's font fitted to its box, which the window alone decides (ui/runner/fit_text.py)."""
        height = max(self.height(), 200)
        for label in (self.item, self.step, self.state, self.split, self.invitation):
            fit_label(label, int(height * float(label.property("share"))), bool(label.property("bold")))
        fit_label(self.clock, height, True, clock=True)
        fit_label(self.small_clock, height, True, clock=True)

    def place(self, asked: bool = False) -> None:
        """Full screen on the other display; with one screen, beside the presenter, and only when ``asked``.

        One screen: opening on its own would cover the presenter's controls, so
        the projector waits for P (the presenter's Projector button).
        """
        from ui.runner import screens

        if self.presenter is None:
            self.show()
            return
        if asked or screens.placement(self.presenter).projector_full_screen:
            screens.show_projector(self.presenter, self)
        else:
            screens.put(self.presenter, screens.placement(self.presenter).presenter)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
            return
        super().keyPressEvent(event)
