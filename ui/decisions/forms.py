"""Small form pieces shared by the decision screens: labelled rows, optional dates, inline errors."""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QFrame, QLabel, QScrollArea, QWidget

from ui.decisions import style

NO_DATE = QDate(2000, 1, 1)
W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str) -> W:
    """``widget`` with its object name set (tests and accessibility tools find it by name)."""
    widget.setObjectName(name)
    return widget


class OptionalDate(QDateEdit):
    """A date that may be left empty: the earliest date reads as the special text ('no date')."""

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("d MMM yyyy")
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(empty_text)
        self.clear_date()

    def clear_date(self) -> None:
        self.setDate(NO_DATE)

    def set_value(self, value: dt.date | None) -> None:
        self.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)

    def value(self) -> dt.date | None:
        d = self.date()
        return None if d == NO_DATE else dt.date(d.year(), d.month(), d.day())


def error_label(parent: QWidget, name: str) -> QLabel:
    """A hidden inline message in dark red; show it with show_error."""
    label = style.sized(QLabel(parent), 13, bold=True)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {style.ERROR_TEXT};")
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setAccessibleName(text)
    label.setVisible(bool(text))


def buddy(parent: QWidget, text: str, widget: QWidget) -> QLabel:
    """A label with a mnemonic (Alt+letter) that moves the focus to ``widget``."""
    label = style.sized(QLabel(text, parent), 12)
    label.setBuddy(widget)
    widget.setAccessibleName(text.replace("&", "").rstrip(":"))
    return label


def scrolled(widget: QWidget) -> QScrollArea:
    """``widget`` filling the space it gets, scrolling only when the window is smaller than it needs."""
    area = QScrollArea(widget.parentWidget())
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a screen reader met it as an unnamed filler over the page
    return area
