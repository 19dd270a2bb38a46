"""No key is bound twice where both could fire, in English and in Dutch; the search box lets commands through.

Mnemonics (Alt+letter from an & in a menu title, tab, button or field label)
count too: two on show at once make Qt cycle focus instead of acting.

Qt drops an ambiguous shortcut silently ("Ambiguous shortcut overload"), so
every window the app can show is opened and its QActions, QShortcuts and
(for the presenter and projector) run keys are walked. Two bindings clash when
they share a key and both can be active at once: both window-wide, or one
window-wide and one on a widget of that window, or on widgets nested in one
another; as Qt only fires a shortcut whose widget is visible, two on different
pages of one stack (a QStackedWidget, which QTabWidget uses too) never clash.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from facilitator.store.favourites import favourites
from ui.runner.run_keys import RUN_KEYS

CTRL = Qt.KeyboardModifier.ControlModifier
PORTABLE = QKeySequence.SequenceFormat.PortableText

# The standard keys the app binds, as Qt 6 binds them on Linux desktops (xcb, checked with
# QKeySequence.keyBindings there): the offscreen platform the tests run on reports fewer.
LINUX = {
    "New": ("Ctrl+N",), "Open": ("Ctrl+O",), "Save": ("Ctrl+S",), "Close": ("Ctrl+W",), "Print": ("Ctrl+P",),
    "Quit": ("Ctrl+Q",), "Undo": ("Ctrl+Z", "F14"), "Redo": ("Ctrl+Shift+Z",), "Find": ("Ctrl+F",),
    "Delete": ("Del", "Ctrl+D"), "Copy": ("Ctrl+C", "Ctrl+Ins", "F16"), "Cut": ("Ctrl+X", "Shift+Del", "F20"),
    "Paste": ("Ctrl+V", "Ctrl+Shift+Ins", "Shift+Ins", "F18"), "SelectAll": ("Ctrl+A",), "HelpContents": ("F1",),
}
WINDOW = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


@dataclass(frozen=True)
class Binding:
    key: str
    window: QWidget
    scope: QWidget | None  # None: the whole window
    children: bool  # the scope's children count too (WidgetWithChildrenShortcut)
    what: str
    anchor: QWidget  # the widget that must be visible for the binding to fire

    def reaches(self, widget: QWidget) -> bool:
        """Can this binding fire while ``widget`` has focus?"""
        return self.scope is None or self.scope is widget or (self.children and self.scope.isAncestorOf(widget))


def page_of(stack: QStackedWidget, widget: QWidget) -> QWidget | None:
    """The page of ``stack`` that holds ``widget``, if any."""
    while widget is not None and widget.parentWidget() is not None:
        if isinstance(widget.parentWidget(), QStackedWidget) and widget.parentWidget() is stack:
            return widget
        widget = widget.parentWidget()
    return None


def never_shown_together(a: QWidget, b: QWidget) -> bool:
    ancestor = a.parentWidget()
    while ancestor is not None:
        if isinstance(ancestor, QStackedWidget) and ancestor.isAncestorOf(b):
            pages = page_of(ancestor, a), page_of(ancestor, b)
            if None not in pages and pages[0] is not pages[1]:
                return True
        ancestor = ancestor.parentWidget()
    return False


def clash(a: Binding, b: Binding) -> bool:
    if a.key != b.key or a.window is not b.window or never_shown_together(a.anchor, b.anchor):
        return False
    if a.scope is None or b.scope is None:
        return True
    return a.reaches(b.scope) or b.reaches(a.scope)


def keys_of(sequences: list[QKeySequence], standard: Any) -> set[str]:
    found = {s.toString(PORTABLE) for s in sequences if not s.isEmpty()}
    if standard:
        assert str(standard) in LINUX, f"add {standard} to LINUX: which keys does it take on Linux?"
        found |= set(LINUX[str(standard)])
    return found


def bindings() -> list[Binding]:
    """Every key binding of every window open now."""
    found: list[Binding] = []
    objects: dict[int, Any] = {}
    for top in QApplication.topLevelWidgets():
        for obj in (top, *top.findChildren(QShortcut), *top.findChildren(QAction)):
            objects[id(obj)] = obj
    for obj in objects.values():
        if isinstance(obj, QShortcut) and obj.isEnabled():
            parent = obj.parent()
            assert isinstance(parent, QWidget)
            wide = obj.context() in WINDOW
            for key in keys_of(obj.keys(), None):
                found.append(Binding(key, parent.window(), None if wide else parent,
                                     obj.context() == Qt.ShortcutContext.WidgetWithChildrenShortcut,
                                     f"QShortcut on {parent.objectName() or type(parent).__name__}", parent))
        elif isinstance(obj, QAction):
            found += action_bindings(obj)
    for top in QApplication.topLevelWidgets():  # the run keys: an event filter over presenter and projector
        if top.objectName() in ("presenterView", "projectorView"):
            found += [Binding(QKeySequence(k).toString(PORTABLE), top, None, True, f"run key {a}", top)
                      for k, a, _ in RUN_KEYS]
    return found


def action_bindings(action: QAction) -> list[Binding]:
    keys = keys_of(action.shortcuts(), action.property("standardKey"))
    if not keys:
        return []
    owner = action.parent()
    widgets = [w for w in action.associatedObjects() if isinstance(w, QWidget) and not isinstance(w, QMenu)]
    if action.shortcutContext() in WINDOW:
        windows = {id(w.window()): w.window() for w in ([owner] if isinstance(owner, QWidget) else []) + widgets}
        return [Binding(k, w, None, True, f"action {action.objectName() or action.text()}", w)
                for k in keys for w in windows.values()]
    children = action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    return [Binding(k, w.window(), w, children, f"action {action.objectName() or action.text()}", w)
            for k in keys for w in widgets]


def mnemonic_clashes(window: QWidget) -> dict[str, list[str]]:
    """Alt+letter keys taken twice among what ``window`` shows now: menu titles, tabs, buttons, labelled fields."""
    taken: dict[str, list[str]] = {}
    texts = [a.text() for a in window.menuBar().actions()] if isinstance(window, QMainWindow) else []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
    for text in texts:
        key = QKeySequence.mnemonic(text).toString(PORTABLE)
        if key:
            taken.setdefault(key, []).append(text)
    return {key: texts for key, texts in taken.items() if len(texts) > 1}


def open_everything(window: Any, qtbot: Any) -> None:
    """The main window (round screen included), the presenter, projector, help, groups and editor dialogs."""
    window.library_view.select_anywhere("troika-consulting")
    window.run_current()
    presenter = window.presenter
    qtbot.waitExposed(presenter)
    presenter.projector.show()
    presenter.show_keys()
    presenter.random_groups()
    window.library_view.new_structure()
    window.show_about()
    qtbot.waitUntil(lambda: window.library_view._editor.isVisible())


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


def test_no_shortcut_is_ambiguous_in_any_window(language: str, qtbot: Any, home: Any) -> None:
    from facilitator.store.db import open_database
    from ui.main_window import MainWindow

    db = open_database()
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    try:
        if language == "nl":
            assert window.menuBar().actions()[0].text() == "&Bestand"
        open_everything(window, qtbot)
        found = bindings()
        shown = {w.objectName() for w in QApplication.topLevelWidgets() if w.isVisible()}
        assert {"presenterView", "projectorView", "runKeysHelp", "groupsDialog", "aboutBox"} <= shown, shown
        assert any(b.what == "action star" for b in found) and any(b.what == "action delete" for b in found)
        clashes = sorted({f"{a.key}: {a.what} / {b.what} in {a.window.objectName() or type(a.window).__name__}"
                          for i, a in enumerate(found) for b in found[i + 1:] if clash(a, b)})
        assert clashes == []
        for dialog in (window.presenter, window.presenter.groups_dialog, window.library_view._editor):
            assert mnemonic_clashes(dialog) == {}, dialog.objectName()
        for page in range(window.tabs.count()):
            window.tabs.setCurrentIndex(page)
            window.decisions_view.inner.setCurrentIndex(0)
            assert mnemonic_clashes(window) == {}, window.tabs.tabText(page)
        window.decisions_view.inner.setCurrentIndex(1)
        assert mnemonic_clashes(window) == {}, "the Meeting page"
    finally:
        for opened in QApplication.topLevelWidgets():  # the dialogs opened above, not left for other tests
            if isinstance(opened, QDialog) and opened.isVisible():
                opened.close()
        window.presenter.close()
        window.close()
        db.close()


def test_the_original_clash_would_be_found() -> None:
    """Delete's Linux keys include Ctrl+D: bound that way next to Star, the walk reports it."""
    from ui.app import create_app

    create_app(["x"])
    host = QWidget()
    star, delete = QAction("Star", host), QAction("Delete", host)
    star.setShortcuts([QKeySequence("Ctrl+D")])
    delete.setShortcuts(QKeySequence.StandardKey.Delete)
    delete.setProperty("standardKey", QKeySequence.StandardKey.Delete.name)
    found = action_bindings(star) + action_bindings(delete)
    assert any(clash(a, b) for i, a in enumerate(found) for b in found[i + 1:])
    host.deleteLater()


def test_the_search_box_passes_the_commands_the_status_bar_offers(window: Any, qtbot: Any) -> None:
    """Focus the search box, press Ctrl+E and Ctrl+D: the editor opens, the structure gets its star."""
    view = window.library_view
    view.select_anywhere("1-2-4-all")
    view.duplicate()
    assert view.current_id() == "1-2-4-all-copy"
    assert "Ctrl+E" in window.statusBar().currentMessage()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.focus_search()
    search = view.filters.search
    assert search.hasFocus()
    qtbot.keyClick(search, Qt.Key.Key_D, CTRL)
    assert favourites(window.db) == {"1-2-4-all-copy"}
    qtbot.keyClick(search, Qt.Key.Key_Z, CTRL)
    assert favourites(window.db) == frozenset(), "nothing typed to undo in the box: Ctrl+Z undoes the star"
    qtbot.keyClick(search, Qt.Key.Key_D, CTRL)
    qtbot.keyClick(search, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: getattr(view, "_editor", None) is not None and view._editor.isVisible())
    assert view._editor.name.text() == "1-2-4-All (copy)"
    view._editor.reject()


def override_taken(search: Any, key: Qt.Key) -> bool:
    """Does the box claim Ctrl+key before the window's shortcuts see it (as Qt asks first)?"""
    event = QKeyEvent(QEvent.Type.ShortcutOverride, key, CTRL)
    event.ignore()
    QApplication.sendEvent(search, event)
    return event.isAccepted()


def test_the_search_box_keeps_its_own_text_keys(window: Any, qtbot: Any) -> None:
    """On Linux the line edit would claim Ctrl+D and Ctrl+E; the box declines them, keeps copy, paste, undo."""
    search = window.library_view.filters.search
    for command in (Qt.Key.Key_D, Qt.Key.Key_E, Qt.Key.Key_Z, Qt.Key.Key_Q, Qt.Key.Key_R):
        assert not override_taken(search, command), command
    qtbot.keyClicks(search, "tro")
    for own in (Qt.Key.Key_A, Qt.Key.Key_C, Qt.Key.Key_V, Qt.Key.Key_X, Qt.Key.Key_Z):
        assert override_taken(search, own), own
        assert not search.window_command(QKeyEvent(QEvent.Type.KeyPress, own, CTRL))
    for command in (Qt.Key.Key_D, Qt.Key.Key_E):  # what Linux's line edit would claim, emacs-style
        assert search.window_command(QKeyEvent(QEvent.Type.KeyPress, command, CTRL)), command
