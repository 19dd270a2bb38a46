"""Tables of the decision log: who met, what was proposed, how each person stood, what was decided.

Every record carries a stable UUID (export, import and merging across
laptops) and a creation time. No ORM relationships: the repository issues
explicit queries, so nothing lazy-loads after a session has closed.
Free text is indexed for search by triggers (see migration 0003), so the
index stays right whichever code path writes.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from facilitator.decisions.rules import NOTE_KINDS, Outcome, RoundKind, StanceValue
from facilitator.store.base import Base, new_uuid, utcnow

UUID_LEN = 36
# The CHECK constraints' value lists, from the rules' enums (tests/unit/test_decisions_checks.py
# inserts each value into a freshly migrated log, so the migrations must agree too).
ROUND_KINDS = tuple(kind.value for kind in RoundKind)
STANCE_VALUES = tuple(value.value for value in StanceValue)
OUTCOMES = tuple(outcome.value for outcome in Outcome)


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def _id() -> Mapped[str]:
    return mapped_column(String(UUID_LEN), primary_key=True, default=new_uuid)


def _fk(target: str, ondelete: str, nullable: bool = False, index: bool = True) -> Mapped[str]:
    return mapped_column(String(UUID_LEN), ForeignKey(target, ondelete=ondelete),
                         nullable=nullable, index=index)


class Team(Base):
    """A team or group that decides together; it carries its own round settings."""

    __tablename__ = "team"
    id: Mapped[str] = _id()
    name: Mapped[str] = mapped_column(String(200))
    opening_round: Mapped[bool] = mapped_column(default=False)
    max_decision_rounds: Mapped[int | None] = mapped_column(default=None)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Person(Base):
    """Someone in the circle: a display name, initials or pseudonym is enough."""

    __tablename__ = "person"
    id: Mapped[str] = _id()
    display_name: Mapped[str] = mapped_column(String(200))
    erased: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Meeting(Base):
    """One team meeting; ``skeleton`` holds its opening steps as JSON text."""

    __tablename__ = "meeting"
    __table_args__ = (Index("ix_meeting_team_date", "team_id", "date"),)
    id: Mapped[str] = _id()
    team_id: Mapped[str] = _fk("team.id", "RESTRICT", index=False)
    date: Mapped[dt.date] = mapped_column(index=True)
    venue: Mapped[str] = mapped_column(String(200), default="")
    facilitator_id: Mapped[str | None] = _fk("person.id", "SET NULL", nullable=True, index=False)
    reporter_id: Mapped[str | None] = _fk("person.id", "SET NULL", nullable=True, index=False)
    skeleton: Mapped[str] = mapped_column(Text, default="[]")
    run_id: Mapped[str | None] = mapped_column(String(UUID_LEN), default=None)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class MeetingAttendee(Base):
    """Who sat in the circle, in seating order (the order rounds go round)."""

    __tablename__ = "meeting_attendee"
    meeting_id: Mapped[str] = mapped_column(
        String(UUID_LEN), ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True)
    person_id: Mapped[str] = mapped_column(
        String(UUID_LEN), ForeignKey("person.id", ondelete="CASCADE"), primary_key=True, index=True)
    position: Mapped[int] = mapped_column(default=0)


class Proposal(Base):
    """An agenda item: its owner's proposal, decided in one meeting."""

    __tablename__ = "proposal"
    # Partial: almost every row is NULL, and a full index would look useless to the planner.
    __table_args__ = (Index("ix_proposal_reopened_from_id", "reopened_from_id",
                            sqlite_where=text("reopened_from_id IS NOT NULL")),)
    id: Mapped[str] = _id()
    meeting_id: Mapped[str] = _fk("meeting.id", "RESTRICT")
    owner_id: Mapped[str | None] = _fk("person.id", "SET NULL", nullable=True)
    # A copy of the newest version's title (the source), kept by a trigger (migration 0004),
    # for sorting, the log list and search; write a title only through a new version.
    title: Mapped[str] = mapped_column(String(300))
    position: Mapped[int] = mapped_column(default=0)
    reopened_from_id: Mapped[str | None] = _fk("proposal.id", "SET NULL", nullable=True, index=False)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class ProposalVersion(Base):
    """One wording of a proposal and its title; each amendment is a new version saying what changed and why."""

    __tablename__ = "proposal_version"
    __table_args__ = (UniqueConstraint("proposal_id", "number"),)
    id: Mapped[str] = _id()
    proposal_id: Mapped[str] = _fk("proposal.id", "CASCADE", index=False)
    number: Mapped[int]
    title: Mapped[str] = mapped_column(String(300), server_default="")
    text: Mapped[str] = mapped_column(Text)
    purpose: Mapped[str] = mapped_column(Text, default="")
    what_changed: Mapped[str] = mapped_column(Text, default="")
    why: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Round(Base):
    """One pass round the circle on one version of a proposal."""

    __tablename__ = "consent_round"
    __table_args__ = (UniqueConstraint("proposal_id", "number"),
                      CheckConstraint(_in("kind", ROUND_KINDS), name="kind"))
    id: Mapped[str] = _id()
    proposal_id: Mapped[str] = _fk("proposal.id", "CASCADE", index=False)
    version_id: Mapped[str] = _fk("proposal_version.id", "CASCADE")
    number: Mapped[int]
    kind: Mapped[str] = mapped_column(String(20))
    closed_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Stance(Base):
    """A person's turn in a round; the database refuses an objection without an argument too."""

    __tablename__ = "stance"
    __table_args__ = (
        UniqueConstraint("round_id", "person_id"),
        CheckConstraint(_in("value", STANCE_VALUES), name="value"),
        CheckConstraint("value <> 'objection' OR length(trim(text)) > 0", name="objection_argued"),
        CheckConstraint("NOT preference_not_objection OR value = 'concern'", name="preference_is_concern"),
    )
    id: Mapped[str] = _id()
    round_id: Mapped[str] = _fk("consent_round.id", "CASCADE", index=False)
    person_id: Mapped[str] = _fk("person.id", "RESTRICT")
    value: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text, default="")
    preference_not_objection: Mapped[bool] = mapped_column(default=False)
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Decision(Base):
    """The outcome of a proposal. Its columns cache the newest revision, for filtering."""

    __tablename__ = "decision"
    __table_args__ = (CheckConstraint(_in("outcome", OUTCOMES), name="outcome"),)
    id: Mapped[str] = _id()
    proposal_id: Mapped[str] = mapped_column(
        String(UUID_LEN), ForeignKey("proposal.id", ondelete="CASCADE"), unique=True)
    outcome: Mapped[str] = mapped_column(String(30), index=True)
    review_date: Mapped[dt.date | None] = mapped_column(default=None, index=True)
    revision: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class DecisionRevision(Base):
    """Append-only: a correction is a new revision with a reason and an author (a trigger forbids UPDATE)."""

    __tablename__ = "decision_revision"
    __table_args__ = (UniqueConstraint("decision_id", "number"),
                      CheckConstraint(_in("outcome", OUTCOMES), name="outcome"))
    id: Mapped[str] = _id()
    decision_id: Mapped[str] = _fk("decision.id", "CASCADE", index=False)
    number: Mapped[int]
    outcome: Mapped[str] = mapped_column(String(30))
    rationale: Mapped[str] = mapped_column(Text, default="")
    review_date: Mapped[dt.date | None] = mapped_column(default=None)
    reason: Mapped[str] = mapped_column(Text, default="")
    author_id: Mapped[str | None] = _fk("person.id", "RESTRICT", nullable=True, index=False)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Action(Base):
    """What, who, by when; the one part of a decision that changes (done)."""

    __tablename__ = "decision_action"
    __table_args__ = (Index("ix_decision_action_open", "done", "due"),)
    id: Mapped[str] = _id()
    decision_id: Mapped[str] = _fk("decision.id", "CASCADE")
    what: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[str | None] = _fk("person.id", "SET NULL", nullable=True)
    due: Mapped[dt.date | None] = mapped_column(default=None)
    done: Mapped[bool] = mapped_column(default=False)
    done_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Note(Base):
    """Free text: a notice, a point of other business, or a note on an agenda item."""

    __tablename__ = "meeting_note"
    __table_args__ = (CheckConstraint(_in("kind", NOTE_KINDS), name="kind"),)
    id: Mapped[str] = _id()
    meeting_id: Mapped[str] = _fk("meeting.id", "CASCADE")
    proposal_id: Mapped[str | None] = _fk("proposal.id", "CASCADE", nullable=True)
    author_id: Mapped[str | None] = _fk("person.id", "SET NULL", nullable=True, index=False)
    kind: Mapped[str] = mapped_column(String(20), default="note")
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class SearchItem(Base):
    """Derived (search index, kept by triggers): a small number per proposal, carried in its texts'
    FTS rowids, with the proposal's sort and filter keys, so a search ranks and filters its hits
    without visiting the big tables."""

    __tablename__ = "log_search_item"
    __table_args__ = (Index("ix_log_search_item_team_date", "team_id", "sort_date"),)
    no: Mapped[int] = mapped_column(primary_key=True)
    proposal_id: Mapped[str] = mapped_column(String(UUID_LEN), unique=True)
    team_id: Mapped[str] = mapped_column(String(UUID_LEN))
    sort_date: Mapped[dt.date] = mapped_column(index=True)
    position: Mapped[int]
    outcome: Mapped[str | None] = mapped_column(String(30))  # None while the item is open


class SearchDoc(Base):
    """Derived (search index): which FTS row holds a record's text; id = (item no << 20) + n."""

    __tablename__ = "log_search_doc"
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    source_id: Mapped[str] = mapped_column(String(UUID_LEN), unique=True)
