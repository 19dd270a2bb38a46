"""Help → About credits the people whose work this is; View → Language switches the interface to Dutch."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator import __version__


def test_about_box_credits_and_licences(window: Any, qtbot: Any, home: Path) -> None:
    window.findChild(QAction, "about").trigger()
    box = window.findChild(QMessageBox, "aboutBox")
    qtbot.waitUntil(box.isVisible)
    text = box.text()
    for needed in (__version__, "Lipmanowicz", "McCandless", "Wenting", "Vermeer", "Buurtzorg",
                   "DejaVu", "licence", "own words", "never sends your data"):
        assert needed in text, needed
    assert not box.iconPixmap().isNull(), "the app's own icon"
    box.grab().save(str(home / "about.png"))
    box.accept()


def test_language_choice_is_saved_for_the_next_start(window: Any, qtbot: Any) -> None:
    from ui.settings import settings

    window.findChild(QAction, "language-nl").trigger()
    assert settings().value("ui/language") == "nl"
    assert "next start" in window.statusBar().currentMessage()
    assert window.findChild(QAction, "language-nl").isChecked()


def test_dutch_interface(qtbot: Any, home: Path) -> None:
    """With Nederlands chosen, a new window speaks Dutch, down to Qt's own buttons."""
    from facilitator.store.db import open_database
    from ui.app import create_app
    from ui.i18n import install_translators
    from ui.main_window import MainWindow
    from ui.settings import settings

    app = create_app(["x"])
    settings().setValue("ui/language", "nl")
    try:
        assert install_translators(app) == "nl"
        db = open_database()
        win = MainWindow(db)
        qtbot.addWidget(win)
        win.show()
        menus = [a.text() for a in win.menuBar().actions()]
        assert menus[:2] == ["&Bestand", "Be&werken"], menus
        assert win.tabs.tabText(0).replace("&", "") == "Bibliotheek"
        assert "werkvormen" in win.library_view.count.text()
        assert QApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
        win.grab().save(str(home / "dutch.png"))
        win.close()
        db.close()
    finally:
        install_translators(app, "en")
        assert win.tr("&Library") == "&Library"
