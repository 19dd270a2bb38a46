"""A 40-person round closes when the last person has spoken, and the log folds it into one line.

No extra step: the round is closed in the log the moment everyone present has
a stance (a correction is still taken while nothing else has happened). The
log's detail view shows such a round as its counts, the people who said
something (the minutes' rule), and a "show all" link that opens every stance.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication

from facilitator.decisions import meetings as m
from facilitator.decisions.history import decision_history
from facilitator.decisions.repository import add_proposal, start_round


def press(qtbot: Any, key: Any, text: str = "") -> None:
    """A key to whatever has the keyboard focus; then, for a concern, its words and Enter."""
    focus = QApplication.focusWidget()
    assert focus is not None, "nothing has the keyboard focus"
    qtbot.keyClick(focus, key)
    if text:
        qtbot.keyClicks(QApplication.focusWidget(), text)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def test_a_round_of_40_closes_by_itself_and_folds_in_the_log(window: Any, qtbot: Any) -> None:
    db = window.db
    team = m.create_team(db, "Wijkteam Noord")
    ids = [m.add_person(db, f"Person {i}") for i in range(1, 41)]
    meeting = m.create_meeting(db, team, dt.date(2026, 3, 3), attendees=ids)
    proposal = add_proposal(db, meeting, "Weekend rota", "Weekend visits in pairs")
    start_round(db, proposal, "decision")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.decisions_view.open_meeting(meeting)
    screen = window.decisions_view.meeting.item_page.round_screen
    assert QApplication.focusWidget() is screen.circle
    concerns = {ids[11]: "Travel time between the pairs", ids[30]: "Check with the night team"}
    while screen.round.current is not None:
        who = screen.round.current
        if who in concerns:
            press(qtbot, Qt.Key.Key_K, concerns[who])
        else:
            press(qtbot, Qt.Key.Key_C)
        if who != ids[-1]:
            assert decision_history(db, proposal).rounds[0].closed_at is None, "open while people are to come"
    assert decision_history(db, proposal).rounds[0].closed_at is not None, "closed with the 40th stance"
    press(qtbot, Qt.Key.Key_Up)  # a correction after the last speaker is still taken
    press(qtbot, Qt.Key.Key_C)
    stances = {st.person.id: st.value for st in decision_history(db, proposal).rounds[0].stances}
    assert stances[ids[-2]] == "consent" and list(stances.values()).count("concern") == 2

    log = window.decisions_view.log
    window.decisions_view.show_log()
    qtbot.waitUntil(lambda: log.loaded and not log.searching and log.results.topLevelItemCount() == 1)
    log.results.setCurrentItem(log.results.topLevelItem(0))
    text = log.detail.toPlainText()
    assert "(still open)" not in text
    assert "38 consent, 2 concern, 0 objection — show all 40" in text
    assert "Travel time between the pairs" in text and "Person 12" in text, "who said something keeps a line"
    assert "Person 1\n" not in text + "\n" and "Person 40" not in text, "no 40-row table"

    log.detail.setFocus()
    qtbot.keyClick(log.detail, Qt.Key.Key_Tab)  # to the link, by keyboard
    assert log.detail.textCursor().selectedText() == "show all 40"
    qtbot.keyClick(log.detail, Qt.Key.Key_Return)
    text = log.detail.toPlainText()
    assert all(f"Person {i}" in text for i in range(1, 41)) and "show less" in text
    assert log.detail.hasFocus()
    link = log.detail.toHtml().split('href="')[1].split('"')[0]
    log.detail.anchorClicked.emit(QUrl(link))  # "show less", as a click does
    assert "show all 40" in log.detail.toPlainText()
