"""Screen readers hear what sighted people see (issue 20): every window and dialog walked
through QAccessible, in English and in Dutch.

A focusable object has a name; a button, check box or label is named by its visible
text (WCAG 2.5.3 Label in Name, what voice control relies on); an input has its
visible label as buddy; a cell editor is named by its row and column, not its value;
a clock's name or value follows the time. The walk is tests/gui/a11y_walk.py.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from facilitator.decisions import meetings as m
from facilitator.decisions.repository import add_proposal, start_round
from facilitator.decisions.rules import RoundKind
from tests.gui.a11y_walk import walk_tree

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "plan-community-health-workshop.toml"
Scene = Callable[[Any, Any], Iterator[tuple[QWidget, str]]]


@pytest.fixture(params=["en", "nl"])
def language_window(request: Any, qtbot: Any, home: Path) -> Iterator[Any]:
    """The main window in one language, with a plan, a meeting and an open round to read."""
    from facilitator.store.db import open_database
    from ui.app import create_app
    from ui.i18n import install_translators
    from ui.main_window import MainWindow

    app = create_app(["x"])
    install_translators(app, request.param)
    db = open_database()
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    try:
        yield win
    finally:
        for top in QApplication.topLevelWidgets():
            if top is not win and top.isVisible():
                top.close()
        win.close()
        db.close()
        install_translators(app, "en")


def library(win: Any, qtbot: Any) -> Iterator[tuple[QWidget, str]]:
    win.tabs.setCurrentWidget(win.library_view)
    win.library_view.select_anywhere("1-2-4-all")
    yield win, "Library"


def plans(win: Any, qtbot: Any) -> Iterator[tuple[QWidget, str]]:
    assert win.import_plan_file(str(EXAMPLE))
    view = win.plans_view
    win.tabs.setCurrentWidget(view)
    for row in range(view.agenda.rowCount()):  # a structure's row and a break's row read differently
        view.agenda.selectRow(row)
        yield win, f"Plans, row {row + 1}"


def decisions(win: Any, qtbot: Any) -> Iterator[tuple[QWidget, str]]:
    view = win.decisions_view
    win.tabs.setCurrentWidget(view)
    log = view.log
    qtbot.waitUntil(lambda: log.loaded and not log.searching)
    yield win, "Decision log, empty"
    qtbot.mouseClick(log.empty.example, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.exchange.busy and log.results.topLevelItemCount() > 5)
    log.results.setCurrentItem(log.results.topLevelItem(0))
    yield win, "Decision log"


def meeting(win: Any, qtbot: Any) -> Iterator[tuple[QWidget, str]]:
    db, view = win.db, win.decisions_view
    view.new_meeting()
    yield win, "Meeting start, no team"
    team = m.create_team(db, "Wijkteam Noord")
    ids = [m.add_person(db, name) for name in ("AV", "BK", "FE")]
    meeting_id = m.create_meeting(db, team, dt.date(2026, 3, 3), venue="Buurthuis", attendees=ids)
    view.new_meeting()
    yield win, "Meeting start"
    view.open_meeting(meeting_id)
    page = view.meeting
    for row in range(page.steps.count()):
        page.steps.setCurrentRow(row)
        yield win, f"Meeting, step {row + 1}"
    proposal = add_proposal(db, meeting_id, "Weekend rota in pairs", "Weekend visits in pairs", owner_id=ids[2])
    page.agenda.reload() if hasattr(page.agenda, "reload") else None
    page.open_item(proposal)
    yield win, "Item, next round"
    start_round(db, proposal, RoundKind.DECISION.value if hasattr(RoundKind.DECISION, "value") else RoundKind.DECISION)
    page.item_page.refresh()
    yield win, "Round screen"
    yield from meeting_panels(win, page.item_page)


def meeting_panels(win: Any, item: Any) -> Iterator[tuple[QWidget, str]]:
    """The round's argument box and its projector view, then the amend and outcome panels."""
    from facilitator.decisions.rules import StanceValue

    screen = item.round_screen
    screen._ask(StanceValue.OBJECTION)
    yield win, "Round screen, an objection's argument"
    screen._entry_cancelled()
    screen.projector_button.click()
    yield screen.projector, "Round on the projector"
    screen.projector_button.click()
    item._amend()
    yield win, "Amend"
    item._outcome(None)
    yield win, "Outcome"


def editor(win: Any, qtbot: Any) -> Iterator[tuple[QWidget, str]]:
    view = win.library_view
    win.tabs.setCurrentWidget(view)
    view.select_anywhere("1-2-4-all")
    view.duplicate()
    view.edit()
    qtbot.waitExposed(view._editor)
    yield view._editor, "Structure editor"


def dialogs(win: Any, qtbot: Any) -> Iterator[tuple[QWidget, str]]:
    from PySide6.QtGui import QAction

    win.tabs.setCurrentWidget(win.library_view)
    win.library_view.select_anywhere("1-2-4-all")
    preview = win.preview_current()
    yield preview, "Print preview"
    win.findChild(QAction, "about").trigger()
    yield from ((d, "About") for d in QApplication.topLevelWidgets() if d.objectName() == "aboutBox")


def run(win: Any, qtbot: Any) -> Iterator[tuple[QWidget, str]]:
    """A session from the main window: the question, presenter and projector, G, ?, the end's summary."""
    win.tabs.setCurrentWidget(win.library_view)
    win.library_view.select_anywhere("1-2-4-all")
    win.ask_run_current()
    yield win.questions_dialog, "Questions before a run"
    win.questions_dialog.accept()
    presenter = win.presenter
    presenter.toggle_projector()
    yield presenter, "Presenter"
    yield presenter.projector, "Projector"
    presenter.random_groups()
    yield presenter.groups_dialog, "Random groups"
    presenter.show_keys()
    yield presenter.keys_help, "Keys"
    presenter.controller.end()
    qtbot.waitUntil(lambda: getattr(win, "end_summary", None) is not None)
    yield win.end_summary, "End of the session"
    win.restore_backup()
    yield win.restore_dialog, "Restore from a backup"


SCENES: list[Scene] = [library, plans, decisions, meeting, editor, dialogs, run]


def test_every_window_reads_as_it_looks(language_window: Any, qtbot: Any) -> None:
    problems: list[str] = []
    for scene in SCENES:
        for widget, title in scene(language_window, qtbot):
            QApplication.processEvents()
            problems += walk_tree(widget, title).problems
            if isinstance(widget, QDialog) and widget is not language_window:
                widget.close()
    assert not problems, "\n".join(problems)


@pytest.fixture
def presenter(qtbot: Any, home: Path) -> Iterator[Any]:
    """The presenter on a fake clock (as tests/gui/test_runner.py builds it), its projector open."""
    from facilitator.structures.library import load_library
    from facilitator.timing import FakeClock
    from facilitator.timing.runsheet import run_item_from_structure, simple_item
    from ui.app import create_app
    from ui.runner.controller import MemoryRecorder, RunController
    from ui.runner.presenter import PresenterView
    from ui.runner.sound import RecordingChime

    create_app(["x"])
    clock = FakeClock()
    controller = RunController([run_item_from_structure(load_library().get("1-2-4-all"), "What helps?"),
                                simple_item("Break", 10)], clock=clock, chime=RecordingChime(), recorder=MemoryRecorder())
    controller.timer.stop()
    view = PresenterView(controller, "Test session")
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.clock_fake = clock
    yield view
    view.close()


def test_presenter_and_projector_read_as_they_look(presenter: Any, qtbot: Any) -> None:
    presenter.toggle_projector()
    QApplication.processEvents()
    problems = walk_tree(presenter, "Presenter").problems + walk_tree(presenter.projector, "Projector").problems
    assert not problems, "\n".join(problems)


def test_clocks_say_the_time_and_announce_only_the_moments(presenter: Any, qtbot: Any) -> None:
    from PySide6.QtGui import QAccessible

    def heard(label: Any) -> str:
        iface = QAccessible.queryAccessibleInterface(label)
        return iface.text(QAccessible.Text.Name) + " | " + iface.text(QAccessible.Text.Value)

    clocks = (presenter.clock, presenter.projector.clock)
    before = [heard(c) for c in clocks]
    assert "1 minute left" in before[0] and before[0].startswith("Time left")
    presenter.controller.toggle()
    for _ in range(75):  # 75 s, a tick a second: past the minute, the warning and zero
        presenter.clock_fake.advance(1)
        presenter.controller.tick()
    after = [heard(c) for c in clocks]
    assert all(a != b for a, b in zip(before, after, strict=True)), (before, after)
    assert "15 seconds over" in after[0], after[0]
    from PySide6.QtWidgets import QLabel

    ticking = [label.objectName() for top in (presenter, presenter.projector) for label in top.findChildren(QLabel)
               if re.fullmatch(r"-?\d+:\d\d", label.text()) and not label.accessibleName()]
    assert not ticking, f"named by their digits, {ticking} send a name change every second (AT-SPI walk)"
    said = presenter.clock_voice.said
    assert 1 <= len(said) <= 4, said  # the warning, zero, the overrun: never every second
    assert not any(words.startswith("59 seconds") for words in said), "no announcement a second after the start"
    assert presenter.buttons["toggle"].accessibleName() == presenter.buttons["toggle"].text().split(" (")[0]
