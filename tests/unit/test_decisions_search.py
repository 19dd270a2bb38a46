"""Full-text search over the log: what people type, including FTS syntax, quotes, stars and accents."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.decisions import meetings as m
from facilitator.decisions import outcomes as o
from facilitator.decisions import repository as r
from facilitator.decisions.queries import LogFilter, list_decisions
from facilitator.decisions.search import fts_query
from facilitator.decisions.tables import Meeting
from facilitator.store.db import Database


@pytest.fixture
def log(db: Database) -> dict[str, str]:
    """Four items whose words live in different places: title, version, argument, concern, note, rationale."""
    team = m.create_team(db, "Wijkteam Noord")
    a, b, c = (m.add_person(db, n) for n in ("Anouk", "Bram", "Cécile"))
    meeting = m.create_meeting(db, team, dt.date(2026, 2, 10), attendees=[a, b, c])
    items = {}
    items["rota"] = r.add_proposal(db, meeting, "Weekend rota", "Fixed pairs work one weekend in four.")
    rnd = r.start_round(db, items["rota"], "decision")
    r.record_stance(db, rnd, a, "objection", "Cliënten met dementie zien te veel gezichten")
    r.record_stance(db, rnd, b, "concern", 'The planner\'s "extra" workload AND overtime')
    items["scanner"] = r.add_proposal(db, meeting, "Bladder scanner", "Buy a second scanner (€6,500).")
    r.amend_proposal(db, items["scanner"], "Borrow Zuid's scanner; count use", what_changed="borrow first",
                     why="the training budget")
    items["photos"] = r.add_proposal(db, meeting, "Wound photos", "Only on the team tablet.")
    m.add_note(db, meeting, "Consent of a representative goes in the NEAR-by field", proposal_id=items["photos"])
    items["cafe"] = r.add_proposal(db, meeting, "Carers' café", "First Friday of the month.")
    rnd = r.start_round(db, items["cafe"], "decision")
    r.record_stance(db, rnd, a, "consent")
    o.record_outcome(db, items["cafe"], "adopted", rationale="Asked for by several mantelzorgers")
    return items


def found(db: Database, text: str) -> set[str]:
    return {x.proposal_id for x in list_decisions(db, LogFilter(text=text))}


def test_search_finds_words_wherever_they_were_written(db: Database, log: dict[str, str]) -> None:
    assert found(db, "rota") == {log["rota"]}  # title
    assert found(db, "pairs") == {log["rota"]}  # proposal text
    assert found(db, "dementie") == {log["rota"]}  # objection argument
    assert found(db, "workload") == {log["rota"]}  # concern
    assert found(db, "training budget") == {log["scanner"]}  # why of an amendment
    assert found(db, "representative") == {log["photos"]}  # note
    assert found(db, "mantelzorgers") == {log["cafe"]}  # rationale
    assert found(db, "scanner") == {log["scanner"]}
    assert found(db, "nowhere-to-be-found") == set()


def test_accents_and_case_are_folded(db: Database, log: dict[str, str]) -> None:
    assert found(db, "clienten") == found(db, "CLIËNTEN") == {log["rota"]}
    assert found(db, "cafe") == found(db, "café") == {log["cafe"]}


ODD = ['"', '""', "'", "*", "**", "AND", "OR", "NOT", "NEAR", "(", ")", "-", "^", ":", "rota AND", "AND rota",
       '"unbalanced', "col:rota", "body:rota", "rota)", "{}", "NEAR(a b)", "\\", "%", "_", "\x00", "€6,500", "🙂",
       "a" * 5000, " ".join(["rota"] * 200)]


def test_fts_syntax_typed_by_a_person_never_raises(db: Database, log: dict[str, str]) -> None:
    for text in ODD:
        list_decisions(db, LogFilter(text=text))


def test_operators_and_quotes_are_searched_as_words(db: Database, log: dict[str, str]) -> None:
    assert found(db, "extra") == {log["rota"]}
    assert found(db, '"extra"') == {log["rota"]}
    assert found(db, "workload AND overtime") == {log["rota"]}  # the word "and" is in that concern
    assert found(db, "NEAR") == {log["photos"]}
    assert found(db, "rota OR scanner") == set()  # OR is a word here, not an operator
    assert found(db, "") == set(log.values())  # no text: no text filter
    assert found(db, "*") == found(db, '" -') == set()  # only punctuation: nothing can match


def test_a_trailing_star_searches_a_prefix(db: Database, log: dict[str, str]) -> None:
    assert found(db, "scan*") == {log["scanner"]}
    assert found(db, "scan") == set()
    assert fts_query("scan* rota") == '"scan"* "rota"'
    assert fts_query('say "hi"') == '"say" """hi"""'
    assert fts_query("  ") is None


def test_search_combines_with_filters(db: Database, log: dict[str, str]) -> None:
    assert [x.proposal_id for x in list_decisions(db, LogFilter(text="cafe", outcome="adopted"))] == [log["cafe"]]
    assert list_decisions(db, LogFilter(text="cafe", outcome="open")) == []


def test_the_index_follows_changes_and_deletions(db: Database, log: dict[str, str]) -> None:
    rnd = r.start_round(db, log["scanner"], "decision")
    person = m.people(db)[0][0]
    r.record_stance(db, rnd, person, "objection", "zuurstof")
    assert found(db, "zuurstof") == {log["scanner"]}
    r.record_stance(db, rnd, person, "consent")  # changed her mind: the old words leave the index
    assert found(db, "zuurstof") == set()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=40))
def test_any_text_is_a_safe_search(db: Database, log: dict[str, str], text: str) -> None:
    list_decisions(db, LogFilter(text=text))


def test_deleting_a_draft_item_removes_its_texts_from_the_index(db: Database, log: dict[str, str]) -> None:
    conn = sqlite3.connect(db.path)
    conn.execute("PRAGMA foreign_keys=ON")
    before = conn.execute("SELECT count(*) FROM log_search_doc").fetchone()[0]
    conn.execute("DELETE FROM proposal WHERE id = ?", (log["scanner"],))  # a draft: no decision yet
    conn.commit()
    assert conn.execute("SELECT count(*) FROM log_search_doc").fetchone()[0] == before - 3  # title and two versions
    assert conn.execute("SELECT count(*) FROM log_search_item").fetchone()[0] == 3
    conn.execute("INSERT INTO log_fts(log_fts) VALUES ('integrity-check')")
    conn.close()
    assert found(db, "scanner") == found(db, "budget") == set()
    assert found(db, "rota") == {log["rota"]}


def test_both_search_strategies_agree_and_follow_changes(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from facilitator.decisions import queries

    team, other = m.create_team(db, "Samen Sterk"), m.create_team(db, "Wijkteam Noord")
    person = m.add_person(db, "Kees")
    meetings = [m.create_meeting(db, t, dt.date(2026, 1, d), attendees=[person])
                for t, d in ((team, 5), (other, 19), (team, 12))]
    items = [r.add_proposal(db, mid, f"Item {i} {mid[:4]}", "common words" if i % 3 else "rare words")
             for mid in meetings for i in range(6)]
    for pid in items[1:4] + items[13:15]:
        rnd = r.start_round(db, pid, "decision")
        r.record_stance(db, rnd, person, "consent")
        o.record_outcome(db, pid, "adopted")

    def search(dense: int, **kw: object) -> list[str]:
        monkeypatch.setattr(queries, "DENSE", dense)
        return [x.proposal_id for x in list_decisions(db, LogFilter(text="common", **kw))]  # type: ignore[arg-type]

    def listed(**kw: object) -> list[str]:
        common = {items[i] for i in range(18) if i % 6 % 3}
        return [x.proposal_id for x in list_decisions(db, LogFilter(limit=None, **kw))  # type: ignore[arg-type]
                if x.proposal_id in common]

    for kw in ({}, {"team_id": team}, {"outcome": "adopted"}, {"outcome": "open"}, {"team_id": other, "outcome": "open"},
               {"since": dt.date(2026, 1, 6), "until": dt.date(2026, 1, 19)}, {"sort": "title"}, {"sort": "review"},
               {"person_id": person}, {"meeting_id": meetings[1]}):
        assert search(0, **kw) == search(10**6, **kw) == listed(**kw), kw
    assert search(0, limit=3, offset=2) == search(10**6, limit=3, offset=2) == listed()[2:5]
    with db.session() as s:  # the meeting of 5 January was really on 26 January, of the other team
        meeting = s.get(Meeting, meetings[0])
        assert meeting is not None
        meeting.date, meeting.team_id = dt.date(2026, 1, 26), other
    decision = list_decisions(db, LogFilter(text="common", outcome="adopted"))[0].decision_id
    assert decision is not None
    o.revise_decision(db, decision, reason="owner withdrew it", outcome="withdrawn")
    for kw in ({}, {"team_id": other}, {"outcome": "adopted"}, {"outcome": "withdrawn"}):
        assert search(0, **kw) == search(10**6, **kw) == listed(**kw), kw
    assert search(0)[:4] == [p for p in items[:6] if p in set(listed())]
