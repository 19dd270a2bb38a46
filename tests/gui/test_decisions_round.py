"""The SDMI round screen driven from the keyboard, checked against the database.

A full item (meeting started in the window, clarifying and reactions rounds,
an objection refused without an argument, then argued, an amendment, consent),
a 40-person decision round by keyboard only, and resuming an open round after
the window was closed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.decisions import meetings as m
from facilitator.decisions.history import decision_history
from facilitator.decisions.repository import add_proposal, start_round
from facilitator.decisions.rules import RoundKind

CTRL = Qt.KeyboardModifier.ControlModifier


def press(qtbot: Any, key: Any, modifier: Any = Qt.KeyboardModifier.NoModifier) -> None:
    """A key to whatever has the keyboard focus, as a person at the laptop would press it."""
    focus = QApplication.focusWidget()
    assert focus is not None, "nothing has the keyboard focus"
    qtbot.keyClick(focus, key, modifier)


def type_text(qtbot: Any, text: str) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClicks(focus, text)


def circle_of(db: Any, count: int, team: str = "Wijkteam Noord") -> tuple[str, list[str]]:
    team_id = m.create_team(db, team)
    ids = [m.add_person(db, f"P{i:02d}") for i in range(1, count + 1)]
    return m.create_meeting(db, team_id, dt.date(2026, 3, 3), venue="Buurthuis", attendees=ids), ids


def stances_in_db(db: Any, proposal_id: str, round_index: int = -1) -> dict[str, tuple[str, str, bool]]:
    rnd = decision_history(db, proposal_id).rounds[round_index]
    return {st.person.id: (st.value, st.text, st.preference_not_objection) for st in rnd.stances}


def quit_mid_round(window: Any, qtbot: Any) -> None:
    """Close the window in the middle of a round: it asks first (ui/quit_question.py); the answer is Quit."""
    from PySide6.QtWidgets import QMessageBox, QPushButton

    window.close()
    box = window.findChild(QMessageBox, "quitQuestion")
    assert box is not None and box.isVisible() and window.isVisible()
    qtbot.mouseClick(box.findChild(QPushButton, "quitAnyway"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible())


def focus_window(window: Any, qtbot: Any) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_full_item_objection_refused_then_argued_amended_and_consented(window: Any, qtbot: Any) -> None:
    focus_window(window, qtbot)
    qtbot.keyClick(window.library_view.results, Qt.Key.Key_M, CTRL | Qt.KeyboardModifier.ShiftModifier)
    view = window.decisions_view
    start = view.start
    assert window.tabs.currentWidget() is view and view.meeting_stack.currentWidget() is start
    assert QApplication.focusWidget() is start.new_team, "no team yet: the cursor waits for a new team's name"
    type_text(qtbot, "Wijkteam Noord")
    press(qtbot, Qt.Key.Key_Return)
    assert m.teams(window.db)[0][1] == "Wijkteam Noord"
    assert QApplication.focusWidget() is start.picker.new_name
    for initials in ("AV", "BK", "FE", "JdW"):
        type_text(qtbot, initials)
        press(qtbot, Qt.Key.Key_Return)
    names_of = dict(m.people(window.db))
    assert [names_of[pid] for pid in start.picker.ticked()] == ["AV", "BK", "FE", "JdW"], "initials are enough"
    start.facilitator.setCurrentIndex(start.facilitator.findText("AV"))
    start.reporter.setCurrentIndex(start.reporter.findText("BK"))
    press(qtbot, Qt.Key.Key_Return, CTRL)
    page = view.meeting
    assert view.meeting_stack.currentWidget() is page and page.info is not None
    names = {person.id: person.name for person in page.info.attendees}
    assert list(names.values()) == ["AV", "BK", "FE", "JdW"], "seating order as added"

    # the skeleton: report (first meeting: nothing to approve), a notice, a point of other business
    assert QApplication.focusWidget() is page.report.approve
    press(qtbot, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is page.notices.entry
    type_text(qtbot, "The new car is at the garage until Friday")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.mouseClick(next(b for b in page.notices.findChildren(type(page.report.approve)) if "next step" in b.text()),
                     Qt.MouseButton.LeftButton)
    type_text(qtbot, "Client folders stay in the office")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.mouseClick(page.business.findChild(type(page.report.approve), "makeAgendaItem"), Qt.MouseButton.LeftButton)
    assert [i.text() for i in (page.agenda.items.item(r) for r in range(page.agenda.items.count()))] == \
        ["1. Client folders stay in the office — to discuss"], "one click: the point is an agenda item"
    steps = {s["key"]: s["done"] for s in m.skeleton(window.db, page.info.id)}
    assert steps["approve_report"] and steps["notices"]

    # the agenda: a proposal brought by FE
    page.steps.setCurrentRow(3)
    agenda = page.agenda
    type_text(qtbot, "Weekend rota in pairs")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Weekend visits in pairs of a senior and a junior nurse")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Nobody alone with complex wounds")
    agenda.owner.setCurrentIndex(agenda.owner.findText("FE"))
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert agenda.items.currentItem().text() == "2. Weekend rota in pairs — to discuss"
    agenda.items.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    item = page.item_page
    proposal = item.proposal_id
    assert decision_history(window.db, proposal).owner.name == "FE"

    # clarifying questions, then reactions: notes per person, a pass
    assert item.start_panel.primary.text().startswith("Start: Clarifying questions")
    press(qtbot, Qt.Key.Key_Return)
    screen = item.round_screen
    assert item.stack.currentWidget() is screen and QApplication.focusWidget() is screen.circle
    press(qtbot, Qt.Key.Key_N)
    type_text(qtbot, "Who makes the pairs?")
    press(qtbot, Qt.Key.Key_Return)
    for _ in range(3):
        press(qtbot, Qt.Key.Key_S)
    assert screen.speaker.text().startswith("Everyone has spoken")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert item.start_panel.primary.text().startswith("Start: Reactions")
    press(qtbot, Qt.Key.Key_Return)
    for _ in range(4):
        press(qtbot, Qt.Key.Key_Return)
        type_text(qtbot, "ok")
        press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return, CTRL)

    # the decision round on version 1: AV objects without an argument, which is refused
    assert item.start_panel.primary.text().startswith("Start: Decision round")
    press(qtbot, Qt.Key.Key_Return)
    ids = list(names)
    assert screen.round.current == ids[0]
    press(qtbot, Qt.Key.Key_O)
    assert QApplication.focusWidget() is screen.entry.edit
    press(qtbot, Qt.Key.Key_Return)
    assert screen.entry.error.isVisible() and "needs an argument" in screen.entry.error.text()
    assert stances_in_db(window.db, proposal) == {}, "nothing saved"
    assert screen.round.current == ids[0]
    type_text(qtbot, "Two juniors together at night is unsafe")
    press(qtbot, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is screen.circle
    for _ in range(3):
        press(qtbot, Qt.Key.Key_C)
    assert screen.summary.boxes["objection"].text() == "Objection 1"
    assert stances_in_db(window.db, proposal) == {
        ids[0]: ("objection", "Two juniors together at night is unsafe", False),
        ids[1]: ("consent", "", False), ids[2]: ("consent", "", False), ids[3]: ("consent", "", False)}
    press(qtbot, Qt.Key.Key_Return, CTRL)

    # amend into version 2, which starts the next decision round
    assert item.stack.currentWidget() is item.amend
    assert "Two juniors together at night is unsafe" in item.amend.objections.text()
    assert QApplication.focusWidget() is item.amend.text
    press(qtbot, Qt.Key.Key_End, CTRL)
    type_text(qtbot, "; never two juniors at night")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Added: never two juniors at night")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Meets AV's objection")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert item.stack.currentWidget() is screen and "version 2" in screen.card.header.text()
    for _ in range(4):
        press(qtbot, Qt.Key.Key_C)
    press(qtbot, Qt.Key.Key_Return, CTRL)

    # the outcome: adopted after amendment, with an action and the review date
    panel = item.outcome
    assert item.stack.currentWidget() is panel
    assert panel.outcome.currentData() == "adopted_after_amendment"
    panel.rationale.setPlainText("Safe pairs, fair weekends")
    panel.what.setFocus()
    type_text(qtbot, "Draw up the pairs for April")
    panel.owner.setCurrentIndex(panel.owner.findText("BK"))
    panel.due.set_value(dt.date(2026, 3, 20))
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert page.stack.currentWidget() is page.agenda, "back to the agenda"

    h = decision_history(window.db, proposal)
    assert [v.number for v in h.versions] == [1, 2]
    assert h.versions[1].text.endswith("; never two juniors at night")
    assert h.versions[1].what_changed == "Added: never two juniors at night" and h.versions[1].why == "Meets AV's objection"
    assert [(r.kind, r.version) for r in h.rounds] == [("clarifying", 1), ("reactions", 1), ("decision", 1), ("decision", 2)]
    assert [st.value for st in h.rounds[0].stances] == ["input", "pass", "pass", "pass"]
    assert h.rounds[0].stances[0].text == "Who makes the pairs?"
    assert [st.value for st in h.rounds[3].stances] == ["consent"] * 4
    assert all(r.closed_at is not None for r in h.rounds)
    assert h.outcome == "adopted_after_amendment" and h.current is not None
    assert h.current.rationale == "Safe pairs, fair weekends" and h.current.author is not None
    assert h.current.author.name == "BK", "the reporter records the decision"
    assert h.current.review_date is not None and h.current.review_date > dt.date.today()
    assert [(a.what, a.owner.name if a.owner else None, a.due) for a in h.actions] == [
        ("Draw up the pairs for April", "BK", dt.date(2026, 3, 20))]
    assert "adopted after amendment" in agenda.items.item(1).text()


def test_forty_people_decision_round_by_keyboard_only(window: Any, qtbot: Any) -> None:
    meeting, ids = circle_of(window.db, 40)
    proposal = add_proposal(window.db, meeting, "Weekend rota", "Weekend visits in pairs")
    start_round(window.db, proposal, "decision")
    focus_window(window, qtbot)
    window.decisions_view.open_meeting(meeting)
    screen = window.decisions_view.meeting.item_page.round_screen
    assert screen.isVisible() and QApplication.focusWidget() is screen.circle
    expected: dict[str, tuple[str, str, bool]] = {}

    def stance(key: Any, text: str = "") -> None:
        who = screen.round.current
        press(qtbot, key)
        if text:
            type_text(qtbot, text)
            press(qtbot, Qt.Key.Key_Return)
        value = {Qt.Key.Key_C: "consent", Qt.Key.Key_K: "concern", Qt.Key.Key_O: "objection"}[key]
        expected[who] = (value, text, False)
        assert QApplication.focusWidget() is screen.circle

    plan = {7: (Qt.Key.Key_O, "Juniors alone with complex wounds is unsafe"),
            12: (Qt.Key.Key_K, "Travel time between the pairs"),
            23: (Qt.Key.Key_O, "Two weekends a month is more than my contract allows"),
            31: (Qt.Key.Key_O, "I would rather have fixed pairs")}
    skipped = False
    while screen.round.current is not None:
        seat = ids.index(screen.round.current)
        if seat == 5 and not skipped:
            press(qtbot, Qt.Key.Key_Right)  # P06 is out of the room: skip for now
            skipped = True
            assert screen.round.current == ids[6]
            continue
        if seat == 5:
            assert len(screen.round.stances) == 39, "the turn came back round to P06 at the end"
        key, text = plan.get(seat, (Qt.Key.Key_C, ""))
        stance(key, text)
        if seat == 31:
            press(qtbot, Qt.Key.Key_P)  # the facilitator: a preference, not an objection
            expected[ids[31]] = ("concern", text, True)
            assert screen.round.current == ids[32], "the turn stays with the next person"
        row = screen.circle.currentRow()
        if row >= 0:  # the current speaker is always in view
            rect = screen.circle.visualItemRect(screen.circle.item(row))
            assert screen.circle.viewport().rect().contains(rect.center())
    assert screen.speaker.text().startswith("Everyone has spoken")
    # a correction: from the last speaker (P06), up the circle to P03, and a concern instead
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Up)
    assert screen.round.current == ids[2]
    stance(Qt.Key.Key_K, "Check with the night team")

    saved = stances_in_db(window.db, proposal)
    assert len(saved) == 40
    assert saved == expected
    assert [v for v, _, _ in saved.values()].count("objection") == 2
    assert screen.summary.boxes["consent"].text() == "Consent 35"
    assert screen.summary.boxes["concern"].text() == "Concern 3"
    assert screen.summary.boxes["objection"].text() == "Objection 2"
    assert screen.summary.boxes["to_come"].text() == "To come 0"
    assert screen.summary.objections.count() == 2


def test_an_open_round_resumes_after_the_window_is_closed(window: Any, qtbot: Any) -> None:
    from facilitator.store.db import open_database
    from ui.main_window import MainWindow

    meeting, ids = circle_of(window.db, 12)
    proposal = add_proposal(window.db, meeting, "Photo protocol", "Wound photos only on the team tablet")
    start_round(window.db, proposal, "decision")
    focus_window(window, qtbot)
    window.decisions_view.open_meeting(meeting)
    screen = window.decisions_view.meeting.item_page.round_screen
    for _ in range(5):
        press(qtbot, Qt.Key.Key_C)
    press(qtbot, Qt.Key.Key_O)
    type_text(qtbot, "The tablet is often flat")
    press(qtbot, Qt.Key.Key_Return)
    assert screen.round.current == ids[6]
    quit_mid_round(window, qtbot)

    again = MainWindow(open_database())
    qtbot.addWidget(again)
    again.show()
    view = again.decisions_view
    resumed = view.meeting.item_page.round_screen
    assert view.meeting_stack.currentWidget() is view.meeting, "the meeting with the open round is ready"
    assert view.meeting.item_page.stack.currentWidget() is resumed
    assert resumed.round.current == ids[6] and resumed.speaker.text() == "Now: P07"
    assert resumed.summary.boxes["consent"].text() == "Consent 5"
    assert resumed.summary.boxes["objection"].text() == "Objection 1"

    # and opening it by hand (Decisions → Open a meeting…) lands in the same place
    again.activateWindow()
    qtbot.waitUntil(again.isActiveWindow)
    again.findChild(type(again.menuBar().actions()[0]), "openMeeting").trigger()
    assert QApplication.focusWidget() is view.start.earlier
    press(qtbot, Qt.Key.Key_Return)
    assert resumed.isVisible() and resumed.round.current == ids[6]
    assert QApplication.focusWidget() is resumed.circle
    press(qtbot, Qt.Key.Key_C)
    assert stances_in_db(again.db, proposal)[ids[6]] == ("consent", "", False)
    assert len(stances_in_db(again.db, proposal)) == 7
    again.close()
    again.db.close()


def test_colours_keep_seven_to_one_contrast() -> None:
    from ui.decisions import style
    from ui.runner.palette import contrast

    assert all(contrast(*pair) >= 7 for pair in style.ALL_PAIRS)
    assert contrast(style.ERROR_TEXT, "#ffffff") >= 7


def test_every_decision_control_has_a_name(window: Any, qtbot: Any) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
        QWidget,
    )

    interactive = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit, QPlainTextEdit)

    def nameless() -> list[str]:
        return [f"{type(w).__name__} {w.objectName()}" for w in window.decisions_view.findChildren(QWidget)
                if isinstance(w, interactive) and w.isVisibleTo(window) and not w.accessibleName()
                and not (isinstance(w, QAbstractButton) and w.text())
                and not isinstance(w.parent(), (QComboBox, QAbstractSpinBox))]

    meeting, _ids = circle_of(window.db, 3)
    proposal = add_proposal(window.db, meeting, "Photo protocol", "Wound photos only on the team tablet")
    window.tabs.setCurrentWidget(window.decisions_view)
    view = window.decisions_view
    qtbot.waitUntil(lambda: view.log.loaded and not view.log.searching)
    assert nameless() == []
    view.new_meeting()
    assert nameless() == []
    view.open_meeting(meeting)
    page = view.meeting
    for row in range(4):
        page.steps.setCurrentRow(row)
        assert nameless() == [], row
    page.open_item(proposal)
    item = page.item_page
    assert nameless() == []
    item.start(RoundKind.DECISION)
    assert nameless() == []
    item._outcome(None)
    assert nameless() == []
    item._amend()
    assert nameless() == []


def test_a_half_typed_argument_survives_a_closed_window(window: Any, qtbot: Any) -> None:
    """Nothing is lost: the words come back when the same person's objection is asked for again."""
    from facilitator.store.db import open_database
    from ui.main_window import MainWindow

    meeting, ids = circle_of(window.db, 6)
    proposal = add_proposal(window.db, meeting, "Photo protocol", "Wound photos only on the team tablet")
    start_round(window.db, proposal, "decision")
    focus_window(window, qtbot)
    window.decisions_view.open_meeting(meeting)
    press(qtbot, Qt.Key.Key_C)
    press(qtbot, Qt.Key.Key_O)
    type_text(qtbot, "Night shifts have no tablet, so")
    quit_mid_round(window, qtbot)  # before Enter: the window goes
    assert stances_in_db(window.db, proposal).get(ids[1]) is None, "not a stance yet"

    again = MainWindow(open_database())
    qtbot.addWidget(again)
    again.show()
    again.activateWindow()
    qtbot.waitUntil(again.isActiveWindow)
    again.findChild(type(again.menuBar().actions()[0]), "openMeeting").trigger()  # Decisions → Open a meeting…
    press(qtbot, Qt.Key.Key_Return)
    screen = again.decisions_view.meeting.item_page.round_screen
    assert screen.isVisible() and screen.round.current == ids[1]
    assert QApplication.focusWidget() is screen.circle
    press(qtbot, Qt.Key.Key_O)
    assert screen.entry.edit.text() == "Night shifts have no tablet, so"
    assert screen.entry.isVisible() and screen.entry.restored.isVisible()
    type_text(qtbot, " they photograph on their own phones")
    press(qtbot, Qt.Key.Key_Return)
    assert stances_in_db(again.db, proposal)[ids[1]] == (
        "objection", "Night shifts have no tablet, so they photograph on their own phones", False)
    press(qtbot, Qt.Key.Key_Up)  # back to that person: the draft is gone once saved
    press(qtbot, Qt.Key.Key_O)
    assert screen.entry.edit.text() == "" and not screen.entry.restored.isVisible()
    press(qtbot, Qt.Key.Key_Escape)
    again.close()
    again.db.close()
