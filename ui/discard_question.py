"""Ask before unsaved edits are thrown away (Esc, Cancel, closing the window).

A second Esc answers the question with "Keep editing", so two quick presses of
Esc never lose anyone's work. The question is opened, not exec'd: it works
inside the qasync loop and tests can answer it with keys.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

translate = QCoreApplication.translate


def ask_discard(parent: QWidget, discard: Callable[[], None]) -> QMessageBox:
    """Open "Discard changes?" over ``parent``; ``discard`` runs only when that is the answer."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("DiscardQuestion", "Discard changes?"),
                      translate("DiscardQuestion", "Discard changes?"), QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("discardQuestion")
    box.setInformativeText(translate("DiscardQuestion", "What you changed here has not been saved."))
    drop = box.addButton(translate("DiscardQuestion", "&Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(translate("DiscardQuestion", "&Keep editing"), QMessageBox.ButtonRole.RejectRole)
    drop.setAccessibleName(translate("DiscardQuestion", "Discard changes"))
    keep.setAccessibleName(translate("DiscardQuestion", "Keep editing"))
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.finished.connect(lambda _result: discard() if box.clickedButton() is drop else None)
    box.open()
    return box
