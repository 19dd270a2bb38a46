"""How time reads, the same on screen, in the terminal and on paper.

Three kinds of time, each written one way, so none can be mistaken for another:

- a **duration** (how long): "12 min", "1½ min", "1 h 5 min" — never "12:00",
  which reads as noon;
- a **time of day** (when, on the wall clock): "10:12", "09:05", "10:12:30"
  when a step ends mid-minute — only ever for real clock times;
- an **offset** (how far into a structure or session): "1–3 min from start",
  written in minutes like a duration but always as a span from the start, so
  "0:01–0:03" (which reads as just after midnight) and "1:00–3:00" (one
  o'clock) never appear.

A countdown ("04:59") is a fourth thing and lives with the timer
(facilitator.timing.clock.format_clock).

The words are English here; the GUI passes its translated ``Words``
(ui/labels.py), so the rules stay in this one module.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time

__all__ = ["ENGLISH", "Words", "duration", "offset_span", "time_of_day", "time_span"]


@dataclass(frozen=True)
class Words:
    """The few words time needs, with %1/%2 where the numbers go (Qt's placeholder style)."""

    minutes: str = "%1 min"
    half: str = "%1½ min"
    hours: str = "%1 h"
    hours_minutes: str = "%1 h %2 min"
    from_start: str = "%1–%2 min from start"


ENGLISH = Words()


def _number(minutes: float) -> str:
    """Whole minutes as '12', halves as '7½', other fractions as '7.25'."""
    whole = int(minutes)
    if abs(minutes - whole) < 1e-9:
        return str(whole)
    if abs(minutes - whole - 0.5) < 1e-9:
        return f"{whole}½" if whole else "½"
    return f"{minutes:g}"


def duration(minutes: float, words: Words = ENGLISH) -> str:
    """'12 min', '1½ min', '1 h 5 min': how long something lasts."""
    whole = int(minutes)
    if minutes >= 60:
        hours, rest = divmod(whole, 60)
        if rest:
            return words.hours_minutes.replace("%1", str(hours)).replace("%2", str(rest))
        return words.hours.replace("%1", str(hours))
    if abs(minutes - whole - 0.5) < 1e-9:
        return words.half.replace("%1", str(whole) if whole else "")
    return words.minutes.replace("%1", _number(minutes))


def time_of_day(moment: datetime | time | float) -> str:
    """'10:12' (seconds only when there are some): a wall-clock time.

    ``moment`` may be minutes since midnight (a schedule's arithmetic); it
    wraps at midnight, as a clock does.
    """
    if isinstance(moment, datetime | time):
        hours, minutes, seconds = moment.hour, moment.minute, moment.second
    else:
        total = round(moment * 60) % (24 * 3600)
        hours, rest = divmod(total, 3600)
        minutes, seconds = divmod(rest, 60)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}" if seconds else f"{hours:02d}:{minutes:02d}"


def time_span(start: datetime | time | float, end: datetime | time | float) -> str:
    """'10:10–10:22': from one time of day to another."""
    return f"{time_of_day(start)}–{time_of_day(end)}"


def offset_span(start: float, end: float, words: Words = ENGLISH) -> str:
    """'1–3 min from start': where a step sits inside a structure, in minutes from its start."""
    return words.from_start.replace("%1", _number(start)).replace("%2", _number(end))
