"""facilitator-app --install-desktop: a launcher and icons in the user's own folders."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from facilitator.desktop import SIZES, install


def test_install_writes_the_launcher_and_every_icon(tmp_path: Path) -> None:
    written = install(tmp_path, "/opt/Facilitator Bundle/facilitator")
    entry = (tmp_path / "applications" / "facilitator.desktop").read_text(encoding="utf-8")
    assert 'Exec="/opt/Facilitator Bundle/facilitator"' in entry
    assert "Icon=facilitator" in entry and "Comment[nl]=" in entry
    for size in SIZES:
        assert (tmp_path / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "facilitator.png").stat().st_size > 0
    assert (tmp_path / "icons" / "hicolor" / "scalable" / "apps" / "facilitator.svg").exists()
    assert len(written) == len(SIZES) + 2
    install(tmp_path, "/usr/bin/facilitator-app")  # again: updated, not duplicated
    assert "Exec=/usr/bin/facilitator-app" in (tmp_path / "applications" / "facilitator.desktop").read_text()


def test_the_command_line_flag(tmp_path: Path) -> None:
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "share"))
    done = subprocess.run([sys.executable, "-m", "ui", "--install-desktop"], capture_output=True, text=True,
                          timeout=60, env=env)
    assert done.returncode == 0, done.stderr
    assert "application menu" in done.stdout
    assert (tmp_path / "share" / "applications" / "facilitator.desktop").exists()
    blocked = tmp_path / "file"
    blocked.write_text("x")
    done = subprocess.run([sys.executable, "-m", "ui", "--install-desktop"], capture_output=True, text=True,
                          timeout=60, env=dict(os.environ, XDG_DATA_HOME=str(blocked)))
    assert done.returncode == 3 and "could not add the menu entry" in done.stderr and "Traceback" not in done.stderr
