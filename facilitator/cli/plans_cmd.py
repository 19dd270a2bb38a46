"""`facilitator plans …` (to be filled in)."""

from __future__ import annotations

from typing import Any


def register(sub: Any) -> None:
    """Add the `plans` command to the top-level parser."""
