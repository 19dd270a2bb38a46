"""The bundled DejaVu fonts, registered with Qt the first time a view needs them.

Only the projector's countdown asks for them (its digits are all one width);
registering at start-up would cost the library window its fast first paint.
"""

from __future__ import annotations

from facilitator import paths

_registered = False


def ensure_bundled_fonts() -> None:
    global _registered
    if _registered:
        return
    from PySide6.QtGui import QFontDatabase

    for font in sorted(paths.resource("fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font))
    _registered = True
