"""Pull the plug, many times: every decision and note reported as saved is still there.

A forked child records SDMI decisions and harvest notes in a loop and reports
each one on a pipe only after its transaction has committed. The parent kills
it with SIGKILL at a random moment, then opens the file as the app would:
integrity_check must be ok and every reported id must be present. Set
CRASH_ITERATIONS for a longer run (benchmarks/crash_test.py does).
"""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from facilitator import paths
from facilitator.decisions.meetings import add_person, create_meeting, create_team
from facilitator.decisions.outcomes import record_outcome
from facilitator.decisions.repository import add_proposal, record_stance, start_round
from facilitator.plans.harvest import save_note
from facilitator.plans.model import Plan
from facilitator.plans.runs import start_run
from facilitator.store.db import open_database

ITERATIONS = int(os.environ.get("CRASH_ITERATIONS", "200"))


def _child(write_fd: int, seed: int, team: str, people: list[str], run: str) -> None:
    """Runs in the forked child: write until killed."""
    db = open_database(check=False, migrate=False)  # the parent checked; the child only writes
    rng = random.Random(seed)
    n = 0
    while True:
        meeting = create_meeting(db, team, dt.date(2026, 1, 1), attendees=people)
        proposal = add_proposal(db, meeting, f"Proposal {seed}.{n}", "Text " * rng.randint(1, 200))
        round_id = start_round(db, proposal, "decision")
        for person in people:
            record_stance(db, round_id, person, "consent")
        decision = record_outcome(db, proposal, "adopted", rationale="ok")
        os.write(write_fd, f"decision {decision}\n".encode())
        note = save_note(db, run, 0, 0, f"note {seed}.{n}", ["idea"])
        os.write(write_fd, f"note {note}\n".encode())
        n += 1


def _read_all(fd: int) -> str:
    chunks = []
    while True:
        chunk = os.read(fd, 65536)
        if not chunk:
            return b"".join(chunks).decode()
        chunks.append(chunk)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_sigkill_at_random_moments_loses_nothing_reported(home: Path) -> None:
    db = open_database()  # migrate once, outside the loop
    team = create_team(db, "Crash team")
    people = [add_person(db, f"P{i}") for i in range(3)]
    run = start_run(db, Plan(title="Crash run"), [])
    db.close()
    rng = random.Random(20261125)
    reported = {"decision": set(), "note": set()}  # type: dict[str, set[str]]
    started = time.monotonic()
    for iteration in range(ITERATIONS):
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # child
            os.close(read_fd)
            try:
                _child(write_fd, iteration, team, people, run)
            finally:
                os._exit(0)
        os.close(write_fd)
        time.sleep(rng.uniform(0.01, 0.15))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        for line in _read_all(read_fd).splitlines():
            kind, ident = line.split()
            reported[kind].add(ident)
        os.close(read_fd)
        conn = sqlite3.connect(paths.database_path())
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", f"iteration {iteration}"
        finally:
            conn.close()
    conn = sqlite3.connect(paths.database_path())
    decisions = {r[0] for r in conn.execute("SELECT id FROM decision")}
    notes = {r[0] for r in conn.execute("SELECT uuid FROM harvest_note")}
    conn.close()
    lost = len(reported["decision"] - decisions) + len(reported["note"] - notes)
    print(f"\ncrash test: {ITERATIONS} kills, {len(reported['decision'])} decisions and "
          f"{len(reported['note'])} notes reported saved, {lost} lost, {time.monotonic() - started:.1f} s")
    assert reported["decision"], "the child wrote something before being killed"
    assert lost == 0
