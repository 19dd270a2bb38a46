"""The live summary beside the speaker: counts in big coloured boxes, and the argued objections so far."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.decisions.rounds import ConsentRound
from facilitator.decisions.rules import RoundKind
from ui.decisions import style


class RoundSummary(QWidget):
    objection_chosen = Signal(str)  # person id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QLabel] = {}
        self._decision, self._compact = True, False
        row = QHBoxLayout()
        for key, pair in (("consent", style.CONSENT), ("concern", style.CONCERN),
                          ("objection", style.OBJECTION), ("spoken", style.OTHER), ("to_come", style.TO_COME)):
            box = style.sized(QLabel(self), 17, bold=True)
            box.setObjectName(f"count_{key}")
            box.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.setStyleSheet(style.chip(pair) + ("border: 2px solid #000000;" if pair is style.TO_COME else ""))
            self.boxes[key] = box
            row.addWidget(box)
        self.objections = QListWidget(self)
        self.objections.setObjectName("roundObjections")
        self.objections.setAccessibleName(self.tr("Argued objections in this round"))
        self.objections.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the circle keeps the keyboard
        self.objections.setStyleSheet("QListWidget { font-size: 13pt; }")
        self.objections.setWordWrap(True)
        self.objections.setMaximumHeight(96)
        self.objections.itemClicked.connect(
            lambda item: self.objection_chosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.objections_label = style.sized(QLabel(self.tr("Argued objections (click one, or choose the person, then P)"), self), 12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.objections_label)
        layout.addWidget(self.objections)

    def compact(self, on: bool) -> None:
        """Fold the objections away while the entry box is open, so a small screen keeps the counts."""
        self._compact = on
        self.objections.setVisible(self._decision and not on)
        self.objections_label.setVisible(self._decision and not on)

    def show_round(self, rnd: ConsentRound, names: dict[str, str]) -> None:
        c = rnd.counts()
        decision = rnd.kind is RoundKind.DECISION
        texts = {"consent": self.tr("Consent %1"), "concern": self.tr("Concern %1"),
                 "objection": self.tr("Objection %1"), "spoken": self.tr("Spoken %1"),
                 "to_come": self.tr("To come %1")}
        values = {"consent": c.consent, "concern": c.concern, "objection": c.objection,
                  "spoken": len(rnd.people) - c.to_come, "to_come": c.to_come}
        for key, box in self.boxes.items():
            box.setText(texts[key].replace("%1", str(values[key])))
            box.setAccessibleName(box.text())
            box.setVisible(decision != (key == "spoken"))
        self._decision = decision
        self.compact(self._compact)
        if not decision:
            return
        self.objections.clear()
        for stance in rnd.argued_objections():
            item = QListWidgetItem(f"{names.get(stance.person, '?')}: {stance.text}")
            item.setData(Qt.ItemDataRole.UserRole, stance.person)
            self.objections.addItem(item)
