"""Start-up: a bare PySide6 window against Facilitator's first painted library window.

Both are measured the same way, in fresh processes on the same interpreter:
from just before the process starts to the first paint event of the window.
Facilitator starts on a home holding the full built-in library and a
10,000-decision log. Prints the medians and their ratio (target ≤ 1.5), and
when the app was ready (log checked and open, Plans and Decisions built):
that part happens after the first paint, off the GUI thread.
"""

from __future__ import annotations

import compileall
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 11

BARE = """
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            app.exit(0)
        return False
w = QLabel("Hello")
w.resize(1280, 820)
f = Painted(); w.installEventFilter(f)
w.show()
sys.exit(app.exec())
"""

APP = """
import sys, time
import ui.app as appmod  # first, as the facilitator-app entry point does
from PySide6.QtCore import QEvent, QObject, QTimer
import ui.launch as launch
ticks = []
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", obj.library_view.model.rowCount(), flush=True)
            obj.removeEventFilter(self)
            beat = QTimer(obj)  # a 10 ms heartbeat: the longest gap is the longest the window froze
            beat.timeout.connect(lambda: ticks.append(time.perf_counter()))
            beat.start(10)
            ready(obj)
        return False
def ready(window):  # the log open, checked, and the Plans and Decisions pages built
    if not hasattr(window, "decisions_view"):
        QTimer.singleShot(5, lambda: ready(window))
        return
    gap = max((b - a for a, b in zip(ticks, ticks[1:])), default=0.0)
    print("ready", round(gap * 1000), flush=True)
    window.close()
painted = Painted()
original = launch.Launch.__init__
def watch(self, app, window):  # the same one-widget filter as the bare window's
    original(self, app, window)
    window.installEventFilter(painted)
launch.Launch.__init__ = watch
sys.exit(appmod.main(["facilitator-app", "--home", sys.argv[1]]))
"""


def first_paint(code: str, *args: str) -> tuple[float, float, float]:
    """Seconds to the first paint, to "ready" (the same for the bare window), and the longest pause between."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True, env=env, cwd=ROOT)
    assert proc.stdout is not None
    painted = ready = pause = 0.0
    for line in proc.stdout:
        if line.startswith("painted"):
            painted = ready = time.perf_counter() - started
        elif line.startswith("ready"):
            ready = time.perf_counter() - started
            pause = float(line.split()[1]) / 1000
    if not painted:
        raise RuntimeError("the window never painted")
    proc.wait(timeout=60)
    return painted, ready, pause


def make_home(decisions: int) -> Path:
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from decisions_search import generate

    from facilitator import paths
    from facilitator.store.db import open_database

    home = Path(tempfile.mkdtemp(prefix="facilitator-startup-"))
    paths.set_home(home)
    open_database().close()
    conn = sqlite3.connect(paths.database_path())
    generate(conn, decisions, random.Random(7))
    conn.commit()
    conn.close()
    paths.set_home(None)
    return home


def main() -> int:
    # As installed (pip, PyInstaller): bytecode compiled once, even where PYTHONDONTWRITEBYTECODE is set.
    for package in ("facilitator", "ui"):
        compileall.compile_dir(str(ROOT / package), quiet=1)
    home = make_home(10_000)
    first_paint(APP, str(home))  # warm the disk cache and the first-day backup once
    bares, apps, readies, pauses = [], [], [], []
    for _ in range(RUNS):  # interleaved, so a busy moment on the machine hits both alike
        bares.append(first_paint(BARE)[0])
        painted, ready, pause = first_paint(APP, str(home))
        apps.append(painted)
        readies.append(ready)
        pauses.append(pause)
    bare, app = statistics.median(bares), statistics.median(apps)
    print(f"startup_bare_window: {bare * 1000:.0f} ms")
    print(f"startup_app_library: {app * 1000:.0f} ms (10,000-decision log)")
    print(f"startup_ratio: {app / bare:.2f} (target ≤ 1.5)")
    print(f"startup_app_ready: {statistics.median(readies) * 1000:.0f} ms (log checked and open, every page built;"
          f" longest pause of the window meanwhile {statistics.median(pauses) * 1000:.0f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
