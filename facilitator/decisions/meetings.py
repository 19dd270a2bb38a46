"""Teams, people and meetings: the frame around the decisions. Each call is one short unit of work."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy import and_, delete, or_, select
from sqlalchemy.orm import Session

from facilitator.decisions.rules import NOTE_KINDS, DomainError, RoundSettings
from facilitator.decisions.tables import Meeting, MeetingAttendee, Note, Person, Team
from facilitator.errors import NotFound
from facilitator.natural import natural_key
from facilitator.store.base import Base
from facilitator.store.db import Database

# The SDMI meeting skeleton, before the agenda items.
SKELETON = (
    ("approve_report", "Approve the report of the previous meeting"),
    ("notices", "Notices"),
    ("other_business", "Round of other business"),
    ("agenda", "Set the agenda from the proposals brought"),
)
T = TypeVar("T", bound=Base)


def get_row(s: Session, model: type[T], ident: str) -> T:
    row = s.get(model, ident)
    if row is None:
        raise NotFound(f"no {model.__name__.lower()} with id {ident!r}")
    return row


def create_team(db: Database, name: str, settings: RoundSettings | None = None) -> str:
    settings = settings or RoundSettings()
    if not name.strip():
        raise DomainError("a team needs a name")
    with db.session() as s:
        team = Team(name=name.strip(), opening_round=settings.opening_round,
                    max_decision_rounds=settings.max_decision_rounds)
        s.add(team)
        s.flush()
        return team.id


def team_settings(db: Database, team_id: str) -> RoundSettings:
    with db.session() as s:
        team = get_row(s, Team, team_id)
        return RoundSettings(team.opening_round, team.max_decision_rounds)


def set_team_settings(db: Database, team_id: str, settings: RoundSettings) -> None:
    with db.session() as s:
        team = get_row(s, Team, team_id)
        team.opening_round, team.max_decision_rounds = settings.opening_round, settings.max_decision_rounds


def teams(db: Database) -> list[tuple[str, str]]:
    """(id, name) of every team, by name."""
    with db.session() as s:
        return [(t.id, t.name) for t in s.scalars(select(Team).order_by(Team.name))]


def add_person(db: Database, display_name: str) -> str:
    """A display name, initials or pseudonym: a real name is never required."""
    if not display_name.strip():
        raise DomainError("a person needs a display name (initials are enough)")
    with db.session() as s:
        person = Person(display_name=display_name.strip())
        s.add(person)
        s.flush()
        return person.id


def people(db: Database) -> list[tuple[str, str]]:
    """(id, name) of everyone, in natural order ("P2" before "P10"), as a facilitator scans a list."""
    with db.session() as s:
        rows = [(p.id, p.display_name) for p in s.scalars(select(Person).order_by(Person.display_name))]
    return sorted(rows, key=lambda row: natural_key(row[1]))


def last_circle(db: Database, team_id: str) -> list[str]:
    """Who sat in the team's latest meeting, in that seating order: a returning team's likely circle.

    Erased participants are left out; they asked not to be named again.
    """
    with db.session() as s:
        latest = s.scalar(select(Meeting.id).where(Meeting.team_id == team_id)
                          .order_by(Meeting.date.desc(), Meeting.created_at.desc()).limit(1))
        if latest is None:
            return []
        return list(s.scalars(select(MeetingAttendee.person_id)
                              .join(Person, Person.id == MeetingAttendee.person_id)
                              .where(MeetingAttendee.meeting_id == latest, Person.erased.is_(False))
                              .order_by(MeetingAttendee.position)))


def default_skeleton() -> list[dict[str, Any]]:
    return [{"key": key, "title": title, "done": False} for key, title in SKELETON]


def create_meeting(db: Database, team_id: str, date: dt.date, *, venue: str = "",
                   facilitator_id: str | None = None, reporter_id: str | None = None,
                   attendees: Sequence[str] = (), run_id: str | None = None) -> str:
    """A meeting with the standard skeleton; ``attendees`` in seating order (the order of rounds)."""
    with db.session() as s:
        get_row(s, Team, team_id)
        meeting = Meeting(team_id=team_id, date=date, venue=venue, facilitator_id=facilitator_id,
                          reporter_id=reporter_id, run_id=run_id,
                          skeleton=json.dumps(default_skeleton(), ensure_ascii=False))
        s.add(meeting)
        s.flush()
        _set_attendees(s, meeting.id, attendees)
        return meeting.id


def team_meetings(db: Database, team_id: str) -> list[tuple[str, dt.date, str]]:
    """(id, date, venue) of a team's meetings, newest first."""
    with db.session() as s:
        rows = s.execute(select(Meeting.id, Meeting.date, Meeting.venue).where(Meeting.team_id == team_id)
                         .order_by(Meeting.date.desc(), Meeting.created_at.desc()))
        return [(mid, date, venue) for mid, date, venue in rows]


def previous_meeting(db: Database, meeting_id: str) -> str | None:
    """The team's meeting before this one, whose report is approved first."""
    with db.session() as s:
        meeting = get_row(s, Meeting, meeting_id)
        earlier = or_(Meeting.date < meeting.date,
                      and_(Meeting.date == meeting.date, Meeting.created_at < meeting.created_at))
        return s.scalar(select(Meeting.id).where(Meeting.team_id == meeting.team_id, Meeting.id != meeting.id, earlier)
                        .order_by(Meeting.date.desc(), Meeting.created_at.desc()).limit(1))


def set_attendees(db: Database, meeting_id: str, person_ids: Sequence[str]) -> None:
    with db.session() as s:
        get_row(s, Meeting, meeting_id)
        _set_attendees(s, meeting_id, person_ids)


def _set_attendees(s: Session, meeting_id: str, person_ids: Sequence[str]) -> None:
    if len(set(person_ids)) != len(person_ids):
        raise DomainError("someone is in the circle twice")
    for pid in person_ids:
        get_row(s, Person, pid)
    s.execute(delete(MeetingAttendee).where(MeetingAttendee.meeting_id == meeting_id))
    s.add_all(MeetingAttendee(meeting_id=meeting_id, person_id=pid, position=i)
              for i, pid in enumerate(person_ids))


def attendees(s: Session, meeting_id: str) -> list[str]:
    """Person ids in seating order."""
    return list(s.scalars(select(MeetingAttendee.person_id).where(MeetingAttendee.meeting_id == meeting_id)
                          .order_by(MeetingAttendee.position)))


def skeleton(db: Database, meeting_id: str) -> list[dict[str, Any]]:
    with db.session() as s:
        steps: list[dict[str, Any]] = json.loads(get_row(s, Meeting, meeting_id).skeleton)
        return steps


def mark_step(db: Database, meeting_id: str, key: str, done: bool = True) -> None:
    with db.session() as s:
        meeting = get_row(s, Meeting, meeting_id)
        steps = json.loads(meeting.skeleton)
        if not any(step.get("key") == key for step in steps):
            raise NotFound(f"no skeleton step {key!r}")
        for step in steps:
            if step.get("key") == key:
                step["done"] = done
        meeting.skeleton = json.dumps(steps, ensure_ascii=False)


def add_note(db: Database, meeting_id: str, text: str, *, kind: str = "note",
             proposal_id: str | None = None, author_id: str | None = None) -> str:
    """A notice, a point of other business, or a note on an item (saved at once)."""
    if kind not in NOTE_KINDS:
        raise DomainError(f"unknown note kind {kind!r}; one of {', '.join(NOTE_KINDS)}")
    if not text.strip():
        raise DomainError("an empty note is not saved")
    with db.session() as s:
        get_row(s, Meeting, meeting_id)
        note = Note(meeting_id=meeting_id, proposal_id=proposal_id, author_id=author_id,
                    kind=kind, text=text.strip())
        s.add(note)
        s.flush()
        return note.id
