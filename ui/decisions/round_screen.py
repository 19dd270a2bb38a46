"""The round screen: the proposal, whose turn it is, and one keystroke per stance, saved at once.

C consent · K concern · O objection (its argument is required) · P the selected
objection is a preference · ↑/↓ choose anyone · ← back · → skip · Ctrl+Enter go on.
Clarifying and reactions rounds: N (or Enter) notes what someone says, S passes.
Each stance goes to SQLite through record_stance before the screen moves on.
An optional per-speaker countdown (Alt+T) restarts with each turn; it never blocks.
Alt+J puts the round on the projector (ui/decisions/round_projector.py); an
objection's argument shows there only after Alt+X.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from facilitator.decisions.repository import load_round, mark_preference, record_stance
from facilitator.decisions.rounds import ConsentRound
from facilitator.decisions.rules import DomainError, ObjectionNeedsArgument, RoundKind, StanceValue
from facilitator.drafts import stance_key
from facilitator.store.db import Database
from facilitator.timing import Clock
from ui.a11y import explain
from ui.decisions import style
from ui.decisions.circle import CircleList
from ui.decisions.labels import round_label
from ui.decisions.proposal_card import ProposalCard
from ui.decisions.round_projector import RoundProjector
from ui.decisions.round_summary import RoundSummary
from ui.decisions.round_texts import entry_texts, key_hint, not_saved, refusal
from ui.decisions.speaker_timer import SpeakerTimer
from ui.decisions.stance_entry import StanceEntry
from ui.layout import local_shortcut


class RoundScreen(QWidget):
    go_on = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None, clock: Clock | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("roundScreen")
        self.setStyleSheet(style.BUTTONS)
        self.round: ConsentRound = ConsentRound(["-"])
        self.round_id, self.names = "", dict[str, str]()
        self._text, self._version = "", 1  # the proposal as adopted so far, for the projector
        self._asking, self._last_objection = "", ""  # the entry box's stance; the last objector
        self._warned = False  # "people have not spoken yet" was said; a second Ctrl+Enter goes on
        self.card = ProposalCard(self)
        self.speaker = style.label(self, "roundSpeaker", 30, bold=True)
        self.speaker_timer = SpeakerTimer(self, clock)
        self.speaker_timer.back_to_circle.connect(self._focus_circle)
        self.hint = style.label(self, "roundHint", 13)
        self.entry = StanceEntry(self)
        self.entry.submitted.connect(self._entry_submitted)
        self.entry.cancelled.connect(self._entry_cancelled)
        self.message = style.label(self, "roundMessage", 13)
        self.summary = RoundSummary(self)
        self.summary.objection_chosen.connect(self._choose)
        self.entry.opened.connect(self.summary.compact)
        self.entry.opened.connect(lambda on: self.hint.setVisible(not on))
        self.go_button = QPushButton(self.tr("Go on ▶ (Ctrl+Enter)"), self)
        explain(self.go_button, self.tr("Finish this round and go on"))
        self.go_button.clicked.connect(self.request_go_on)
        local_shortcut("Ctrl+Return", self, self.request_go_on, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._build_projector_controls()
        self.circle = CircleList(self)
        self.circle.command.connect(self._command)
        self.circle.chosen.connect(self._choose)
        left = QVBoxLayout()
        left.addWidget(self.card)
        left.addLayout(now := QHBoxLayout())
        now.addWidget(self.speaker, 1)
        now.addWidget(self.speaker_timer.countdown, 0, Qt.AlignmentFlag.AlignVCenter)
        for widget in (self.hint, self.entry, self.summary):
            left.addWidget(widget)
        left.addStretch(1)
        left.addLayout(bottom := QHBoxLayout())
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.speaker_timer.controls)
        bottom.addWidget(self.projector_button)
        bottom.addWidget(self.objections_box)
        bottom.addWidget(self.go_button)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(self.circle, 2)

    def _build_projector_controls(self) -> None:
        """The round on the projector, and whether objections' arguments go there too (off by default)."""
        self.projector = RoundProjector(self)  # a window of its own, closed with the app
        self.projector_button = QPushButton(self.tr("Pro&jector"), self)
        self.projector_button.setCheckable(True)
        explain(self.projector_button, self.tr("Show this round on the projector"))
        self.projector_button.toggled.connect(self._toggle_projector)
        self.objections_box = QCheckBox(self.tr("Objection te&xt on the projector"), self)
        explain(self.objections_box, self.tr("Show the arguments of objections on the projector"))
        self.objections_box.toggled.connect(self._show_objections)

    def _toggle_projector(self, on: bool) -> None:
        if on:
            self._feed_projector()
            self.projector.show()
            self.window().activateWindow()  # the keys stay with the circle
        else:
            self.projector.hide()
        self.circle.setFocus()

    def _show_objections(self, on: bool) -> None:
        self.projector.set_show_objections(on)
        self._feed_projector()
        self.circle.setFocus()

    def _feed_projector(self) -> None:
        self.projector.show_round(self.round, self.names, self._text, self._version)

    def load(self, round_id: str, text: str, version: int, names: dict[str, str]) -> None:
        """Show a round as saved (a new one, or one resumed after the app was closed)."""
        self.round_id, self.names = round_id, names
        self._text, self._version = text, version
        self.objections_box.setChecked(False)  # each round starts with the arguments off the wall
        self.round = load_round(self.db, round_id)
        self._last_objection, self._warned = "", False
        decision = self.round.kind is RoundKind.DECISION
        self.card.show_proposal(self.tr("%1 · version %2").replace("%1", round_label(self.round.kind))
                                .replace("%2", str(version)), text)
        self.hint.setText(key_hint(decision))
        self.circle.set_people([(pid, names.get(pid, "?")) for pid in self.round.people])
        self.entry.close_box()
        self.message.clear()
        self.speaker_timer.start_turn(None)  # a new round: the first speaker's countdown starts afresh
        self._moved(*self.round.people)
        self.circle.setFocus()

    def _moved(self, *pids: str | None) -> None:
        """Redraw only the rows that changed (cheap in a circle of 40), then the speaker and summary."""
        current = self.round.current
        self.circle.set_current(current)
        for pid in {*pids, current}:
            if pid is not None:
                self.circle.show_person(pid, self.round.stances.get(pid))
        if current is None:
            self.speaker.setText(self.tr("Everyone has spoken — Ctrl+Enter to go on"))
        else:
            self.speaker.setText(self.tr("Now: %1").replace("%1", self.names.get(current, "?")))
        self.speaker_timer.start_turn(current, self.names.get(current, "?") if current else "")
        self.speaker.setAccessibleName(self.speaker.text())
        self._fit_speaker()
        self.summary.show_round(self.round, self.names)
        self._feed_projector()

    def set_clock(self, clock: Clock | None) -> None:
        """The clock of the per-speaker countdown (a FakeClock in tests); the current turn restarts on it."""
        self.speaker_timer.set_clock(clock)

    def _focus_circle(self) -> None:
        self.circle.setFocus()

    def _fit_speaker(self) -> None:
        """A wrapped line in a row gets one line's height from Qt; ask for what the text needs."""
        self.speaker.setMinimumHeight(self.speaker.heightForWidth(max(self.speaker.width(), 200)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_speaker()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.speaker_timer.resume_polling()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        super().hideEvent(event)
        self.speaker_timer.stop()
        self.projector_button.setChecked(False)  # the round is over (or out of sight): off the wall too

    def _command(self, name: str) -> None:
        decision = self.round.kind is RoundKind.DECISION
        before = self.round.current
        if name == "back":
            self.round.back()
        elif name == "forward":
            self.round.forward()
        elif name == "enter" and self.round.current is None:
            self.request_go_on()
            return
        elif decision and name == "C":
            self.record(StanceValue.CONSENT)
        elif decision and name in ("K", "O"):
            self._ask(StanceValue.CONCERN if name == "K" else StanceValue.OBJECTION)
        elif decision and name == "P":
            self.mark_preference()
        elif not decision and name in ("N", "enter"):
            self._ask(StanceValue.INPUT)
        elif not decision and name == "S":
            self.record(StanceValue.PASS)
        self._moved(before)

    def _choose(self, pid: str) -> None:
        before = self.round.current
        self.round.jump(pid)
        self._moved(before)
        self.circle.setFocus()

    def _ask(self, value: StanceValue) -> None:
        person = self.round.current
        if person is None:
            self.message.setText(self.tr("Everyone has spoken. Choose a person with ↑/↓ to change their stance."))
            return
        self._asking = value
        self.message.clear()
        self.entry.ask(*entry_texts(value, self.names.get(person, "?")),
                       draft_key=stance_key(self.round_id, person, value))

    def _entry_submitted(self, text: str) -> None:
        before = self.round.current
        if self.record(self._asking, text):
            self.entry.close_box()
            self._moved(before)
            self.circle.setFocus()

    def _entry_cancelled(self) -> None:
        self.entry.close_box()
        self.message.setText(self.tr("Cancelled: nothing was saved."))
        self.circle.setFocus()

    def record(self, value: str, text: str = "") -> bool:
        """Save the current person's stance now; False (with the reason shown) when refused."""
        person = self.round.current
        if person is None:
            return False
        try:
            stance = record_stance(self.db, self.round_id, person, value, text)
        except ObjectionNeedsArgument:
            self.entry.refuse(refusal())
            return False
        except DomainError as exc:
            self.message.setText(not_saved(str(exc)))
            return False
        self.round.record(stance.value, stance.text)
        if stance.value is StanceValue.OBJECTION:
            self._last_objection = person
        self._warned = False
        self.message.setText(self.tr("Saved: %1").replace("%1", self.names.get(person, "?")))
        return True

    def mark_preference(self) -> None:
        """The facilitator's call on the selected objection (or the one just recorded)."""
        current = self.round.current
        objected = {s.person for s in self.round.argued_objections()}
        target = current if current in objected else self._last_objection
        if not target or target not in objected:
            self.message.setText(self.tr("No objection to mark: choose the person who objected (↑/↓), then press P."))
            return
        try:
            mark_preference(self.db, self.round_id, target)
        except DomainError as exc:
            self.message.setText(not_saved(str(exc)))
            return
        self.round.mark_preference(target)
        if current == target:  # the turn moves on, so the next C is not taken as theirs
            self.round.forward()
        self.message.setText(self.tr("%1's objection is recorded as a concern: a preference, not an objection.")
                             .replace("%1", self.names.get(target, "?")))
        self._moved(target)

    def request_go_on(self) -> None:
        missing = self.round.counts().to_come
        if missing and not self._warned:
            self._warned = True
            self.message.setText(self.tr("%1 people have not spoken yet. Press Ctrl+Enter again to go on anyway.")
                                 .replace("%1", str(missing)))
            return
        self.go_on.emit()
