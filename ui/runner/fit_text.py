"""Font sizes fitted to a label's fixed box, so the projector's layout never follows its text.

Why: a label that grows with its text (an overrun's minus sign, a long Dutch
step title) widened the projector window from 1024 to 1061 px and pushed it off
centre. Here every box is fixed by the window; only the font shrinks to fit.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QSizePolicy

MIN_PIXELS = 10
CLOCK_FAMILIES = ["DejaVu Sans"]  # bundled (resources/fonts), so every laptop has it; its digits are tabular


def fixed_box(label: QLabel) -> None:
    """The label takes the space the layout gives it, whatever its text asks for."""
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
    label.setMinimumSize(1, 1)


def text_fits(font: QFont, text: str, width: int, height: int, wrap: bool = True) -> bool:
    metrics = QFontMetrics(font)
    if not wrap:
        return metrics.horizontalAdvance(text) <= width and metrics.height() <= height
    flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignCenter)
    box = metrics.boundingRect(QRect(0, 0, max(1, width), 100_000), flags, text)
    return box.width() <= width and box.height() <= height


def largest_fitting(font: QFont, text: str, width: int, height: int, most: int, wrap: bool = True) -> int:
    """The largest pixel size up to ``most`` at which ``text`` fits the box (binary search)."""
    low, high = MIN_PIXELS, max(MIN_PIXELS, most)
    probe = QFont(font)
    while low < high:
        middle = (low + high + 1) // 2
        probe.setPixelSize(middle)
        if text_fits(probe, text, width, height, wrap):
            low = middle
        else:
            high = middle - 1
    return low


def clock_template(text: str) -> str:
    """The widest text of the clock's current form: '-00:00', or '-0:00:00' from an hour on.

    The font is fitted to this, not to the time shown, so '-00:10' is exactly
    as big as '04:59' and nothing moves when the time runs out.
    """
    return "-0:00:00" if text.count(":") > 1 else "-00:00"


def fit_label(label: QLabel, most: int, bold: bool, clock: bool = False) -> None:
    """Give ``label`` the largest font (up to ``most`` px) at which its text fits its box."""
    font = QFont(label.font())
    font.setBold(bold)
    if clock:
        font.setFamilies(CLOCK_FAMILIES)
        font.setFeature(QFont.Tag("tnum"), 1)
    rect = label.contentsRect()
    text = clock_template(label.text()) if clock else label.text()
    size = largest_fitting(font, text or "M", rect.width(), rect.height(), most, wrap=not clock)
    if font.pixelSize() != size:
        font.setPixelSize(size)
        label.setFont(font)
    elif label.font() != font:
        label.setFont(font)
