"""The house's walls hold by themselves: `lint-imports` keeps the contracts in pyproject.toml.

Run as a subprocess from the venv's bin, as a person would run it, so the
README's test command (and .ci/run) checks the layers without a new step.
The contracts themselves, and why each exists: docs/architecture.md.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def test_the_layers_hold() -> None:
    done = subprocess.run([str(LINT_IMPORTS), "--no-cache"], cwd=ROOT,  # every contract in pyproject.toml
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert "0 broken." in done.stdout
