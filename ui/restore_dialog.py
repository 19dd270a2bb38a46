"""File → Restore from a backup…: choose a checked backup (or any file) and put it in place of the log.

The core does the restore (facilitator/store/restore.py: only our own
healthy log is accepted, the current log is kept first). This window lets go
of the app's own connections and use lock before it, and holds the log
again after, so the restore never pulls the file from under a live
connection. The work runs off the GUI thread; the dialog stays up, busy,
until it is done.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from facilitator.store.backup import list_backups

if TYPE_CHECKING:
    from ui.main_window import MainWindow

translate = QCoreApplication.translate  # literal calls, so pyside6-lupdate finds every string
PATH_ROLE = Qt.ItemDataRole.UserRole
USABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def backup_label(path: Path) -> tuple[str, bool]:
    """"2026-11-25 10:15 · daily · healthy", and whether it can be restored."""
    from facilitator.store.identity import verify
    from ui.startup import _backup_time

    reason = path.stem.split("-", 4)[-1] if path.stem.count("-") >= 4 else ""
    verdict = verify(path, thorough=False)
    state = translate("Restore", "checked, healthy") if verdict.ok else translate("Restore", "cannot be used")
    size = translate("Restore", "%1 KB").replace("%1", str(max(1, path.stat().st_size // 1024)))
    return " · ".join(part for part in (_backup_time(path.name), reason, size, state) if part), verdict.ok


class RestoreDialog(QDialog):
    """The backups, newest first; unusable ones are listed but cannot be chosen."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("restoreDialog")
        self.setWindowTitle(translate("Restore", "Restore from a backup"))
        self.intro = QLabel(translate("Restore",
            "Choose a backup to put in place of the decision log. The log as it is now is kept as a backup "
            "first, so you can go back to it the same way."), self)
        self.intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("backupList")
        self.list.setAccessibleName(translate("Restore", "Backups, newest first"))
        self.intro.setBuddy(self.list)
        self.status = QLabel("", self)
        self.status.setObjectName("restoreStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.restore_button = QPushButton(translate("Restore", "&Restore"), self)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setDefault(True)
        self.file_button = QPushButton(translate("Restore", "Choose a &file…"), self)
        self.file_button.setObjectName("restoreFromFile")
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(lambda: self.confirm(self.chosen()))
        self.file_button.clicked.connect(self.choose_file)
        self.list.itemActivated.connect(lambda _item: self.confirm(self.chosen()))
        box = QVBoxLayout(self)
        box.addWidget(self.intro)
        box.addWidget(self.list, 1)
        box.addWidget(self.status)
        box.addWidget(self.buttons)
        self.resize(640, 420)
        self.fill()

    def fill(self) -> None:
        self.list.clear()
        for path in list_backups():
            text, usable = backup_label(path)
            item = QListWidgetItem(text, self.list)
            item.setData(PATH_ROLE, str(path))
            if not usable:
                item.setFlags(item.flags() & ~USABLE)
        usable_rows = [i for i in range(self.list.count()) if self.list.item(i).flags() & Qt.ItemFlag.ItemIsEnabled]
        if usable_rows:
            self.list.setCurrentRow(usable_rows[0])
        else:
            self.status.setText(translate("Restore", "There is no usable backup in the backups folder; "
                                          "use “Choose a file…” for a backup kept elsewhere."))
        self.restore_button.setEnabled(bool(usable_rows))
        self.list.setFocus()

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(PATH_ROLE)) if item is not None and item.isSelected() else None

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, translate("Restore", "Restore from a file"), "",
                                              translate("Restore", "Facilitator backups (*.sqlite3);;All files (*)"))
        if name:
            self.confirm(Path(name))

    def confirm(self, path: Path | None) -> None:
        if path is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, translate("Restore", "Restore this backup?"), translate("Restore",
            "Put %1 in place of the decision log?\n\nAnything recorded after that backup is not in it; "
            "the log as it is now is kept as a backup first.").replace("%1", path.name),
            QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("confirmRestore")
        go = box.addButton(translate("Restore", "Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("Restore", "Keep the log as it is"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(go)
        box.finished.connect(lambda _r: self.start(path) if box.clickedButton() is go else None)
        box.open()
        self._confirm_box = box

    def start(self, path: Path) -> None:
        """Let go of the log, restore off the GUI thread, then hold it again (whatever happened)."""
        from facilitator.store.restore import restore
        from ui.background import run_in_background

        for widget in (self.list, self.restore_button, self.file_button):
            widget.setEnabled(False)
        self.status.setText(translate("Restore", "Restoring %1 …").replace("%1", path.name))
        db = self.window_.database()
        db.let_go()
        run_in_background(lambda: restore(path), lambda previous: self.finish(path, previous, None),
                          lambda exc: self.finish(path, None, exc))

    def finish(self, path: Path, previous: Path | None, error: Exception | None) -> None:
        from facilitator.store.errors import LogBusy, RestoreRefused

        self.window_.database().hold_again()
        if error is None:
            self.window_.after_restore()
            self.window_.statusBar().showMessage(translate("Restore", "Restored %1. The log it replaced is kept at %2.")
                                                 .replace("%1", path.name).replace("%2", str(previous or "")), 15000)
            self.accept()
            return
        if isinstance(error, RestoreRefused | LogBusy | FileNotFoundError):
            reason = str(error)  # the core's one line: the file's name and why, never SQL
        else:
            from ui.errors import explain

            reason = explain(error)
        self.status.setText(translate("Restore", "Not restored: %1").replace("%1", reason))
        self.fill()
        self.file_button.setEnabled(True)
