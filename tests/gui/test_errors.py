"""Storage failures become plain words, and typed text is kept and saved again later."""

from __future__ import annotations

import errno
import sqlite3
from typing import Any

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import event

from ui import errors


def test_plain_words_for_storage_failures() -> None:
    assert "disk is full" in errors.explain(OSError(errno.ENOSPC, "No space left on device"))
    assert "disk is full" in errors.explain(sqlite3.OperationalError("database or disk is full"))
    assert "read-only" in errors.explain(sqlite3.OperationalError("attempt to write a readonly database"))
    assert "USB stick" in errors.explain(sqlite3.OperationalError("unable to open database file"))


def test_unexpected_error_shows_a_message_and_writes_a_log(window: Any, qtbot: Any, home: Any) -> None:
    try:
        raise RuntimeError("boom: INSERT INTO stance (text) VALUES ('Mevrouw Jansen says no')")
    except RuntimeError as exc:
        errors.handle(type(exc), exc, exc.__traceback__)
    box = next(b for b in errors._open_boxes if b.objectName() == "errorMessage")
    assert isinstance(box, QMessageBox) and "Your saved data is safe" in box.text()
    shown = box.text() + box.detailedText()
    assert "RuntimeError" in box.detailedText() and "INSERT" not in shown and "Jansen" not in shown
    logs = list((home / "logs").glob("error-*.txt"))
    assert logs and "RuntimeError: boom" in logs[0].read_text(encoding="utf-8")
    box.close()


def test_full_disk_during_a_session_keeps_notes_and_saves_them_later(window: Any, qtbot: Any) -> None:
    from facilitator.plans.harvest import harvest
    from facilitator.store.db import open_database

    window.library_view.select_anywhere("1-2-4-all")
    window.run_current()
    presenter = window.presenter
    engine = window.db.engine

    def no_room(dbapi_connection: Any, _record: Any) -> None:
        # A real "disk full" from SQLite: the file may not grow past the pages it has.
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(engine, "connect", no_room)
    engine.dispose()
    presenter.notes_box.setPlainText("Łukasz: bring the leaflets in large print. " + "word " * 20000)
    presenter.flush_note()
    assert "Could not save" in presenter.prompt.text() and "full" in presenter.prompt.text()
    event.remove(engine, "connect", no_room)
    engine.dispose()  # space was freed
    assert harvest(window.db) == []
    presenter.notes_box.setPlainText("Łukasz: bring the leaflets in large print.")
    presenter.flush_note()
    assert [e.note.text for e in harvest(open_database())] == ["Łukasz: bring the leaflets in large print."]
    presenter.close()
