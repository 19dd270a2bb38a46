"""The decision log in SQLite: schema from migrations, constraints, UUIDs, and the repository's units of work."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import MetaData, create_engine, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.pool import NullPool

from facilitator import paths
from facilitator.decisions import meetings as m
from facilitator.decisions import outcomes as o
from facilitator.decisions import repository as r
from facilitator.decisions.history import decision_history, history_text
from facilitator.decisions.meetings import NotFound
from facilitator.decisions.privacy import erase_person
from facilitator.decisions.queries import LogFilter, list_decisions, resolve_id
from facilitator.decisions.round_fold import FOLD_AT, folds, split_round
from facilitator.decisions.rules import DomainError, RoundSettings
from facilitator.decisions.tables import Decision, Stance
from facilitator.natural import natural_key
from facilitator.store.base import Base
from facilitator.store.db import Database
from facilitator.store.migrate import MIGRATIONS

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
LOG_TABLES = {"team", "person", "meeting", "meeting_attendee", "proposal", "proposal_version", "consent_round",
              "stance", "decision", "decision_revision", "decision_action", "meeting_note", "log_search_doc",
              "log_search_item"}


def circle(db: Database, n: int = 5, settings: RoundSettings | None = None) -> tuple[str, list[str]]:
    """A team meeting with n people; returns (meeting id, person ids)."""
    team = m.create_team(db, "Wijkteam Noord", settings)
    people = [m.add_person(db, f"P{i}") for i in range(n)]
    return m.create_meeting(db, team, dt.date(2026, 3, 4), venue="De Klinker", attendees=people,
                            facilitator_id=people[0], reporter_id=people[1]), people


def decide(db: Database, meeting: str, people: list[str], title: str = "Weekend rota",
           objector: str | None = None) -> tuple[str, str]:
    """One item through the method: clarify, react, decide (amending once if someone objects)."""
    p = r.add_proposal(db, meeting, title, f"{title}: a concrete proposal", purpose="fairness", owner_id=people[0])
    for kind in ("clarifying", "reactions"):
        rnd = r.start_round(db, p, kind)
        r.record_stance(db, rnd, people[1], "input", "a question?")
    rnd = r.start_round(db, p, "decision")
    for person in people:
        if person == objector:
            r.record_stance(db, rnd, person, "objection", "harms continuity of care")
        else:
            r.record_stance(db, rnd, person, "consent")
    if objector:
        r.amend_proposal(db, p, f"{title}: amended", what_changed="fixed pairs", why="the objection")
        rnd = r.start_round(db, p, "decision")
        for person in people:
            r.record_stance(db, rnd, person, "consent")
    outcome = "adopted_after_amendment" if objector else "adopted"
    return p, o.record_outcome(db, p, outcome, rationale="fair and safe", review_date=dt.date(2026, 6, 1))


def test_migrations_build_exactly_the_decision_models(db: Database) -> None:
    ours = MetaData(naming_convention=Base.metadata.naming_convention)
    for table in Base.metadata.sorted_tables:
        if table.name in LOG_TABLES:
            table.to_metadata(ours)
    assert set(ours.tables) == LOG_TABLES

    def include_name(name: str | None, type_: str, parent: dict[str, str | None]) -> bool:
        return type_ != "table" or name in LOG_TABLES

    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_name": include_name, "compare_type": True})
        assert compare_metadata(ctx, ours) == []
        names = {row[0] for row in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
    assert {"log_fts", "decision_revision_append_only", "stance_search_ai", "proposal_search_ad"} <= names


def test_downgrade_removes_the_log_and_upgrade_brings_it_back(home: Path) -> None:
    path = paths.database_path()
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.connect() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
        command.downgrade(config, "0002")
        tables = {row[0] for row in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
        assert not tables & (LOG_TABLES | {"log_fts"})
        command.upgrade(config, "head")
        tables = {row[0] for row in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
        assert tables >= LOG_TABLES
    engine.dispose()


def test_every_record_gets_a_uuid_and_a_timestamp(db: Database) -> None:
    meeting, people = circle(db)
    p, d = decide(db, meeting, people, objector=people[2])
    ids = [meeting, p, d, *people]
    h = decision_history(db, p)
    ids += [v.id for v in h.versions] + [x.id for x in h.rounds] + [s.id for x in h.rounds for s in x.stances]
    ids += [x.id for x in h.revisions]
    assert all(UUID.match(i) for i in ids) and len(set(ids)) == len(ids)
    assert all(isinstance(v.created_at, dt.datetime) for v in h.versions)


def test_the_database_itself_refuses_an_unargued_objection_and_dangling_rows(db: Database) -> None:
    meeting, people = circle(db, 2)
    p = r.add_proposal(db, meeting, "T", "text")
    rnd = r.start_round(db, p, "decision")
    with pytest.raises(IntegrityError), db.session() as s:
        s.add(Stance(round_id=rnd, person_id=people[0], value="objection", text="  "))
    with pytest.raises(IntegrityError), db.session() as s:
        s.add(Stance(round_id=rnd, person_id=people[0], value="veto", text="x"))
    with pytest.raises(IntegrityError), db.session() as s:
        s.add(Stance(round_id=rnd, person_id="no-such-person", value="consent"))
    conn = sqlite3.connect(db.path)
    conn.execute("PRAGMA foreign_keys=ON")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("DELETE FROM meeting WHERE id = ?", (meeting,))  # decisions are not lost with a meeting
    conn.execute("DELETE FROM proposal WHERE id = ?", (p,))  # a draft item goes with its rounds
    assert conn.execute("SELECT count(*) FROM consent_round").fetchone() == (0,)
    conn.close()


def test_decision_revisions_are_append_only(db: Database) -> None:
    meeting, people = circle(db)
    p, d = decide(db, meeting, people)
    with pytest.raises(DomainError, match="needs a reason"):
        o.revise_decision(db, d, reason="", rationale="changed")
    assert o.revise_decision(db, d, reason="wrong review date", author_id=people[1],
                             review_date=dt.date(2026, 7, 1)) == 2
    assert o.revise_decision(db, d, reason="owner withdrew it", outcome="withdrawn") == 3
    h = decision_history(db, p)
    assert [(x.number, x.outcome, x.review_date) for x in h.revisions] == [
        (1, "adopted", dt.date(2026, 6, 1)), (2, "adopted", dt.date(2026, 7, 1)), (3, "withdrawn", dt.date(2026, 7, 1))]
    assert h.revisions[0].rationale == h.revisions[2].rationale == "fair and safe"
    assert h.revisions[1].author is not None and h.revisions[1].author.name == "P1"
    assert h.outcome == "withdrawn"
    with db.session() as s:
        assert s.get(Decision, d).outcome == "withdrawn"  # type: ignore[union-attr]
    conn = sqlite3.connect(db.path)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE decision_revision SET rationale = 'rewritten'")
    conn.close()
    with pytest.raises(DomainError, match="already has a decision"):
        o.record_outcome(db, p, "withdrawn")


def test_rules_are_enforced_when_writing(db: Database) -> None:
    meeting, people = circle(db, 3, RoundSettings(max_decision_rounds=2))
    p = r.add_proposal(db, meeting, "Second bladder scanner", "Buy one")
    rnd = r.start_round(db, p, "decision")
    with pytest.raises(DomainError, match="needs an argument"):
        r.record_stance(db, rnd, people[0], "objection", "")
    r.record_stance(db, rnd, people[0], "objection", "uses the training budget")
    with pytest.raises(DomainError, match="argued objections remain"):
        o.record_outcome(db, p, "adopted")
    with pytest.raises(DomainError, match="amend the proposal"):
        r.start_round(db, p, "decision")
    assert r.suggest_next(db, p).action == "amend"
    r.amend_proposal(db, p, "Borrow Zuid's scanner first", what_changed="borrow", why="budget")
    with pytest.raises(DomainError, match="closed"):
        r.record_stance(db, rnd, people[1], "consent")  # amending closed the round
    rnd2 = r.start_round(db, p, "decision")
    r.record_stance(db, rnd2, people[0], "objection", "still no budget for training")
    r.amend_proposal(db, p, "Count use for three months", what_changed="count", why="budget")
    with pytest.raises(DomainError, match="allows 2 decision round"):
        r.start_round(db, p, "decision")
    assert r.suggest_next(db, p).action == "park"
    o.record_outcome(db, p, "no_consent_parked", rationale="parked after two rounds")
    with pytest.raises(NotFound):
        r.record_stance(db, "nope", people[0], "consent")


def test_stances_are_saved_one_by_one_and_a_round_resumes_after_a_crash(db: Database) -> None:
    meeting, people = circle(db, 40)
    p = r.add_proposal(db, meeting, "Rota", "text")
    rnd = r.start_round(db, p, "decision")
    for person in people[:17]:
        r.record_stance(db, rnd, person, "consent")
    r.record_stance(db, rnd, people[17], "objection", "unsafe at night")
    r.mark_preference(db, rnd, people[17])
    r.record_stance(db, rnd, people[18], "objection", "no budget")
    resumed = r.load_round(db, rnd)  # as if the app had been closed mid-round
    assert resumed.current == people[19] and len(resumed.spoken) == 19
    assert resumed.counts().concern == 1 and resumed.counts().objection == 1
    assert resumed.stances[people[17]].preference_not_objection
    r.record_stance(db, rnd, people[18], "consent")  # went back and changed her mind
    assert r.load_round(db, rnd).counts().objection == 0


def test_reopening_for_review_starts_a_linked_proposal(db: Database) -> None:
    meeting, people = circle(db)
    p, d = decide(db, meeting, people, objector=people[3])
    later = m.create_meeting(db, m.teams(db)[0][0], dt.date(2026, 6, 2), attendees=people)
    review = o.reopen_for_review(db, d, later, reason="new information from the GP")
    h = decision_history(db, review)
    assert h.reopened_from == p and h.title == "Review: Weekend rota"
    assert h.versions[0].text == "Weekend rota: amended" and h.versions[0].why == "new information from the GP"
    assert decision_history(db, p).reopened_as == (review,)
    assert "Reopened for review as" in history_text(decision_history(db, p))


def test_the_log_list_filters_combine(db: Database) -> None:
    meeting, people = circle(db)
    other_team = m.create_team(db, "Samen Sterk")
    later = m.create_meeting(db, other_team, dt.date(2026, 5, 1), attendees=people[:3])
    p1, d1 = decide(db, meeting, people, "Weekend rota", objector=people[4])
    p2, d2 = decide(db, later, people[:3], "Carers' café")
    p3 = r.add_proposal(db, later, "Survey app", "text", owner_id=people[2])
    o.add_action(db, d1, "Draw up pairs", owner_id=people[4], due=dt.date(2026, 3, 20))
    act = o.add_action(db, d2, "Book the room", owner_id=people[1])
    o.set_action_done(db, act)

    def ids(**kw: object) -> list[str]:
        return [x.proposal_id for x in list_decisions(db, LogFilter(**kw))]  # type: ignore[arg-type]

    assert ids() == [p2, p3, p1]  # newest meeting first, agenda order within
    assert ids(team_id=other_team) == [p2, p3]
    assert ids(since=dt.date(2026, 4, 1), until=dt.date(2026, 5, 1)) == [p2, p3]
    assert ids(outcome="open") == [p3]
    assert ids(outcome="adopted_after_amendment") == [p1]
    assert ids(person_id=people[4]) == [p1]  # objected there and owns its action
    assert ids(person_id=people[2]) == [p2, p3, p1]
    assert ids(open_actions=True) == [p1]
    assert ids(review_due_by=dt.date(2026, 6, 1)) == [p2, p1]
    assert ids(review_due_by=dt.date(2026, 5, 31)) == []
    assert ids(sort="title") == [p2, p3, p1]
    summary = list_decisions(db, LogFilter(open_actions=True))[0]
    assert (summary.team, summary.owner, summary.open_actions, summary.outcome) == (
        "Wijkteam Noord", "P0", 1, "adopted_after_amendment")
    with pytest.raises(DomainError):
        LogFilter(outcome="vetoed")
    with pytest.raises(DomainError):
        LogFilter(since=dt.date(2026, 2, 1), until=dt.date(2026, 1, 1))
    assert resolve_id(db, d1[:6]) == p1 and resolve_id(db, p3) == p3
    with pytest.raises(NotFound):
        resolve_id(db, "abc")


def test_meeting_skeleton_notes_and_people(db: Database) -> None:
    meeting, people = circle(db, 3)
    assert [s["key"] for s in m.skeleton(db, meeting)] == ["approve_report", "notices", "other_business", "agenda"]
    m.mark_step(db, meeting, "notices")
    assert [s["done"] for s in m.skeleton(db, meeting)] == [False, True, False, False]
    with pytest.raises(NotFound):
        m.mark_step(db, meeting, "lunch")
    note = m.add_note(db, meeting, "Weekend work keeps landing on three people", kind="other_business")
    with db.session() as s:
        assert s.scalar(select(Stance).limit(1)) is None and note
    with pytest.raises(DomainError):
        m.add_note(db, meeting, "   ")
    with pytest.raises(DomainError):
        m.set_attendees(db, meeting, [people[0], people[0]])
    with pytest.raises(DomainError):
        m.add_person(db, " ")
    m.set_team_settings(db, m.teams(db)[0][0], RoundSettings(opening_round=True, max_decision_rounds=3))
    assert m.team_settings(db, m.teams(db)[0][0]) == RoundSettings(True, 3)


def test_the_round_screen_finds_where_to_resume_and_the_previous_report(db: Database) -> None:
    first, people = circle(db, 4)
    team = m.teams(db)[0][0]
    p_old, _ = decide(db, first, people, "Old item")
    second = m.create_meeting(db, team, dt.date(2026, 3, 18), attendees=people)
    assert m.previous_meeting(db, second) == first and m.previous_meeting(db, first) is None
    assert [mid for mid, _, _ in m.team_meetings(db, team)] == [second, first]
    p = r.add_proposal(db, second, "New item", "text")
    assert r.open_round(db, p) is None
    rnd = r.start_round(db, p, "clarifying")
    assert r.open_round(db, p) == rnd
    nxt = r.start_round(db, p, "reactions")  # starting the next round closes the previous one
    assert r.open_round(db, p) == nxt
    report = list_decisions(db, LogFilter(meeting_id=m.previous_meeting(db, second)))
    assert [x.proposal_id for x in report] == [p_old]


def test_the_list_pages_for_a_view_that_fetches_more(db: Database) -> None:
    meeting, people = circle(db, 2)
    ids = [r.add_proposal(db, meeting, f"Item {i:02d}", "text") for i in range(7)]
    pages = [[x.proposal_id for x in list_decisions(db, LogFilter(limit=3, offset=o))] for o in (0, 3, 6)]
    assert pages == [ids[:3], ids[3:6], ids[6:]]
    assert len(list_decisions(db, LogFilter(limit=None))) == 7


def test_previous_meeting_on_the_same_day_is_the_one_created_earlier(db) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from facilitator.decisions.meetings import create_meeting, create_team, previous_meeting

    team = create_team(db, "Same-day team")
    morning = create_meeting(db, team, dt.date(2026, 3, 1))
    evening = create_meeting(db, team, dt.date(2026, 3, 1))
    assert previous_meeting(db, evening) == morning
    assert previous_meeting(db, morning) is None


def test_a_decision_reopened_for_review_is_no_longer_due(db: Database) -> None:
    meeting, people = circle(db)
    p, d = decide(db, meeting, people, "Team meeting on Thursday")
    o.revise_decision(db, d, reason="set a review date", review_date=dt.date(2026, 4, 30))
    due = LogFilter(review_due_by=dt.date(2026, 5, 1))
    assert [x.proposal_id for x in list_decisions(db, due)] == [p]
    later = m.create_meeting(db, m.teams(db)[0][0], dt.date(2026, 5, 2), attendees=people)
    review = o.reopen_for_review(db, d, later, reason="the GP hour moved")
    assert list_decisions(db, due) == [], "its review is on an agenda now"
    assert list_decisions(db, LogFilter(review_due_by=dt.date(2026, 5, 1), text="Thursday")) == []
    rows = {x.proposal_id: x for x in list_decisions(db, LogFilter())}
    assert rows[p].reviewed and not rows[review].reviewed


def test_people_come_in_natural_order_and_a_team_s_last_circle_in_its_seats(db: Database) -> None:
    assert sorted(["Person 10", "person 2", "Person 1", "bram", "Anouk"], key=natural_key) == [
        "Anouk", "bram", "Person 1", "person 2", "Person 10"]
    team = m.create_team(db, "Wijkteam Noord")
    other = m.create_team(db, "Samen Sterk")
    ids = [m.add_person(db, f"Person {i}") for i in (10, 2, 1, 3)]
    assert [name for _, name in m.people(db)] == ["Person 1", "Person 2", "Person 3", "Person 10"]
    assert m.last_circle(db, team) == []
    m.create_meeting(db, team, dt.date(2026, 3, 3), attendees=ids[:2])
    m.create_meeting(db, team, dt.date(2026, 3, 10), attendees=[ids[3], ids[0], ids[2]])
    m.create_meeting(db, other, dt.date(2026, 3, 17), attendees=ids[1:2])
    assert m.last_circle(db, team) == [ids[3], ids[0], ids[2]], "the latest meeting's seating order"
    erase_person(db, ids[0], backup=False)
    assert m.last_circle(db, team) == [ids[3], ids[2]], "an erased participant is not ticked again"


def test_a_round_closes_when_everyone_present_has_a_stance(db: Database) -> None:
    meeting, people = circle(db, 3)
    p = r.add_proposal(db, meeting, "Weekend rota", "pairs")
    rnd = r.start_round(db, p, "decision")
    r.record_stance(db, rnd, people[0], "consent")
    r.record_stance(db, rnd, people[1], "consent")
    assert r.open_round(db, p) == rnd
    r.record_stance(db, rnd, people[2], "concern", "travel time")
    assert r.open_round(db, p) is None and decision_history(db, p).rounds[0].closed_at is not None
    r.record_stance(db, rnd, people[1], "concern", "on second thought")  # a correction, nothing since
    o.record_outcome(db, p, "adopted")
    with pytest.raises(DomainError, match="closed"):
        r.record_stance(db, rnd, people[0], "concern", "too late: the item moved on")
    assert [st.value for st in decision_history(db, p).rounds[0].stances] == ["consent", "concern", "concern"]


def test_the_fold_rule_keeps_whoever_said_something(db: Database) -> None:
    meeting, people = circle(db, FOLD_AT + 1)
    p = r.add_proposal(db, meeting, "Weekend rota", "pairs")
    rnd = r.start_round(db, p, "decision")
    for person in people[:3]:
        r.record_stance(db, rnd, person, "consent")
    assert folds(decision_history(db, p).rounds[0]), "unanimous, nobody added a word"
    r.record_stance(db, rnd, people[3], "consent", "glad we do this")
    assert not folds(decision_history(db, p).rounds[0])
    for person in people[4:]:
        r.record_stance(db, rnd, person, "consent")
    said, quiet = split_round(decision_history(db, p).rounds[0])
    assert folds(decision_history(db, p).rounds[0]), "long"
    assert [st.person.name for st in said] == ["P3"] and len(quiet["consent"]) == FOLD_AT
