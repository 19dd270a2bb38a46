"""Amending a proposal can change its title: the café moves to Sundays, and the log says so.

The amend screen's title field starts with the current title; the new version
carries the new one, every earlier version keeps its own, and the item, the
log list and the log's detail view call the proposal by its newest title.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.decisions import meetings as m
from facilitator.decisions.history import decision_history
from facilitator.decisions.repository import add_proposal, record_stance, start_round

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def test_amending_the_title_by_keyboard(window: Any, qtbot: Any) -> None:
    db = window.db
    team = m.create_team(db, "Samen Sterk")
    ids = [m.add_person(db, name) for name in ("Ilse (carer)", "Kees (client)", "Anouk V.")]
    meeting = m.create_meeting(db, team, dt.date(2026, 3, 3), attendees=ids)
    pid = add_proposal(db, meeting, "Monthly carers' café on Saturdays", "The café opens on the first Saturday.")
    rnd = start_round(db, pid, "decision")
    record_stance(db, rnd, ids[0], "objection", "Most carers work on Saturday mornings")
    for person in ids[1:]:
        record_stance(db, rnd, person, "consent")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.decisions_view.open_meeting(meeting)
    item = window.decisions_view.meeting.item_page
    amend = item.amend
    assert item.stack.currentWidget() is amend, "an argued objection: the owner amends"
    assert amend.title.text() == "Monthly carers' café on Saturdays", "the current title, ready to change"
    assert amend.title.maxLength() == 300

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_T, ALT)  # &Title
    assert QApplication.focusWidget() is amend.title
    qtbot.keyClick(amend.title, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(amend.title, Qt.Key.Key_Delete)
    qtbot.keyClick(amend.title, Qt.Key.Key_Return, CTRL)
    assert amend.error.isVisible() and QApplication.focusWidget() is amend.title, "a title is needed"
    assert len(decision_history(db, pid).versions) == 1, "nothing saved"
    qtbot.keyClick(amend.title, Qt.Key.Key_Z, CTRL)  # undo: the old title is back
    assert amend.title.text() == "Monthly carers' café on Saturdays"
    qtbot.keyClick(amend.title, Qt.Key.Key_End)
    qtbot.keyClick(amend.title, Qt.Key.Key_Left, CTRL | Qt.KeyboardModifier.ShiftModifier)  # "Saturdays"
    qtbot.keyClicks(amend.title, "Sundays")
    qtbot.keyClick(amend.title, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is amend.text
    qtbot.keyClick(amend.text, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(amend.text, "It opens on the first Sunday, 14-16.")
    qtbot.keyClick(amend.text, Qt.Key.Key_C, ALT)  # What &changed
    qtbot.keyClicks(QApplication.focusWidget(), "Sundays instead of Saturdays")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)

    h = decision_history(db, pid)
    assert [v.title for v in h.versions] == ["Monthly carers' café on Saturdays", "Monthly carers' café on Sundays"]
    assert h.title == "Monthly carers' café on Sundays" and h.rounds[-1].version == 2
    assert item.title.text() == "Monthly carers' café on Sundays"
    assert item.stack.currentWidget() is item.round_screen, "the next decision round has started"

    log = window.decisions_view.log
    window.decisions_view.show_log()
    qtbot.waitUntil(lambda: log.loaded and not log.searching and log.results.topLevelItemCount() == 1)
    assert log.results.topLevelItem(0).text(1) == "Monthly carers' café on Sundays"
    log.results.setCurrentItem(log.results.topLevelItem(0))
    text = log.detail.toPlainText()
    assert "Version 1: Monthly carers' café on Saturdays" in text
    assert "Version 2: Monthly carers' café on Sundays — what changed: Sundays instead of Saturdays" in text
