"""The chime, behind a small interface so tests can hear it and silent laptops still work.

QtMultimedia lives in PySide6-Addons and needs the system's audio libraries;
it is imported only when the first chime plays, and any failure there turns
the chime into a visual flash instead of an error.
"""

from __future__ import annotations

from typing import Any, Protocol

from facilitator import paths


class Chime(Protocol):
    muted: bool

    def play(self, kind: str) -> bool:
        """Play 'end' or 'warning'; False when no sound could be made (the caller flashes)."""
        ...


class RecordingChime:
    """For tests and for 'no sound here': remembers what would have played."""

    def __init__(self, audible: bool = True) -> None:
        self.muted = False
        self.audible = audible
        self.played: list[str] = []

    def play(self, kind: str) -> bool:
        if self.muted:
            return True
        self.played.append(kind)
        return self.audible


class QtChime:
    def __init__(self) -> None:
        self.muted = False
        self._effects: dict[str, Any] | None = None
        self._broken = False

    def _load(self) -> dict[str, Any]:
        from PySide6.QtCore import QUrl
        from PySide6.QtMultimedia import QSoundEffect

        effects = {}
        for kind in ("end", "warning"):
            effect = QSoundEffect()
            effect.setSource(QUrl.fromLocalFile(str(paths.resource("sounds", f"chime-{kind}.wav"))))
            effect.setVolume(0.9 if kind == "end" else 0.5)
            effects[kind] = effect
        return effects

    def play(self, kind: str) -> bool:
        if self.muted:
            return True
        if self._broken:
            return False
        try:
            if self._effects is None:
                self._effects = self._load()
            effect = self._effects[kind]
            if effect.status().name == "Error":
                self._broken = True
                return False
            effect.play()
            return True
        except Exception:  # no QtMultimedia, no audio device: flash instead, never stop the session
            self._broken = True
            return False
