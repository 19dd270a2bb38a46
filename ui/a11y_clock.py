"""Countdowns a screen reader can hear: the time left on demand, announced at the moments that matter.

The clock label keeps its short name ("Time left"); its value and description
say the time in words ("9 minutes 54 seconds left"), read whenever a screen
reader asks, with no event per second. A polite announcement goes out only
when a minute is full, at the warning, at zero and when the time runs over
(issue 20: never every second).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

translate = QCoreApplication.translate
CLOCK_PROPERTY = "a11yClock"  # ui/a11y.py's factory gives such labels the clock's interface


def clock_words(seconds: float) -> str:
    """'9 minutes 54 seconds left', '1 minute over': what the digits mean, in words."""
    whole = int(round(abs(seconds)))
    minutes, secs = divmod(whole, 60)
    parts = []
    if minutes:
        parts.append(translate("Clock", "1 minute") if minutes == 1 else translate("Clock", "%1 minutes").replace("%1", str(minutes)))
    if secs or not minutes:
        parts.append(translate("Clock", "1 second") if secs == 1 else translate("Clock", "%1 seconds").replace("%1", str(secs)))
    time = " ".join(parts)
    if seconds < 0:
        return translate("Clock", "%1 over").replace("%1", time)
    return translate("Clock", "%1 left").replace("%1", time)


class ClockVoice:
    """Keeps a clock label's words current and says the moments; ``said`` lists them (for tests)."""

    def __init__(self, label: QLabel) -> None:
        self.label = label
        self.said: list[str] = []
        self._last: tuple[int, bool, bool] | None = None
        label.setProperty(CLOCK_PROPERTY, clock_words(0))

    def update(self, seconds: float, warning: bool = False, running: bool = True) -> None:
        words = clock_words(seconds)
        self.label.setProperty(CLOCK_PROPERTY, words)
        whole = int(round(seconds))
        # Minutes counted up (ceil): the moment comes at 2:00, 1:00 ("1 minute left"), not at 0:59, and a
        # one-minute step does not announce "59 seconds left" a second after it starts.
        moment = (-(-whole // 60) if whole > 0 else (0 if whole == 0 else -1), warning, whole <= 0)
        if running and self._last is not None and moment != self._last:
            self._announce(words)
        self._last = moment

    def _announce(self, words: str) -> None:
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

        self.said.append(words)
        if QAccessible.isActive():
            event = QAccessibleAnnouncementEvent(self.label, words)
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
            QAccessible.updateAccessibility(event)
