"""Page shortcuts keep to their page: PySide 6.11 ignores QShortcut(…, context=…) (ui/layout.py: local_shortcut)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ui.layout import local_shortcut

UI = Path(__file__).resolve().parents[2] / "ui"


def test_local_shortcut_keeps_its_context(qtbot: Any) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    fired: list[int] = []
    shortcut = local_shortcut("Ctrl+Return", page, lambda: fired.append(1), Qt.ShortcutContext.WidgetWithChildrenShortcut)
    assert shortcut.context() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    shortcut.activated.emit()
    assert fired == [1]


def test_no_shortcut_relies_on_the_ignored_context_argument() -> None:
    offenders = [f"{path.relative_to(UI.parent)}:{n}" for path in UI.rglob("*.py")
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if re.search(r"QShortcut\(.*context=", line)]
    assert offenders == [], "use ui.layout.local_shortcut: PySide ignores QShortcut(..., context=...)"
