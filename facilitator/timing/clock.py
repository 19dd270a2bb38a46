"""Time sources for the timer, and how a countdown reads on screen.

The engine never sleeps or counts ticks: it asks a clock for the time and
works out everything from deadlines. Injecting the clock lets tests drive
time exactly (``FakeClock``) instead of waiting for it.
"""

from __future__ import annotations

import math
import time
from typing import Protocol

__all__ = ["Clock", "FakeClock", "MonotonicClock", "format_clock"]


class Clock(Protocol):
    """Anything that can say what time it is, in monotonic seconds."""

    def now(self) -> float: ...


class MonotonicClock:
    """The real clock: ``time.monotonic``, immune to wall-clock changes (DST, NTP)."""

    def now(self) -> float:
        return time.monotonic()


class FakeClock:
    """A clock that only moves when told to, so tests never sleep."""

    def __init__(self, start: float = 0.0) -> None:
        self._now = float(start)

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> None:
        """Move time forward; a monotonic clock cannot go back."""
        if not math.isfinite(seconds) or seconds < 0:
            raise ValueError(f"a clock can only move forward, not by {seconds!r} s")
        self._now += seconds

    def set(self, now: float) -> None:
        """Jump to an absolute time (not earlier than the current one)."""
        if not math.isfinite(now) or now < self._now:
            raise ValueError(f"cannot set the clock back from {self._now!r} to {now!r}")
        self._now = float(now)


# Fractions of a millisecond are float noise, not time a facilitator could see.
_NOISE = 1e-6


def format_clock(seconds: float) -> str:
    """'04:59', '-01:05' in overrun, '1:02:03' from an hour on.

    Whole seconds are rounded up, as a countdown should: '00:00' appears at
    the very moment time runs out (when the chime plays), not a second early,
    and overrun shows '-00:01' once a full second has passed.
    """
    if not math.isfinite(seconds):
        raise ValueError(f"cannot show {seconds!r} as a clock time")
    whole = math.ceil(seconds - _NOISE)
    sign = "-" if whole < 0 else ""
    hours, rest = divmod(abs(whole), 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes:02d}:{secs:02d}"
