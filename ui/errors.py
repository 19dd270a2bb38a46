"""Last line of defence in the GUI: an unexpected error becomes a message, never a vanished window.

Storage errors (a full disk, a read-only or removed data folder) are said in
plain words with what to do; anything else is written to <home>/logs/ for
whoever helps the facilitator, and the app carries on.
"""

from __future__ import annotations

import sys
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

translate = QCoreApplication.translate  # literal calls, so pyside6-lupdate finds every string


def explain(exc: BaseException) -> str:
    """Plain words for the storage failures a laptop in a church hall actually meets."""
    return storage_problem(exc) or translate("Errors",
        "Something unexpected went wrong. Your saved data is safe. Details were written to %1.")


def storage_problem(exc: BaseException) -> str | None:
    """The plain-words message for a storage failure, or None for any other error."""
    text = str(exc).lower()
    if isinstance(exc, OSError) and exc.errno == 28 or "disk is full" in text or "database or disk is full" in text:
        return translate("Errors", "The disk is full, so the last change could not be saved. Free some space "
                  "(empty the bin, delete large downloads), then try again: what you typed is still on screen.")
    if "readonly" in text or "read-only" in text or isinstance(exc, PermissionError):
        return translate("Errors", "The data folder cannot be written to (it is read-only, or permission was refused). "
                  "Check the folder in Help → Data folder, then try again: what you typed is still on screen.")
    if isinstance(exc, FileNotFoundError) or "unable to open database" in text:
        return translate("Errors", "The data folder is not there any more (was it on a USB stick that was removed?). "
                  "Put it back, then try again: what you typed is still on screen.")
    return None


def _log(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    # Imported here: installing the hook must cost nothing at start-up.
    from facilitator.errorlog import write_error_log

    target = write_error_log(exc, kind, tb)
    return str(target) if target else translate("Errors", "(the log could not be written either)")


def handle(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    where = _log(kind, exc, tb)
    message = explain(exc).replace("%1", where)
    if QApplication.instance() is None:
        sys.__excepthook__(kind, exc, tb)
        return
    from PySide6.QtWidgets import QMessageBox

    parent: Any = QApplication.activeWindow()
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Errors", "Could not finish that"), message, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorMessage")
    # The kind of error and where the details are, never the error's own text: it can hold SQL and people's words.
    box.setDetailedText(translate("Errors", "%1 (details in %2)").replace("%1", kind.__name__).replace("%2", where))
    box.open()
    _open_boxes.append(box)
    box.finished.connect(lambda _r: _open_boxes.remove(box) if box in _open_boxes else None)


_open_boxes: list[Any] = []


def install() -> None:
    sys.excepthook = handle


