"""Writing the log as the meeting happens: one short transaction per step, so nothing typed is lost.

Every write checks the method's rules (facilitator.decisions.rules) first.
A stance is saved the moment it is recorded; the round screen can be closed
at any point and :func:`load_round` picks up where it was.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator.decisions.meetings import attendees, get_row
from facilitator.decisions.rounds import ConsentRound
from facilitator.decisions.rules import (
    DomainError,
    NextStep,
    RoundKind,
    Stance,
    StanceValue,
    check_new_round,
    make_stance,
    next_step,
)
from facilitator.decisions.state import close_open_rounds, history, latest_version, settings_for
from facilitator.decisions.tables import (
    Decision,
    Meeting,
    Person,
    Proposal,
    ProposalVersion,
    Round,
)
from facilitator.decisions.tables import Stance as StanceRow
from facilitator.store.base import utcnow
from facilitator.store.db import Database


def add_proposal(db: Database, meeting_id: str, title: str, text: str, *, purpose: str = "",
                 owner_id: str | None = None) -> str:
    """An agenda item with its first version ("What is your proposal? What is its purpose?")."""
    with db.session() as s:
        return insert_proposal(s, meeting_id, title, text, purpose, owner_id)


def insert_proposal(s: Session, meeting_id: str, title: str, text: str, purpose: str,
                     owner_id: str | None, reopened_from_id: str | None = None, why: str = "") -> str:
    if not title.strip() or not text.strip():
        raise DomainError("a proposal needs a title and a concrete text to say yes or no to")
    get_row(s, Meeting, meeting_id)
    position = s.scalar(select(func.count()).where(Proposal.meeting_id == meeting_id)) or 0
    proposal = Proposal(meeting_id=meeting_id, owner_id=owner_id, title=title.strip(),
                        position=position, reopened_from_id=reopened_from_id)
    s.add(proposal)
    s.flush()
    s.add(ProposalVersion(proposal_id=proposal.id, number=1, title=title.strip(), text=text.strip(),
                          purpose=purpose.strip(), what_changed="reopened for review" if reopened_from_id else "", why=why.strip()))
    return proposal.id


def amend_proposal(db: Database, proposal_id: str, text: str, *, what_changed: str, why: str,
                   purpose: str | None = None, title: str | None = None) -> int:
    """The owner's next wording (and title, if it changes), saying what changed and why; returns the
    new version number. The proposal is called by its newest version's title from then on."""
    if not text.strip() or not what_changed.strip():
        raise DomainError("an amendment needs the new text and what changed")
    if title is not None and not title.strip():
        raise DomainError("an amendment needs a title; keep the current one if it still fits")
    with db.session() as s:
        latest = latest_version(s, proposal_id)
        close_open_rounds(s, proposal_id)
        s.add(ProposalVersion(proposal_id=proposal_id, number=latest.number + 1, text=text.strip(),
                              title=latest.title if title is None else title.strip(),
                              purpose=latest.purpose if purpose is None else purpose.strip(),
                              what_changed=what_changed.strip(), why=why.strip()))
        return latest.number + 1


def start_round(db: Database, proposal_id: str, kind: RoundKind | str) -> str:
    """A new round on the current version; a repeated decision round needs an amendment first."""
    kind = RoundKind(kind)
    with db.session() as s:
        version = latest_version(s, proposal_id)
        check_new_round(settings_for(s, proposal_id), history(s, proposal_id), kind, version.number)
        close_open_rounds(s, proposal_id)
        number = (s.scalar(select(func.max(Round.number)).where(Round.proposal_id == proposal_id)) or 0) + 1
        rnd = Round(proposal_id=proposal_id, version_id=version.id, number=number, kind=kind.value)
        s.add(rnd)
        s.flush()
        return rnd.id


def record_stance(db: Database, round_id: str, person_id: str, value: str, text: str = "",
                  preference: bool = False) -> Stance:
    """Save one person's stance now; the round closes the moment everyone present has a stance.

    Recording again replaces a stance while the round is still the item's
    latest step (a correction after the last speaker); once the item has
    moved on (another round, an amendment, an outcome) the stances are the record.
    """
    with db.session() as s:
        rnd = get_row(s, Round, round_id)
        if rnd.closed_at is not None and not _still_current(s, rnd):
            raise DomainError("this round is closed; its stances are part of the record")
        stance = make_stance(RoundKind(rnd.kind), person_id, value, text, preference)
        row = s.scalar(select(StanceRow).where(StanceRow.round_id == round_id,
                                               StanceRow.person_id == person_id))
        if row is None:
            get_row(s, Person, person_id)
            row = StanceRow(round_id=round_id, person_id=person_id)
            s.add(row)
        row.value, row.text = stance.value.value, stance.text
        row.preference_not_objection, row.recorded_at = stance.preference_not_objection, utcnow()
        s.flush()
        if rnd.closed_at is None and _everyone_spoke(s, rnd):
            rnd.closed_at = utcnow()
        return stance


def _everyone_spoke(s: Session, rnd: Round) -> bool:
    """Every person in the meeting's circle has a stance in this round."""
    circle = set(attendees(s, get_row(s, Proposal, rnd.proposal_id).meeting_id))
    spoken = set(s.scalars(select(StanceRow.person_id).where(StanceRow.round_id == rnd.id)))
    return bool(circle) and circle <= spoken


def _still_current(s: Session, rnd: Round) -> bool:
    """Nothing has happened on the item since this round: no later round, version or decision."""
    later = s.scalar(select(func.count()).where(Round.proposal_id == rnd.proposal_id, Round.number > rnd.number))
    decided = s.scalar(select(func.count()).where(Decision.proposal_id == rnd.proposal_id))
    return not later and not decided and latest_version(s, rnd.proposal_id).id == rnd.version_id


def mark_preference(db: Database, round_id: str, person_id: str) -> Stance:
    """The facilitator's ruling: a preference, not an objection; kept as a concern with its text."""
    with db.session() as s:
        row = s.scalar(select(StanceRow).where(StanceRow.round_id == round_id,
                                               StanceRow.person_id == person_id))
        if row is None or row.value != StanceValue.OBJECTION:
            raise DomainError("only a recorded objection can be marked as a preference")
    return record_stance(db, round_id, person_id, "objection", row.text, preference=True)


def load_round(db: Database, round_id: str) -> ConsentRound:
    """The round as saved, with the turn at the first person still to speak (resume after a crash)."""
    with db.session() as s:
        rnd = get_row(s, Round, round_id)
        proposal = get_row(s, Proposal, rnd.proposal_id)
        circle = attendees(s, proposal.meeting_id)
        rows = s.scalars(select(StanceRow).where(StanceRow.round_id == round_id)).all()
        extra = [r.person_id for r in rows if r.person_id not in circle]
        stances = [Stance(r.person_id, StanceValue(r.value), r.text, r.preference_not_objection) for r in rows]
        return ConsentRound.resume(circle + extra, RoundKind(rnd.kind), stances)


def open_round(db: Database, proposal_id: str) -> str | None:
    """The round still open on this item, if any: where the round screen resumes."""
    with db.session() as s:
        return s.scalar(select(Round.id).where(Round.proposal_id == proposal_id, Round.closed_at.is_(None))
                        .order_by(Round.number.desc()).limit(1))


def suggest_next(db: Database, proposal_id: str) -> NextStep:
    """What the method says comes next for this item (a round, amend, adopt or park)."""
    with db.session() as s:
        versions = latest_version(s, proposal_id).number
        return next_step(settings_for(s, proposal_id), history(s, proposal_id), versions)


