"""Plans, templates, runs and notes in SQLite: migration 0002 matches the models; CRUD; resume."""

from __future__ import annotations

import sqlite3
from datetime import date, time
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from facilitator import paths
from facilitator.plans import tables
from facilitator.plans.model import ItemKind, Plan, PlanItem, Template
from facilitator.plans.repository import (
    NotFound,
    delete_plan,
    delete_template,
    duplicate_plan,
    find_plan,
    get_plan,
    get_template,
    list_plans,
    list_templates,
    save_plan,
    save_template,
)
from facilitator.plans.resume import resumable_run
from facilitator.plans.runs import (
    discard_run,
    finish_run,
    get_run,
    list_runs,
    save_run_state,
    start_run,
    step_log,
)
from facilitator.plans.schedule import timed_items
from facilitator.store import migrate
from facilitator.store.base import Base
from facilitator.store.db import Database
from facilitator.structures.library import Library
from facilitator.timing import FakeClock, TimingEngine

PLAN_TABLES = {"plan", "plan_item", "plan_template", "session_run", "run_step_log",
               "harvest_note", "harvest_tag", "note_tag"}


def sample(library: Library, title: str = "Workshop", when: date | None = date(2026, 3, 12)) -> Plan:
    one = library.get("1-2-4-all")
    triz = library.get("triz")
    assert one is not None and triz is not None
    first = PlanItem.for_structure(one, invitation="What helps?")
    first.step_minutes = {0: 2}
    return Plan(title, date=when, start=time(10, 0), venue="Hall", facilitator="Sam", purpose="Why",
                available_minutes=90, harvest_tags=("idea", "action"),
                items=[PlanItem.other("Welcome", 10, note="say hello"), first, PlanItem.break_(15),
                       PlanItem.for_structure(triz)])


def test_migration_0002_builds_exactly_the_plan_tables(db: Database) -> None:
    assert tables.PlanRecord.__table__ is Base.metadata.tables["plan"]
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diffs = [d for d in compare_metadata(context, Base.metadata) if _table_of(d) in PLAN_TABLES]
    assert diffs == []
    inspector = inspect(db.engine)
    for name in PLAN_TABLES:
        model = Base.metadata.tables[name]
        assert inspector.get_pk_constraint(name)["name"] == model.primary_key.name
        assert {fk["name"] for fk in inspector.get_foreign_keys(name)} == {
            fk.name for fk in model.foreign_key_constraints}
        assert {uq["name"] for uq in inspector.get_unique_constraints(name)} == {
            c.name for c in model.constraints if c.__class__.__name__ == "UniqueConstraint"}
        assert {ix["name"] for ix in inspector.get_indexes(name)} == {ix.name for ix in model.indexes}


def _table_of(diff: object) -> str | None:
    first = diff[0] if isinstance(diff, list) else diff
    assert isinstance(first, tuple)
    for part in first[1:]:
        table = getattr(part, "table", None)
        name = getattr(table, "name", None) or getattr(part, "name", None)
        if isinstance(part, str):
            return part
        if name:
            return str(name)
    return None


def test_downgrade_drops_and_upgrade_restores(home: Path) -> None:
    path = paths.database_path()
    migrate.upgrade(path, "0002")
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        config = Config()
        config.set_main_option("script_location", str(migrate.MIGRATIONS))
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")
        conn.commit()
        assert not PLAN_TABLES & set(inspect(conn).get_table_names())
    engine.dispose()
    migrate.upgrade(path, "0002")
    conn2 = sqlite3.connect(path)
    names = {r[0] for r in conn2.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn2.close()
    assert names >= PLAN_TABLES


def test_save_get_list_duplicate_delete(db: Database, library: Library) -> None:
    plan = sample(library)
    save_plan(db, plan)
    back = get_plan(db, plan.uuid)
    assert back == plan  # every field and every item, in order, with the same ids
    plan.items.reverse()
    plan.title = "Workshop, reordered"
    save_plan(db, plan)
    assert [i.kind for i in get_plan(db, plan.uuid).items] == [  # type: ignore[union-attr]
        ItemKind.STRUCTURE, ItemKind.BREAK, ItemKind.STRUCTURE, ItemKind.OTHER]

    undated = sample(library, "Afternoon", when=None)
    save_plan(db, undated)
    copy = duplicate_plan(db, plan.uuid)
    summaries = list_plans(db)
    assert [p.title for p in summaries] == ["Workshop, reordered", "Workshop, reordered (copy)", "Afternoon"]
    assert [p.number for p in summaries] == [1, 2, 3] and summaries[0].item_count == 4
    assert find_plan(db, "3") == undated.uuid
    assert find_plan(db, copy.uuid[:8]) == copy.uuid
    assert find_plan(db, copy.uuid.upper()) == copy.uuid
    for ref, message in (("9", "no plan number 9; there are 3"), ("zzzz", "no plan 'zzzz'"),
                         ("ab", "at least 4 characters")):
        with pytest.raises(NotFound, match=message):
            find_plan(db, ref)
    assert delete_plan(db, plan.uuid) and not delete_plan(db, plan.uuid)
    assert get_plan(db, plan.uuid) is None
    assert get_plan(db, copy.uuid) is not None and len(get_plan(db, copy.uuid).items) == 4  # type: ignore[union-attr]
    conn = sqlite3.connect(paths.database_path())
    assert conn.execute("SELECT count(*) FROM plan_item WHERE plan_uuid = ?", (plan.uuid,)).fetchone() == (0,)
    conn.close()


def test_templates_save_list_delete(db: Database) -> None:
    template = Template("Opening", ("impromptu-networking", "1-2-4-all"), description="warm up")
    save_template(db, template)
    save_template(db, Template("Analyse", ("triz",)))
    assert [t.name for t in list_templates(db)] == ["Analyse", "Opening"]
    assert get_template(db, template.uuid) == template
    assert delete_template(db, template.uuid) and get_template(db, template.uuid) is None


def test_run_state_is_saved_and_offered_for_resume(db: Database, library: Library) -> None:
    plan = sample(library)
    save_plan(db, plan)
    assert resumable_run(db) is None
    clock = FakeClock()
    items = timed_items(plan, library)
    engine = TimingEngine(items, clock)
    run = start_run(db, plan, items, engine.to_state())
    offer = resumable_run(db)
    assert offer is not None and offer.run_uuid == run
    assert offer.question == "Resume 'Workshop' at Welcome with 10:00 left?"

    engine.start()
    clock.advance(600)
    engine.next_step()  # into 1-2-4-All, "Think alone" (2 min, overridden)
    clock.advance(45)
    save_run_state(db, run, engine.to_state())
    offer = resumable_run(db)
    assert offer is not None
    assert (offer.item_index, offer.step_index, offer.remaining_seconds) == (1, 0, 75)
    assert offer.question == "Resume 'Workshop' at 1-2-4-All: Think alone with 01:15 left?"
    restored = offer.engine(FakeClock(5000))
    snap = restored.snapshot()
    assert snap.state.value == "paused" and snap.remaining_seconds == 75

    clock.advance(200)  # 245 s into a 120 s step: 2:05 over
    save_run_state(db, run, engine.to_state())
    assert resumable_run(db).question.endswith("Think alone, 02:05 over time?")  # type: ignore[union-attr]

    engine.end_early()
    finish_run(db, run, engine.log, engine.to_state())
    assert resumable_run(db) is None
    log = step_log(db, run)
    assert [(e.item_title, e.step_title, e.planned_seconds, e.actual_seconds) for e in log] == [
        ("Welcome", "Welcome", 600, 600), ("1-2-4-All", "Think alone", 120, 245)]
    info = get_run(db, run)
    assert info is not None and info.finished and info.plan_title == "Workshop"
    assert [r.uuid for r in list_runs(db, plan.uuid)] == [run]


def test_damaged_or_declined_runs_are_not_offered(db: Database, library: Library) -> None:
    plan = sample(library)
    items = timed_items(plan, library)
    declined = start_run(db, plan, items)  # an unsaved plan: the run keeps only the title
    assert get_run(db, declined).plan_uuid is None  # type: ignore[union-attr]
    discard_run(db, declined)
    damaged = start_run(db, plan, items, {"version": 1, "shape": [9]})
    assert resumable_run(db) is None
    assert get_run(db, damaged) is not None
    with pytest.raises(NotFound):
        save_run_state(db, "no-such-run", {})


def test_deleting_a_plan_keeps_its_runs(db: Database, library: Library) -> None:
    plan = sample(library)
    save_plan(db, plan)
    run = start_run(db, plan, timed_items(plan, library))
    delete_plan(db, plan.uuid)
    info = get_run(db, run)
    assert info is not None and info.plan_uuid is None and info.plan_title == "Workshop"
