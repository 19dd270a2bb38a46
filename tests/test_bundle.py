"""Build the PyInstaller bundle and run its self-test: the frozen app must work on its own."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.bundle
@pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None, reason="PyInstaller is not installed")
def test_frozen_bundle_passes_its_self_test(tmp_path: Path) -> None:
    dist, work = tmp_path / "dist", tmp_path / "build"
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), str(ROOT / "build.spec")],
        capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert build.returncode == 0, build.stderr[-3000:]
    size_line = next(line for line in build.stdout.splitlines() if line.startswith("Bundle size:"))
    megabytes = int(size_line.split()[2])
    assert megabytes <= 200, size_line
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    ran = subprocess.run([str(dist / "facilitator" / "facilitator"), "--self-test"], capture_output=True,
                         text=True, timeout=120, env=env)
    assert ran.returncode == 0, ran.stdout[-3000:] + ran.stderr[-3000:]
    assert "self-test passed" in ran.stdout
    assert "main window (offscreen)" in ran.stdout
    assert "Dutch interface loads" in ran.stdout, "translations (ours and Qt's) are in the bundle"
