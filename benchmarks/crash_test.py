"""The long crash run: SIGKILL a writer 1,000 times (the suite does 200).

Prints `crash_test: N kills, D decisions + M notes saved, 0 lost`.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    env = dict(os.environ, CRASH_ITERATIONS=os.environ.get("CRASH_ITERATIONS", "1000"))
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-s", "-p", "no:randomly",
                           "tests/unit/test_crash_safety.py"], cwd=ROOT, env=env, capture_output=True, text=True)
    line = next((ln for ln in done.stdout.splitlines() if ln.startswith("crash test:")), "crash test: no result")
    print(line.replace("crash test:", "crash_test:") + " (target: 0 lost)")
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
