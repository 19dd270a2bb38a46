"""The presenter view on the laptop: the clock, what to say, how to group, notes, and big controls.

Keyboard first, whatever has focus: the keys are one table in ui/runner/run_keys.py
(Space pause/resume, → next, ← back, + / − a minute, P projector, M mute,
Ctrl+1…9 harvest tags, ? or F1 lists them). Keys typed into the notes box stay
text; Esc, Tab or Enter in a number box give the keys back to the run.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.plans.model import DEFAULT_HARVEST_TAGS
from facilitator.timing import EngineState, Snapshot, format_clock
from ui.a11y import show_text
from ui.a11y_clock import ClockVoice
from ui.labels import minutes_label
from ui.runner import palette
from ui.runner import presenter_texts as texts
from ui.runner.controller import RunController
from ui.runner.groups_line import group_line
from ui.runner.notes import StepNotes
from ui.runner.projector import ProjectorView
from ui.runner.run_keys import TAG_KEYS, RunKeyFilter

FOCUS_RING = "QLabel:focus { border: 4px solid #1a5fb4; }"  # the run has the keys: visible on the clock


class PresenterView(QWidget):
    round_requested = Signal(int)  # item index of an SDMI item: open the round screen for it
    quit_requested = Signal()  # Ctrl+Q here: the main window asks and quits
    ended = Signal()  # the session finished: the window has closed; the main window shows the summary

    def __init__(self, controller: RunController, title: str, tags: tuple[str, ...] = DEFAULT_HARVEST_TAGS,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.controller = controller
        self.tags = tags
        self.setObjectName("presenterView")
        self.setWindowTitle(self.tr("Running: %1").replace("%1", title))
        self.where = self._label("presenterWhere", 13)
        self.step = self._label("presenterStep", 22, bold=True)
        self.clock = self._label("presenterClock", 72, bold=True)
        self.clock.setAccessibleName(self.tr("Time left"))
        self.clock_voice = ClockVoice(self.clock)
        self.clock.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clock.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.schedule = self._label("presenterSchedule", 13)
        self.say = self._label("presenterSay", 14)
        self.say.setStyleSheet("background: #fff4d6; color: #1a1a1a; border: 1px solid #b07a00; padding: 8px;")
        self.invitation = self._label("presenterInvitation", 13)
        self.next = self._label("presenterNext", 12)
        self.prompt = self._label("presenterPrompt", 14, bold=True)
        self.prompt.setStyleSheet("color: #8b0000;")
        self._build_boxes()
        self.agenda = QListWidget(self)
        self.agenda.setAccessibleName(self.tr("Agenda"))
        self.agenda.setStyleSheet("QListWidget { font-size: 12pt; }")
        for item in controller.items:
            self.agenda.addItem(f"{item.title}  ({minutes_label(item.timed.seconds / 60)})")
        self.agenda.itemActivated.connect(lambda it: controller.jump_to(self.agenda.row(it)))

        self.step_notes = StepNotes(controller, tags, self)
        self.step_notes.save_failed.connect(self._save_failed)
        self.notes_box, self.tag_buttons = self.step_notes.box, self.step_notes.tag_buttons
        self._build_buttons()
        self._lay_out()

        self.projector = ProjectorView(controller)
        self.projector.presenter = self
        self.keys = RunKeyFilter(self._key_handlers(), self.notes_box, self)
        self.keys.watch(self)
        self.keys.watch(self.projector, foreign=True)
        controller.changed.connect(self.show_snapshot)
        self._ended = False
        controller.changed.connect(self._maybe_end)
        controller.head_count_changed.connect(lambda _n: self.show_snapshot(controller.snapshot))
        controller.save_failed.connect(self._save_failed)
        self.show_snapshot(controller.snapshot)

    def _build_boxes(self) -> None:
        """Head count (for the group split) and the soft chime's lead time: Enter or Esc hands the keys back."""
        self.head_count = QSpinBox(self)
        self.head_count.setRange(0, 1000)
        self.head_count.setSpecialValueText(self.tr("not counted"))
        self.head_count.setSuffix(self.tr(" people"))
        self.head_count.setAccessibleName(self.tr("People in the room"))
        self.head_count.valueChanged.connect(self.controller.set_head_count)
        self.split = self._label("presenterSplit", 12)
        self.warning = QSpinBox(self)
        self.warning.setRange(0, 300)
        self.warning.setSingleStep(15)
        self.warning.setSpecialValueText(self.tr("no warning chime"))
        self.warning.setPrefix(self.tr("soft chime "))
        self.warning.setSuffix(self.tr(" s before the end"))
        self.warning.setAccessibleName(self.tr("Soft warning chime, seconds before the end of a step"))
        self.warning.setValue(int(self.controller.engine.warning_seconds))
        self.warning.valueChanged.connect(self._warning_changed)

    def _build_buttons(self) -> None:
        """The big buttons along the bottom; their keys work through the run-key table, not here."""
        self.buttons: dict[str, QPushButton] = {}
        self.controls = QGridLayout()  # two rows, so the row fits beside the projector at 1366 px
        controller = self.controller
        for key, text, slot in (
            ("back", self.tr("◀ Back (←)"), controller.previous_step),
            ("toggle", texts.toggle_text(EngineState.READY), controller.toggle),
            ("next", self.tr("Next ▶ (→)"), controller.next_step),
            ("minus", self.tr("− 1 min (−)"), controller.remove_minute),
            ("plus", self.tr("+ 1 min (+)"), controller.add_minute),
            ("projector", self.tr("Projector (P)"), self.toggle_projector),
            ("groups", self.tr("Random groups… (G)"), self.random_groups),
            ("wall", self.tr("Groups on projector (L)"), self.toggle_groups_on_projector),
            ("mute", self.tr("Mute (M)"), self.toggle_mute),
            ("help", self.tr("Keys (?)"), self.show_keys),
            ("end", self.tr("End session…"), self.confirm_end),
        ):
            button = QPushButton(self)
            show_text(button, text)  # named by its words, and again whenever they change
            button.setMinimumHeight(48)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(slot)
            self.buttons[key] = button
            self.controls.addWidget(button, *divmod(len(self.buttons) - 1, 6))
        self.buttons["mute"].setCheckable(True)
        self.round_button = QPushButton(self.tr("Open the SDMI round screen (R)"), self)
        self.round_button.setAccessibleName(self.tr("Open the SDMI round screen for this item"))
        self.round_button.setMinimumHeight(48)
        self.round_button.clicked.connect(self._request_round)

    def _lay_out(self) -> None:
        left = QVBoxLayout()
        for w in (self.where, self.step, self.clock, self.schedule, self.prompt, self.say, self.invitation):
            left.addWidget(w)
        rows = []
        for text, spin in ((self.tr("People:"), self.head_count), (self.tr("Chime:"), self.warning)):
            row = QHBoxLayout()
            label = QLabel(text, self)  # the words beside the box are its label (labelled-by)
            label.setBuddy(spin)
            row.addWidget(label)
            row.addWidget(spin)
            rows.append(row)
        rows[0].addWidget(self.split, 1)
        rows[1].addStretch(1)
        left.addLayout(rows[0])
        left.addWidget(self.next)
        left.addLayout(rows[1])
        left.addWidget(self.round_button)
        left.addStretch(1)
        right = QVBoxLayout()
        agenda_label = QLabel(self.tr("&Agenda"), self)
        agenda_label.setBuddy(self.agenda)
        notes_label = QLabel(self.tr("&Notes (Esc or Tab to leave)"), self)
        notes_label.setBuddy(self.notes_box)
        right.addWidget(agenda_label)
        right.addWidget(self.agenda, 1)
        right.addWidget(notes_label)
        right.addWidget(self.notes_box, 2)
        right.addLayout(self.step_notes.tag_row)
        grid = QGridLayout(self)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.addLayout(self.controls, 1, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self.resize(1280, 700)  # the run puts it beside the projector (ui/runner/screens.py)

    def _key_handlers(self) -> dict[str, Any]:
        """One handler per action of the run-key table (ui/runner/run_keys.py)."""
        c = self.controller
        handlers: dict[str, Any] = {
            "toggle": c.toggle, "next": c.next_step, "back": c.previous_step, "plus": c.add_minute,
            "minus": c.remove_minute, "projector": self.toggle_projector, "groups": self.random_groups,
            "mute": self.toggle_mute, "round": self._request_round, "run": self.focus_run,
            "swap": self.swap_screens, "wall": self.toggle_groups_on_projector,
            "enter": self._enter, "help": self.show_keys, "quit": self.quit_requested.emit,
        }
        return handlers | {f"tag{n}": lambda n=n: self.step_notes.toggle_tag(n) for n in range(1, TAG_KEYS + 1)}

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
        self.step_notes.move_to((snap.item_index, snap.step_index))
        self.where.setText(texts.where_text(snap))
        self.step.setText(self.controller.heading(snap))
        self.clock.setText(format_clock(snap.remaining_seconds))
        self.clock_voice.update(snap.remaining_seconds, snap.warning, snap.state is EngineState.RUNNING)
        background, text_colour = palette.colours(snap.warning, snap.overrunning, snap.state is not EngineState.RUNNING)
        self.clock.setStyleSheet(f"QLabel {{ background: {background}; color: {text_colour}; border-radius: 12px; "
                                 f"padding: 4px; border: 4px solid {background}; }} {FOCUS_RING}")
        self.schedule.setText(texts.schedule_text(snap))
        cue = self.controller.cue(snap)
        self.say.setText(texts.say_text(cue))
        invitation = self.controller.invitation(snap)
        self.invitation.setText(self.tr("Invitation: %1").replace("%1", invitation) if invitation else "")
        self.split.setText(group_line(self.controller.head_count, cue))
        self.next.setText(texts.next_text(snap))
        self.prompt.setText(texts.prompt_text(snap))
        show_text(self.buttons["toggle"], texts.toggle_text(snap.state))
        self.agenda.setCurrentRow(snap.item_index)
        structure_id = self.controller.items[snap.item_index].structure_id or ""
        self.round_button.setVisible(structure_id.startswith("sdmi-"))

    # --- notes -------------------------------------------------------------------
    def flush_note(self) -> None:
        self.step_notes.flush()

    def load_notes(self, notes: dict[tuple[int, int], tuple[str, set[str]]]) -> None:
        self.step_notes.load(notes)

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
            self.projector.place(asked=True)
        self.activateWindow()

    def swap_screens(self) -> None:
        """F8: presenter and projector change screens (or sides, with one screen); remembered per layout."""
        from ui.runner import screens

        screens.swap(self, self.projector)
        self.activateWindow()

    def toggle_groups_on_projector(self) -> None:
        """L: the random groups (made with G) on the projector, until this step ends; L again hides them."""
        if self.projector.showing_groups():
            self.projector.hide_groups()
            return
        dialog = getattr(self, "groups_dialog", None)
        groups = dialog.groups if dialog is not None else []
        if not groups:
            self.prompt.setText(self.tr("No groups yet: press G, make the groups, then L shows them on the projector."))
            return
        self.projector.show_groups(groups)
        if not self.projector.isVisible():
            self.projector.place(asked=True)
            self.activateWindow()

    def toggle_mute(self) -> None:
        muted = not self.controller.chime.muted
        self.controller.set_muted(muted)
        self.buttons["mute"].setChecked(muted)
        show_text(self.buttons["mute"], self.tr("Unmute (M)") if muted else self.tr("Mute (M)"))

    def focus_run(self) -> None:
        """Esc from anywhere: the clock takes focus, so every run key is the run's again."""
        self.activateWindow()
        self.clock.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _enter(self) -> bool:
        """Enter: a number box is done (back to the run); a focused button is pressed; else the widget's own."""
        focus = QApplication.focusWidget()
        if isinstance(focus, QAbstractSpinBox):
            focus.interpretText()
            self.focus_run()
            return True
        if isinstance(focus, QPushButton) and focus.window() is self:
            focus.click()
            return True
        return False

    def show_keys(self) -> None:
        """? or F1: every run key, from the same table the handlers use; Esc closes it."""
        from ui.runner.keys_help import KeysHelp

        self.keys_help = KeysHelp(self.tags, self)
        self.keys_help.finished.connect(lambda _r: self.focus_run())
        self.keys_help.open()
        self.keys_help.activateWindow()

    def confirm_end(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("End the session?"),
                          self.tr("End the session now? The time so far and all notes are kept."),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("confirmEnd")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(lambda result: self.controller.end() if result == QMessageBox.StandardButton.Yes else None)
        box.open()
        self._confirm = box

    def _maybe_end(self, snap: Snapshot) -> None:
        """Finished (End session, or → after the last step): the run closes and the main window sums it up.

        Leaving the presenter open said "148 min ahead of plan" beside a live
        Resume button; the run is over, so its window goes.
        """
        if snap.state is EngineState.FINISHED and not self._ended:
            self._ended = True
            QTimer.singleShot(0, self._close_run)

    def _close_run(self) -> None:
        self.close()
        self.ended.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.flush_note()
        self.controller.stop()
        self.projector.close()
        super().closeEvent(event)
