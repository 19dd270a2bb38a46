"""Reading the log: the filtered list, one item's full history, and ids typed by hand.

"Why did we decide that, who objected, and when do we review it?" is
answered here, in a few indexed queries returning plain read models.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import ColumnElement, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from facilitator.decisions.meetings import get_row
from facilitator.decisions.rules import DomainError, Outcome
from facilitator.decisions.search import fts_query, matching_items
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
DENSE = 2000  # more text hits than this: walk the log newest first instead of from the hits
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
        ids = _ordered_ids(s, flt)
        return _summaries(s, ids)


def _ordered_ids(s: Session, flt: LogFilter) -> list[str]:
    """Phase one: only the ids, in order, so the details are fetched for the rows shown and no more."""
    if not flt.text.strip():
        order = {"date": (Meeting.date.desc(), Proposal.position, Proposal.id),
                 "title": (Proposal.title, Meeting.date.desc(), Proposal.id),
                 "review": (Decision.review_date.is_(None), Decision.review_date, Proposal.id)}[flt.sort]
        query = (select(Proposal.id).join(Meeting, Meeting.id == Proposal.meeting_id)
                 .outerjoin(Decision, Decision.proposal_id == Proposal.id).where(*_conditions(flt)))
        return list(s.scalars(query.order_by(*order).limit(flt.limit).offset(flt.offset or None)))
    match = fts_query(flt.text)
    items = matching_items(s, match) if match else []
    if not items:
        return []
    # Hits are item numbers; team, date and outcome are copied into log_search_item, so the big
    # tables are joined only for the rarer filters and sorts. Many hits: walk the items newest
    # first, testing each, and stop at the limit (`+ 0` keeps SQLite from starting at the hits).
    # Few hits: start at them.
    numbers = select(func.json_each(json.dumps(items)).table_valued("value").c.value)
    dense = flt.limit is not None and len(items) > DENSE
    hit = ((SearchItem.no + 0) if dense else SearchItem.no).in_(numbers)
    query = select(SearchItem.proposal_id).where(hit, *_conditions(flt, on_items=True))
    if flt.meeting_id or flt.person_id or flt.open_actions or flt.review_due_by or flt.sort != "date":
        query = (query.join(Proposal, Proposal.id == SearchItem.proposal_id)
                 .outerjoin(Decision, Decision.proposal_id == SearchItem.proposal_id))
    order = {"date": (SearchItem.sort_date.desc(), SearchItem.position, SearchItem.proposal_id),
             "title": (Proposal.title, SearchItem.sort_date.desc(), Proposal.id),
             "review": (Decision.review_date.is_(None), Decision.review_date, Proposal.id)}[flt.sort]
    return list(s.scalars(query.order_by(*order).limit(flt.limit).offset(flt.offset or None)))


def _summaries(s: Session, ids: list[str]) -> list[DecisionSummary]:
    """Phase two: the row details, in phase one's order."""
    open_actions = (select(func.count()).where(Action.decision_id == Decision.id, Action.done.is_(False))
                    .correlate(Decision).scalar_subquery())
    query = (select(Proposal.id, Decision.id, Proposal.title, Meeting.date, Team.id, Team.name,
                    Person.display_name, Decision.outcome, Decision.review_date, open_actions, reviewed())
             .join(Meeting, Meeting.id == Proposal.meeting_id).join(Team, Team.id == Meeting.team_id)
             .outerjoin(Decision, Decision.proposal_id == Proposal.id)
             .outerjoin(Person, Person.id == Proposal.owner_id))
    found: dict[str, DecisionSummary] = {}
    for start in range(0, len(ids), CHUNK):
        for pid, did, title, date, tid, team, owner, outcome, review, count, done in s.execute(
                query.where(Proposal.id.in_(ids[start:start + CHUNK]))):
            found[pid] = DecisionSummary(pid, did, title, date, tid, team, owner or "", outcome, review,
                                         count or 0, bool(done))
    return [found[i] for i in ids]


def _conditions(flt: LogFilter, on_items: bool = False) -> list[ColumnElement[bool]]:
    """The WHERE clauses of every filter but the text; ``on_items`` reads team, dates and outcome
    from log_search_item."""
    where: list[ColumnElement[bool]] = []
    team, date = (SearchItem.team_id, SearchItem.sort_date) if on_items else (Meeting.team_id, Meeting.date)
    if flt.team_id:
        where.append(team == flt.team_id)
    if flt.since:
        where.append(date >= flt.since)
    if flt.until:
        where.append(date <= flt.until)
    if flt.outcome == OPEN:
        where.append(SearchItem.outcome.is_(None) if on_items else Decision.id.is_(None))
    elif flt.outcome:
        where.append((SearchItem.outcome if on_items else Decision.outcome) == flt.outcome)
    if flt.meeting_id:
        where.append(Proposal.meeting_id == flt.meeting_id)
    if flt.person_id:
        spoke = (select(Stance.id).join(Round, Round.id == Stance.round_id)
                 .where(Round.proposal_id == Proposal.id, Stance.person_id == flt.person_id))
        acts = select(Action.id).where(Action.decision_id == Decision.id, Action.owner_id == flt.person_id)
        where.append(or_(Proposal.owner_id == flt.person_id, exists(spoke), exists(acts)))
    if flt.open_actions:
        where.append(exists(select(Action.id).where(Action.decision_id == Decision.id, Action.done.is_(False))))
    if flt.review_due_by:
        where.append(Decision.review_date <= flt.review_due_by)
        where.append(~reviewed())  # reopened for review: its review is on an agenda or done
    return where


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

