"""Opening the database at start, and what to do when it is damaged.

Nothing is ever deleted: a damaged file is moved aside, the person is told
where it is, and offered the newest healthy backup.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from facilitator import paths
from facilitator.store.errors import DatabaseDamaged

if TYPE_CHECKING:
    from facilitator.store.db import Database

translate = QCoreApplication.translate  # literal calls, so pyside6-lupdate finds every string


def open_or_recover(parent: QWidget | None = None) -> Database | None:
    """The open Database, or None when the person chose to quit (or it cannot be opened)."""
    try:
        db = _open_and_back_up()
    except Exception as exc:
        return recover(exc, parent)
    return db


def _open_and_back_up() -> Database:
    """The slow part of opening (integrity check, migrations, the ORM): safe off the GUI thread."""
    from facilitator.store.db import open_database
    from facilitator.store.errors import BackupRefused
    from facilitator.store.health import daily_backup

    db = open_database()
    with contextlib.suppress(OSError, BackupRefused):  # a missed backup must not stop the app; the next start tries again
        daily_backup()
    return db


def recover(exc: Exception, parent: QWidget | None = None) -> Database | None:
    """After a failed open: offer the way back for a damaged file, explain anything else."""
    from facilitator.store.db import open_database
    from facilitator.store.health import move_aside, newest_good_backup
    from facilitator.store.restore import restore

    if not isinstance(exc, DatabaseDamaged):  # unreadable folder, full disk…: words, not a crash
        QMessageBox.critical(parent, "Facilitator", translate("Startup",
            "Facilitator could not open its data in\n%1\n\n%2\n\nNothing has been changed or deleted. "
            "Check that the folder exists and is writable, then start Facilitator again.")
            .replace("%1", str(paths.data_home(create=False))).replace("%2", str(exc)))
        return None
    aside = move_aside(exc.path)
    backup = newest_good_backup()
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Startup", "Your data file is damaged"), "", QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("damagedDatabase")
    text = translate("Startup", "Facilitator could not read its data file. It has not been deleted: it is kept, untouched, at\n%1")
    text = text.replace("%1", str(aside))
    if backup is not None:
        text += "\n\n" + translate("Startup", "The newest healthy backup is from %1. Restore it? Anything recorded after it is not in the backup; the damaged file stays where it is for an expert to look at.").replace("%1", _backup_time(backup.name))
        restore_button = box.addButton(translate("Startup", "Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
    else:
        text += "\n\n" + translate("Startup", "There is no backup to restore. You can start with an empty log; the damaged file stays where it is.")
        restore_button = None
    fresh = box.addButton(translate("Startup", "Start with an empty log"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setText(text)
    box.exec()
    clicked = box.clickedButton()
    if restore_button is not None and clicked is restore_button and backup is not None:
        from facilitator.store.errors import LogBusy, RestoreRefused

        try:
            restore(backup)
        except (RestoreRefused, LogBusy) as refused:  # the core's one line: which file, and why
            QMessageBox.critical(parent, "Facilitator", str(refused))
            return None
    elif clicked is not fresh:
        return None
    try:
        return open_database()
    except Exception as again:  # said in words, like the first failure
        return recover(again if not isinstance(again, DatabaseDamaged) else OSError(str(again)), parent)


def open_in_background(parent: QWidget | None, on_open: Callable[[Database | None], None]) -> None:
    """Open the log off the GUI thread; ``on_open(db)`` runs on the GUI thread (None: quit)."""
    from ui.background import run_in_background

    run_in_background(_open_and_back_up, on_open, lambda exc: on_open(recover(exc, parent)))


def _backup_time(name: str) -> str:
    """facilitator-20261125-101500-… → 2026-11-25 10:15."""
    parts = name.split("-")
    if len(parts) >= 3 and parts[1].isdigit() and parts[2].isdigit():
        d, t = parts[1], parts[2]
        return f"{d[:4]}-{d[4:6]}-{d[6:8]} {t[:2]}:{t[2:4]}"
    return name
