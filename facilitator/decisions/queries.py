"""Reading the log: the filtered list, one item's full history, and ids typed by hand.

"Why did we decide that, who objected, and when do we review it?" is
answered here, in a few indexed queries returning plain read models.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Integer,
    Label,
    Row,
    Select,
    SQLColumnExpression,
    bindparam,
    case,
    exists,
    func,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session, aliased

from facilitator.decisions.meetings import get_row
from facilitator.decisions.rules import DomainError, Outcome
from facilitator.decisions.search import fts_query, hit_count, hit_numbers
from facilitator.decisions.tables import (
    Action,
    Decision,
    Meeting,
    Person,
    Proposal,
    Round,
    SearchItem,
    Stance,
    Team,
)
from facilitator.decisions.views import DecisionSummary, PersonRef
from facilitator.errors import NotFound
from facilitator.store.db import Database

OPEN = "open"  # the outcome filter for items not decided yet
SORTS = ("date", "title", "review")
DENSE = 1300  # more matching texts than this: walk the log newest first instead of from the hits
CHUNK = 500  # ids per IN (...) when fetching details
PAGE = 200  # rows per fetch: a view shows the first page at once and fetches more on scrolling


@dataclass(frozen=True)
class LogFilter:
    """Filters combine (AND). ``outcome`` is an Outcome value or "open"."""

    text: str = ""
    team_id: str | None = None
    meeting_id: str | None = None  # one meeting's agenda (and its report)
    since: dt.date | None = None
    until: dt.date | None = None
    outcome: str | None = None
    person_id: str | None = None
    open_actions: bool = False
    review_due_by: dt.date | None = None  # reviews due on or before this date (today: due or overdue)
    sort: str = "date"
    limit: int | None = PAGE  # None: everything (the CLI); a view fetches more with ``offset``
    offset: int = 0

    def __post_init__(self) -> None:
        if self.outcome is not None and self.outcome != OPEN and self.outcome not in set(Outcome):
            raise DomainError(f"unknown outcome {self.outcome!r}; one of {OPEN}, "
                              + ", ".join(o.value for o in Outcome))
        if self.sort not in SORTS:
            raise DomainError(f"unknown sort {self.sort!r}; one of {', '.join(SORTS)}")
        if self.since and self.until and self.since > self.until:
            raise DomainError("the start date is after the end date")


def list_decisions(db: Database, flt: LogFilter | None = None) -> list[DecisionSummary]:
    """The log list: every agenda item matching the filter, newest meeting first by default."""
    flt = flt or LogFilter()
    with db.session() as s:
        if not flt.text.strip():
            return _summaries(s, _ordered_ids(s, flt))
        match = fts_query(flt.text)
        return _search_page(s, flt, match) if match else []


def _ordered_ids(s: Session, flt: LogFilter) -> list[str]:
    """Without text, phase one: only the ids, in order, so the details are fetched for the rows shown."""
    order = {"date": (Meeting.date.desc(), Proposal.position, Proposal.id),
             "title": (Proposal.title, Meeting.date.desc(), Proposal.id),
             "review": (Decision.review_date.is_(None), Decision.review_date, Proposal.id)}[flt.sort]
    query = (select(Proposal.id).join(Meeting, Meeting.id == Proposal.meeting_id)
             .outerjoin(Decision, Decision.proposal_id == Proposal.id).where(*_conditions(flt)))
    return list(s.scalars(query.order_by(*order).limit(flt.limit).offset(flt.offset or None)))


def _search_page(s: Session, flt: LogFilter, match: str) -> list[DecisionSummary]:
    """With text, one statement; built once per shape of filter (building it costs more than
    running it), its values passed as named parameters."""
    statement = _SEARCHES.get(_shape(flt))
    if statement is None:
        statement = _SEARCHES.setdefault(_shape(flt), _search_statement(flt))
    return [_summary(row) for row in s.execute(statement, {**_values(flt), "match": match, "dense": DENSE})]


_SEARCHES: dict[tuple[object, ...], Select[*tuple[Any, ...]]] = {}


def _search_statement(flt: LogFilter) -> Select[*tuple[Any, ...]]:
    """The hits, the page of them in order, and that page's details, in one statement.

    Hits are item numbers; team, date and outcome are copied into log_search_item, so the big
    tables are joined only for the rarer filters and sorts. Many hits (more than DENSE texts):
    walk the items newest first, testing each against the hits, and stop at the limit (`+ 0`
    keeps SQLite from starting at the hits). Few hits: start at them. Both ways are in the
    statement, and the count of matching texts chooses through their LIMITs: SQLite works out a
    LIMIT once, before the loop, and runs no loop under LIMIT 0 (a WHERE condition on the count
    would be tested on every row of the walk).
    """
    found = hit_numbers()
    keys: tuple[tuple[SQLColumnExpression[Any], bool], ...] = {  # (sort key, descending)
        "date": ((SearchItem.sort_date, True), (SearchItem.position, False), (SearchItem.proposal_id, False)),
        "title": ((Proposal.title, False), (SearchItem.sort_date, True), (Proposal.id, False)),
        "review": ((Decision.review_date.is_(None), False), (Decision.review_date, False), (Proposal.id, False)),
    }[flt.sort]

    def way(dense: bool, limit: int | ColumnElement[int] | None) -> Select[*tuple[Any, ...]]:
        hit = ((SearchItem.no + 0) if dense else SearchItem.no).in_(found)
        labelled: list[Label[Any]] = [k.label(f"k{i}") for i, (k, _) in enumerate(keys)]
        query: Select[*tuple[Any, ...]] = select(SearchItem.proposal_id.label("pid"), *labelled)
        query = query.where(hit, *_conditions(flt, on_items=True))
        if flt.meeting_id or flt.person_id or flt.open_actions or flt.review_due_by or flt.sort != "date":
            query = (query.join(Proposal, Proposal.id == SearchItem.proposal_id)
                     .outerjoin(Decision, Decision.proposal_id == SearchItem.proposal_id))
        order = [k.desc() if down else k for k, down in keys]
        return query.order_by(*order).limit(limit).offset(bindparam("offset") if flt.offset else None)

    if flt.limit is None:
        page = way(False, None).subquery("page")
    else:
        dense = select(hit_count().c.texts).scalar_subquery() > bindparam("dense", type_=Integer)
        limit: BindParameter[int] = bindparam("limit", type_=Integer)
        page = union_all(select(way(True, case((dense, limit), else_=0)).subquery()),
                         select(way(False, case((dense, 0), else_=limit)).subquery())).subquery("page")
    order = [page.c[f"k{i}"].desc() if down else page.c[f"k{i}"] for i, (_, down) in enumerate(keys)]
    return _details().join(page, page.c.pid == Proposal.id).order_by(*order)


def _details() -> Select[*tuple[Any, ...]]:
    """The columns of a log row, for the proposals a caller joins or picks."""
    open_actions = (select(func.count()).where(Action.decision_id == Decision.id, Action.done.is_(False))
                    .correlate(Decision).scalar_subquery())
    return (select(Proposal.id, Decision.id, Proposal.title, Meeting.date, Team.id, Team.name,
                   Person.display_name, Decision.outcome, Decision.review_date, open_actions, reviewed())
            .join(Meeting, Meeting.id == Proposal.meeting_id).join(Team, Team.id == Meeting.team_id)
            .outerjoin(Decision, Decision.proposal_id == Proposal.id)
            .outerjoin(Person, Person.id == Proposal.owner_id))


def _summary(row: Row[*tuple[Any, ...]]) -> DecisionSummary:
    pid, did, title, date, tid, team, owner, outcome, review, count, done = row
    return DecisionSummary(pid, did, title, date, tid, team, owner or "", outcome, review, count or 0, bool(done))


def _summaries(s: Session, ids: list[str]) -> list[DecisionSummary]:
    """Without text, phase two: the row details, in phase one's order."""
    query = _details()
    found: dict[str, DecisionSummary] = {}
    for start in range(0, len(ids), CHUNK):
        for row in s.execute(query.where(Proposal.id.in_(ids[start:start + CHUNK]))):
            found[row[0]] = _summary(row)
    return [found[i] for i in ids]


def _conditions(flt: LogFilter, on_items: bool = False) -> list[ColumnElement[bool]]:
    """The WHERE clauses of every filter but the text; ``on_items`` reads team, dates and outcome
    from log_search_item."""
    where: list[ColumnElement[bool]] = []
    team, date = (SearchItem.team_id, SearchItem.sort_date) if on_items else (Meeting.team_id, Meeting.date)
    value: dict[str, BindParameter[Any]] = {name: bindparam(name, v) for name, v in _values(flt).items()}  # see _shape
    if flt.team_id:
        where.append(team == value["team_id"])
    if flt.since:
        where.append(date >= value["since"])
    if flt.until:
        where.append(date <= value["until"])
    if flt.outcome == OPEN:
        where.append(SearchItem.outcome.is_(None) if on_items else Decision.id.is_(None))
    elif flt.outcome:
        where.append((SearchItem.outcome if on_items else Decision.outcome) == value["outcome"])
    if flt.meeting_id:
        where.append(Proposal.meeting_id == value["meeting_id"])
    if flt.person_id:
        person = value["person_id"]
        spoke = (select(Stance.id).join(Round, Round.id == Stance.round_id)
                 .where(Round.proposal_id == Proposal.id, Stance.person_id == person))
        acts = select(Action.id).where(Action.decision_id == Decision.id, Action.owner_id == person)
        where.append(or_(Proposal.owner_id == person, exists(spoke), exists(acts)))
    if flt.open_actions:
        where.append(exists(select(Action.id).where(Action.decision_id == Decision.id, Action.done.is_(False))))
    if flt.review_due_by:
        where.append(Decision.review_date <= value["review_due_by"])
        where.append(~reviewed())  # reopened for review: its review is on an agenda or done
    return where


def _values(flt: LogFilter) -> dict[str, object]:
    """The filter's values by bind-parameter name (limit and offset included)."""
    return {"team_id": flt.team_id, "since": flt.since, "until": flt.until, "outcome": flt.outcome,
            "meeting_id": flt.meeting_id, "person_id": flt.person_id, "review_due_by": flt.review_due_by,
            "limit": flt.limit, "offset": flt.offset}


def _shape(flt: LogFilter) -> tuple[object, ...]:
    """What decides a search statement's SQL: which filters are set (tested as _conditions tests
    them: an empty team is no team), the sort, a limit or not."""
    return (flt.sort, flt.limit is None, flt.outcome == OPEN, flt.open_actions, *map(bool, _values(flt).values()))


def reviewed() -> ColumnElement[bool]:
    """True for a proposal that has been reopened for review (a newer item points back at it)."""
    review = aliased(Proposal)
    return exists(select(review.id).where(review.reopened_from_id == Proposal.id))


def resolve_id(db: Database, ident: str) -> str:
    """The proposal id for a proposal or decision id, or a unique prefix of one (at least 4 characters)."""
    ident = ident.strip().lower()
    with db.session() as s:
        for column in (Proposal.id, Decision.id):
            if len(ident) < 4:
                break
            rows = {_proposal_of(s, found, column is Decision.id)
                    for found in s.scalars(select(column).where(column.startswith(ident, autoescape=True)).limit(5))}
            if len(rows) > 1:
                raise DomainError(f"'{ident}' matches several items; type more of the id")
            if rows:
                return rows.pop()
    raise NotFound(f"no decision or proposal with id '{ident}'; see 'facilitator log list'")


def _proposal_of(s: Session, ident: str, is_decision: bool) -> str:
    return get_row(s, Decision, ident).proposal_id if is_decision else ident


def person_ref(s: Session, person_id: str | None) -> PersonRef | None:
    if person_id is None:
        return None
    person = s.get(Person, person_id)
    return PersonRef(person_id, person.display_name if person else "?")


def find_team(db: Database, name_or_id: str) -> str:
    """A team by id or (case-insensitive) name, for the command line."""
    with db.session() as s:
        if s.get(Team, name_or_id):
            return name_or_id
        ids = s.scalars(select(Team.id).where(func.lower(Team.name) == name_or_id.strip().lower())).all()
    if len(ids) == 1:
        return ids[0]
    if ids:
        raise DomainError(f"several teams are called '{name_or_id}'; use the team's id")
    raise NotFound(f"no team called '{name_or_id}'")

