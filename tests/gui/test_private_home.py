"""Every file Facilitator keeps in the home is private (0600), whatever the umask (a newcomer found settings.ini 0644)."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

from facilitator.store.lock import HomeLock


def test_settings_and_lock_files_are_private(qtbot: Any, home: Path) -> None:
    from ui.settings import settings

    old = os.umask(0o022)
    try:
        s = settings()
        s.setValue("main/tab", 1)
        s.sync()
        lock = HomeLock()
        assert lock.acquire()
        lock.release()
    finally:
        os.umask(old)
    for name in ("settings.ini", "facilitator.lock"):
        assert stat.S_IMODE((home / name).stat().st_mode) == 0o600, name
