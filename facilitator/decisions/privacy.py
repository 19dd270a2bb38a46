"""A participant's rights: erasure (the team keeps its decisions, the person's name goes) and access.

Erasing keeps every stance and decision, which belong to the team, but
replaces the person's name everywhere (names live only in ``person``, so one
update does it) and, on request, the free text they wrote. A backup is taken
first, as with any change that cannot be undone from inside the app.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from sqlalchemy import CursorResult, Result, func, select, update

from facilitator.decisions.meetings import get_row
from facilitator.decisions.tables import Action, Note, Person, Proposal, Round, Stance
from facilitator.drafts import discard_person_drafts
from facilitator.store.backup import make_backup
from facilitator.store.db import Database

ERASED_NAME = "erased participant"
REMOVED_TEXT = "(text removed at the participant's request)"


@dataclass(frozen=True)
class ErasureReport:
    person_id: str
    old_name: str
    stances_kept: int
    texts_removed: int
    notes_removed: int
    backup: Path | None

    def describe(self) -> str:
        parts = [f"'{self.old_name}' is now '{ERASED_NAME}' everywhere",
                 f"{self.stances_kept} stance(s) kept for the team's record"]
        if self.texts_removed or self.notes_removed:
            parts.append(f"{self.texts_removed} argument/concern text(s) and {self.notes_removed} note(s) removed")
        return "; ".join(parts) + "."


def erase_person(db: Database, person_id: str, *, remove_text: bool = False,
                 backup: bool = True) -> ErasureReport:
    """Replace a person's name with 'erased participant' and optionally remove what they wrote."""
    backup_path = make_backup(db.path, "before-erasure") if backup else None
    with db.session() as s:
        person = get_row(s, Person, person_id)
        old_name = person.display_name
        person.display_name, person.erased = ERASED_NAME, True
        stances = s.scalar(select(func.count()).where(Stance.person_id == person_id)) or 0
        texts = notes = 0
        if remove_text:
            texts = _changed(s.execute(update(Stance).where(Stance.person_id == person_id, Stance.text != "")
                                       .values(text=REMOVED_TEXT)))
            notes = _changed(s.execute(update(Note).where(Note.author_id == person_id)
                                       .values(text=REMOVED_TEXT)))
    discard_person_drafts(person_id)  # words never saved are not part of the record: always gone
    return ErasureReport(person_id, old_name, stances, texts, notes, backup_path)


def _changed(result: Result[Any]) -> int:
    return int(cast(CursorResult[Any], result).rowcount)


def person_data(db: Database, person_id: str) -> dict[str, Any]:
    """Everything the log holds that a person said or was given (a subject access request)."""
    with db.session() as s:
        person = get_row(s, Person, person_id)
        stances = s.execute(select(Proposal.title, Round.kind, Round.number, Stance.value, Stance.text,
                                   Stance.recorded_at)
                            .join(Round, Round.id == Stance.round_id).join(Proposal, Proposal.id == Round.proposal_id)
                            .where(Stance.person_id == person_id).order_by(Stance.recorded_at)).all()
        notes = s.execute(select(Note.kind, Note.text, Note.created_at).where(Note.author_id == person_id)
                          .order_by(Note.created_at)).all()
        actions = s.execute(select(Action.what, Action.due, Action.done).where(Action.owner_id == person_id)).all()
        owned = s.scalars(select(Proposal.title).where(Proposal.owner_id == person_id)).all()
        return {
            "person": {"id": person.id, "display_name": person.display_name, "erased": person.erased},
            "stances": [{"proposal": t, "round": f"{k} {n}", "value": v, "text": x, "recorded_at": r.isoformat()}
                        for t, k, n, v, x, r in stances],
            "notes": [{"kind": k, "text": x, "created_at": c.isoformat()} for k, x, c in notes],
            "actions": [{"what": w, "due": d.isoformat() if d else None, "done": done} for w, d, done in actions],
            "proposals_owned": list(owned),
        }
