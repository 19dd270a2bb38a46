"""The right-hand pane: one structure in full, with its actions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from facilitator.structures.library import Library
from facilitator.structures.model import Structure
from ui.a11y import explain, show_text
from ui.layout import sized
from ui.library.detail_html import structure_html

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl


class DetailPane(QWidget):
    star_toggled = Signal(str, bool)
    duplicate_requested = Signal(str)
    edit_requested = Signal(str)
    delete_requested = Signal(str)
    export_requested = Signal(str)
    structure_link = Signal(str)
    run_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._structure: Structure | None = None
        self.title = QLabel(self)
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        sized(self.title, 20, bold=True)
        explain(self.title, self.tr("Structure name"), tooltip=False)

        self.star = QPushButton(self)
        self.star.setCheckable(True)
        self.star.setToolTip(self.tr("Star this structure (Ctrl+D)"))
        self.star.setAccessibleDescription(self.tr("Favourite"))
        self.star.toggled.connect(self._star_clicked)
        self.duplicate = QPushButton(self.tr("Duplicate"), self)
        self.duplicate.setToolTip(self.tr("Make your own editable copy (Ctrl+Shift+D)"))
        explain(self.duplicate, self.tr("Duplicate as a custom structure"))
        self.edit = QPushButton(self.tr("Edit…"), self)
        self.edit.setToolTip(self.tr("Edit this custom structure (Ctrl+E)"))
        explain(self.edit, self.tr("Edit structure"))
        self.export = QPushButton(self.tr("Export…"), self)
        explain(self.export, self.tr("Export structure file"))
        self.run = QPushButton(self.tr("▶ Run now"), self)
        self.run.setToolTip(self.tr("Open the timer and projector view for this structure (Ctrl+R)"))
        explain(self.run, self.tr("Run this structure with the timer"))
        self.delete = QPushButton(self.tr("Delete"), self)
        self.delete.setToolTip(self.tr("Delete this custom structure (Del); Ctrl+Z brings it back"))
        explain(self.delete, self.tr("Delete custom structure"))
        for button, signal in ((self.run, self.run_requested), (self.duplicate, self.duplicate_requested), (self.edit, self.edit_requested),
                               (self.export, self.export_requested), (self.delete, self.delete_requested)):
            button.clicked.connect(lambda _=False, sig=signal: self._emit(sig))

        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Structure details"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._link)
        sized(self.browser, 11)

        actions = QHBoxLayout()
        for w in (self.run, self.star, self.duplicate, self.edit, self.export, self.delete):
            actions.addWidget(w)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(actions)
        layout.addWidget(self.browser, 1)
        self.show_structure(None, None, False)

    @property
    def structure(self) -> Structure | None:
        return self._structure

    def show_structure(self, s: Structure | None, library: Library | None, starred: bool) -> None:
        self._structure = s
        for w in (self.run, self.star, self.duplicate, self.export):
            w.setEnabled(s is not None)
        self.edit.setEnabled(bool(s and s.is_custom))
        self.delete.setEnabled(bool(s and s.is_custom))
        self.star.blockSignals(True)
        self.star.setChecked(starred)
        self.star.blockSignals(False)
        self._label_star(starred)
        if s is None:
            self.title.setText(self.tr("No structure selected"))
            self.browser.setHtml(self.tr(
                "<p>Pick a structure on the left to see its purpose, invitation, steps and tips.</p>"
                "<p>Type in the search box to find one by name, purpose or any word in it; "
                "the filters narrow the list to what fits your time and your room.</p>"))
            return
        self.title.setText(s.name)
        self.browser.setHtml(structure_html(s, library))

    def _label_star(self, starred: bool) -> None:
        show_text(self.star, self.tr("★ Starred") if starred else self.tr("☆ Star"))

    def _star_clicked(self, checked: bool) -> None:
        self._label_star(checked)
        if self._structure is not None:
            self.star_toggled.emit(self._structure.id, checked)

    def _emit(self, signal: Any) -> None:
        if self._structure is not None:
            signal.emit(self._structure.id)

    def _link(self, url: QUrl) -> None:
        if url.scheme() == "structure":
            self.structure_link.emit(url.path())
