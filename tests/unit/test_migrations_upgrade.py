"""Upgrading a database filled at every earlier revision: a backup first, every row kept, keys intact.

Rows are written with plain sqlite3, in the form SQLAlchemy stored them at
the time, so these tests keep meaning the same when today's models change.
When a new revision is added, ``test_every_earlier_revision_has_rows`` fails
until the revision that was head until then gets rows here too.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import pytest

from facilitator import paths
from facilitator.store import migrate
from facilitator.store.backup import list_backups
from facilitator.store.health import check

REPO = Path(__file__).resolve().parents[2]

Rows = dict[str, set[tuple[object, ...]]]

# A few fixed ids, so children can point at parents.
PLAN_A, PLAN_B = "6f1c2a3e-0000-4000-8000-00000000000a", "6f1c2a3e-0000-4000-8000-00000000000b"
RUN_A, RUN_B = "7a2b3c4d-0000-4000-8000-00000000000a", "7a2b3c4d-0000-4000-8000-00000000000b"
NOTE_A, NOTE_B = "8b3c4d5e-0000-4000-8000-00000000000a", "8b3c4d5e-0000-4000-8000-00000000000b"
TAG_IDEA, TAG_ACTION = "9c4d5e6f-0000-4000-8000-00000000000a", "9c4d5e6f-0000-4000-8000-00000000000b"
TEAM, PERSON_A, PERSON_B = ("a0000000-0000-4000-8000-000000000001", "b0000000-0000-4000-8000-000000000001",
                            "b0000000-0000-4000-8000-000000000002")
MEETING, PROPOSAL, VERSION = ("c0000000-0000-4000-8000-000000000001", "d0000000-0000-4000-8000-000000000001",
                              "e0000000-0000-4000-8000-000000000001")
VERSION_2 = "e0000000-0000-4000-8000-000000000002"
ROUND, DECISION = "f0000000-0000-4000-8000-000000000001", "f1000000-0000-4000-8000-000000000001"


def insert(conn: sqlite3.Connection, table: str, rows: Sequence[Mapping[str, object]]) -> None:
    for row in rows:
        cols = ", ".join(row)
        conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({', '.join('?' * len(row))})", list(row.values()))


def fill_0001(conn: sqlite3.Connection) -> None:
    insert(conn, "favourite", [
        {"structure_id": "triz", "starred_at": "2026-01-05 09:00:30.000000"},
        {"structure_id": "1-2-4-all", "starred_at": "2026-01-06 14:12:01.250000"},
        {"structure_id": "mijn-eigen-structuur", "starred_at": "2026-02-01 08:00:00.000000"},
    ])


def fill_0002(conn: sqlite3.Connection) -> None:
    fill_0001(conn)
    stamp = "2026-03-01 10:00:00.000000"
    insert(conn, "plan", [
        {"uuid": PLAN_A, "title": "Wijkteam Noord: werkdag", "date": "2026-03-12", "start_time": "09:30:00.000000",
         "venue": "Buurthuis De Brug", "facilitator": "Anouk V.", "purpose": "Samen de zorg\nvoor het voorjaar plannen",
         "available_minutes": 180, "harvest_tags": '["idea", "action", "question"]',
         "created_at": stamp, "updated_at": "2026-03-02 11:00:00.000000"},
        {"uuid": PLAN_B, "title": "Co-production group — short", "date": None, "start_time": None, "venue": "",
         "facilitator": "", "purpose": "", "available_minutes": None, "harvest_tags": "[]",
         "created_at": stamp, "updated_at": stamp},
    ])
    insert(conn, "plan_item", [
        {"uuid": f"1a000000-0000-4000-8000-0000000000{n:02d}", "plan_uuid": PLAN_A, "position": n, "kind": kind, "structure_id": sid,
         "title": title, "invitation": invitation, "step_minutes": steps, "minutes": minutes, "note": note,
         "fingerprint": "ab" * 32 if sid else ""}
        for n, (kind, sid, title, invitation, steps, minutes, note) in enumerate([
            ("structure", "1-2-4-all", "", "What do we need next winter?", '{"3": 5.0}', 13.0, ""),
            ("break", None, "Koffie", "", "{}", 15.0, "bring the thermos"),
            ("structure", "triz", "TRIZ", "How could we make it worse?", "{}", 35.0, ""),
            ("other", None, "Closing round", "", "{}", 7.5, "één woord per persoon"),
        ])
    ] + [{"uuid": "1b000000-0000-4000-8000-000000000001", "plan_uuid": PLAN_B, "position": 0, "kind": "structure",
          "structure_id": "structure-not-on-this-laptop", "title": "Unknown", "invitation": "", "step_minutes": "{}",
          "minutes": 20.0, "note": "", "fingerprint": ""}])
    insert(conn, "plan_template", [
        {"uuid": "5e000000-0000-4000-8000-000000000001", "name": "Kick-off", "description": "Two hours",
         "structure_ids": '["impromptu-networking", "1-2-4-all"]', "created_at": stamp, "updated_at": stamp},
    ])
    timeline = '[{"title": "1-2-4-All", "steps": [{"title": "Alone", "seconds": 60}]}]'
    insert(conn, "session_run", [
        {"uuid": RUN_A, "plan_uuid": PLAN_A, "plan_title": "Wijkteam Noord: werkdag", "timeline": timeline,
         "engine_state": '{"item": 0, "step": 1, "elapsed": 42.5, "paused": true}',
         "started_at": "2026-03-12 09:31:00.000000", "finished_at": None, "updated_at": "2026-03-12 09:40:00.000000"},
        {"uuid": RUN_B, "plan_uuid": None, "plan_title": "A deleted plan", "timeline": "[]", "engine_state": None,
         "started_at": "2026-02-01 13:00:00.000000", "finished_at": "2026-02-01 14:00:00.000000",
         "updated_at": "2026-02-01 14:00:00.000000"},
    ])
    insert(conn, "run_step_log", [
        {"uuid": f"2a000000-0000-4000-8000-0000000000{n:02d}", "run_uuid": RUN_A, "position": n, "item_index": 0, "step_index": n,
         "item_title": "1-2-4-All", "step_title": title, "planned_seconds": planned, "budget_seconds": planned,
         "actual_seconds": actual}
        for n, (title, planned, actual) in enumerate([("Alone", 60.0, 58.2), ("Pairs", 120.0, 131.0)])
    ])
    insert(conn, "harvest_tag", [{"uuid": TAG_IDEA, "name": "idea"}, {"uuid": TAG_ACTION, "name": "action"}])
    insert(conn, "harvest_note", [
        {"uuid": NOTE_A, "run_uuid": RUN_A, "item_index": 0, "step_index": 1, "item_title": "1-2-4-All",
         "step_title": "Pairs", "text": "Buurtapp voor boodschappen\n— Fatima", "created_at": "2026-03-12 09:35:00.000000",
         "updated_at": "2026-03-12 09:35:00.000000"},
        {"uuid": NOTE_B, "run_uuid": RUN_B, "item_index": 0, "step_index": 0, "item_title": "Check-in",
         "step_title": "Round", "text": "", "created_at": "2026-02-01 13:05:00.000000",
         "updated_at": "2026-02-01 13:05:00.000000"},
    ])
    insert(conn, "note_tag", [{"note_uuid": NOTE_A, "tag_uuid": TAG_IDEA}, {"note_uuid": NOTE_A, "tag_uuid": TAG_ACTION},
                              {"note_uuid": NOTE_B, "tag_uuid": TAG_IDEA}])


def fill_0003(conn: sqlite3.Connection) -> None:
    fill_0002(conn)
    stamp = "2026-03-12 10:00:00.000000"
    insert(conn, "team", [{"id": TEAM, "name": "Wijkteam Noord", "opening_round": 1, "max_decision_rounds": 3,
                           "created_at": stamp}])
    insert(conn, "person", [{"id": PERSON_A, "display_name": "Anouk V.", "erased": 0, "created_at": stamp},
                            {"id": PERSON_B, "display_name": "Bram K.", "erased": 0, "created_at": stamp}])
    insert(conn, "meeting", [{"id": MEETING, "team_id": TEAM, "date": "2026-03-12", "venue": "De Brug",
                              "facilitator_id": PERSON_A, "reporter_id": PERSON_B,
                              "skeleton": '[{"key": "check_in", "title": "Check-in", "done": true}]',
                              "run_id": RUN_A, "created_at": stamp}])
    insert(conn, "meeting_attendee", [{"meeting_id": MEETING, "person_id": PERSON_A, "position": 0},
                                      {"meeting_id": MEETING, "person_id": PERSON_B, "position": 1}])
    insert(conn, "proposal", [{"id": PROPOSAL, "meeting_id": MEETING, "owner_id": PERSON_B,
                               "title": "Evening visits in pairs", "position": 0, "reopened_from_id": None,
                               "created_at": stamp}])
    insert(conn, "proposal_version", [{"id": VERSION, "proposal_id": PROPOSAL, "number": 1,
                                       "text": "Visits after 20:00 are made in pairs", "purpose": "Safety",
                                       "what_changed": "", "why": "", "created_at": stamp},
                                      {"id": VERSION_2, "proposal_id": PROPOSAL, "number": 2,
                                       "text": "Visits after 21:00 are made in pairs", "purpose": "Safety",
                                       "what_changed": "From 21:00", "why": "Bram's objection: the 20:00 round",
                                       "created_at": "2026-03-12 10:20:00.000000"}])
    insert(conn, "consent_round", [{"id": ROUND, "proposal_id": PROPOSAL, "version_id": VERSION, "number": 1,
                                    "kind": "decision", "closed_at": stamp, "created_at": stamp}])
    insert(conn, "stance", [
        {"id": "f2000000-0000-4000-8000-000000000001", "round_id": ROUND, "person_id": PERSON_A, "value": "consent",
         "text": "", "preference_not_objection": 0, "recorded_at": stamp, "created_at": stamp},
        {"id": "f2000000-0000-4000-8000-000000000002", "round_id": ROUND, "person_id": PERSON_B, "value": "concern",
         "text": "Rota gets tight in July", "preference_not_objection": 1, "recorded_at": stamp, "created_at": stamp},
    ])
    insert(conn, "decision", [{"id": DECISION, "proposal_id": PROPOSAL, "outcome": "adopted",
                               "review_date": "2026-06-12", "revision": 1, "created_at": stamp}])
    insert(conn, "decision_revision", [{"id": "f3000000-0000-4000-8000-000000000001", "decision_id": DECISION,
                                        "number": 1, "outcome": "adopted", "rationale": "No objections",
                                        "review_date": "2026-06-12", "reason": "", "author_id": PERSON_A,
                                        "created_at": stamp}])
    insert(conn, "decision_action", [{"id": "f4000000-0000-4000-8000-000000000001", "decision_id": DECISION,
                                      "what": "Draft the July rota", "owner_id": PERSON_B, "due": "2026-04-01",
                                      "done": 0, "done_at": None, "created_at": stamp}])
    insert(conn, "meeting_note", [{"id": "f5000000-0000-4000-8000-000000000001", "meeting_id": MEETING,
                                   "proposal_id": PROPOSAL, "author_id": PERSON_A, "kind": "note",
                                   "text": "Ask the co-production group too", "created_at": stamp}])


def fill_0004(conn: sqlite3.Connection) -> None:
    """0003's rows with their versions' titles, and an amendment that renames the proposal."""
    fill_0003(conn)
    conn.execute("UPDATE proposal_version SET title = 'Evening visits in pairs' WHERE proposal_id = ?", (PROPOSAL,))
    insert(conn, "proposal_version", [{"id": "e0000000-0000-4000-8000-000000000003", "proposal_id": PROPOSAL,
                                       "number": 3, "title": "Late visits in pairs",
                                       "text": "Visits after 21:00 are made in pairs, weekends too",
                                       "purpose": "Safety", "what_changed": "Weekends too; a new title",
                                       "why": "", "created_at": "2026-03-12 10:40:00.000000"}])


FILL: dict[str, Callable[[sqlite3.Connection], None]] = {"0001": fill_0001, "0002": fill_0002, "0003": fill_0003,
                                                         "0004": fill_0004}


def revision_chain() -> list[str]:
    """Every revision, oldest first, read from the migration files."""
    parents: dict[str, str | None] = {}
    for path in (migrate.MIGRATIONS / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        rev, down = migrate._REVISION.search(text), migrate._DOWN.search(text)
        assert rev is not None, path
        parents[rev.group(1)] = down.group(1) if down else None
    chain = [migrate.head_revision()]
    while parents[chain[0]] is not None:
        chain.insert(0, parents[chain[0]])  # type: ignore[arg-type]
    assert len(chain) == len(parents), "one straight line of revisions"
    return chain


EARLIER = revision_chain()[:-1]


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


def data_tables(conn: sqlite3.Connection) -> list[str]:
    """Every table holding data (not Alembic's bookkeeping, SQLite's own, or the FTS index's parts)."""
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return [n for n in names if n != "alembic_version" and not n.startswith(("sqlite_", "log_fts"))]


def snapshot(path: Path, tables: list[str] | None = None, like: Path | None = None) -> Rows:
    """Every row of every table; with ``like``, only the columns that file's tables have (the old ones)."""
    conn = sqlite3.connect(path)
    old = sqlite3.connect(like) if like else conn
    try:
        snap = {}
        for t in tables or data_tables(conn):
            columns = ", ".join(row[1] for row in old.execute(f"PRAGMA table_info({t})"))
            snap[t] = set(conn.execute(f"SELECT {columns} FROM {t}"))
        return snap
    finally:
        conn.close()
        old.close()


def assert_healthy(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


def version(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


def filled_at(revision: str) -> Path:
    path = paths.database_path()
    migrate.upgrade(path, revision)
    conn = connect(path)
    try:
        with conn:
            FILL[revision](conn)
    finally:
        conn.close()
    assert version(path) == revision
    return path


def test_every_earlier_revision_has_rows() -> None:
    assert EARLIER, "there is more than one revision"
    missing = [rev for rev in EARLIER if rev not in FILL]
    assert not missing, f"add a fill_{missing[0]}() with rows for every table at revision {missing[0]}"


@pytest.mark.parametrize("revision", EARLIER)
def test_upgrade_from_an_earlier_revision_keeps_every_row(home: Path, revision: str) -> None:
    path = filled_at(revision)
    before = snapshot(path)
    assert all(before.values()), "every table of that revision has rows"
    old_tables = sorted(before)

    backup = migrate.ensure_current(path)

    # A backup was taken first, and it is a healthy copy of the old database.
    assert backup is not None and backup.is_file() and backup in list_backups()
    assert backup.parent == paths.backups_dir() and f"before-migration-{revision}" in backup.name
    assert check(backup, thorough=True).ok
    assert version(backup) == revision
    assert snapshot(backup) == before
    # Every old row survived, unchanged; the keys and the file are sound.
    assert version(path) == migrate.head_revision()
    assert snapshot(path, old_tables, like=backup) == before, "every old row and column, unchanged"
    assert_healthy(path)
    # Today's code reads the old rows.
    from facilitator.store.db import open_database
    from facilitator.store.favourites import favourites

    db = open_database(path)
    try:
        assert favourites(db) == {"triz", "1-2-4-all", "mijn-eigen-structuur"}
        if revision >= "0002":
            from facilitator.plans.harvest import run_notes
            from facilitator.plans.repository import get_plan, list_plans

            assert {p.uuid for p in list_plans(db)} == {PLAN_A, PLAN_B}
            plan = get_plan(db, PLAN_A)
            assert plan is not None and [i.title for i in plan.items][1:] == ["Koffie", "TRIZ", "Closing round"]
            assert plan.items[0].step_minutes == {3: 5.0}
            assert {tuple(n.tags) for n in run_notes(db, RUN_A)} == {("action", "idea")}
        if revision == "0003":  # each version takes its proposal's title
            from facilitator.decisions.history import decision_history

            h = decision_history(db, PROPOSAL)
            assert [v.title for v in h.versions] == ["Evening visits in pairs"] * 2
            assert h.title == "Evening visits in pairs" and len(h.rounds[0].stances) == 2
    finally:
        db.close()
    # Running it again is a no-op: no second backup.
    assert migrate.ensure_current(path) is None
    assert len(list_backups()) == 1


def test_a_new_database_needs_no_backup(home: Path) -> None:
    path = paths.database_path()
    assert migrate.ensure_current(path) is None
    assert version(path) == migrate.head_revision() and list_backups() == []
    assert_healthy(path)


# -- foreign keys are off while migrating ------------------------------------------------------
#
# The real revisions only add tables. The next one may well change a column, and on SQLite
# Alembic does that by copying the table, dropping the old one and renaming the copy. With
# foreign keys on, dropping ``plan`` deletes every ``plan_item`` (ON DELETE CASCADE) and
# empties ``session_run.plan_uuid`` (SET NULL). This revision does just that, so the tests
# below prove the migration runner protects the children, and that the hazard is real.

BATCH = '''"""Test only: recreate the plan table, as a batch migration of a column would.

Revision ID: {rev}
Revises: {down}
"""

import sqlalchemy as sa
from alembic import op

revision = "{rev}"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("plan", recreate="always") as batch:
        batch.add_column(sa.Column("colour", sa.String(20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("plan", recreate="always") as batch:
        batch.drop_column("colour")
'''


@pytest.fixture
def batch_migrations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """The app's migrations plus one batch revision on top; returns the new head."""
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
    down = migrate.head_revision()
    rev = "9999batch"
    (folder / "versions" / f"{rev}_recreate_plan.py").write_text(BATCH.format(rev=rev, down=down), encoding="utf-8")
    monkeypatch.setattr(migrate, "MIGRATIONS", folder)
    assert migrate.head_revision() == rev
    return down


def test_a_batch_migration_does_not_cascade_into_children(home: Path, batch_migrations: str) -> None:
    path = filled_at(batch_migrations)
    before = snapshot(path)
    assert before["plan_item"] and any(row[1] == PLAN_A for row in before["session_run"])

    backup = migrate.ensure_current(path)

    assert backup is not None and snapshot(backup) == before
    after = snapshot(path)
    assert after["plan_item"] == before["plan_item"], "ON DELETE CASCADE children survive the table copy"
    assert after["session_run"] == before["session_run"], "ON DELETE SET NULL references survive too"
    assert {row[:-1] for row in after["plan"]} == before["plan"], "old columns keep their values"
    assert {row[-1] for row in after["plan"]} == {None}, "the new column is there"
    assert {t: rows for t, rows in after.items() if t != "plan"} == {t: rows for t, rows in before.items() if t != "plan"}
    assert_healthy(path)
    conn = connect(path)
    try:  # the copy still enforces its keys and cascades once the app has foreign keys on
        with conn:
            conn.execute("DELETE FROM plan WHERE uuid = ?", (PLAN_A,))
        assert conn.execute("SELECT count(*) FROM plan_item WHERE plan_uuid = ?", (PLAN_A,)).fetchone() == (0,)
        assert conn.execute("SELECT plan_uuid FROM session_run WHERE uuid = ?", (RUN_A,)).fetchone() == (None,)
    finally:
        conn.close()


def test_the_same_migration_with_foreign_keys_on_would_lose_children(home: Path, batch_migrations: str) -> None:
    """The control: run the batch revision the naive way, and the children are gone."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    path = filled_at(batch_migrations)
    assert snapshot(path, ["plan_item"])["plan_item"]
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            conn.commit()  # as migrate.upgrade() does, so Alembic's transaction commits
            config = Config()
            config.set_main_option("script_location", str(migrate.MIGRATIONS))
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
    finally:
        engine.dispose()
    assert version(path) == migrate.head_revision()
    after = snapshot(path, ["plan_item", "session_run"])
    assert after["plan_item"] == set(), "cascade-deleted: what migrate.upgrade() prevents"
    assert {row[1] for row in after["session_run"]} == {None}


def test_schemas_json_is_what_the_migrations_create() -> None:
    """A restore trusts only the schema each revision creates (facilitator/store/identity.py)."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, str(REPO / "tools" / "update_schemas.py"), "--check"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("revision", EARLIER)
def test_an_upgraded_log_has_exactly_the_head_schema(home: Path, revision: str) -> None:
    """So a log upgraded from any earlier revision passes a restore's check, as a new one does."""
    from facilitator.store.identity import verify

    path = filled_at(revision)
    migrate.ensure_current(path)
    verdict = verify(path)
    assert verdict.ok and verdict.revision == migrate.head_revision(), verdict.reason
