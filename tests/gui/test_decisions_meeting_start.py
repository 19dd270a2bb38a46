"""Starting a meeting for a returning team: its last circle comes back ticked, in its seating order.

A circle of 40 must not mean 40 clicks: choosing the team ticks the people of
its last meeting, listed first in their old seats; everyone else follows in
natural order ("Person 2" before "Person 10").
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.decisions import meetings as m
from facilitator.decisions.meeting_record import read_meeting

CTRL = Qt.KeyboardModifier.ControlModifier


def listed(picker: Any) -> list[tuple[str, bool]]:
    """(name, ticked) of every row, top to bottom, as the facilitator sees the list."""
    rows = (picker.list.item(i) for i in range(picker.list.count()))
    return [(row.text(), row.checkState() == Qt.CheckState.Checked) for row in rows]


def test_a_returning_circle_of_40_is_ticked_in_its_seating_order(window: Any, qtbot: Any) -> None:
    db = window.db
    noord = m.create_team(db, "Wijkteam Noord")
    m.create_team(db, "Samen Sterk")
    names = [f"Person {i}" for i in range(1, 41)]
    random.Random(4).shuffle(names)  # created in any order
    ids = {name: m.add_person(db, name) for name in [*names, "bram", "Anouk"]}
    seats = [f"Person {i}" for i in range(40, 0, -1) if i not in (5, 22)]  # last time: 38, counting down
    m.create_meeting(db, noord, dt.date(2026, 1, 6), attendees=[ids["Person 1"], ids["Anouk"]])
    m.create_meeting(db, noord, dt.date(2026, 2, 3), attendees=[ids[n] for n in seats])

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.library_view.results, Qt.Key.Key_M, CTRL | Qt.KeyboardModifier.ShiftModifier)
    start = window.decisions_view.start
    assert QApplication.focusWidget() is start.team and start.team.currentText() == "Samen Sterk"
    assert not start.picker.ticked(), "a team that never met: nobody is ticked"
    assert [n for n, _ in listed(start.picker)][:4] == ["Anouk", "bram", "Person 1", "Person 2"]

    qtbot.keyClick(start.team, Qt.Key.Key_Down)  # → Wijkteam Noord, back for its third meeting
    assert start.team.currentText() == "Wijkteam Noord"
    rows = listed(start.picker)
    assert rows[:38] == [(n, True) for n in seats], "last meeting's circle first, in its seating order"
    assert rows[38:] == [("Anouk", False), ("bram", False), ("Person 5", False), ("Person 22", False)]
    assert start.picker.count.text().startswith("38")

    qtbot.keyClick(start, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # &Who is here
    assert QApplication.focusWidget() is start.picker.list
    qtbot.keyClick(start.picker.list, Qt.Key.Key_End)
    qtbot.keyClick(start.picker.list, Qt.Key.Key_Space)  # Person 22 arrived today
    qtbot.keyClick(start.picker.list, Qt.Key.Key_Home)
    qtbot.keyClick(start.picker.list, Qt.Key.Key_Space)  # Person 40 is ill
    qtbot.keyClick(start.picker.list, Qt.Key.Key_Return, CTRL)
    page = window.decisions_view.meeting
    qtbot.waitUntil(lambda: page.info is not None)
    circle = [person.name for person in read_meeting(db, page.info.id).attendees]
    assert circle == [*seats[1:], "Person 22"], "same seats, the newcomer after them"
