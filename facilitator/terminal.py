"""Text from other people, made safe to print on a terminal.

Names and words in the log can come from a file someone else shared. An ESC
there can clear or rewrite a facilitator's terminal, a BEL rings it, and a
right-to-left override (U+202E) makes a line read differently from what it
holds. Such characters are never printed raw: each becomes the visible
escape ``\\uXXXX``, a form that also keeps JSON output valid JSON (inside a
JSON string it decodes back to the same character).
"""

from __future__ import annotations

import re
from typing import Any, TextIO

# C0 controls except tab and newline, DEL, C1 controls, and the bidi and invisible direction marks.
CONTROL_CHARS = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)


def has_control_chars(text: str) -> bool:
    """True if ``text`` holds a character :func:`terminal_safe` would escape (tab and newline are fine)."""
    return CONTROL_CHARS.search(text) is not None


def first_control_char(text: str) -> str | None:
    """The first such character, as U+XXXX, for a message saying what to remove."""
    found = CONTROL_CHARS.search(text)
    return f"U+{ord(found.group()):04X}" if found else None


def terminal_safe(text: str) -> str:
    """``text`` with every control or direction character replaced by ``\\uXXXX``."""
    if CONTROL_CHARS.search(text) is None:  # the usual case, and the cheap one
        return text
    return CONTROL_CHARS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class SafeStream:
    """A text stream that passes everything through :func:`terminal_safe` on its way out.

    Everything else (flush, fileno, encoding, isatty, buffer) is the wrapped stream's own.
    """

    def __init__(self, stream: TextIO) -> None:
        self.wrapped = stream

    def write(self, text: str) -> int:
        self.wrapped.write(terminal_safe(text))
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.wrapped, name)
