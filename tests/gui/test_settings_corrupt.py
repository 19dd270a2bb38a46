"""A damaged settings.ini (binary, cut short, wrong types, huge, another format) never stops the app.

Settings only hold window layouts and small preferences, so the app starts with
defaults for whatever it cannot read, and writes a clean file when it closes.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import DATA

BAD = sorted((DATA / "bad-settings").iterdir())
CASES = [pytest.param(p, id=p.name) for p in BAD]


def start_window(qtbot: Any) -> tuple[Any, Any]:
    from facilitator.store.db import open_database
    from ui.app import create_app
    from ui.main_window import MainWindow

    create_app(["facilitator-app"])
    db = open_database()
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win, db


def test_the_corpus_is_there() -> None:
    assert 6 <= len(BAD) <= 10


@pytest.mark.parametrize("bad", CASES)
def test_a_damaged_settings_file_does_not_stop_the_app(qtbot: Any, home: Path, bad: Path) -> None:
    home.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(bad, home / "settings.ini")

    win, db = start_window(qtbot)
    try:
        assert win.isVisible()
        assert win.library_view.model.rowCount() > 30, "the library loads as usual"
        assert win.width() >= 400 and win.height() >= 300, "a usable default size, whatever the file said"
        win.tabs.setCurrentIndex(win.tabs.count() - 1)
    finally:
        win.close()  # writes the layout back
        db.close()

    from ui.settings import settings

    again = settings()
    assert again.status() == again.Status.NoError
    assert int(again.value("main/tab")) == win.tabs.count() - 1, "the file was written cleanly on close"
    win, db = start_window(qtbot)  # and the app starts from the file it wrote
    try:
        assert win.isVisible()
    finally:
        win.close()
        db.close()
