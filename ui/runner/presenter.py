"""The presenter view on the laptop: the clock, what to say, how to group, notes, and big controls.

Keyboard first: Space pause/resume, → next, ← back, + / − a minute, P projector,
M mute, Ctrl+1…5 harvest tags. Keys typed into the notes box stay text; Esc
leaves the notes box.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.timing import EngineState, Snapshot, format_clock
from ui.runner import palette
from ui.runner.controller import RunController
from ui.runner.groups_line import group_line
from ui.runner.projector import ProjectorView

DEFAULT_TAGS = ("strength", "need", "barrier", "idea", "action")
NOTE_DEBOUNCE_MS = 1000


class NotesEdit(QPlainTextEdit):
    escaped = Signal()

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(event)


class PresenterView(QWidget):
    round_requested = Signal(int)  # item index of an SDMI item: open the round screen for it

    def __init__(self, controller: RunController, title: str, tags: tuple[str, ...] = DEFAULT_TAGS,
                 parent: Any = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.controller = controller
        self.tags = tags
        self.setObjectName("presenterView")
        self.setWindowTitle(self.tr("Running: %1").replace("%1", title))
        self.notes: dict[tuple[int, int], tuple[str, set[str]]] = {}
        self._unsaved: set[tuple[int, int]] = set()  # kept in memory until the disk takes them
        self._position = (controller.snapshot.item_index, controller.snapshot.step_index)

        self.where = self._label("presenterWhere", 13)
        self.step = self._label("presenterStep", 22, bold=True)
        self.clock = self._label("presenterClock", 72, bold=True)
        self.clock.setAccessibleName(self.tr("Time left"))
        self.clock.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.schedule = self._label("presenterSchedule", 13)
        self.say = self._label("presenterSay", 14)
        self.say.setStyleSheet("background: #fff4d6; color: #1a1a1a; border: 1px solid #b07a00; padding: 8px;")
        self.invitation = self._label("presenterInvitation", 13)
        self.next = self._label("presenterNext", 12)
        self.prompt = self._label("presenterPrompt", 14, bold=True)
        self.prompt.setStyleSheet("color: #8b0000;")

        self.head_count = QSpinBox(self)
        self.head_count.setRange(0, 1000)
        self.head_count.setSpecialValueText(self.tr("not counted"))
        self.head_count.setSuffix(self.tr(" people"))
        self.head_count.setAccessibleName(self.tr("People in the room"))
        self.head_count.valueChanged.connect(controller.set_head_count)
        self.split = self._label("presenterSplit", 12)
        self.warning = QSpinBox(self)
        self.warning.setRange(0, 300)
        self.warning.setSingleStep(15)
        self.warning.setSpecialValueText(self.tr("no warning chime"))
        self.warning.setPrefix(self.tr("soft chime "))
        self.warning.setSuffix(self.tr(" s before the end"))
        self.warning.setAccessibleName(self.tr("Soft warning chime, seconds before the end of a step"))
        self.warning.setValue(int(controller.engine.warning_seconds))
        self.warning.valueChanged.connect(self._warning_changed)

        self.agenda = QListWidget(self)
        self.agenda.setAccessibleName(self.tr("Agenda"))
        self.agenda.setStyleSheet("QListWidget { font-size: 12pt; }")
        for item in controller.items:
            self.agenda.addItem(f"{item.title}  ({format_clock(item.timed.seconds)})")
        self.agenda.itemActivated.connect(lambda it: self._jump(self.agenda.row(it)))

        self.notes_box = NotesEdit(self)
        self.notes_box.setAccessibleName(self.tr("Notes for this step"))
        self.notes_box.setPlaceholderText(self.tr("Harvest for this step: what people said, ideas, actions…"))
        self.notes_box.escaped.connect(lambda: self.clock.setFocus())
        self.notes_box.textChanged.connect(self._note_typed)
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_DEBOUNCE_MS)
        self._note_timer.timeout.connect(self.flush_note)
        self.tag_buttons: dict[str, QPushButton] = {}
        tag_row = QHBoxLayout()
        for number, tag in enumerate(tags, 1):
            button = QPushButton(f"{tag} (Ctrl+{number})", self)
            button.setCheckable(True)
            button.setAccessibleName(self.tr("Tag %1").replace("%1", tag))
            button.toggled.connect(self._note_typed)
            self.tag_buttons[tag] = button
            tag_row.addWidget(button)
            QShortcut(QKeySequence(f"Ctrl+{number}"), self, button.toggle)

        self.buttons: dict[str, QPushButton] = {}
        controls = QHBoxLayout()
        for key, text, slot, shortcut in (
            ("back", self.tr("◀ Back (←)"), controller.previous_step, Qt.Key.Key_Left),
            ("toggle", self.tr("Start (Space)"), controller.toggle, Qt.Key.Key_Space),
            ("next", self.tr("Next ▶ (→)"), controller.next_step, Qt.Key.Key_Right),
            ("minus", self.tr("− 1 min (−)"), controller.remove_minute, Qt.Key.Key_Minus),
            ("plus", self.tr("+ 1 min (+)"), controller.add_minute, Qt.Key.Key_Plus),
            ("projector", self.tr("Projector (P)"), self.toggle_projector, Qt.Key.Key_P),
            ("groups", self.tr("Random groups… (G)"), self.random_groups, Qt.Key.Key_G),
            ("mute", self.tr("Mute (M)"), self.toggle_mute, Qt.Key.Key_M),
            ("end", self.tr("End session…"), self.confirm_end, None),
        ):
            button = QPushButton(text, self)
            button.setAccessibleName(text)
            button.setMinimumHeight(48)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(slot)
            self.buttons[key] = button
            controls.addWidget(button)
            if shortcut is not None:
                QShortcut(QKeySequence(shortcut), self, slot)
        QShortcut(QKeySequence(Qt.Key.Key_Equal), self, controller.add_minute)
        self.buttons["mute"].setCheckable(True)
        self.round_button = QPushButton(self.tr("Open the SDMI round screen (R)"), self)
        self.round_button.setAccessibleName(self.tr("Open the SDMI round screen for this item"))
        self.round_button.setMinimumHeight(48)
        self.round_button.clicked.connect(self._request_round)
        QShortcut(QKeySequence(Qt.Key.Key_R), self, self._request_round)

        left = QVBoxLayout()
        for w in (self.where, self.step, self.clock, self.schedule, self.prompt, self.say, self.invitation):
            left.addWidget(w)
        group_row = QHBoxLayout()
        group_row.addWidget(self.head_count)
        group_row.addWidget(self.split, 1)
        left.addLayout(group_row)
        left.addWidget(self.next)
        left.addWidget(self.warning)
        left.addWidget(self.round_button)
        left.addStretch(1)
        right = QVBoxLayout()
        agenda_label = QLabel(self.tr("&Agenda"), self)
        agenda_label.setBuddy(self.agenda)
        notes_label = QLabel(self.tr("&Notes (Esc to leave)"), self)
        notes_label.setBuddy(self.notes_box)
        right.addWidget(agenda_label)
        right.addWidget(self.agenda, 1)
        right.addWidget(notes_label)
        right.addWidget(self.notes_box, 2)
        right.addLayout(tag_row)
        grid = QGridLayout(self)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.addLayout(controls, 1, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self.resize(1280, 800)

        self.projector = ProjectorView(controller)
        controller.changed.connect(self.show_snapshot)
        controller.head_count_changed.connect(lambda _n: self.show_snapshot(controller.snapshot))
        controller.save_failed.connect(self._save_failed)
        self.show_snapshot(controller.snapshot)
        self.clock.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def _label(self, name: str, points: int, bold: bool = False) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        font = label.font()
        font.setPointSize(points)
        font.setBold(bold)
        label.setFont(font)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        return label

    # --- showing ---------------------------------------------------------------
    def show_snapshot(self, snap: Snapshot) -> None:
        position = (snap.item_index, snap.step_index)
        if position != self._position:
            self.flush_note()
            self._position = position
            self._load_note()
        self.where.setText(self.tr("%1 · step %2 of %3").replace("%1", snap.item_title)
                           .replace("%2", str(snap.step_index + 1)).replace("%3", str(snap.step_count)))
        self.step.setText(snap.step_title)
        self.clock.setText(format_clock(snap.remaining_seconds))
        background, text_colour = palette.colours(snap.warning, snap.overrunning, snap.state is not EngineState.RUNNING)
        self.clock.setStyleSheet(f"background: {background}; color: {text_colour}; border-radius: 12px; padding: 4px;")
        minutes = round(snap.schedule_delta / 60)
        if minutes > 0:
            text = self.tr("%1 min behind plan").replace("%1", str(minutes))
        elif minutes < 0:
            text = self.tr("%1 min ahead of plan").replace("%1", str(-minutes))
        else:
            text = self.tr("on time")
        self.schedule.setText(text)
        cue = self.controller.cue(snap)
        say = self.tr("Say: “%1”").replace("%1", cue.say) if cue.say else self.tr("(no cue for this step)")
        if cue.notes:
            say += "\n" + cue.notes
        self.say.setText(say)
        invitation = self.controller.invitation(snap)
        self.invitation.setText(self.tr("Invitation: %1").replace("%1", invitation) if invitation else "")
        self.split.setText(group_line(self.controller.head_count, cue))
        nxt = snap.next_step_title or snap.next_item_title
        self.next.setText(self.tr("Next: %1").replace("%1", nxt) if nxt else self.tr("Next: end of the session"))
        prompts = {EngineState.READY: self.tr("Press Space to start."),
                   EngineState.PAUSED: self.tr("Paused — Space resumes."),
                   EngineState.FINISHED: self.tr("The session has finished. Thank the room!")}
        prompt = prompts.get(snap.state, "")
        if snap.state is EngineState.RUNNING and snap.overrunning:
            prompt = self.tr("Time is up — wrap up and press → for the next step.")
        self.prompt.setText(prompt)
        self.buttons["toggle"].setText(self.tr("Pause (Space)") if snap.state is EngineState.RUNNING
                                       else self.tr("Start (Space)") if snap.state is EngineState.READY
                                       else self.tr("Resume (Space)"))
        self.agenda.setCurrentRow(snap.item_index)
        structure_id = self.controller.items[snap.item_index].structure_id or ""
        self.round_button.setVisible(structure_id.startswith("sdmi-"))

    # --- notes -------------------------------------------------------------------
    def _note_typed(self, *_: Any) -> None:
        self._note_timer.start()

    def flush_note(self) -> None:
        """Write the current step's note now (on a pause in typing, a step change or closing).

        A note that cannot be written (full disk, removed USB stick) stays in
        memory and is written again with the next one.
        """
        self._note_timer.stop()
        text = self.notes_box.toPlainText()
        tags = {t for t, b in self.tag_buttons.items() if b.isChecked()}
        if (text, tags) != self.notes.get(self._position, ("", set())):
            self.notes[self._position] = (text, tags)
            self._unsaved.add(self._position)
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

                self._save_failed(storage_problem(exc) or str(exc))
                return
            self._unsaved.discard(position)

    def load_notes(self, notes: dict[tuple[int, int], tuple[str, set[str]]]) -> None:
        """Notes saved before a crash, put back in place."""
        self.notes.update(notes)
        self._load_note()

    def _load_note(self) -> None:
        text, tags = self.notes.get(self._position, ("", set()))
        for widget in (self.notes_box, *self.tag_buttons.values()):
            widget.blockSignals(True)
        self.notes_box.setPlainText(text)
        for tag, button in self.tag_buttons.items():
            button.setChecked(tag in tags)
        for widget in (self.notes_box, *self.tag_buttons.values()):
            widget.blockSignals(False)

    def _save_failed(self, message: str) -> None:
        self.prompt.setText(self.tr("Could not save: %1 Your notes are kept here and saved again with the next one.")
                            .replace("%1", message))

    # --- actions -----------------------------------------------------------------
    def _warning_changed(self, seconds: int) -> None:
        from ui.settings import settings

        self.controller.engine.set_warning_seconds(seconds)
        settings().setValue("runner/warning_seconds", seconds)

    def random_groups(self) -> None:
        """Shuffle the names in the room into this step's groups; names stay in this session only."""
        from ui.runner.groups_dialog import GroupsDialog

        cue = self.controller.cue()
        previous = getattr(self, "groups_dialog", None)
        names = previous.name_list() if previous is not None else None
        self.groups_dialog = GroupsDialog(cue.configuration, cue.group_size, self.controller.snapshot.step_title,
                                          self, names)
        self.groups_dialog.open()

    def _request_round(self) -> None:
        if self.round_button.isVisible():
            self.round_requested.emit(self.controller.snapshot.item_index)

    def toggle_projector(self) -> None:
        if self.projector.isVisible():
            self.projector.hide()
        else:
            self.projector.place()
        self.activateWindow()

    def toggle_mute(self) -> None:
        muted = not self.controller.chime.muted
        self.controller.set_muted(muted)
        self.buttons["mute"].setChecked(muted)
        self.buttons["mute"].setText(self.tr("Unmute (M)") if muted else self.tr("Mute (M)"))

    def _jump(self, row: int) -> None:
        self.controller.jump_to(row)

    def confirm_end(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("End the session?"),
                          self.tr("End the session now? The time so far and all notes are kept."),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("confirmEnd")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(lambda result: self.controller.end() if result == QMessageBox.StandardButton.Yes else None)
        box.open()
        self._confirm = box

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.flush_note()
        self.controller.stop()
        self.projector.close()
        super().closeEvent(event)
