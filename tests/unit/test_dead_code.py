"""No dead code at vulture's high confidence: unused imports, variables and unreachable lines in facilitator/ and ui/.

At lower confidence vulture also names Qt's overrides (keyPressEvent …) and
functions only tests call, so the check stays at 80 % where it is quiet.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VULTURE = Path(sys.executable).parent / "vulture"


def test_vulture_finds_no_dead_code() -> None:
    done = subprocess.run([str(VULTURE), "facilitator", "ui", "--min-confidence", "80"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
