"""`facilitator-app --self-test`: prove a fresh install (or a frozen bundle) works, headless.

Each check prints one line; any failure prints what broke and the run exits 1.
Everything happens in a temporary data home that is removed afterwards, so
the facilitator's own data is never touched.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from facilitator import __version__, paths


def run_self_test(out: Callable[[str], None] = print, gui: Callable[[], str] | None = None) -> int:
    home = Path(tempfile.mkdtemp(prefix="facilitator-selftest-"))
    paths.set_home(home)
    context: dict[str, Any] = {}
    checks: list[tuple[str, Callable[[dict[str, Any]], str]]] = [
        ("database created by migrations", _database),
        ("built-in library loads", _library),
        ("session plan with clock times", _plan),
        ("timing engine on a fake clock", _timer),
        ("SDMI decision recorded", _decision),
        ("structure card PDF", _card),
        ("session pack PDF", _pack),
    ]
    if gui is not None:
        checks.append(("main window (offscreen)", lambda _c: gui()))
    failures = 0
    out(f"Facilitator {__version__} self-test in {home}")
    try:
        for name, check in checks:
            started = time.perf_counter()
            try:
                detail = check(context)
            except Exception:  # report every failure, then carry on with the rest
                failures += 1
                out(f"FAIL {name}\n{traceback.format_exc()}")
            else:
                out(f"ok   {name}: {detail} ({(time.perf_counter() - started) * 1000:.0f} ms)")
    finally:
        db = context.get("db")
        if db is not None:
            db.close()
        paths.set_home(None)
        shutil.rmtree(home, ignore_errors=True)
    out("self-test passed" if not failures else f"self-test FAILED: {failures} check(s)")
    return 1 if failures else 0


def _database(c: dict[str, Any]) -> str:
    from facilitator.store.db import open_database
    from facilitator.store.migrate import current_revision, head_revision

    c["db"] = open_database()
    revision = current_revision(paths.database_path())
    assert revision == head_revision(), f"at {revision}, expected {head_revision()}"
    return f"revision {revision}"


def _library(c: dict[str, Any]) -> str:
    from facilitator.structures.library import load_library

    c["library"] = library = load_library()
    assert not library.problems, library.problems[:3]
    assert {"1-2-4-all", "sdmi-consensus-round"} <= set(library.structures)
    return f"{len(library)} structures"


def _plan(c: dict[str, Any]) -> str:
    from facilitator.plans.model import Plan, PlanItem
    from facilitator.plans.repository import get_plan, save_plan
    from facilitator.plans.schedule import schedule

    lib = c["library"]
    plan = Plan(title="Self-test", start=dt.time(10, 0),
                items=[PlanItem.for_structure(lib.get(i)) for i in ("1-2-4-all", "troika-consulting")])
    save_plan(c["db"], plan)
    c["plan"] = get_plan(c["db"], plan.uuid)
    spans = [slot.span for slot in schedule(c["plan"], lib).slots]
    assert spans[0] == "10:00–10:12", spans
    return ", ".join(spans)


def _timer(c: dict[str, Any]) -> str:
    from facilitator.plans.schedule import timed_items
    from facilitator.timing import FakeClock, StepEnded, TimingEngine

    clock = FakeClock()
    engine = TimingEngine(timed_items(c["plan"], c["library"]), clock)
    engine.start()
    for _ in range(5):
        clock.advance(30)
        engine.pause()
        clock.advance(7)
        engine.resume()
    ended = [e for e in engine.poll() if isinstance(e, StepEnded)]
    remaining = engine.snapshot().remaining_seconds
    assert ended and ended[0].at == 30 + 7 + 30, ended  # 60 s of running time, one 7 s pause between
    assert abs(remaining - (60 - 150)) < 1e-6, remaining
    return "chime at 1:00 of running time, pauses not counted"


def _decision(c: dict[str, Any]) -> str:
    from facilitator.decisions.meetings import add_person, create_meeting, create_team
    from facilitator.decisions.outcomes import record_outcome
    from facilitator.decisions.repository import add_proposal, record_stance, start_round

    db = c["db"]
    team = create_team(db, "Self-test team")
    people = [add_person(db, name) for name in ("A.B.", "Zoë", "Łukasz")]
    meeting = create_meeting(db, team, dt.date.today(), attendees=people)
    proposal = add_proposal(db, meeting, "Weekly huddle", "Meet for 15 minutes every Monday.", purpose="Stay in touch")
    round_id = start_round(db, proposal, "decision")
    for person in people:
        record_stance(db, round_id, person, "consent")
    decision = record_outcome(db, proposal, "adopted", rationale="No objections")
    return f"decision {decision[:8]}"


def _card(c: dict[str, Any]) -> str:
    from facilitator.render import render_card

    target = paths.data_home() / "card.pdf"
    render_card(c["library"].get("1-2-4-all"), target)
    assert target.read_bytes().startswith(b"%PDF")
    return f"{target.stat().st_size // 1024} KB"


def _pack(c: dict[str, Any]) -> str:
    from facilitator.render.pack import render_pack

    target = paths.data_home() / "pack.pdf"
    pages = render_pack(c["plan"], c["library"], target)
    assert target.read_bytes().startswith(b"%PDF")
    return f"{pages} pages"
