"""The optional per-speaker time box on the round screen, counted by the timing engine.

Off by default. When on, each person's turn gets a countdown of the chosen
minutes: a one-step TimingEngine per turn, started when the turn begins. The
QTimer here only polls; the engine's injected clock is the clock, so a test
drives it with a FakeClock. The countdown never blocks anything: it turns
amber in the last 15 seconds and dark red when the time is over, and the
next stance simply starts the next person's countdown. The choice (on/off
and the minutes) is remembered in the settings.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from facilitator.timing import Clock, EngineState, TimedItem, TimingEngine, format_clock
from ui.a11y import explain
from ui.a11y_clock import ClockVoice
from ui.decisions import style
from ui.runner import palette
from ui.settings import settings

ON_KEY = "decisions/speaker_timer"
MINUTES_KEY = "decisions/speaker_minutes"
DEFAULT_MINUTES = 2
MIN_MINUTES, MAX_MINUTES = 1, 5
WARNING_SECONDS = 15.0
POLL_MS = 100


class _Minutes(QSpinBox):
    done = Signal()  # Enter or Esc: back to the circle

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            self.interpretText()
            self.done.emit()
            return
        super().keyPressEvent(event)


class SpeakerTimer(QObject):
    """The controls (``controls``) and the big countdown (``countdown``) the round screen lays out."""

    back_to_circle = Signal()

    def __init__(self, parent: QWidget, clock: Clock | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.engine: TimingEngine | None = None
        self.person: str | None = None
        self._shown: tuple[str, str] | None = None
        s = settings()
        on = str(s.value(ON_KEY, "false")).lower() in ("true", "1")
        try:
            minutes = int(str(s.value(MINUTES_KEY, DEFAULT_MINUTES)))
        except ValueError:
            minutes = DEFAULT_MINUTES

        self.controls = QWidget(parent)
        self.controls.setObjectName("speakerTimerControls")
        self.toggle = style.sized(QCheckBox(self.tr("&Time each speaker:"), self.controls), 13)
        self.toggle.setObjectName("speakerTimerOn")
        explain(self.toggle, self.tr("Time each speaker"))
        self.minutes = style.sized(_Minutes(self.controls), 13)
        self.minutes.setObjectName("speakerMinutes")
        self.minutes.setRange(MIN_MINUTES, MAX_MINUTES)
        self.minutes.setValue(min(max(minutes, MIN_MINUTES), MAX_MINUTES))
        self.minutes.setKeyboardTracking(False)
        self.minutes.setAccessibleName(self.tr("Minutes per speaker"))
        self.minutes.done.connect(self.back_to_circle)
        row = QHBoxLayout(self.controls)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.toggle)
        row.addWidget(self.minutes)
        unit = style.sized(QLabel(self.tr("min"), self.controls), 13)
        unit.setBuddy(self.minutes)  # the visible words beside the box are its label (labelled-by)
        row.addWidget(unit)

        self.countdown = QLabel(parent)
        self.countdown.setObjectName("speakerCountdown")
        self.countdown.setAccessibleName(self.tr("Speaking time left"))
        self.voice = ClockVoice(self.countdown)  # the time in words; said each minute, at the warning, at zero
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        style.sized(self.countdown, 40, bold=True)
        self.countdown.setMinimumWidth(self.countdown.fontMetrics().horizontalAdvance("-00:00") + 40)
        self.countdown.hide()

        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.tick)

        self.toggle.setChecked(on)
        self.minutes.setEnabled(on)
        self.toggle.toggled.connect(self._toggled)
        self.minutes.valueChanged.connect(self._minutes_changed)

    # --- state ---------------------------------------------------------------
    @property
    def on(self) -> bool:
        return self.toggle.isChecked()

    def set_clock(self, clock: Clock | None) -> None:
        """Use ``clock`` (a FakeClock in tests) from the next countdown on."""
        self.clock = clock
        if self.person is not None:
            self.start_turn(self.person, force=True)

    def start_turn(self, person: str | None, title: str = "", force: bool = False) -> None:
        """A new turn (``person``; None when everyone has spoken): a fresh countdown when the box is on."""
        if person == self.person and not force and (self.engine is not None or not self.on):
            return
        self.person = person
        self.engine = None
        if person is None or not self.on:
            self.timer.stop()
            self.countdown.hide()
            return
        self.engine = TimingEngine([TimedItem.single(title or person, self.minutes.value() * 60.0)],
                                   self.clock, warning_seconds=WARNING_SECONDS)
        self.engine.start()
        self.countdown.show()
        self._shown = None
        self.tick()
        self.timer.start()

    def stop(self) -> None:
        """Stop polling (the round screen is hidden); the engine's clock keeps the time."""
        self.timer.stop()

    def resume_polling(self) -> None:
        if self.engine is not None:
            self.tick()
            self.timer.start()

    # --- showing -------------------------------------------------------------
    def tick(self) -> None:
        if self.engine is None:
            return
        self.engine.poll()
        snap = self.engine.snapshot()
        over = snap.state is EngineState.RUNNING and snap.remaining_seconds <= 0
        text = format_clock(snap.remaining_seconds)
        state = "over" if over else "warning" if snap.warning else "normal"
        if (text, state) == self._shown:
            return
        self._shown = (text, state)
        background, colour = palette.colours(snap.warning, over, False)
        self.countdown.setText(text)
        self.voice.update(snap.remaining_seconds, snap.warning, snap.state is EngineState.RUNNING)
        self.countdown.setProperty("timeState", state)
        self.countdown.setStyleSheet(f"background: {background}; color: {colour}; border-radius: 10px;"
                                     " padding: 2px 16px;")
        if over:
            self.countdown.setToolTip(self.tr("Time is up for this speaker"))
        else:
            self.countdown.setToolTip("")

    def remaining(self) -> float | None:
        return self.engine.snapshot().remaining_seconds if self.engine is not None else None

    # --- the controls --------------------------------------------------------
    def _toggled(self, on: bool) -> None:
        self.minutes.setEnabled(on)
        self._remember()
        self.start_turn(self.person, force=True)
        if on:  # the minutes next: type or ↑/↓, then Enter goes back to the circle
            self.minutes.setFocus()
            self.minutes.selectAll()
        else:
            self.back_to_circle.emit()

    def _minutes_changed(self, value: int) -> None:
        self._remember()
        if self.engine is not None:
            # the current speaker gets the new budget too: the engine adds (or takes off) the difference
            self.engine.add_time(value * 60.0 - self.engine.snapshot().budget_seconds)
            self._shown = None
            self.tick()

    def _remember(self) -> None:
        s = settings()
        s.setValue(ON_KEY, self.on)
        s.setValue(MINUTES_KEY, self.minutes.value())
        s.sync()
