"""Ending an item and living with the decision: outcome, corrections (append-only), actions, review."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from facilitator.decisions.meetings import get_row
from facilitator.decisions.repository import insert_proposal
from facilitator.decisions.rules import DomainError, Outcome, check_outcome, check_revision
from facilitator.decisions.state import close_open_rounds, history, latest_version
from facilitator.decisions.tables import Action, Decision, DecisionRevision, Proposal
from facilitator.store.base import utcnow
from facilitator.store.db import Database


def record_outcome(db: Database, proposal_id: str, outcome: Outcome | str, *, rationale: str = "",
                   review_date: dt.date | None = None, author_id: str | None = None) -> str:
    """End the item: the outcome (checked against the rounds), its rationale and review date."""
    with db.session() as s:
        if s.scalar(select(Decision.id).where(Decision.proposal_id == proposal_id)):
            raise DomainError("this item already has a decision; correct it with a new revision")
        out = check_outcome(str(outcome), history(s, proposal_id), latest_version(s, proposal_id).number)
        close_open_rounds(s, proposal_id)
        decision = Decision(proposal_id=proposal_id, outcome=out.value, review_date=review_date, revision=1)
        s.add(decision)
        s.flush()
        s.add(DecisionRevision(decision_id=decision.id, number=1, outcome=out.value, rationale=rationale.strip(),
                               review_date=review_date, author_id=author_id))
        return decision.id


_KEEP: dt.date = dt.date.min  # sentinel: "leave the review date as it is"


def revise_decision(db: Database, decision_id: str, *, reason: str, author_id: str | None = None,
                    outcome: Outcome | str | None = None, rationale: str | None = None,
                    review_date: dt.date | None = _KEEP) -> int:
    """Append a correction (never edit): unchanged fields carry over; returns the revision number."""
    with db.session() as s:
        decision = get_row(s, Decision, decision_id)
        last = s.scalars(select(DecisionRevision).where(DecisionRevision.decision_id == decision_id)
                         .order_by(DecisionRevision.number.desc()).limit(1)).one()
        number = last.number + 1
        check_revision(number, reason)
        new_outcome = last.outcome
        if outcome is not None and str(outcome) != last.outcome:
            versions = latest_version(s, decision.proposal_id).number
            new_outcome = check_outcome(str(outcome), history(s, decision.proposal_id), versions).value
        review = last.review_date if review_date is _KEEP else review_date
        s.add(DecisionRevision(decision_id=decision_id, number=number, outcome=new_outcome,
                               rationale=last.rationale if rationale is None else rationale.strip(),
                               review_date=review, reason=reason.strip(), author_id=author_id))
        decision.outcome, decision.review_date, decision.revision = new_outcome, review, number
        return number


def add_action(db: Database, decision_id: str, what: str, *, owner_id: str | None = None,
               due: dt.date | None = None) -> str:
    if not what.strip():
        raise DomainError("an action needs to say what is to be done")
    with db.session() as s:
        get_row(s, Decision, decision_id)
        action = Action(decision_id=decision_id, what=what.strip(), owner_id=owner_id, due=due)
        s.add(action)
        s.flush()
        return action.id


def set_action_done(db: Database, action_id: str, done: bool = True) -> None:
    with db.session() as s:
        action = get_row(s, Action, action_id)
        action.done, action.done_at = done, (utcnow() if done else None)


def reopen_for_review(db: Database, decision_id: str, meeting_id: str, *, reason: str,
                      owner_id: str | None = None) -> str:
    """Revisit a decision: a new proposal, linked to the old one, starting from its adopted text."""
    if not reason.strip():
        raise DomainError("say what new information reopens this decision")
    with db.session() as s:
        old = get_row(s, Proposal, get_row(s, Decision, decision_id).proposal_id)
        version = latest_version(s, old.id)
        title = version.title if version.title.startswith("Review: ") else f"Review: {version.title}"
        return insert_proposal(s, meeting_id, title, version.text, version.purpose,
                                owner_id or old.owner_id, reopened_from_id=old.id, why=reason)
