"""Random groups from the names in the room: pasted or read from a file, reproducible with a seed.

The names live only in this dialog for the session (and on the printed
list); they are never written to the library or the database.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from facilitator.groups import MAX_PEOPLE, assign, describe_split, keep_apart_conflicts, read_names
from facilitator.structures.model import Configuration
from ui.a11y import explain
from ui.labels import configuration_label


class GroupsDialog(QDialog):
    def __init__(self, configuration: str, size: int | None, title: str, parent: QWidget | None = None,
                 names: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupsDialog")
        self.setWindowTitle(self.tr("Random groups"))
        self.resize(820, 640)
        self.title = title
        self.groups: list[list[str]] = []
        self.names = QPlainTextEdit("\n".join(names or []), self)
        self.names.setAccessibleName(self.tr("Names, one per line"))
        self.names.setPlaceholderText(self.tr("Type or paste names, one per line (up to 150)"))
        load = QPushButton(self.tr("&Load names from a file…"), self)
        explain(load, self.tr("Load names from a text or CSV file"))
        load.clicked.connect(self.load_file)
        self.configuration = QComboBox(self)
        self.configuration.setAccessibleName(self.tr("How to group"))
        for config in Configuration:
            if config not in (Configuration.ALONE, Configuration.WHOLE_GROUP):
                self.configuration.addItem(configuration_label(config), config.value)
        index = self.configuration.findData(configuration)
        self.configuration.setCurrentIndex(max(index, 2 if index < 0 else index))
        self.group_size = QSpinBox(self)
        self.group_size.setRange(2, 30)
        self.group_size.setValue(size or 6)
        self.group_size.setAccessibleName(self.tr("Size of small groups"))
        self.seed = QSpinBox(self)
        self.seed.setRange(1, 999_999)
        self.seed.setValue(1)
        self.seed.setAccessibleName(self.tr("Shuffle number (the same number gives the same groups)"))
        self.apart = QPlainTextEdit(self)
        self.apart.setAccessibleName(self.tr("People to keep apart"))
        self.apart.setPlaceholderText(self.tr("One line per set to keep apart, e.g. Anna, Bram"))
        self.apart.setFixedHeight(60)
        self.groups_view = QTextBrowser(self)
        self.groups_view.setAccessibleName(self.tr("The groups"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #8b0000; font-weight: 600;")
        make = QPushButton(self.tr("&Make groups"), self)
        make.setAccessibleName(self.tr("Make groups"))
        make.setDefault(True)
        make.clicked.connect(self.make_groups)
        again = QPushButton(self.tr("&Shuffle again"), self)
        again.setAccessibleName(self.tr("Shuffle again"))
        again.clicked.connect(self.shuffle_again)
        self.print_button = QPushButton(self.tr("&Print list…"), self)
        explain(self.print_button, self.tr("Print the list of groups"))
        self.print_button.clicked.connect(self.preview)
        self.print_button.setEnabled(False)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)

        form = QFormLayout()
        form.addRow(self.tr("&Names"), self.names)
        form.addRow("", load)
        form.addRow(self.tr("&Groups of"), self.configuration)
        form.addRow(self.tr("Small group si&ze"), self.group_size)
        form.addRow(self.tr("Shuffle n&umber"), self.seed)
        form.addRow(self.tr("Keep &apart"), self.apart)
        buttons = QHBoxLayout()
        for b in (make, again, self.print_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        box = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addWidget(self.groups_view, 1)
        box.addLayout(top, 1)
        box.addWidget(self.message)
        box.addLayout(buttons)

    def name_list(self) -> list[str]:
        return [line.strip() for line in self.names.toPlainText().splitlines() if line.strip()]

    def load_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Names"), "", self.tr("Names (*.txt *.csv *.tsv);;All files (*)"))
        if name:
            self.load_path(Path(name))

    def load_path(self, path: Path) -> bool:
        try:
            names = read_names(path)
        except (OSError, ValueError) as exc:
            self.message.setText(str(getattr(exc, "strerror", None) or exc))
            return False
        self.names.setPlainText("\n".join(names))
        self.message.clear()
        return True

    def shuffle_again(self) -> None:
        self.seed.setValue(self.seed.value() + 1)
        self.make_groups()

    def make_groups(self) -> None:
        names = self.name_list()
        config = self.configuration.currentData()
        size = self.group_size.value() if config == Configuration.SMALL_GROUPS.value else None
        apart = [{n.strip() for n in line.split(",") if n.strip()} for line in self.apart.toPlainText().splitlines()]
        if len(names) > MAX_PEOPLE:
            self.message.setText(self.tr("That is %1 names; the generator takes up to %2.")
                                 .replace("%1", str(len(names))).replace("%2", str(MAX_PEOPLE)))
            return
        try:
            self.groups = assign(names, config, size, seed=self.seed.value(), keep_apart=[a for a in apart if len(a) > 1])
        except ValueError as exc:
            self.groups = []
            self.message.setText(str(exc))
            self.groups_view.clear()
            self.print_button.setEnabled(False)
            return
        clashes = keep_apart_conflicts(self.groups, [a for a in apart if len(a) > 1])
        self.message.setText(self.tr("Could not keep apart: %1").replace("%1", "; ".join(f"{a} & {b}" for a, b in clashes))
                             if clashes else "")
        self.describe = describe_split([len(g) for g in self.groups], config)
        from html import escape

        group = self.tr("Group")
        rows = "".join(f"<p><b>{group} {i}</b> ({len(g)}): {escape(', '.join(g))}</p>"
                       for i, g in enumerate(self.groups, 1))
        self.groups_view.setHtml(f"<h3>{escape(self.describe)}</h3>{rows}")
        self.print_button.setEnabled(bool(self.groups))

    def preview(self) -> None:
        from facilitator.render.groups import render_group_list
        from ui.printing.preview import PreviewDialog

        groups, title, describe = [list(g) for g in self.groups], self.title, self.describe
        kinds = {self.tr("Group list"): lambda path, options: render_group_list(groups, title, describe, path, options)}
        self.preview_dialog = PreviewDialog(title, kinds, self, suggested_name="groups")
        self.preview_dialog.open()
