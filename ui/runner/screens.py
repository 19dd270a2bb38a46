"""Puts the presenter and the projector where ui/runner/placement.py says, on the real screens.

Kept apart from the pure placement so the rule is tested without Qt, and this
module only reads Qt's screens, the remembered swap and moves the windows.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from ui.runner.placement import Placement, Rect, layout_key, place

SETTING = "runner/swapped/"


def _rect(q: QRect) -> Rect:
    return Rect(q.x(), q.y(), q.width(), q.height())


def current_screens() -> tuple[list[Rect], int]:
    """Available geometries of the screens (taskbars left out) and the primary one's index."""
    screens = QGuiApplication.screens()
    primary = QGuiApplication.primaryScreen()
    index = screens.index(primary) if primary in screens else 0
    return [_rect(s.availableGeometry()) for s in screens], index


def swapped(screens: list[Rect]) -> bool:
    from ui.settings import settings

    return str(settings().value(SETTING + layout_key(screens), "false")).lower() == "true"


def remember_swap(screens: list[Rect], value: bool) -> None:
    from ui.settings import settings

    settings().setValue(SETTING + layout_key(screens), "true" if value else "false")


def placement(presenter: QWidget | None = None) -> Placement:
    screens, primary = current_screens()
    width = presenter.minimumSizeHint().width() + 16 if presenter is not None else 0  # + a frame's borders
    return place(screens, primary, swapped(screens), width)


def put(window: QWidget, frame: Rect) -> None:
    """Move ``window`` so its frame (title bar and borders included) fills ``frame``."""
    outer, inner = window.frameGeometry(), window.geometry()
    left, top = inner.x() - outer.x(), inner.y() - outer.y()
    extra_w, extra_h = outer.width() - inner.width(), outer.height() - inner.height()
    window.setGeometry(frame.x + left, frame.y + top, frame.width - extra_w, frame.height - extra_h)


def show_projector(presenter: QWidget, projector: QWidget) -> None:
    """Full screen on the other screen; with one screen, a window beside the presenter."""
    where = placement(presenter)
    if where.projector_full_screen:
        rect = where.projector
        screen = QGuiApplication.screenAt(QRect(rect.x, rect.y, rect.width, rect.height).center())
        if screen is not None:
            projector.setScreen(screen)
            projector.setGeometry(screen.geometry())
        projector.showFullScreen()
        if not presenter.isMaximized() and not presenter.isFullScreen():
            put(presenter, where.presenter)
        return
    projector.showNormal()
    put(projector, where.projector)
    if not presenter.isMaximized() and not presenter.isFullScreen():
        put(presenter, where.presenter)


def swap(presenter: QWidget, projector: QWidget) -> None:
    """F8: the presenter and projector change places; remembered for this screen layout."""
    screens, _primary = current_screens()
    remember_swap(screens, not swapped(screens))
    if len(screens) > 1 and projector.isFullScreen():
        projector.showNormal()
    if projector.isVisible():
        show_projector(presenter, projector)
    else:
        put(presenter, placement(presenter).presenter)
