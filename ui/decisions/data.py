"""Reads the meeting screens need that the core does not offer (yet) as functions.

Read-only and small: one meeting's frame, its notes, every meeting to reopen.
Kept here, not in facilitator/, while the core's decisions package is being
finished; they belong in facilitator.decisions.meetings in the end.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from facilitator.decisions.meetings import attendees, get_row
from facilitator.decisions.tables import Decision, Meeting, Note, Person, Proposal, Round, Team
from facilitator.store.db import Database


@dataclass(frozen=True)
class MeetingInfo:
    id: str
    team_id: str
    team: str
    date: dt.date
    venue: str
    facilitator_id: str | None
    reporter_id: str | None
    circle: tuple[tuple[str, str], ...]  # (person id, display name) in seating order


@dataclass(frozen=True)
class MeetingRow:
    id: str
    team: str
    date: dt.date
    venue: str
    open_items: int


def meeting_info(db: Database, meeting_id: str) -> MeetingInfo:
    with db.session() as s:
        m = get_row(s, Meeting, meeting_id)
        team = get_row(s, Team, m.team_id)
        ids = attendees(s, meeting_id)
        names = dict(s.execute(select(Person.id, Person.display_name).where(Person.id.in_(ids))).all())
        return MeetingInfo(m.id, team.id, team.name, m.date, m.venue, m.facilitator_id, m.reporter_id,
                           tuple((pid, names.get(pid, "?")) for pid in ids))


def meeting_notes(db: Database, meeting_id: str, kind: str) -> list[tuple[str, str]]:
    """(id, text) of a meeting's notices or points of other business, oldest first."""
    with db.session() as s:
        rows = s.execute(select(Note.id, Note.text).where(Note.meeting_id == meeting_id, Note.kind == kind)
                         .order_by(Note.created_at, Note.id))
        return [(nid, text) for nid, text in rows]


def all_meetings(db: Database) -> list[MeetingRow]:
    """Every meeting, newest first, with how many of its items are still undecided."""
    with db.session() as s:
        rows = s.execute(select(Meeting.id, Team.name, Meeting.date, Meeting.venue)
                         .join(Team, Team.id == Meeting.team_id)
                         .order_by(Meeting.date.desc(), Meeting.created_at.desc())).all()
        counts: dict[str, int] = {}
        for mid in s.scalars(select(Proposal.meeting_id).outerjoin(Decision, Decision.proposal_id == Proposal.id)
                             .where(Decision.id.is_(None))):
            counts[mid] = counts.get(mid, 0) + 1
        return [MeetingRow(mid, team, date, venue, counts.get(mid, 0)) for mid, team, date, venue in rows]


def resumable_item(db: Database, proposal_ids: list[str]) -> str | None:
    """The undecided item whose round started last: where a reopened meeting carries on.

    Its round may be open, or closed because everyone had spoken: either way
    the item is under way, and its page shows the round or what comes next.
    """
    if not proposal_ids:
        return None
    with db.session() as s:
        return s.scalar(select(Round.proposal_id).where(Round.proposal_id.in_(proposal_ids))
                        .order_by(Round.created_at.desc(), Round.number.desc()).limit(1))
