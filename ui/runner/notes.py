"""The harvest notes of a run: one note and its tags per step, written to disk as they are typed.

Kept apart from the presenter so the presenter only lays out and shows; this
owns the notes box, the tag buttons, the debounce and the writing. A note that
cannot be written (full disk, removed USB stick) stays in memory and is
written again with the next one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QPlainTextEdit, QPushButton, QWidget

from ui.a11y import explain
from ui.runner.controller import RunController
from ui.runner.run_keys import TAG_KEYS

NOTE_DEBOUNCE_MS = 1000
TAG_COLUMNS = 3


class StepNotes(QObject):
    save_failed = Signal(str)

    def __init__(self, controller: RunController, tags: tuple[str, ...], parent: QWidget) -> None:
        super().__init__(parent)
        self.controller = controller
        self.notes: dict[tuple[int, int], tuple[str, set[str]]] = {}
        self._unsaved: set[tuple[int, int]] = set()  # kept in memory until the disk takes them
        self.position = (controller.snapshot.item_index, controller.snapshot.step_index)
        self.box = QPlainTextEdit(parent)
        self.box.setAccessibleName(self.tr("Notes for this step"))
        self.box.setPlaceholderText(self.tr("Harvest for this step: what people said, ideas, actions…"))
        self.box.setTabChangesFocus(True)  # Tab leaves the notes; a tab character is no use in a harvest
        self.box.textChanged.connect(self._typed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(NOTE_DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        self.tag_buttons: dict[str, QPushButton] = {}
        self.tag_row = QGridLayout()  # three a row: five tags in one row made the presenter too wide for 1366 px
        for number, tag in enumerate(tags, 1):
            button = QPushButton(f"{tag} (Ctrl+{number})" if number <= TAG_KEYS else tag, parent)
            button.setCheckable(True)
            explain(button, self.tr("Tag %1").replace("%1", tag))
            button.toggled.connect(self._typed)
            self.tag_buttons[tag] = button
            self.tag_row.addWidget(button, *divmod(number - 1, TAG_COLUMNS))

    def toggle_tag(self, number: int) -> bool:
        """Ctrl+number: the plan's tag of that number on or off; False when the plan has fewer tags."""
        buttons = list(self.tag_buttons.values())
        if number > len(buttons):
            return False
        buttons[number - 1].toggle()
        return True

    def _typed(self, *_: Any) -> None:
        self._timer.start()

    def move_to(self, position: tuple[int, int]) -> None:
        """The run moved to another step: write this step's note, show that step's."""
        if position != self.position:
            self.flush()
            self.position = position
            self._show()

    def flush(self) -> None:
        """Write the current step's note now (on a pause in typing, a step change or closing)."""
        self._timer.stop()
        text = self.box.toPlainText()
        tags = {t for t, b in self.tag_buttons.items() if b.isChecked()}
        if (text, tags) != self.notes.get(self.position, ("", set())):
            self.notes[self.position] = (text, tags)
            self._unsaved.add(self.position)
        recorder = self.controller.recorder
        if recorder is None:
            self._unsaved.clear()
            return
        for position in sorted(self._unsaved):
            note_text, note_tags = self.notes[position]
            try:
                recorder.save_note(*position, note_text, sorted(note_tags))
            except Exception as exc:
                from ui.errors import storage_problem

                self.save_failed.emit(storage_problem(exc) or str(exc))
                return
            self._unsaved.discard(position)

    def load(self, notes: dict[tuple[int, int], tuple[str, set[str]]]) -> None:
        """Notes saved before a crash, put back in place."""
        self.notes.update(notes)
        self._show()

    def _show(self) -> None:
        text, tags = self.notes.get(self.position, ("", set()))
        for widget in (self.box, *self.tag_buttons.values()):
            widget.blockSignals(True)
        self.box.setPlainText(text)
        for tag, button in self.tag_buttons.items():
            button.setChecked(tag in tags)
        for widget in (self.box, *self.tag_buttons.values()):
            widget.blockSignals(False)
