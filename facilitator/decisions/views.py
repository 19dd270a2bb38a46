"""Plain, frozen read models the log view, the CLI and exports use.

They hold copies, never ORM objects, so a view can keep them after its
session has closed (and hand them across threads).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class PersonRef:
    id: str
    name: str


@dataclass(frozen=True)
class DecisionSummary:
    """One row of the log list: an agenda item and, once decided, its outcome."""

    proposal_id: str
    decision_id: str | None
    title: str
    date: dt.date
    team_id: str
    team: str
    owner: str
    outcome: str | None  # None while the item is still open
    review_date: dt.date | None
    open_actions: int
    reviewed: bool = False  # reopened for review since: its review date is no longer due


@dataclass(frozen=True)
class VersionView:
    id: str
    number: int
    title: str  # what the proposal was called in this version (an amendment may rename it)
    text: str
    purpose: str
    what_changed: str
    why: str
    created_at: dt.datetime


@dataclass(frozen=True)
class StanceView:
    id: str
    person: PersonRef
    value: str
    text: str
    preference_not_objection: bool
    recorded_at: dt.datetime


@dataclass(frozen=True)
class RoundView:
    id: str
    number: int
    kind: str
    version: int
    closed_at: dt.datetime | None
    stances: tuple[StanceView, ...]


@dataclass(frozen=True)
class RevisionView:
    id: str
    number: int
    outcome: str
    rationale: str
    review_date: dt.date | None
    reason: str
    author: PersonRef | None
    created_at: dt.datetime


@dataclass(frozen=True)
class ActionView:
    id: str
    what: str
    owner: PersonRef | None
    due: dt.date | None
    done: bool
    done_at: dt.datetime | None


@dataclass(frozen=True)
class NoteView:
    id: str
    kind: str
    text: str
    author: PersonRef | None
    created_at: dt.datetime


@dataclass(frozen=True)
class MeetingView:
    id: str
    date: dt.date
    venue: str
    team_id: str
    team: str
    facilitator: PersonRef | None
    reporter: PersonRef | None
    attendees: tuple[PersonRef, ...]
    run_id: str | None


@dataclass(frozen=True)
class DecisionHistory:
    """Everything about one item, oldest first: versions, rounds with stances, revisions, actions."""

    proposal_id: str
    decision_id: str | None
    title: str  # the newest version's
    owner: PersonRef | None
    meeting: MeetingView
    versions: tuple[VersionView, ...]
    rounds: tuple[RoundView, ...]
    revisions: tuple[RevisionView, ...]
    actions: tuple[ActionView, ...]
    notes: tuple[NoteView, ...]
    reopened_from: str | None
    reopened_as: tuple[str, ...]

    @property
    def current(self) -> RevisionView | None:
        """The newest revision: what the decision says now."""
        return self.revisions[-1] if self.revisions else None

    @property
    def outcome(self) -> str | None:
        return self.current.outcome if self.current else None


@dataclass(frozen=True)
class MeetingMinutes:
    """What the minutes report: a meeting and its items; ``decision_only`` for the minutes of one decision."""

    meeting: MeetingView
    items: tuple[DecisionHistory, ...]
    notes: tuple[NoteView, ...] = ()  # the meeting's notices and other business
    decision_only: bool = False


def to_jsonable(value: Any) -> Any:
    """A dataclass (or list of them) as JSON-ready data: dates as ISO text."""
    if hasattr(value, "__dataclass_fields__"):
        value = asdict(value)
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value
