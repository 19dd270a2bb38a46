"""Fixtures for tests that drive the real main window."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture
def window(qtbot: Any, home: Any) -> Iterator[Any]:
    from facilitator.store.db import open_database
    from ui.app import create_app
    from ui.main_window import MainWindow

    create_app(["facilitator-app"])
    db = open_database()
    win = MainWindow(db)
    win.resize(1366, 728)  # the cheap laptop we design for (the offscreen screen is only 800×800)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    yield win
    win.close()
    db.close()
