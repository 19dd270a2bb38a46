"""Search box and filters above the result list; emits one StructureFilter."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from facilitator.structures.filters import StructureFilter
from facilitator.structures.model import PURPOSES, Configuration
from ui.labels import configuration_label, purpose_label
from ui.library.search_box import SearchBox


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = SearchBox(self)  # Ctrl+D, Ctrl+E and friends reach the menus from here
        self.search.setPlaceholderText(self.tr("Search names, purposes, steps, tips…  (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search structures"))
        self.search.setClearButtonEnabled(True)

        self.purpose = QComboBox(self)
        self.purpose.setAccessibleName(self.tr("Purpose family"))
        self.purpose.addItem(self.tr("Any purpose"), None)
        for family in PURPOSES:
            self.purpose.addItem(purpose_label(family), family)

        self.configuration = QComboBox(self)
        self.configuration.setAccessibleName(self.tr("Group configuration"))
        self.configuration.addItem(self.tr("Any groups"), None)
        for config in Configuration:
            self.configuration.addItem(configuration_label(config), config.value)

        self.minutes = QSpinBox(self)
        self.minutes.setAccessibleName(self.tr("Fits in minutes"))
        self.minutes.setRange(0, 480)
        self.minutes.setSingleStep(5)
        self.minutes.setSpecialValueText(self.tr("any time"))
        self.minutes.setSuffix(self.tr(" min"))

        self.people = QSpinBox(self)
        self.people.setAccessibleName(self.tr("Works for people"))
        self.people.setRange(0, 1000)
        self.people.setSpecialValueText(self.tr("any number"))
        self.people.setSuffix(self.tr(" people"))

        self.favourites_only = QCheckBox(self.tr("F&avourites only"), self)
        self.favourites_only.setAccessibleName(self.tr("Favourites only"))

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        search_label = QLabel(self.tr("Search"), self)  # said and shown: Ctrl+F is its key
        search_label.setBuddy(self.search)
        grid.addWidget(search_label, 0, 0)
        grid.addWidget(self.search, 0, 1, 1, 3)
        for col, (text, widget) in enumerate((
            (self.tr("P&urpose"), self.purpose), (self.tr("&Groups"), self.configuration),
            (self.tr("Fits &in"), self.minutes), (self.tr("Pe&ople"), self.people),
        )):
            label = QLabel(text, self)
            label.setBuddy(widget)
            grid.addWidget(label, 1 + col // 2, (col % 2) * 2)
            grid.addWidget(widget, 1 + col // 2, (col % 2) * 2 + 1)
        grid.addWidget(self.favourites_only, 3, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.search.textChanged.connect(self.changed)
        self.purpose.currentIndexChanged.connect(self.changed)
        self.configuration.currentIndexChanged.connect(self.changed)
        self.minutes.valueChanged.connect(self.changed)
        self.people.valueChanged.connect(self.changed)
        self.favourites_only.toggled.connect(self.changed)

    def current(self, favourites: frozenset[str]) -> StructureFilter:
        config = self.configuration.currentData()
        return StructureFilter(
            text=self.search.text(),
            purpose=self.purpose.currentData(),
            minutes=self.minutes.value() or None,
            people=self.people.value() or None,
            configuration=Configuration(config) if config else None,
            favourites_only=self.favourites_only.isChecked(),
            favourites=favourites,
        )

    def clear(self) -> None:
        self.search.clear()
        self.purpose.setCurrentIndex(0)
        self.configuration.setCurrentIndex(0)
        self.minutes.setValue(0)
        self.people.setValue(0)
        self.favourites_only.setChecked(False)
