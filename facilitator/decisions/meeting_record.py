"""A meeting as it stands in the log: who was there, its notices, where it carries on; finding one.

The one place that reads a meeting into a ``MeetingView`` (``meeting_view``):
the item history, the minutes and the meeting screens all use it, so a
change to what a meeting shows is made once. Read-only, short units of work.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.decisions.meetings import NotFound, get_row, team_meetings, teams
from facilitator.decisions.queries import person_ref
from facilitator.decisions.rules import DomainError
from facilitator.decisions.tables import (
    Decision,
    Meeting,
    MeetingAttendee,
    Note,
    Person,
    Proposal,
    Round,
    Team,
)
from facilitator.decisions.views import MeetingView, NoteView, PersonRef
from facilitator.store.db import Database


@dataclass(frozen=True)
class MeetingRow:
    """One line of the list of meetings to reopen."""

    id: str
    team: str
    date: dt.date
    venue: str
    open_items: int


def meeting_view(s: Session, meeting_id: str) -> MeetingView:
    """The meeting, its team, facilitator, reporter and circle in seating order (inside a session)."""
    meeting = get_row(s, Meeting, meeting_id)
    team = get_row(s, Team, meeting.team_id)
    circle = tuple(PersonRef(pid, name) for pid, name in s.execute(
        select(Person.id, Person.display_name).join(MeetingAttendee, MeetingAttendee.person_id == Person.id)
        .where(MeetingAttendee.meeting_id == meeting_id).order_by(MeetingAttendee.position)))
    return MeetingView(meeting.id, meeting.date, meeting.venue, team.id, team.name,
                       person_ref(s, meeting.facilitator_id), person_ref(s, meeting.reporter_id),
                       circle, meeting.run_id)


def read_meeting(db: Database, meeting_id: str) -> MeetingView:
    """``meeting_view`` in its own unit of work, for screens that show one meeting."""
    with db.session() as s:
        return meeting_view(s, meeting_id)


def meeting_notes(db: Database, meeting_id: str, kind: str | None = None) -> tuple[NoteView, ...]:
    """The meeting's notes that belong to no item (notices, other business), oldest first; one kind if given."""
    query = select(Note).where(Note.meeting_id == meeting_id, Note.proposal_id.is_(None))
    if kind is not None:
        query = query.where(Note.kind == kind)
    with db.session() as s:
        return tuple(NoteView(n.id, n.kind, n.text, person_ref(s, n.author_id), n.created_at)
                     for n in s.scalars(query.order_by(Note.created_at, Note.id)))


def find_meeting(db: Database, ref: str) -> str:
    """A meeting id from its id, a unique prefix of it (4+ characters), or its date when only one meeting was that day."""
    ref = ref.strip().lower()
    meetings = [(mid, date, team) for tid, team in teams(db) for mid, date, _ in team_meetings(db, tid)]
    if any(mid == ref for mid, _, _ in meetings):
        return ref
    try:
        day: dt.date | None = dt.date.fromisoformat(ref)
    except ValueError:
        day = None
    if day is not None:
        found = [(mid, team) for mid, date, team in meetings if date == day]
    else:
        found = [(mid, team) for mid, _, team in meetings if len(ref) >= 4 and mid.startswith(ref)]
    if len(found) == 1:
        return found[0][0]
    if found:
        listed = "; ".join(f"{team}: {mid[:8]}" for mid, team in found)
        raise DomainError(f"'{ref}' matches {len(found)} meetings ({listed}); give more of the meeting id")
    hint = " (an id prefix needs at least 4 characters)" if 0 < len(ref) < 4 else ""
    raise NotFound(f"no meeting '{ref}'{hint}; give the meeting's date (YYYY-MM-DD, as "
                   "'facilitator log list' shows it) or its id")


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
