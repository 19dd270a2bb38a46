"""Before a run starts: the real question for each structure, typed by the facilitator.

A structure's invitation is a template ("What is your challenge with …?");
projected as it is, it tells the room nothing. So "Run now" and "Run plan"
first ask for the question, pre-filled from the plan item when it has one,
otherwise empty with the template as the hint. What is typed here is what the
projector shows and, kept in the plan, what the session pack prints.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator.plans.model import Plan, PlanItem, StructureSource
from ui.a11y import explain

TEMPLATE_MARK = "…"  # where a structure's invitation wants the topic


def asked_items(plan: Plan, library: StructureSource) -> list[tuple[PlanItem, str]]:
    """The plan's structure items with their structure's invitation (the hint), in agenda order."""
    out = []
    for item in plan.items:
        structure = library.get(item.structure_id) if item.is_structure and item.structure_id else None
        if structure is not None:
            out.append((item, structure.invitation))
    return out


class QuestionsDialog(QDialog):
    """One line per structure: the question the room will see. Start stays off while a template is unfilled."""

    def __init__(self, plan: Plan, library: StructureSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionsDialog")
        self.setWindowTitle(self.tr("The question for the room"))
        self.setAccessibleName(self.tr("The question for the room"))
        self.plan = plan
        intro = QLabel(self.tr("Type the question you will put to the room. The projector shows it while the "
                               "structure runs, and the session pack prints it."), self)
        intro.setWordWrap(True)
        form = QFormLayout()
        self.fields: list[tuple[PlanItem, QLineEdit, str]] = []
        for item, template in asked_items(plan, library):
            field = QLineEdit(item.invitation.strip(), self)
            field.setPlaceholderText(template)
            field.setAccessibleName(self.tr("Question for %1").replace("%1", item.title))
            field.setAccessibleDescription(self.tr("Hint: %1").replace("%1", template))
            field.setMinimumWidth(520)
            field.textChanged.connect(self._check)
            label = QLabel(item.title.replace("&", "&&") + ":", self)
            label.setBuddy(field)
            form.addRow(label, field)
            self.fields.append((item, field, template))
        self.hint = QLabel(self)
        self.hint.setObjectName("questionsHint")
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.start = self.buttons.addButton(self.tr("&Start the run"), QDialogButtonBox.ButtonRole.AcceptRole)
        explain(self.start, self.tr("Start the run with these questions"))
        self.start.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        if self.fields:
            self.fields[0][1].setFocus(Qt.FocusReason.OtherFocusReason)
        self._check()

    def _check(self, *_: Any) -> None:
        """Start only when every template that waits for a topic has a real question."""
        missing = [item.title for item, field, template in self.fields
                   if TEMPLATE_MARK in template and not field.text().strip()]
        self.start.setEnabled(not missing)
        self.hint.setText(self.tr("Type the question for: %1").replace("%1", ", ".join(missing)) if missing else "")

    def questions(self) -> dict[str, str]:
        """Item uuid → the question typed (empty means: the structure's own invitation)."""
        return {item.uuid: field.text().strip() for item, field, _ in self.fields}

    def applied(self) -> Plan:
        """The plan with the typed questions in its items (the plan given is left alone)."""
        import copy

        plan = copy.deepcopy(self.plan)
        typed = self.questions()
        for item in plan.items:
            if item.uuid in typed:
                item.invitation = typed[item.uuid]
        return plan
