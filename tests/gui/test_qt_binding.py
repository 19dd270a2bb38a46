"""Guard against a Qt binding that leaks references to None.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every void call
(setText, setStyleSheet…); a running session makes thousands of them and the
app then aborts with "deallocating None". pyproject.toml keeps us off it.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_do_not_leak_none(qtbot: Any) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for i in range(5000):
        label.setText(str(i % 10))
        label.setStyleSheet("")
    assert sys.getrefcount(None) >= before - 100
