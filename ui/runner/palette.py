"""Colours for the room: strong contrast that survives a washed-out projector.

Each state pairs a background with a text colour whose contrast ratio is at
least 7:1 (WCAG AAA), checked in the tests.
"""

from __future__ import annotations

NORMAL = ("#000000", "#ffffff")  # black / white: 21:1
WARNING = ("#ffc400", "#000000")  # amber / black: ~13:1, last 30 seconds
OVERRUN = ("#8b0000", "#ffffff")  # dark red / white: ~10:1, time is up
PAUSED = ("#1f2a44", "#ffffff")  # navy / white: ~14:1
FLASH = ("#ffffff", "#000000")  # the visual chime when there is no sound


def colours(warning: bool, overrunning: bool, paused: bool) -> tuple[str, str]:
    if overrunning:
        return OVERRUN
    if warning:
        return WARNING
    if paused:
        return PAUSED
    return NORMAL


def contrast(a: str, b: str) -> float:
    def luminance(hex_colour: str) -> float:
        channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
