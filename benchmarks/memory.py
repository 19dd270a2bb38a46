"""Memory of the GUI with a big decision log: idle RSS after start, and peak RSS after work.

Starts the real app offscreen on a home with a 10,000-decision log, waits until
it is idle, reads its resident set size, then searches the log and renders a
pack preview, and reads the peak (ru_maxrss). Prints both (idle target ≤ 150 MB).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

CHILD = """
import resource, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import ui.app as appmod
original = appmod.create_app
def rss_mb():
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
def create(argv, **options):
    app = original(argv, **options)
    def idle():
        print(f"idle {rss_mb():.0f}", flush=True)
        w = next(x for x in QApplication.topLevelWidgets() if hasattr(x, "library_view"))
        w.library_view.select_anywhere("panarchy")
        w.preview_current()
        QTimer.singleShot(4000, lambda: (print(f"peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}", flush=True), w.close()))
    QTimer.singleShot(3000, idle)
    return app
appmod.create_app = create
sys.exit(appmod.main(["facilitator-app", "--home", sys.argv[1]]))
"""


def main() -> int:
    from startup import make_home

    home = make_home(10_000)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", CHILD, str(home)], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=120)
    figures = dict(line.split() for line in done.stdout.splitlines() if line.startswith(("idle", "peak")))
    print(f"memory_idle_rss: {figures.get('idle', '?')} MB (target ≤ 150 MB, 10,000-decision log)")
    print(f"memory_peak_rss: {figures.get('peak', '?')} MB (after a card preview)")
    return 0 if figures else 1


if __name__ == "__main__":
    sys.exit(main())
