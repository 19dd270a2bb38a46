"""Keystroke to saved stance on the real round screen, in a 40-person decision round (offscreen).

For each stance: press C (or O, type the argument, press Enter; or K with a
concern) on the round screen of a real MainWindow, then confirm the row is in
SQLite through a second, independent connection. The time runs from the
final keystroke to that confirmation. Saving is synchronous (one committed
transaction, synchronous=FULL), so the stance is on disk when the key returns.

Prints
  stance_keystroke_median: X ms (target: instant, < 50 ms)
and the 95th percentile and the worst case.
Run: .venv/bin/python benchmarks/stance_keystroke.py [--rounds N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from facilitator import paths  # noqa: E402

CIRCLE = 40


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="40-person rounds to time (default 5)")
    args = parser.parse_args(argv)
    home = Path(tempfile.mkdtemp(prefix="stance-bench-"))
    paths.set_home(home)

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from facilitator.decisions import meetings as m
    from facilitator.decisions.outcomes import record_outcome
    from facilitator.decisions.repository import add_proposal, start_round
    from facilitator.store.db import open_database
    from ui.app import create_app
    from ui.main_window import MainWindow

    create_app(["stance-benchmark"])
    db = open_database()
    team = m.create_team(db, "Lay partners' forum")
    people = [m.add_person(db, f"LP{i:02d}") for i in range(1, CIRCLE + 1)]
    meeting = m.create_meeting(db, team, dt.date(2026, 5, 12), attendees=people)
    window = MainWindow(db)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    check = sqlite3.connect(paths.database_path())
    timings: dict[str, list[float]] = {"C": [], "K": [], "O": []}
    for n in range(args.rounds):
        proposal = add_proposal(db, meeting, f"Proposal {n + 1}", "Feedback sessions move to the library")
        round_id = start_round(db, proposal, "decision")
        window.decisions_view.open_meeting(meeting)
        screen = window.decisions_view.meeting.item_page.round_screen
        assert screen.round_id == round_id and screen.round.current == people[0]
        for seat in range(CIRCLE):
            person = screen.round.current
            kind = "O" if seat % 13 == 7 else "K" if seat % 11 == 5 else "C"
            if kind == "C":
                start = time.perf_counter()
                QTest.keyClick(screen.circle, Qt.Key.Key_C)
            else:
                QTest.keyClick(screen.circle, Qt.Key.Key_O if kind == "O" else Qt.Key.Key_K)
                QTest.keyClicks(screen.entry.edit, "The bus does not stop there on Sundays")
                start = time.perf_counter()
                QTest.keyClick(screen.entry.edit, Qt.Key.Key_Return)
            row = check.execute("SELECT value FROM stance WHERE round_id = ? AND person_id = ?",
                                (round_id, person)).fetchone()
            timings[kind].append((time.perf_counter() - start) * 1000)
            assert row is not None, f"stance of seat {seat} not in the database"
        record_outcome(db, proposal, "deferred")  # the item ends; the next one gets the round screen
        QApplication.processEvents()
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    del window, screen
    check.close()
    db.close()
    every = sorted(t for values in timings.values() for t in values)
    median = statistics.median(every)
    p95 = every[int(0.95 * (len(every) - 1))]
    print(f"stance_keystroke_median: {median:.1f} ms (target: instant, < 50 ms)")
    print(f"  {len(every)} stances in {args.rounds} rounds of {CIRCLE}: p95 {p95:.1f} ms, worst {every[-1]:.1f} ms; "
          + ", ".join(f"{k} median {statistics.median(v):.1f} ms" for k, v in timings.items() if v))
    return 0 if median < 50 else 1


if __name__ == "__main__":
    sys.exit(main())
