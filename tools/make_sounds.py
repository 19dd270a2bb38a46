"""Synthesise the chimes shipped in resources/sounds (our own sounds, no licence strings attached).

Run: python tools/make_sounds.py  — rewrites chime-end.wav and chime-warning.wav.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 44100
OUT = Path(__file__).resolve().parent.parent / "resources" / "sounds"


def bell(partials: list[tuple[float, float]], seconds: float, decay: float, volume: float) -> list[float]:
    samples = []
    for i in range(int(RATE * seconds)):
        t = i / RATE
        attack = min(1.0, t / 0.005)
        value = sum(a * math.sin(2 * math.pi * f * t) for f, a in partials)
        samples.append(volume * attack * math.exp(-t * decay) * value)
    return samples


def write(name: str, samples: list[float]) -> None:
    peak = max(abs(s) for s in samples) or 1.0
    with wave.open(str(OUT / name), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(b"".join(struct.pack("<h", int(32000 * s / peak * 0.8)) for s in samples))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    # A warm two-strike bell for the end of a step: fundamental with inharmonic bell partials.
    strike = [(660.0, 1.0), (1320.0, 0.45), (1760.0, 0.25), (2490.0, 0.12)]
    first = bell(strike, 2.2, 2.2, 1.0)
    second = bell([(f * 0.75, a) for f, a in strike], 2.2, 2.2, 0.9)
    gap = int(RATE * 0.35)
    end = [first[i] + (second[i - gap] if i >= gap else 0.0) for i in range(len(first))]
    write("chime-end.wav", end)
    # A single soft tap shortly before the end.
    write("chime-warning.wav", bell([(880.0, 1.0), (1760.0, 0.2)], 0.9, 4.5, 0.5))


if __name__ == "__main__":
    main()
