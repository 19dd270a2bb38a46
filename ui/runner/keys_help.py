"""The help overlay of a running session (? or F1): every run key, read from the one table.

Built from RUN_KEYS, so what it lists is what the keys do. Large type, as it
is read at arm's length in a room; Esc or Enter closes it and the keys go
back to the run.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.a11y import explain
from ui.layout import sized
from ui.runner.run_keys import RUN_KEYS, describe, key_label


def rows(tags: tuple[str, ...]) -> list[tuple[str, str]]:
    """(keys, what they do), one row per action; tag keys only for the tags this plan has."""
    found: dict[str, tuple[list[str], str]] = {}
    for key, action, text in RUN_KEYS:
        if action.startswith("tag") and int(action[3:]) > len(tags):
            continue
        keys, _ = found.setdefault(action, ([], describe(key, text, tags)))
        keys.append(key_label(key))
    return [(" / ".join(keys), text) for keys, text in found.values()]


class KeysHelp(QDialog):
    def __init__(self, tags: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runKeysHelp")
        self.setWindowTitle(self.tr("Keys while a session runs"))
        self.setAccessibleName(self.tr("Keys while a session runs"))
        shown = rows(tags)
        self.table = sized(QTableWidget(len(shown), 2, self), 14)
        self.table.setObjectName("runKeysTable")
        self.table.setAccessibleName(self.tr("Run keys and what they do"))
        self.table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("What it does")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)  # one line a key: wrapped rows came out uneven and hard to scan
        for row, (keys, text) in enumerate(shown):
            for column, value in enumerate((keys, text)):
                cell = QTableWidgetItem(value)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnToContents(0)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeRowsToContents()
        note = sized(QLabel(self.tr("They work whatever has focus. In the notes box, letters, Space and the arrows "
                                    "type as usual; Ctrl keys, F1 and Esc still work, and Tab moves on."), self), 13)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close (Esc)"))
        explain(close, self.tr("Close the list of keys"))
        box = QVBoxLayout(self)
        box.addWidget(self.table, 1)
        box.addWidget(note)
        box.addWidget(buttons)
        self.resize(1040, 720)
        self.table.setFocus()
