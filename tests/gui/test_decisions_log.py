"""The decision log page: the empty state and the example, search, filters, the timeline,
reopening for review, export and import through the page (off the GUI thread), a bad file."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from facilitator.decisions.history import decision_history
from facilitator.decisions.queries import LogFilter, list_decisions


def titles(view: Any) -> list[str]:
    tree = view.results
    return [tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())
            if tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) != "__more__"]


def expected(db: Any, **kwargs: Any) -> list[str]:
    return [d.title for d in list_decisions(db, LogFilter(**kwargs))]


@pytest.fixture
def log(window: Any, qtbot: Any) -> Any:
    """The log page with the example log opened from its empty state."""
    window.tabs.setCurrentWidget(window.decisions_view)
    view = window.decisions_view.log
    qtbot.waitUntil(lambda: view.loaded and not view.searching)
    assert view.list_stack.currentWidget() is view.empty and view.empty.example.isVisible()
    assert "empty" in view.empty.label.text() and "example" in view.empty.label.text()
    qtbot.mouseClick(view.empty.example, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.decisions_view.exchange.busy and len(titles(view)) == 13)
    assert "example log" in window.statusBar().currentMessage()
    return view


def test_search_runs_debounced_off_the_gui_thread(log: Any, window: Any, qtbot: Any) -> None:
    assert titles(log) == expected(window.db)
    log.filters.search.setFocus()
    qtbot.keyClicks(log.filters.search, "scanner")
    assert titles(log) == expected(window.db), "nothing happens while typing"
    want = expected(window.db, text="scanner")
    assert want and len(want) < 13
    qtbot.waitUntil(lambda: titles(log) == want and not log.searching)
    qtbot.keyClicks(log.filters.search, " zzzzqqq")
    qtbot.waitUntil(lambda: log.list_stack.currentWidget() is log.empty)
    assert log.empty.clear.isVisible() and "No decision matches" in log.empty.label.text()
    qtbot.mouseClick(log.empty.clear, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(titles(log)) == 13)


def test_filters_and_quick_views(log: Any, window: Any, qtbot: Any) -> None:
    f = log.filters
    f.outcome.setCurrentIndex(f.outcome.findData("deferred"))
    qtbot.waitUntil(lambda: titles(log) == expected(window.db, outcome="deferred") and not log.searching)
    assert titles(log) == ["Intake of new clients by two nurses"]
    f.quick()
    team_id = f.team.itemData(1)
    f.team.setCurrentIndex(1)
    f.since.set_value(dt.date(2026, 2, 1))
    qtbot.waitUntil(lambda: titles(log) == expected(window.db, team_id=team_id, since=dt.date(2026, 2, 1))
                    and not log.searching)
    f.quick()
    person = f.person.itemData(f.person.findText("Anouk V."))
    f.person.setCurrentIndex(f.person.findData(person))
    qtbot.waitUntil(lambda: titles(log) == expected(window.db, person_id=person) and not log.searching)
    assert 0 < len(titles(log)) < 13

    qtbot.mouseClick(f.quick_actions, Qt.MouseButton.LeftButton)
    want = expected(window.db, open_actions=True)
    qtbot.waitUntil(lambda: titles(log) == want and not log.searching)
    assert f.open_actions.isChecked() and f.person.currentIndex() == 0, "a quick view starts from no filters"
    qtbot.mouseClick(f.quick_reviews, Qt.MouseButton.LeftButton)
    due = expected(window.db, review_due_by=dt.date.today(), sort="review")
    qtbot.waitUntil(lambda: titles(log) == due and not log.searching)
    assert due, "the example's reviews fall in 2026"
    assert "⚠" in log.results.topLevelItem(0).text(3)


def test_reviews_due_leave_out_a_decision_already_reviewed(log: Any, window: Any, qtbot: Any) -> None:
    """The 13 Jan 'Move the team meeting to Thursday' sits beside its own 26 Feb review: only the review is due."""
    window.findChild(QAction, "reviewsDue").trigger()  # Decisions → Reviews due
    f = log.filters
    assert f.reviews.currentIndex() == 1
    qtbot.waitUntil(lambda: not log.searching and 0 < len(titles(log)) < 13)
    due = titles(log)
    assert "Move the team meeting to Thursday" not in due
    assert "Review: Move the team meeting to Thursday" in due
    qtbot.mouseClick(f.quick_actions, Qt.MouseButton.LeftButton)
    f.quick()
    qtbot.waitUntil(lambda: not log.searching and len(titles(log)) == 13)
    row = log.results.topLevelItem(titles(log).index("Move the team meeting to Thursday"))
    assert "reviewed" in row.text(3) and "⚠" not in row.text(3)


def test_detail_timeline_links_actions_and_reopen_for_review(log: Any, window: Any, qtbot: Any) -> None:
    row = titles(log).index("Weekend rota in fixed pairs")
    log.results.setCurrentItem(log.results.topLevelItem(row))
    h = decision_history(window.db, log.proposal_id)
    text = log.detail.toPlainText()
    assert h.title == "Weekend rota in fixed pairs" and len(h.versions) > 1
    assert "Version 1" in text and "Version 2" in text and h.versions[1].what_changed in text
    objection = next(st for r in h.rounds for st in r.stances if st.value == "objection")
    assert objection.text in text and objection.person.name in text
    assert "adopted after amendment" in text and "review on" in text
    assert all(a.what in text for a in h.actions)
    assert "<script>" not in log.detail.toHtml()

    open_action = next(a for a in h.actions if not a.done)
    log._link(type(log.detail.source())(f"action:{open_action.id}"))
    assert next(a for a in decision_history(window.db, h.proposal_id).actions if a.id == open_action.id).done

    qtbot.mouseClick(log.reopen.button, Qt.MouseButton.LeftButton)
    assert log.reopen.reason.isVisible() and log.reopen.reason.hasFocus()
    qtbot.keyClick(log.reopen.reason, Qt.Key.Key_Return)
    assert log.reopen.error.isVisible(), "a reopening says why"
    qtbot.keyClicks(log.reopen.reason, "The new rota software cannot do pairs")
    qtbot.keyClick(log.reopen.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Review: Weekend rota in fixed pairs" in titles(log) and not log.searching)
    new = decision_history(window.db, log.proposal_id)
    assert new.title == "Review: Weekend rota in fixed pairs" and new.reopened_from == h.proposal_id
    assert new.versions[0].text == h.versions[-1].text and new.decision_id is None
    assert "Reopened for review from an earlier decision" in log.detail.toPlainText()
    assert "agenda of the meeting" in window.statusBar().currentMessage()
    assert decision_history(window.db, h.proposal_id).reopened_as == (new.proposal_id,), "history kept, linked"


def test_export_then_import_into_an_empty_home_is_lossless(log: Any, window: Any, qtbot: Any,
                                                          tmp_path: Path) -> None:
    from facilitator import paths
    from facilitator.store.db import open_database
    from ui.main_window import MainWindow

    exchange = window.decisions_view.exchange
    first, sheet = tmp_path / "log.json", tmp_path / "log.csv"
    assert exchange.export_log(first, "json")
    assert not exchange.export_log(sheet, "csv"), "one job at a time"
    qtbot.waitUntil(lambda: not exchange.busy and first.exists())
    assert exchange.export_log(sheet, "csv")
    qtbot.waitUntil(lambda: not exchange.busy and sheet.exists())
    with open(sheet, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 13 and {r["title"] for r in rows} == set(titles(log))

    paths.set_home(tmp_path / "other-laptop")
    other = MainWindow(open_database())
    qtbot.addWidget(other)
    other.show()
    other.tabs.setCurrentWidget(other.decisions_view)
    view = other.decisions_view.log
    qtbot.waitUntil(lambda: view.loaded and not view.searching)
    assert titles(view) == []
    assert other.decisions_view.exchange.import_log(first)
    qtbot.waitUntil(lambda: not other.decisions_view.exchange.busy and len(titles(view)) == 13)
    second = tmp_path / "again.json"
    other.decisions_view.exchange.export_log(second, "json")
    qtbot.waitUntil(lambda: not other.decisions_view.exchange.busy and second.exists())
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (first, second))
    a.pop("exported_at"), b.pop("exported_at")
    assert a == b
    assert other.decisions_view.exchange.import_log(first)  # twice adds nothing
    qtbot.waitUntil(lambda: not other.decisions_view.exchange.busy)
    assert "0 record(s)" in other.statusBar().currentMessage()
    other.close()
    other.db.close()


@pytest.mark.parametrize("content, words", [
    (b"{ this is not json", "not valid JSON"),
    (b'{"format": "something-else", "schema_version": 1}', "not a Facilitator decision log"),
])
def test_a_bad_log_file_is_refused_with_a_clear_message(window: Any, qtbot: Any, tmp_path: Path,
                                                       content: bytes, words: str) -> None:
    bad = tmp_path / "minutes.json"
    bad.write_bytes(content)
    exchange = window.decisions_view.exchange
    assert exchange.import_log(bad)
    qtbot.waitUntil(lambda: not exchange.busy)
    box = window.findChild(QMessageBox, "logExchangeProblem")
    assert box is not None and box.isVisible()
    assert "minutes.json" in box.text() and words in box.text() and "Nothing was changed" in box.text()
    assert list_decisions(window.db) == []
    box.close()
