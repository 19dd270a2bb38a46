"""The one-statement search page lists exactly what the two-phase search listed before it.

The reference below is the search as it was until the page became one SQL statement:
the matching item numbers fetched into Python, the ids ordered and cut to the page in a
second query, the rows' details in a third. On the example log, for words, prefixes, pairs
and every filter and sort, both ways of the statement (walking the log, starting at the
hits) must give the same rows in the same order, page by page.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from sqlalchemy import func, select, text

from facilitator import paths
from facilitator.decisions import queries
from facilitator.decisions.importer import import_json
from facilitator.decisions.queries import LogFilter, list_decisions
from facilitator.decisions.search import DOC_BITS, fts_query
from facilitator.decisions.tables import Decision, Meeting, Person, Proposal, SearchItem, Team
from facilitator.decisions.views import DecisionSummary
from facilitator.store.db import Database


def two_phase_search(db: Database, flt: LogFilter) -> list[DecisionSummary]:
    """The search before the single statement (kept here as the reference it must equal)."""
    match = fts_query(flt.text)
    if not match:
        return []
    with db.session() as s:
        items = [no for (no,) in s.execute(text(f"SELECT DISTINCT rowid >> {DOC_BITS} FROM log_fts "
                                                "WHERE log_fts MATCH :match"), {"match": match})]
        if not items:
            return []
        numbers = select(func.json_each(json.dumps(items)).table_valued("value").c.value)
        query = select(SearchItem.proposal_id).where(SearchItem.no.in_(numbers),
                                                     *queries._conditions(flt, on_items=True))
        if flt.meeting_id or flt.person_id or flt.open_actions or flt.review_due_by or flt.sort != "date":
            query = (query.join(Proposal, Proposal.id == SearchItem.proposal_id)
                     .outerjoin(Decision, Decision.proposal_id == SearchItem.proposal_id))
        order = {"date": (SearchItem.sort_date.desc(), SearchItem.position, SearchItem.proposal_id),
                 "title": (Proposal.title, SearchItem.sort_date.desc(), Proposal.id),
                 "review": (Decision.review_date.is_(None), Decision.review_date, Proposal.id)}[flt.sort]
        ids = list(s.scalars(query.order_by(*order).limit(flt.limit).offset(flt.offset or None)))
        return queries._summaries(s, ids)


@pytest.fixture
def example(db: Database) -> Database:
    import_json(db, paths.resource("examples", "example-log.json"), backup=False)
    return db


WORDS = ["weekend", "rota", "planner", "the", "a", "wee*", "pl*", "weekend pairs", "fair*", "nobody matches this",
         "März", "CLIËNT", "team", "t*"]


def filters(db: Database) -> list[dict[str, object]]:
    with db.session() as s:
        teams = list(s.scalars(select(Team.id).order_by(Team.name)))
        meeting = s.scalars(select(Meeting.id).order_by(Meeting.date)).first()
        person = s.scalars(select(Person.id).order_by(Person.display_name)).first()
    return [{}, {"team_id": teams[0]}, {"team_id": teams[1]}, {"outcome": "adopted"}, {"outcome": "open"},
            {"since": dt.date(2026, 1, 20), "until": dt.date(2026, 2, 12)}, {"sort": "title"}, {"sort": "review"},
            {"person_id": person}, {"meeting_id": meeting}, {"open_actions": True},
            {"review_due_by": dt.date(2027, 1, 1)}, {"limit": 3}, {"limit": 2, "offset": 3},
            {"limit": None}, {"sort": "title", "limit": 4, "offset": 1}, {"team_id": teams[1], "outcome": "open"}]


@pytest.mark.parametrize("dense", [0, 10**9], ids=["walk the log", "start at the hits"])
def test_the_one_statement_page_equals_the_two_phase_search(
        example: Database, monkeypatch: pytest.MonkeyPatch, dense: int) -> None:
    monkeypatch.setattr(queries, "DENSE", dense)
    compared = 0
    for kw in filters(example):
        for word in WORDS:
            flt = LogFilter(text=word, **kw)  # type: ignore[arg-type]
            expected = two_phase_search(example, flt)
            assert list_decisions(example, flt) == expected, (word, kw)
            compared += len(expected)
    assert compared > 200  # the example log gives the comparison something to compare


def test_a_repeated_search_with_other_values_is_not_served_the_first_ones(example: Database) -> None:
    """The statement is built once per shape of filter: its values must come from each call."""
    with example.session() as s:
        teams = list(s.scalars(select(Team.id)))
    first = LogFilter(text="the", team_id=teams[0], limit=2)
    for flt in (first, dataclasses.replace(first, team_id=teams[1]), dataclasses.replace(first, limit=5, offset=1),
                dataclasses.replace(first, text="weekend"), dataclasses.replace(first, team_id=""),
                dataclasses.replace(first, team_id=teams[1])):
        assert list_decisions(example, flt) == two_phase_search(example, flt)
