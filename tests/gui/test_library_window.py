"""The library window driven as a facilitator would: typing, clicking, shortcuts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from facilitator.store.favourites import favourites
from tests.conftest import DATA


def shown_ids(win: Any) -> list[str]:
    model = win.library_view.model
    return [model.structure(r).id for r in range(model.rowCount())]


def test_opens_on_the_library_with_search_focused(window: Any) -> None:
    assert len(shown_ids(window)) >= 35
    assert window.library_view.filters.search.hasFocus()
    assert window.library_view.detail.title.text() == window.library_view.model.structure(0).name


def test_search_finds_by_name_ignoring_accents(window: Any, qtbot: Any) -> None:
    qtbot.keyClicks(window.library_view.filters.search, "cafe")
    assert shown_ids(window)[0] == "conversation-cafe"
    assert window.library_view.detail.title.text() == "Conversation Café"
    assert "Invitation" in window.library_view.detail.browser.toPlainText()


def test_filters_combine_and_empty_state_offers_a_way_out(window: Any, qtbot: Any) -> None:
    bar = window.library_view.filters
    bar.purpose.setCurrentIndex(bar.purpose.findData("decide"))
    ids = shown_ids(window)
    assert {"sdmi-consensus-round", "sdmi-team-meeting"} <= set(ids)
    assert all("decide" in window.library_view.library.get(i).purposes for i in ids)
    bar.minutes.setValue(30)
    assert all(window.library_view.library.get(i).shortest_minutes <= 30 for i in shown_ids(window))
    qtbot.keyClicks(bar.search, "zzzz no such thing")
    assert window.library_view.list_stack.currentWidget() is window.library_view.empty
    qtbot.mouseClick(window.library_view.clear_button, Qt.MouseButton.LeftButton)
    assert len(shown_ids(window)) >= 35 and bar.search.text() == ""


def test_star_with_shortcut_persists_and_undoes(window: Any, qtbot: Any) -> None:
    view = window.library_view
    view.select_anywhere("troika-consulting")
    qtbot.keyClick(view.results, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert favourites(window.db) == {"troika-consulting"}
    assert view.detail.star.isChecked()
    view.filters.favourites_only.setFocus()
    qtbot.keyClick(view.filters.favourites_only, Qt.Key.Key_Space)
    assert shown_ids(window) == ["troika-consulting"]
    qtbot.keyClick(view.results, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert favourites(window.db) == frozenset()
    assert window.library_view.list_stack.currentWidget() is view.empty


def test_star_button_in_detail_pane(window: Any, qtbot: Any) -> None:
    view = window.library_view
    view.select_anywhere("triz")
    qtbot.mouseClick(view.detail.star, Qt.MouseButton.LeftButton)
    assert "triz" in favourites(window.db)
    assert view.model.data(view.model.index(view.model.row_of("triz"), 0)).startswith("★")


def test_duplicate_then_edit_with_inline_validation(window: Any, qtbot: Any, home: Path) -> None:
    view = window.library_view
    view.select_anywhere("1-2-4-all")
    qtbot.mouseClick(view.detail.duplicate, Qt.MouseButton.LeftButton)
    assert view.current_id() == "1-2-4-all-copy"
    assert (home / "structures" / "1-2-4-all-copy.toml").exists()
    assert view.detail.edit.isEnabled()
    qtbot.mouseClick(view.detail.edit, Qt.MouseButton.LeftButton)
    editor = view._editor
    qtbot.waitExposed(editor)
    editor.name.clear()
    qtbot.keyClicks(editor.name, "Our check-in 1-2-4-All")
    editor.steps.item(1, 1).setText("five")
    save = editor.buttons.button(editor.buttons.StandardButton.Save)
    assert "Step 2: write the minutes as a number above 0" in editor.step_problems.text()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert editor.isVisible() and view.library.get("1-2-4-all-copy").total_minutes == 12, "not saved"
    editor.steps.item(1, 1).setText("3")
    assert not editor.step_problems.isVisible() and not editor.problems.isVisible()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    edited = view.library.get("1-2-4-all-copy")
    assert edited.name == "Our check-in 1-2-4-All" and edited.total_minutes == 13
    assert view.library.get("1-2-4-all").total_minutes == 12
    window.undo.undo()
    assert view.library.get("1-2-4-all-copy").name == "1-2-4-All (copy)"


def test_delete_custom_and_undo(window: Any, qtbot: Any) -> None:
    view = window.library_view
    view.select_anywhere("triz")
    view.duplicate()
    assert view.current_id() == "triz-copy"
    qtbot.mouseClick(view.detail.delete, Qt.MouseButton.LeftButton)
    assert "triz-copy" not in view.library
    window.undo.undo()
    assert "triz-copy" in view.library
    view.select_anywhere("triz")
    assert not view.detail.delete.isEnabled(), "built-ins cannot be deleted"


def test_import_of_a_bad_file_names_the_field(window: Any, qtbot: Any) -> None:
    view = window.library_view
    assert view.import_path(DATA / "bad-structures" / "wrong-type-minutes.toml") is None
    box = window.findChild(QMessageBox, "importProblems")
    assert box is not None and box.isVisible()
    assert 'steps[2].minutes: expected a positive number of minutes, got "five"' in box.informativeText()
    box.close()
    assert view.import_path(DATA / "bad-structures" / "duplicate-id.toml") is None


def test_import_of_a_good_file(window: Any, tmp_path: Path) -> None:
    view = window.library_view
    source = Path(view.library.get("1-2-4-all").path).read_text(encoding="utf-8")
    good = tmp_path / "shared.toml"
    good.write_text(source.replace('id = "1-2-4-all"', 'id = "shared-check-in"'), encoding="utf-8")
    imported = view.import_path(good)
    assert imported is not None and view.current_id() == "shared-check-in"
    assert view.library.get("shared-check-in").is_custom


def test_broken_user_file_shows_in_problems_without_hiding_the_rest(qtbot: Any, home: Path) -> None:
    (home / "structures").mkdir(parents=True)
    for name in ("bad-toml.toml", "negative-minutes.toml"):
        (home / "structures" / name).write_bytes((DATA / "bad-structures" / name).read_bytes())
    from facilitator.store.db import open_database
    from ui.app import create_app
    from ui.main_window import MainWindow

    create_app(["x"])
    win = MainWindow(open_database())
    qtbot.addWidget(win)
    win.show()
    assert win.problems_button.isVisible() and "2 problem" in win.problems_button.text()
    qtbot.mouseClick(win.problems_button, Qt.MouseButton.LeftButton)
    assert win.problems_dock.isVisible()
    texts = [win.problems.item(i).text() for i in range(win.problems.count())]
    assert any(t.startswith("negative-minutes.toml: steps[1].minutes") for t in texts)
    assert len(shown_ids(win)) >= 35


def test_window_size_is_remembered(window: Any, qtbot: Any) -> None:
    from facilitator.store.db import open_database
    from ui.main_window import MainWindow

    window.resize(window.width(), 560)  # the offscreen screen is only 800×600
    size = (window.width(), window.height())
    assert size[1] == 560
    window.close()
    again = MainWindow(open_database())
    qtbot.addWidget(again)
    assert again.height() == size[1]  # width is clamped to the tiny offscreen screen


def test_every_control_has_an_accessible_name(window: Any) -> None:
    interactive = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit, QPlainTextEdit)
    nameless = [
        f"{type(w).__name__} {w.objectName()}" for w in window.findChildren(QWidget)
        if isinstance(w, interactive) and w.isVisibleTo(window) and not w.accessibleName()
        and not (isinstance(w, QAbstractButton) and w.text())
        and not isinstance(w.parent(), (QComboBox, QAbstractSpinBox))
    ]
    assert nameless == []


def test_damaged_database_at_start_offers_the_newest_backup(qtbot: Any, home: Path) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from facilitator import paths
    from facilitator.store.backup import make_backup
    from facilitator.store.db import open_database
    from facilitator.store.favourites import star
    from ui.app import create_app
    from ui.startup import open_or_recover

    create_app(["x"])
    db = open_database()
    star(db, "triz")
    db.close()
    make_backup(paths.database_path(), "test")
    paths.database_path().write_bytes(b"scribbled over " * 500)
    seen: list[str] = []

    def choose_restore() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "damagedDatabase" and w.isVisible())
        seen.append(box.text())
        box.grab().save(str(home / "damaged.png"))
        next(b for b in box.buttons() if b.text() == "Restore the backup").click()

    QTimer.singleShot(100, choose_restore)
    restored = open_or_recover()
    assert restored is not None and favourites(restored) == {"triz"}
    assert "kept, untouched" in seen[0]
    assert list(home.glob("facilitator-damaged-*.sqlite3"))
    restored.close()


def test_dragging_a_structure_onto_the_agenda_adds_it(window: Any, qtbot: Any) -> None:
    """The list's drag data, dropped on a plan's agenda as Qt would deliver it."""
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    view = window.library_view
    qtbot.keyClicks(view.filters.search, "troika")
    index = view.model.index(view.model.row_of("troika-consulting"), 0)
    assert view.model.flags(index) & Qt.ItemFlag.ItemIsDragEnabled
    assert not view.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    mime = view.model.mimeData([index])
    window.new_plan()
    agenda = window.plans_view.agenda
    before = agenda.rowCount()
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(agenda.viewport(), enter)
    assert enter.isAccepted(), "the agenda takes structures"
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(agenda.viewport(), drop)
    assert agenda.rowCount() == before + 1
    assert any("Troika" in (agenda.item(r, 1).text() if agenda.item(r, 1) else "") for r in range(agenda.rowCount()))


def test_the_menu_key_opens_the_list_menu_on_the_current_row(window: Any, qtbot: Any) -> None:
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication, QMenu

    view = window.library_view
    view.results.setFocus()
    centre = view.results.rect().center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, centre, view.results.mapToGlobal(centre),
                              Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.results, event)
    menu = view._menu
    assert isinstance(menu, QMenu) and menu.isVisible()
    assert [a.text() for a in menu.actions()][:3] == ["Star", "Duplicate", "Export…"]
    menu.close()


def test_the_problems_panel_opens_from_the_view_menu_even_when_all_is_well(window: Any, qtbot: Any) -> None:
    from PySide6.QtGui import QAction

    assert window.problems_dock is None, "built only when needed"
    action = window.findChild(QAction, "showProblems")
    action.trigger()
    assert window.problems_dock.isVisible()
    assert window.problems.item(0).text().startswith("No problems")


def test_a_keystroke_in_search_renders_the_detail_pane_once(window: Any, qtbot: Any, monkeypatch: Any) -> None:
    """Rebuilding the list moves the current row many times; typing must not re-render for each."""
    detail = window.library_view.detail
    calls: list[Any] = []
    original = detail.show_structure
    monkeypatch.setattr(detail, "show_structure", lambda *a: (calls.append(a), original(*a)))
    qtbot.keyClicks(window.library_view.filters.search, "c")
    assert len(calls) == 1


def test_at_start_the_log_opens_off_the_gui_thread_and_a_damaged_one_is_offered_back(qtbot: Any, home: Path) -> None:
    """The real start's path (ui/startup.open_in_background): healthy → a Database; damaged → the dialog."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from facilitator import paths
    from facilitator.store.backup import make_backup
    from facilitator.store.favourites import star
    from ui.app import create_app
    from ui.startup import open_in_background

    create_app(["x"])
    got: list[Any] = []
    open_in_background(None, got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=20000)
    assert got[0] is not None and got[0].path == paths.database_path()
    star(got[0], "troika-consulting")
    got[0].close()
    make_backup(paths.database_path(), "test")
    paths.database_path().write_bytes(b"scribbled over " * 500)

    def choose_restore() -> None:
        box = next((w for w in QApplication.topLevelWidgets() if w.objectName() == "damagedDatabase" and w.isVisible()), None)
        if box is None:
            QTimer.singleShot(50, choose_restore)
            return
        next(b for b in box.buttons() if b.text() == "Restore the backup").click()

    QTimer.singleShot(50, choose_restore)
    got.clear()
    open_in_background(None, got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=20000)
    restored = got[0]
    assert restored is not None and favourites(restored) == {"troika-consulting"}
    restored.close()
