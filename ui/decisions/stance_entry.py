"""The inline box under the speaker's name: a concern, an objection's argument, or a note.

Enter saves, Esc cancels. A refusal (an objection without an argument) is
shown right here, in words, and nothing is saved. What is typed is kept as a
draft on disk as it goes (facilitator/drafts.py), so a closed window or a
crash never loses an argument half-way through; it comes back when the same
person's stance is asked for again in the same round.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from facilitator.drafts import discard_draft, load_draft, save_draft
from ui.a11y import explain
from ui.decisions import style


class _Line(QLineEdit):
    escaped = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(event)


class StanceEntry(QWidget):
    submitted = Signal(str)
    cancelled = Signal()
    opened = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stanceEntry")
        self.prompt = style.sized(QLabel(self), 15, bold=True)
        self.prompt.setWordWrap(True)
        self.edit = _Line(self)
        self.edit.setObjectName("stanceText")
        style.sized(self.edit, 16)
        self.edit.setMinimumHeight(44)
        self.edit.returnPressed.connect(lambda: self.submitted.emit(self.edit.text()))
        self.edit.escaped.connect(self.cancelled)
        self.prompt.setBuddy(self.edit)
        self.error = QLabel(self)
        self.error.setObjectName("stanceError")
        self.error.setAccessibleName(self.tr("Why it was not saved"))
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {style.ERROR_TEXT}; font-size: 14pt; font-weight: 700;"
                                 f" border: 2px solid {style.ERROR_TEXT}; padding: 6px; background: #ffffff;")
        self.error.hide()
        self.restored = style.sized(QLabel(self.tr("Restored what was being typed here before; check it, then press Enter."), self), 13)
        self.restored.setObjectName("stanceRestored")
        self.restored.setWordWrap(True)
        self.restored.hide()
        self._draft_key = ""
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(300)
        self._draft_timer.timeout.connect(self._keep_draft)
        self.edit.textEdited.connect(lambda _text: self._draft_timer.start())
        self.save = QPushButton(self.tr("Save (Enter)"), self)
        explain(self.save, self.tr("Save this stance"))
        self.save.clicked.connect(lambda: self.submitted.emit(self.edit.text()))
        self.cancel = QPushButton(self.tr("Cancel (Esc)"), self)
        explain(self.cancel, self.tr("Cancel, save nothing"))
        self.cancel.clicked.connect(self.cancelled)
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        row.addWidget(self.save)
        row.addWidget(self.cancel)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.prompt)
        box.addLayout(row)
        box.addWidget(self.error)
        box.addWidget(self.restored)
        self.hide()

    def ask(self, prompt: str, accessible: str, placeholder: str = "", draft_key: str = "") -> None:
        self._keep_draft()  # another person's box was open: keep theirs first
        self.prompt.setText(prompt)
        self.edit.setAccessibleName(accessible)
        self.edit.setPlaceholderText(placeholder)
        self._draft_key = draft_key
        draft = load_draft(draft_key) if draft_key else ""
        self.edit.setText(draft)
        self.restored.setVisible(bool(draft))
        self.error.hide()
        self.show()
        self.opened.emit(True)
        self.edit.setFocus()

    def refuse(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.edit.setFocus()

    def close_box(self) -> None:
        """After a save or a cancel: the draft has done its job."""
        self._draft_timer.stop()
        if self._draft_key:
            discard_draft(self._draft_key)
        self._draft_key = ""
        self.error.hide()
        self.restored.hide()
        self.edit.clear()
        self.hide()
        self.opened.emit(False)

    def _keep_draft(self) -> None:
        self._draft_timer.stop()
        if self._draft_key:
            with contextlib.suppress(OSError):  # a full disk: the words are still on screen
                save_draft(self._draft_key, self.edit.text())

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        self._keep_draft()  # the window is closing or the page changes: keep the words now
        super().hideEvent(event)
