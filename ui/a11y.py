"""Accessible names that say what the screen says (WCAG 2.5.3 Label in Name).

Voice control works by the visible words ("click Run now"), and a screen reader
user works beside sighted colleagues who use them: the accessible name is the
visible text without its mnemonic '&', key hint or decorative symbol, and the
longer explanation goes to the accessible description and the tooltip.
"""

from __future__ import annotations

import re
import sys

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

_HINT = re.compile(r"\s*\((ctrl|alt|shift|space|enter|return|esc|f\d+|del|tab)[^)]*\)\s*$", re.IGNORECASE)


def spoken_text(text: str) -> str:
    """'▶ &Run now (Ctrl+R)' → 'Run now': the words a person reads on the control."""
    text = re.sub(r"&(.)", r"\1", text)
    text = _HINT.sub("", text)
    text = re.sub(r"^[^\w(“\"'‘]+", "", text)
    text = re.sub(r"[^\w)”\"'’?!.%]+$", "", text)
    return " ".join(text.split())


def explain(widget: QWidget, description: str, tooltip: bool = True) -> None:
    """Name by the visible text, explanation as description (and tooltip, unless it has its own).

    A label keeps no name of its own: Qt names it by its text, which then follows every change.
    """
    if isinstance(widget, QLabel):
        widget.setAccessibleName("")
    elif isinstance(widget, QAbstractButton) and widget.text():
        widget.setAccessibleName(spoken_text(widget.text()) or description)  # '▲' alone: the description
    if not description:
        return
    widget.setAccessibleDescription(description)
    if tooltip and not widget.toolTip():
        widget.setToolTip(description)


def show_text(widget: QAbstractButton | QLabel, text: str) -> None:
    """Change the visible text and the name with it, so a screen reader never hears a stale label."""
    widget.setText(text)
    widget.setAccessibleName(spoken_text(text))


_installed = False


def _date_accessible(_key: str, obj: object) -> object:
    """Date and time fields without Qt's value interface: its value is a QDate, which AT-SPI
    tries to read as a number ('valueInterface: Could not convert to double', hundreds per walk).
    The field reads as its label (the buddy) with the date as shown as its value."""
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QAccessibleWidget, QDateTimeEdit

    if isinstance(obj, QLabel) and obj.property("a11yClock") is not None:
        return _clock_accessible(obj)
    if not isinstance(obj, QDateTimeEdit):
        return None
    field = obj

    class DateField(QAccessibleWidget):
        def text(self, kind: QAccessible.Text) -> str:
            if kind in (QAccessible.Text.Value, QAccessible.Text.Description):
                return field.text()
            return super().text(kind)

    return DateField(field, QAccessible.Role.SpinBox)


def _clock_accessible(label: QLabel) -> object:
    """A countdown (ui/a11y_clock.py): its short name, the time in words as value and description."""
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QAccessibleWidget

    class Clock(QAccessibleWidget):
        def text(self, kind: QAccessible.Text) -> str:
            if kind in (QAccessible.Text.Value, QAccessible.Text.Description):
                return f"{label.text()}, {label.property('a11yClock')}"
            return super().text(kind)

    return Clock(label, QAccessible.Role.Clock)


_DROPPED_TEXT_EVENT = "Received text event for invalid interface."


def _quiet_dropped_text_events() -> None:
    """Keep the log readable under a screen reader: the presenter's clock holds the keyboard focus (the
    run's keys are its own), and Qt sends text events for a focused label each time its text or style
    changes. A label has no text interface, so the AT-SPI bridge drops them with a warning, three per
    second of a running countdown (181 in one minute, tools/atspi_walk.py). Dropping them is right (a
    screen reader must not hear every second; the clock speaks through ui/a11y_clock.py); only that one
    warning goes, everything else reaches the handler before us."""
    from PySide6.QtCore import (
        QMessageLogContext,
        QtMsgType,
        qFormatLogMessage,
        qInstallMessageHandler,
    )

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message == _DROPPED_TEXT_EVENT:
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            sys.stderr.write(qFormatLogMessage(kind, context, message) + "\n")

    previous = qInstallMessageHandler(handler)


def install_accessibility() -> None:
    """Once per process, before the first window: the factory above, and the log kept free of noise."""
    global _installed
    if not _installed:
        from PySide6.QtGui import QAccessible

        QAccessible.installFactory(_date_accessible)
        _quiet_dropped_text_events()
        _installed = True
