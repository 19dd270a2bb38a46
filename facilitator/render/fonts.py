"""The bundled DejaVu Sans family, registered with reportlab once per process.

Every PDF we write uses only these fonts, embedded, so a printout looks the
same on any machine and accented names (Zoë, Łukasz, Ağaoğlu) never turn into
boxes. Never fall back to reportlab's Helvetica: it is not embedded.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from facilitator import paths

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
FAMILY = REGULAR

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

_lock = threading.Lock()
_registered = False


def register_fonts() -> str:
    """Register the family (idempotent, thread-safe) and return the regular font's name."""
    global _registered
    if _registered:
        return REGULAR
    with _lock:
        if _registered:
            return REGULAR
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name, filename in _FILES.items():
            if name not in registered:
                path = paths.resource("fonts", filename)
                if not path.is_file():
                    raise FileNotFoundError(f"bundled font missing: {path}")
                pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        _registered = True
    return REGULAR


def string_width(text: str, size: float, font: str = REGULAR) -> float:
    """Width of a plain (unmarked-up) string in points."""
    register_fonts()
    return float(pdfmetrics.stringWidth(text, font, size))
