"""Put Facilitator in the desktop's application menu (Linux, freedesktop.org layout).

``facilitator-app --install-desktop`` writes the launcher and the icons into
the user's own folders (no administrator rights needed), pointing at the
program that ran the command: the bundle's executable, or the virtual
environment's ``facilitator-app``. Running it again updates them.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from facilitator import paths

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def default_prefix() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def launcher_command() -> str:
    """The command a menu click should run."""
    if getattr(sys, "frozen", False):
        return str(Path(sys.executable).resolve())
    script = Path(sys.executable).with_name("facilitator-app")
    return str(script) if script.exists() else "facilitator-app"


def install(prefix: Path | None = None, command: str | None = None) -> list[Path]:
    """Write the launcher and icons; returns the files written."""
    prefix = prefix or default_prefix()
    command = command or launcher_command()
    written = []
    entry = paths.resource("desktop", "facilitator.desktop").read_text(encoding="utf-8")
    quoted = f'"{command}"' if " " in command else command
    entry = entry.replace("Exec=facilitator-app", f"Exec={quoted}")
    target = prefix / "applications" / "facilitator.desktop"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(entry, encoding="utf-8")
    written.append(target)
    for size in SIZES:
        icon = prefix / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "facilitator.png"
        icon.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(paths.resource("icons", f"facilitator-{size}.png"), icon)
        written.append(icon)
    svg = prefix / "icons" / "hicolor" / "scalable" / "apps" / "facilitator.svg"
    svg.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(paths.resource("icons", "facilitator.svg"), svg)
    written.append(svg)
    return written
