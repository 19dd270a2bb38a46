"""Session-level reads the writers share: the current version, the rounds held, the team's settings."""

from __future__ import annotations

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from facilitator.decisions.rules import DomainError, PastRound, RoundKind, RoundSettings
from facilitator.decisions.tables import Meeting, Proposal, ProposalVersion, Round, Stance, Team
from facilitator.store.base import utcnow


def latest_version(s: Session, proposal_id: str) -> ProposalVersion:
    version = s.scalars(select(ProposalVersion).where(ProposalVersion.proposal_id == proposal_id)
                        .order_by(ProposalVersion.number.desc()).limit(1)).first()
    if version is None:
        raise DomainError(f"no proposal with id {proposal_id!r}")
    return version


def close_open_rounds(s: Session, proposal_id: str) -> None:
    s.execute(update(Round).where(Round.proposal_id == proposal_id, Round.closed_at.is_(None))
              .values(closed_at=utcnow()))


def settings_for(s: Session, proposal_id: str) -> RoundSettings:
    team = s.scalars(select(Team).join(Meeting, Meeting.team_id == Team.id)
                     .join(Proposal, Proposal.meeting_id == Meeting.id).where(Proposal.id == proposal_id)).one()
    return RoundSettings(team.opening_round, team.max_decision_rounds)


def history(s: Session, proposal_id: str) -> list[PastRound]:
    objections = (select(func.count()).where(Stance.round_id == Round.id, Stance.value == "objection")
                  .correlate(Round).scalar_subquery())
    rows = s.execute(select(Round.kind, ProposalVersion.number, objections)
                     .join(ProposalVersion, ProposalVersion.id == Round.version_id)
                     .where(Round.proposal_id == proposal_id).order_by(Round.number)).all()
    return [PastRound(RoundKind(kind), version, count) for kind, version, count in rows]
