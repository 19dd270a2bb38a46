"""The About box: version, credits and licences."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from facilitator import __version__, paths


def show_about(parent: Any) -> None:
    translate = QCoreApplication.translate
    text = translate(
        "About",
        "<h2>Facilitator %1</h2>"
        "<p>An offline companion for people who run participatory meetings: "
        "Liberating Structures workshops and SDMI consent decisions.</p>"
        "<p><b>Liberating Structures</b> were developed by Henri Lipmanowicz and Keith McCandless "
        "(liberatingstructures.com), with the Liberating Structures community and the authors of the "
        "2026 Fieldbook. The descriptions in this app are written in our own words; the structures "
        "themselves are theirs, shared under a Creative Commons licence.</p>"
        "<p><b>Solution-Driven Methods of Interaction (SDMI)</b> were developed by Ben Wenting and "
        "Astrid Vermeer and are used by Buurtzorg's self-managing teams.</p>"
        "<p><b>Fonts:</b> DejaVu Sans (Bitstream Vera licence; DejaVu changes public domain), "
        "shipped in resources/fonts with its licence. <b>Sounds:</b> the chimes are synthesised by "
        "Facilitator itself (tools/make_sounds.py); no recordings of others are used. "
        "<b>Icon:</b> drawn for Facilitator.</p>"
        "<p>Facilitator works without a network connection and never sends your data anywhere.</p>"
    ).replace("%1", __version__)
    box = QMessageBox(QMessageBox.Icon.NoIcon, translate("About", "About Facilitator"), text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("aboutBox")
    icon = paths.resource("icons", "facilitator.svg")
    if icon.exists():
        from PySide6.QtGui import QIcon

        box.setIconPixmap(QIcon(str(icon)).pixmap(96, 96))
    box.open()
    parent._about = box
