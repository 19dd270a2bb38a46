"""File → Restore from a backup…: the app lets go of the log, restores, and holds it again (issue 14, item 3)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator import paths
from facilitator.store.backup import list_backups, make_backup
from facilitator.store.favourites import favourites, star

REPO = Path(__file__).resolve().parents[2]


def answer(button_text: str) -> None:
    box = next(w for w in QApplication.topLevelWidgets()
               if isinstance(w, QMessageBox) and w.objectName() == "confirmRestore" and w.isVisible())
    next(b for b in box.buttons() if b.text() == button_text).click()


def open_dialog(window: Any, qtbot: Any) -> Any:
    window.findChild(type(window.menuBar().actions()[0]), "restoreBackup").trigger()
    dialog = window.restore_dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_restoring_a_backup_from_the_file_menu(window: Any, qtbot: Any, home: Path) -> None:
    star(window.db, "triz")
    make_backup(window.db.path, "manual")
    star(window.db, "1-2-4-all")
    window.library_view.reload()
    dialog = open_dialog(window, qtbot)
    assert dialog.list.count() == 1 and "checked, healthy" in dialog.list.item(0).text()
    dialog.grab().save(str(home / "restore-dialog.png"))

    QTimer.singleShot(50, lambda: answer("Restore"))
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15000)

    assert favourites(window.db) == {"triz"}, "the app reads the restored log through its own handle"
    assert "Restored" in window.statusBar().currentMessage()
    kept = [b for b in list_backups() if "before-restore" in b.name]
    assert len(kept) == 1
    conn = sqlite3.connect(kept[0])
    assert {r[0] for r in conn.execute("SELECT structure_id FROM favourite")} == {"triz", "1-2-4-all"}
    conn.close()
    star(window.db, "troika-consulting")  # the app writes on, to the restored file
    assert favourites(window.db) == {"triz", "troika-consulting"}
    # ...and holds the log again: a restore from the command line is refused while it is open.
    done = subprocess.run([sys.executable, "-m", "facilitator.cli.main", "db", "restore", str(kept[0])],
                          capture_output=True, text=True, timeout=60, cwd=REPO,
                          env={**__import__("os").environ, "FACILITATOR_HOME": str(paths.data_home())})
    assert done.returncode == 3 and "using the log" in done.stderr


def test_a_foreign_file_is_refused_in_words_and_the_log_is_untouched(window: Any, qtbot: Any, tmp_path: Path) -> None:
    star(window.db, "triz")
    make_backup(window.db.path, "manual")
    foreign = tmp_path / "o.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.execute("create table alembic_version(version_num varchar(32) primary key)")
    conn.execute("insert into alembic_version values('abc123')")
    conn.execute("create table users(id integer primary key)")
    conn.commit()
    conn.close()
    dialog = open_dialog(window, qtbot)
    QTimer.singleShot(50, lambda: answer("Restore"))
    dialog.confirm(foreign)
    qtbot.waitUntil(lambda: "Not restored" in dialog.status.text(), timeout=15000)
    assert "not a Facilitator log" in dialog.status.text() and "Nothing was changed" in dialog.status.text()
    assert favourites(window.db) == {"triz"}
    star(window.db, "1-2-4-all")  # still writing to the same, untouched log
    assert favourites(window.db) == {"triz", "1-2-4-all"}
    dialog.reject()
