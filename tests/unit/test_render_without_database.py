"""Renderers take domain objects: printing a card, a pack, minutes and a harvest loads no SQLAlchemy.

Why: a renderer that reads the database itself hides its own queries and
cannot print what was never saved. Reading is the domain's job
(``decisions.history.meeting_minutes``, ``plans.harvest.harvest_report``);
render/ gets frozen data. This runs in a fresh interpreter, because the test
session itself has long since imported SQLAlchemy.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r'''
import datetime as dt, io, json, sys

import facilitator.render
from facilitator import paths
from facilitator.decisions.views import (
    ActionView, DecisionHistory, MeetingMinutes, MeetingView, NoteView, PersonRef, RevisionView,
    RoundView, StanceView, VersionView)
from facilitator.plans.harvest_report import HarvestItem, HarvestReport, HarvestStep, Note
from facilitator.plans.model import Plan, PlanItem
from facilitator.render import render_card
from facilitator.render.harvest import render_harvest
from facilitator.render.minutes import render_minutes
from facilitator.render.pack import render_pack
from facilitator.structures.loader import load_structure

structure, _ = load_structure(paths.resource("structures", "1-2-4-all.toml"))
library = {structure.id: structure}
pages = {"card": render_card(structure, io.BytesIO())}
plan = Plan("Huddle", date=dt.date(2026, 5, 4), items=[PlanItem.for_structure(structure), PlanItem.break_(5)])
pages["pack"] = render_pack(plan, library, io.BytesIO(), note_pages=0)

now = dt.datetime(2026, 5, 4, 9, 30)
ann, bo = PersonRef("p1", "Ann"), PersonRef("p2", "Bo")
meeting = MeetingView("m1", now.date(), "Room 2", "t1", "Wijkteam Noord", ann, bo, (ann, bo), None)
stances = (StanceView("s1", ann, "consent", "", False, now),
           StanceView("s2", bo, "concern", "Weekends are thin.", False, now))
history = DecisionHistory(
    "prop1", "dec1", "Morning huddle", ann, meeting,
    (VersionView("v1", 1, "Morning huddle", "A 10-minute huddle at 8:30.", "Fewer handover gaps", "", "", now),),
    (RoundView("r1", 1, "decision", 1, now, stances),),
    (RevisionView("rev1", 1, "adopted", "Try it for a month.", dt.date(2026, 6, 4), "", ann, now),),
    (ActionView("a1", "Book the room", bo, dt.date(2026, 5, 10), False, None),),
    (NoteView("n1", "note", "Ask the night shift too.", ann, now),), None, ())
notice = NoteView("n2", "notice", "New rota from June.", bo, now)
pages["minutes"] = render_minutes(MeetingMinutes(meeting, (history,), (notice,)), io.BytesIO())

note = Note("u1", "run1", 0, 0, "Huddle", "Alone", "More quiet time.", ("idea",), now, now)
step = HarvestStep(0, "Alone", 60.0, 75.0, (note,))
report = HarvestReport("Huddle", "run1", now, now + dt.timedelta(minutes=20),
                       (HarvestItem(0, "Huddle", (step,)),))
pages["harvest"] = render_harvest(report, io.BytesIO())

loaded = sorted(m for m in sys.modules if m.split(".")[0] == "sqlalchemy" or m.startswith("facilitator.store"))
print(json.dumps({"pages": pages, "loaded": loaded}))
'''


def test_rendering_from_objects_loads_no_sqlalchemy(tmp_path: Path) -> None:
    env = {**os.environ, "FACILITATOR_HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["loaded"] == [], "render/ pulled in the database: " + ", ".join(result["loaded"][:10])
    assert all(n >= 1 for n in result["pages"].values()), result["pages"]
    assert set(result["pages"]) == {"card", "pack", "minutes", "harvest"}
