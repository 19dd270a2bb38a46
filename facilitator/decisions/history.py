"""One item's whole story, oldest first: the log's detail view, `facilitator log show` and the minutes.

``meeting_minutes`` and ``decision_minutes`` read what the minutes renderer
prints, so render/ gets plain frozen data and never opens the database.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.decisions.meeting_record import meeting_notes, meeting_view
from facilitator.decisions.meetings import get_row
from facilitator.decisions.queries import LogFilter, list_decisions, person_ref, resolve_id
from facilitator.decisions.tables import (
    Action,
    Decision,
    DecisionRevision,
    MeetingAttendee,
    Note,
    Person,
    Proposal,
    ProposalVersion,
    Round,
    Stance,
)
from facilitator.decisions.views import (
    ActionView,
    DecisionHistory,
    MeetingMinutes,
    NoteView,
    PersonRef,
    RevisionView,
    RoundView,
    StanceView,
    VersionView,
)
from facilitator.store.db import Database


def decision_history(db: Database, proposal_id: str) -> DecisionHistory:
    """Versions, rounds with every stance, revisions, actions and notes of one item."""
    with db.session() as s:
        proposal = get_row(s, Proposal, proposal_id)
        decision = s.scalar(select(Decision).where(Decision.proposal_id == proposal_id))
        versions = tuple(VersionView(v.id, v.number, v.title, v.text, v.purpose, v.what_changed, v.why, v.created_at)
                         for v in s.scalars(select(ProposalVersion).where(ProposalVersion.proposal_id == proposal_id)
                                            .order_by(ProposalVersion.number)))
        number_of = {v.id: v.number for v in versions}
        revisions: tuple[RevisionView, ...] = ()
        actions: tuple[ActionView, ...] = ()
        if decision is not None:
            revisions = tuple(
                RevisionView(r.id, r.number, r.outcome, r.rationale, r.review_date, r.reason,
                             person_ref(s, r.author_id), r.created_at)
                for r in s.scalars(select(DecisionRevision).where(DecisionRevision.decision_id == decision.id)
                                   .order_by(DecisionRevision.number)))
            actions = tuple(
                ActionView(a.id, a.what, person_ref(s, a.owner_id), a.due, a.done, a.done_at)
                for a in s.scalars(select(Action).where(Action.decision_id == decision.id)
                                   .order_by(Action.created_at, Action.id)))
        notes = tuple(NoteView(n.id, n.kind, n.text, person_ref(s, n.author_id), n.created_at)
                      for n in s.scalars(select(Note).where(Note.proposal_id == proposal_id)
                                         .order_by(Note.created_at, Note.id)))
        reopened_as = tuple(s.scalars(select(Proposal.id).where(Proposal.reopened_from_id == proposal_id)
                                      .order_by(Proposal.created_at)))
        return DecisionHistory(
            proposal_id=proposal.id, decision_id=decision.id if decision else None,
            title=versions[-1].title if versions else proposal.title,
            owner=person_ref(s, proposal.owner_id), meeting=meeting_view(s, proposal.meeting_id),
            versions=versions, rounds=_rounds(s, proposal, number_of), revisions=revisions,
            actions=actions, notes=notes, reopened_from=proposal.reopened_from_id, reopened_as=reopened_as)


def meeting_minutes(db: Database, meeting_id: str) -> MeetingMinutes:
    """Every item of one meeting, in agenda order, with the meeting's notices and other business."""
    with db.session() as s:
        meeting = meeting_view(s, meeting_id)
    rows = list_decisions(db, LogFilter(meeting_id=meeting_id, limit=None))
    items = tuple(decision_history(db, row.proposal_id) for row in rows)
    return MeetingMinutes(meeting, items, meeting_notes(db, meeting_id))


def decision_minutes(db: Database, ref: str) -> MeetingMinutes:
    """One item, by its decision or proposal id (or a unique prefix of one)."""
    history = decision_history(db, resolve_id(db, ref))
    return MeetingMinutes(history.meeting, (history,), (), decision_only=True)


def _rounds(s: Session, proposal: Proposal, number_of: dict[str, int]) -> tuple[RoundView, ...]:
    """Rounds in order, each with its stances in seating order (late arrivals last)."""
    rounds = s.scalars(select(Round).where(Round.proposal_id == proposal.id).order_by(Round.number)).all()
    seat = dict(s.execute(select(MeetingAttendee.person_id, MeetingAttendee.position)
                          .where(MeetingAttendee.meeting_id == proposal.meeting_id)).all())
    by_round: dict[str, list[StanceView]] = {r.id: [] for r in rounds}
    if rounds:
        rows = s.execute(select(Stance, Person.display_name).join(Person, Person.id == Stance.person_id)
                         .where(Stance.round_id.in_(list(by_round))).order_by(Stance.recorded_at, Stance.id))
        for st, name in rows:
            by_round[st.round_id].append(StanceView(st.id, PersonRef(st.person_id, name), st.value, st.text,
                                                    st.preference_not_objection, st.recorded_at))
    def order(st: StanceView) -> tuple[int, str]:
        return seat.get(st.person.id, len(seat)), st.recorded_at.isoformat()

    return tuple(RoundView(r.id, r.number, r.kind, number_of.get(r.version_id, 0), r.closed_at,
                           tuple(sorted(by_round[r.id], key=order))) for r in rounds)


def history_text(h: DecisionHistory) -> str:
    """The history as plain text, for the terminal and for pasting into an e-mail."""
    m = h.meeting
    lines = [f"{h.title}", f"{m.team}, {m.date}{', ' + m.venue if m.venue else ''}"
             f"  (decision {h.decision_id or '—'}, proposal {h.proposal_id})",
             f"Owner: {_name(h.owner)}   Facilitator: {_name(m.facilitator)}   Reporter: {_name(m.reporter)}"]
    if h.reopened_from:
        lines.append(f"Reopened for review from proposal {h.reopened_from}")
    for v in h.versions:
        lines.append(f"\nVersion {v.number} ({v.title}): {v.text}")
        if v.purpose and v.number == 1:
            lines.append(f"  Purpose: {v.purpose}")
        if v.what_changed:
            lines.append(f"  What changed: {v.what_changed}" + (f" — why: {v.why}" if v.why else ""))
    for r in h.rounds:
        lines.append(f"\nRound {r.number}: {r.kind} (version {r.version})")
        for st in r.stances:
            flag = " (a preference, not an objection)" if st.preference_not_objection else ""
            lines.append(f"  {st.person.name}: {st.value}{flag}" + (f" — {st.text}" if st.text else ""))
    for rev in h.revisions:
        head = "Decision" if rev.number == 1 else f"Correction {rev.number}"
        lines.append(f"\n{head}: {rev.outcome}" + (f", review on {rev.review_date}" if rev.review_date else ""))
        if rev.rationale:
            lines.append(f"  Rationale: {rev.rationale}")
        if rev.reason:
            lines.append(f"  Reason for the correction ({_name(rev.author)}): {rev.reason}")
    if h.actions:
        lines.append("\nActions:")
        lines += [f"  [{'x' if a.done else ' '}] {a.what} — {_name(a.owner)}, {a.due or 'no date'}" for a in h.actions]
    if h.notes:
        lines.append("\nNotes:")
        lines += [f"  {n.text}" for n in h.notes]
    if h.reopened_as:
        lines.append(f"\nReopened for review as: {', '.join(h.reopened_as)}")
    return "\n".join(lines)


def _name(person: PersonRef | None) -> str:
    return person.name if person else "—"
