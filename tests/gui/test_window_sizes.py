"""Every window and page fits a 1366×768 laptop, in English and in Dutch (issue 15 item 10).

The offscreen platform's screen cannot be set per test, so each window is
checked by what it asks for (minimumSizeHint within 1366×728: the screen less
a title bar) and by what it shows when given 1366×728 (or its own size, when
smaller): no visible widget lies outside its window.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QDialog, QWidget

from facilitator import paths

LAPTOP = (1366, 728)  # 1366×768 less the window's title bar


@pytest.fixture(params=["en", "nl"])
def language(request: Any, qtbot: Any) -> Iterator[str]:
    from ui.app import create_app
    from ui.i18n import install_translators
    from ui.settings import settings

    app = create_app(["x"])
    settings().setValue("ui/language", request.param)
    assert install_translators(app) == request.param
    yield request.param
    install_translators(app, "en")


def scrolled(widget: QWidget, window: QWidget) -> bool:
    """Inside a scroll area's viewport: out of sight is fine there, the area scrolls."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def outside(window: QWidget) -> list[str]:
    """Visible widgets of ``window`` not wholly inside it."""
    area = window.rect()
    found = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisible() or scrolled(widget, window):
            continue
        rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if not area.contains(rect):
            found.append(f"{type(widget).__name__} {widget.objectName()} at {rect.getRect()}")
    return found


def check(window: QWidget, what: str) -> None:
    hint = window.minimumSizeHint()
    assert hint.width() <= LAPTOP[0] and hint.height() <= LAPTOP[1], f"{what} asks for {hint.toTuple()}"
    size = QWidget.size(window)  # the groups dialog has a field called size
    QWidget.resize(window, min(LAPTOP[0], max(size.width(), hint.width())),
                   min(LAPTOP[1], max(size.height(), hint.height())))
    QApplication.processEvents()
    size = QWidget.size(window)
    assert size.width() <= LAPTOP[0] and size.height() <= LAPTOP[1], f"{what} is {size.toTuple()}"
    assert outside(window) == [], f"{what}: cut off at {size.toTuple()}"


def test_every_window_and_page_fits_1366x768(language: str, qtbot: Any, home: Any) -> None:
    from facilitator.decisions.repository import add_proposal, start_round
    from facilitator.plans.files import import_plan_file
    from facilitator.store.db import open_database
    from tests.gui.test_decisions_round import circle_of
    from ui.main_window import MainWindow

    db = open_database()
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    try:
        assert window.width() <= LAPTOP[0] and window.height() <= 768, "a first start fits the screen"
        import_plan_file(db, paths.resource("examples") / "plan-community-health-workshop.toml",
                         window.library_view.library)
        window.plans_view.reload()
        window.resize(*LAPTOP)
        for page in range(window.tabs.count()):
            window.tabs.setCurrentIndex(page)
            if window.tabs.currentWidget() is window.plans_view:
                window.plans_view.plans.setCurrentRow(0)
                window.plans_view.agenda.setCurrentCell(2, 1)
                agenda = window.plans_view.agenda
                QApplication.processEvents()
                last = agenda.visualItemRect(agenda.item(agenda.rowCount() - 1, 1))
                assert agenda.viewport().rect().contains(last), "every agenda row of an 8-item plan in view"
                steps = window.plans_view.item_panel.steps
                last = steps.visualItemRect(steps.item(steps.rowCount() - 1, 0))
                assert steps.viewport().rect().contains(last), "every step of 1-2-4-All in view"
            check(window, f"main window, page {window.tabs.tabText(page)}")
        meeting, _ids = circle_of(db, 40)
        start_round(db, add_proposal(db, meeting, "Weekend rota", "Weekend visits in pairs"), "decision")
        window.decisions_view.open_meeting(meeting)
        screen = window.decisions_view.meeting.item_page.round_screen
        assert screen.isVisible()
        check(window, "main window, a decision round of 40")
        screen.projector_button.click()
        check(screen.projector, "round on the projector")
        window.library_view.select_anywhere("troika-consulting")
        window.run_current()
        presenter = window.presenter
        qtbot.waitExposed(presenter)
        presenter.projector.show()
        for shown in (presenter, presenter.projector):
            check(shown, shown.objectName())
        presenter.random_groups()
        presenter.show_keys()
        window.show_about()
        for dialog in QApplication.topLevelWidgets():
            if isinstance(dialog, QDialog) and dialog.isVisible():
                check(dialog, dialog.objectName() or type(dialog).__name__)
    finally:
        for opened in QApplication.topLevelWidgets():
            if isinstance(opened, QDialog) and opened.isVisible():
                opened.close()
        presenter = getattr(window, "presenter", None)
        if presenter is not None:
            presenter.close()
        window.close()
        db.close()

