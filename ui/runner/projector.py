"""The projector view: huge countdown, step and invitation, readable from the back of a hall.

No controls: it mirrors the controller. Full screen on a second display when
there is one; Esc leaves full screen and never ends the session.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from facilitator.timing import EngineState, Snapshot, format_clock
from ui.fonts import ensure_bundled_fonts
from ui.runner import palette
from ui.runner.controller import RunController


class ProjectorView(QWidget):
    def __init__(self, controller: RunController, parent: Any = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        ensure_bundled_fonts()
        self.controller = controller
        self.setObjectName("projectorView")
        self.setWindowTitle(self.tr("Facilitator — projector"))
        self.setAccessibleName(self.tr("Projector view"))
        self.item = self._label("projectorItem", 0.045)
        self.step = self._label("projectorStep", 0.075, bold=True)
        self.clock = self._label("projectorClock", 0.42, bold=True)
        self.clock.setAccessibleName(self.tr("Time left"))
        self.state = self._label("projectorState", 0.05, bold=True)
        self.invitation = self._label("projectorInvitation", 0.05)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(self.item)
        layout.addWidget(self.step)
        layout.addWidget(self.clock, 1)
        layout.addWidget(self.state)
        layout.addWidget(self.invitation)
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
        label.setWordWrap(name != "projectorClock")
        label.setProperty("share", share)
        label.setProperty("bold", bold)
        return label

    def show_snapshot(self, snap: Snapshot) -> None:
        self.item.setText(snap.item_title)
        self.step.setText(snap.step_title)
        self.clock.setText(format_clock(snap.remaining_seconds))
        states = {EngineState.READY: self.tr("Ready"), EngineState.PAUSED: self.tr("Paused"),
                  EngineState.FINISHED: self.tr("Finished")}
        label = states.get(snap.state, "")
        if snap.state is EngineState.RUNNING and snap.overrunning:
            label = self.tr("Time is up")
        self.state.setText(label)
        self.invitation.setText(self.controller.invitation(snap))
        if not self._flashing:
            self._paint(*palette.colours(snap.warning, snap.overrunning, snap.state is not EngineState.RUNNING))

    def _paint(self, background: str, text: str) -> None:
        self.setStyleSheet(f"QWidget#projectorView {{ background: {background}; }} QLabel {{ color: {text}; }}")
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
        height = max(event.size().height(), 200)
        for label in (self.item, self.step, self.clock, self.state, self.invitation):
            font = label.font()
            font.setPixelSize(max(12, int(height * float(label.property("share")))))
            font.setBold(bool(label.property("bold")))
            if label is self.clock:
                font.setFamilies(["DejaVu Sans"])  # bundled; its digits are all one width
            label.setFont(font)
        super().resizeEvent(event)

    def place(self) -> None:
        """Full screen on the second display when there is one; a movable window otherwise."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            self.setGeometry(screens[1].geometry())
            self.showFullScreen()
        else:
            self.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
            return
        super().keyPressEvent(event)
