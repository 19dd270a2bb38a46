"""Timer figures: how soon the display follows each second boundary, and drift.

- timer_update_latency: a real RunController (QTimer polling a monotonic-clock
  engine) runs for 15 s offscreen; each time the shown mm:ss changes, the gap
  between the true second boundary and the repaint signal is recorded.
- timer_drift: 90 simulated minutes with 500 random pauses and +/- minutes on
  a fake clock; the engine's remaining time is compared with the exact answer.
"""

from __future__ import annotations

import math
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def latency(seconds: float = 15.0) -> list[float]:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from facilitator.timing import TimedItem, format_clock
    from facilitator.timing.runsheet import RunItem, StepCue
    from ui.runner.controller import RunController
    from ui.runner.sound import RecordingChime

    app = QApplication.instance() or QApplication([])
    item = RunItem(TimedItem.single("Benchmark", 3600), (StepCue(),))
    controller = RunController([item], chime=RecordingChime())
    controller.toggle()
    start = time.monotonic()
    gaps: list[float] = []
    shown = [format_clock(controller.snapshot.remaining_seconds)]

    def changed(snap: object) -> None:
        text = format_clock(controller.snapshot.remaining_seconds)
        if text != shown[0]:
            shown[0] = text
            elapsed = time.monotonic() - start
            boundary = math.floor(elapsed)
            gaps.append((elapsed - boundary) * 1000)

    controller.changed.connect(changed)
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    controller.stop()
    del app
    return gaps


def drift() -> float:
    from facilitator.timing import FakeClock, TimedItem, TimingEngine

    rng = random.Random(90)
    clock = FakeClock()
    engine = TimingEngine([TimedItem.single("Long", 90 * 60)], clock)
    engine.start()
    running = 0.0
    extra = 0.0
    for _ in range(500):
        step = rng.uniform(0.01, 9.0)
        clock.advance(step)
        running += step
        engine.pause()
        clock.advance(rng.uniform(0.1, 30.0))
        if rng.random() < 0.1:
            delta = rng.choice((60.0, -60.0))
            before = engine.snapshot().remaining_seconds
            engine.add_time(delta)
            extra += engine.snapshot().remaining_seconds - before
        engine.resume()
    expected = 90 * 60 + extra - running
    return abs(engine.snapshot().remaining_seconds - expected) * 1000


def main() -> int:
    gaps = latency()
    print(f"timer_update_latency_median: {statistics.median(gaps):.1f} ms, max {max(gaps):.1f} ms "
          f"over {len(gaps)} second boundaries (target: promptly, < 100 ms)")
    print(f"timer_drift: {drift():.6f} ms after 90 simulated minutes with 500 pauses (target: 0, exact to 1 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
