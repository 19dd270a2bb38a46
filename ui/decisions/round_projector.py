"""The SDMI round on the projector: the proposal, the question, whose turn it is, the live counts.

Why a separate window fed by the round screen: the room should see where the
round stands (and that the proposal is the one they are consenting to), while
the facilitator's screen keeps the circle and the typed arguments. An
objection's argument is someone's own words: it reaches the wall only when the
facilitator turns that on (off by default, and off again for every new round).
Counts always carry a word (consent / concern / objection), never colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from facilitator.decisions.rounds import ConsentRound
from facilitator.decisions.rules import RoundKind
from ui.decisions.labels import round_label
from ui.fonts import ensure_bundled_fonts
from ui.runner.fit_text import fit_label, fixed_box

BACKGROUND, TEXT = "#101820", "#ffffff"
translate = QCoreApplication.translate  # literal calls, so pyside6-lupdate finds every string
COUNT_COLOURS = {"consent": "#9be39b", "concern": "#ffd27a", "objection": "#ff9a9a", "to_come": "#d0d0d0"}


def question_text(kind: RoundKind) -> str:
    """What the round asks the room, in the facilitator's words."""
    return {
        RoundKind.OPENING: translate("RoundProjector", "How do you arrive? One by one, in the circle."),
        RoundKind.CLARIFYING: translate("RoundProjector", "What do you need to know to understand the proposal?"),
        RoundKind.REACTIONS: translate("RoundProjector", "What is your reaction to the proposal?"),
        RoundKind.DECISION: translate(
            "RoundProjector", "Can you consent? Consent · consent with a concern · objection (with its argument)"),
    }[kind]


class RoundProjector(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        ensure_bundled_fonts()
        self.setObjectName("roundProjector")
        self.setWindowTitle(self.tr("Facilitator — round on the projector"))
        self.setAccessibleName(self.tr("Round on the projector"))
        self.setStyleSheet(f"QWidget#roundProjector {{ background: {BACKGROUND}; }} QLabel {{ color: {TEXT}; }}")
        self.setAutoFillBackground(True)
        self.show_objections = False
        self.heading = self._label("roundProjectorHeading", 0.04)
        self.proposal = self._label("roundProjectorProposal", 0.06, bold=True, align=Qt.AlignmentFlag.AlignLeft)
        self.question = self._label("roundProjectorQuestion", 0.045)
        self.turn = self._label("roundProjectorTurn", 0.07, bold=True)
        self.counts = {key: self._label(f"roundProjectorCount_{key}", 0.055, bold=True) for key in COUNT_COLOURS}
        for key, label in self.counts.items():
            label.setStyleSheet(f"color: {COUNT_COLOURS[key]};")
        self.objections = self._label("roundProjectorObjections", 0.04, align=Qt.AlignmentFlag.AlignLeft)
        row = QGridLayout()
        for column, label in enumerate(self.counts.values()):
            row.addWidget(label, 0, column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        for widget, stretch in ((self.heading, 6), (self.proposal, 30), (self.question, 9), (self.turn, 11)):
            layout.addWidget(widget, stretch)
        layout.addLayout(row, 10)
        layout.addWidget(self.objections, 20)
        self.resize(1024, 768)

    def _label(self, name: str, share: float, bold: bool = False,
               align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # people's words are never read as markup
        label.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
        fixed_box(label)
        label.setProperty("share", share)
        label.setProperty("bold", bold)
        return label

    def show_round(self, rnd: ConsentRound, names: dict[str, str], proposal: str, version: int) -> None:
        """Everything the wall shows, from the round as the round screen holds it now."""
        self.heading.setText(self.tr("%1 · version %2").replace("%1", round_label(rnd.kind))
                             .replace("%2", str(version)))
        self.proposal.setText(proposal)
        self.question.setText(question_text(rnd.kind))
        current = rnd.current
        self.turn.setText(self.tr("Now: %1").replace("%1", names.get(current, "?")) if current
                          else self.tr("Everyone has spoken"))
        counts = rnd.counts()
        decision = rnd.kind is RoundKind.DECISION
        self.counts["consent"].setText(self.tr("%1 consent").replace("%1", str(counts.consent)))
        self.counts["concern"].setText(self.tr("%1 concern").replace("%1", str(counts.concern)))
        self.counts["objection"].setText(self.tr("%1 objection").replace("%1", str(counts.objection)))
        self.counts["to_come"].setText(self.tr("%1 to come").replace("%1", str(counts.to_come)))
        for key in ("consent", "concern", "objection"):
            self.counts[key].setVisible(decision)
        arguments = [f"{names.get(s.person, '?')}: {s.text}" for s in rnd.argued_objections()]
        self.objections.setText("\n".join(arguments) if self.show_objections and arguments else "")
        self.fit_fonts()

    def set_show_objections(self, on: bool) -> None:
        self.show_objections = on

    def fit_fonts(self) -> None:
        height = max(self.height(), 200)
        for label in (self.heading, self.proposal, self.question, self.turn, *self.counts.values(), self.objections):
            fit_label(label, int(height * float(label.property("share"))), bool(label.property("bold")))
        smallest = min(label.font().pixelSize() for label in self.counts.values())
        for label in self.counts.values():  # one size for all counts: a smaller one would read as less important
            font = label.font()
            font.setPixelSize(smallest)
            label.setFont(font)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_fonts()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
            return
        super().keyPressEvent(event)
