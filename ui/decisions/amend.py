"""The amend screen: the owner turns the argued objections into the proposal's next version.

Saving writes the new version (its title, what changed, why) and starts the
next decision round at once; the earlier wording and title stay in the history.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.decisions.repository import amend_proposal, start_round
from facilitator.decisions.rules import DomainError, RoundKind
from facilitator.store.db import Database
from ui.a11y import explain
from ui.decisions import style
from ui.decisions.forms import buddy, error_label, named, show_error
from ui.decisions.proposal_card import ProposalCard
from ui.layout import local_shortcut


class AmendPanel(QWidget):
    amended = Signal()
    park = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.proposal_id = db, ""
        self.setObjectName("amendPanel")
        self.setStyleSheet(style.BUTTONS)
        self.card = ProposalCard(self, points=16, max_height=150)
        self.objections = style.sized(QLabel(self), 14)
        self.objections.setObjectName("amendObjections")
        self.objections.setWordWrap(True)
        self.objections.setTextFormat(Qt.TextFormat.PlainText)
        self.objections.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title = style.sized(QLineEdit(self), 14)
        self.title.setObjectName("amendTitle")
        self.title.setMaxLength(300)
        self.text = style.sized(QPlainTextEdit(self), 16)
        self.text.setObjectName("amendText")
        self.text.setTabChangesFocus(True)
        self.what_changed = style.sized(QLineEdit(self), 14)
        self.what_changed.setObjectName("amendWhatChanged")
        self.why = style.sized(QLineEdit(self), 14)
        self.why.setObjectName("amendWhy")
        self.error = error_label(self, "amendError")
        self.save = named(QPushButton(self), "amendSave")
        self.save.clicked.connect(self.submit)
        park = QPushButton(self.tr("Park the item instead…"), self)
        explain(park, self.tr("Park the item: defer, withdraw, no consent or refer to the coach"))
        park.clicked.connect(self.park)
        local_shortcut("Ctrl+Return", self, self.submit, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        form = QFormLayout()
        form.addRow(buddy(self, self.tr("&Title:"), self.title), self.title)
        form.addRow(buddy(self, self.tr("&New wording:"), self.text), self.text)
        form.addRow(buddy(self, self.tr("What &changed:"), self.what_changed), self.what_changed)
        form.addRow(buddy(self, self.tr("&Why (which objection it meets):"), self.why), self.why)
        box = QVBoxLayout(self)
        box.addWidget(self.card)
        box.addWidget(self.objections, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(form, 1)
        box.addWidget(self.error)
        box.addLayout(buttons := QHBoxLayout())
        buttons.addWidget(park)
        buttons.addStretch(1)
        buttons.addWidget(self.save)

    def load(self, proposal_id: str, title: str, text: str, version: int,
             objections: Sequence[tuple[str, str]], reformulate: bool = False) -> None:
        """``objections``: (name, argument) from the last decision round; ``reformulate``: after reactions."""
        self.proposal_id = proposal_id
        head = (self.tr("The owner reformulates version %1 after the reactions")
                if reformulate else self.tr("Amend version %1 to meet the argued objections"))
        self.card.show_proposal(head.replace("%1", str(version)), text)
        lines = [f"• {name}: {argument}" for name, argument in objections]
        self.objections.setText(self.tr("Objections to meet:") + "\n" + "\n".join(lines) if lines else "")
        self.objections.setVisible(bool(lines))
        self.title.setText(title)
        self.text.setPlainText(text)
        self.what_changed.setText(self.tr("Reformulated after the reactions round") if reformulate else "")
        self.why.clear()
        self.save.setText(self.tr("Save version %1 and start the decision round (Ctrl+Enter)")
                          .replace("%1", str(version + 1)))
        explain(self.save, self.tr("Save the new version and start the decision round"))
        show_error(self.error, "")
        self.text.setFocus()

    def submit(self) -> None:
        if not self.title.text().strip():
            show_error(self.error, self.tr("Give the proposal a title; keep the current one if it still fits."))
            self.title.setFocus()
            return
        if not self.what_changed.text().strip():
            show_error(self.error, self.tr("Say what changed, so the log can show it next to the objections."))
            self.what_changed.setFocus()
            return
        try:
            amend_proposal(self.db, self.proposal_id, self.text.toPlainText(), title=self.title.text(),
                           what_changed=self.what_changed.text(), why=self.why.text())
            start_round(self.db, self.proposal_id, RoundKind.DECISION)
        except DomainError as exc:
            show_error(self.error, self.tr("Not saved: %1").replace("%1", str(exc)))
            return
        self.amended.emit()
