"""SDMI decision rules, free of storage: what a stance may be, when a round may start, which outcome fits.

The repository calls these before it writes, and the round screen calls them
as the facilitator types, so the rules live in one place.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from facilitator.errors import DomainError


class ObjectionNeedsArgument(DomainError):
    def __init__(self) -> None:
        super().__init__("An objection needs an argument: why would this harm the team's aim, "
                         "or why can't you live with it? Otherwise record consent or a concern.")


class RoundKind(StrEnum):
    OPENING = "opening"
    CLARIFYING = "clarifying"
    REACTIONS = "reactions"
    DECISION = "decision"


class StanceValue(StrEnum):
    CONSENT = "consent"
    CONCERN = "concern"
    OBJECTION = "objection"
    INPUT = "input"  # a question or reaction in a round before the decision
    PASS = "pass"


class Outcome(StrEnum):
    ADOPTED = "adopted"
    ADOPTED_AFTER_AMENDMENT = "adopted_after_amendment"
    DEFERRED = "deferred"
    WITHDRAWN = "withdrawn"
    NO_CONSENT_PARKED = "no_consent_parked"
    REFERRED_TO_COACH = "referred_to_coach"

    @property
    def adopted(self) -> bool:
        return self in (Outcome.ADOPTED, Outcome.ADOPTED_AFTER_AMENDMENT)


# What a meeting note is: a plain note, a notice (skeleton step 2), or a point of other business (step 3).
NOTE_KINDS = ("note", "notice", "other_business")
PARK_OUTCOMES = (Outcome.DEFERRED, Outcome.WITHDRAWN, Outcome.NO_CONSENT_PARKED, Outcome.REFERRED_TO_COACH)
DECISION_VALUES = (StanceValue.CONSENT, StanceValue.CONCERN, StanceValue.OBJECTION)
OTHER_VALUES = (StanceValue.INPUT, StanceValue.PASS)


@dataclass(frozen=True)
class RoundSettings:
    """How a team runs its items; teams vary, so both are configurable per team."""

    opening_round: bool = False
    max_decision_rounds: int | None = None  # None: go on amending until no argued objection is left

    def __post_init__(self) -> None:
        if self.max_decision_rounds is not None and self.max_decision_rounds < 1:
            raise DomainError("the maximum number of decision rounds must be at least 1 (or unlimited)")


@dataclass(frozen=True)
class Stance:
    """One person's turn. An objection always carries its argument."""

    person: str
    value: StanceValue
    text: str = ""
    preference_not_objection: bool = False

    @property
    def argued_objection(self) -> bool:
        return self.value is StanceValue.OBJECTION


def make_stance(kind: RoundKind, person: str, value: str, text: str = "",
                preference: bool = False) -> Stance:
    """Check a stance against the round's kind; a marked preference becomes a concern."""
    try:
        val = StanceValue(value)
    except ValueError:
        raise DomainError(f"unknown stance {value!r}") from None
    text = text.strip()
    allowed = DECISION_VALUES if kind is RoundKind.DECISION else OTHER_VALUES
    if val not in allowed:
        raise DomainError(f"a {kind.value} round takes {', '.join(v.value for v in allowed)}, not {val.value}")
    if preference:
        if val not in (StanceValue.OBJECTION, StanceValue.CONCERN):
            raise DomainError("only an objection can be marked as a preference")
        return Stance(person, StanceValue.CONCERN, text, preference_not_objection=True)
    if val is StanceValue.OBJECTION and not text:
        raise ObjectionNeedsArgument()
    return Stance(person, val, text)


def as_preference(stance: Stance) -> Stance:
    """The facilitator's call: 'that is a preference, not an objection' records it as a concern."""
    if stance.value is not StanceValue.OBJECTION:
        raise DomainError("only an objection can be marked as a preference")
    return Stance(stance.person, StanceValue.CONCERN, stance.text, preference_not_objection=True)


@dataclass(frozen=True)
class PastRound:
    """What the rules need to know of a round already held."""

    kind: RoundKind
    version: int
    argued_objections: int = 0


def check_new_round(settings: RoundSettings, history: Sequence[PastRound], kind: RoundKind,
                    version: int) -> None:
    """Refuse a round the method does not allow: repeating a decision round needs an amendment first."""
    decisions = [r for r in history if r.kind is RoundKind.DECISION]
    if kind is not RoundKind.DECISION:
        return
    if any(r.version == version and r.argued_objections for r in decisions):
        raise DomainError(f"version {version} met argued objections: amend the proposal into a "
                          "new version before the decision round repeats")
    if settings.max_decision_rounds is not None and len(decisions) >= settings.max_decision_rounds:
        raise DomainError(f"this team allows {settings.max_decision_rounds} decision round(s): "
                          "park the item (defer, give it back, withdraw or take it to the coach)")


@dataclass(frozen=True)
class NextStep:
    """What the round screen offers next: a round of ``kind``, amending, or recording an outcome."""

    action: str  # "round", "amend", "adopt", "park"
    kind: RoundKind | None = None
    outcome: Outcome | None = None


def next_step(settings: RoundSettings, history: Sequence[PastRound], versions: int) -> NextStep:
    """The method's order: [opening], clarifying, reactions, decision; objections → amend → decision."""
    decisions = [r for r in history if r.kind is RoundKind.DECISION]
    if not decisions:
        order = [RoundKind.CLARIFYING, RoundKind.REACTIONS, RoundKind.DECISION]
        if settings.opening_round:
            order.insert(0, RoundKind.OPENING)
        held = [order.index(r.kind) for r in history if r.kind in order]
        return NextStep("round", order[max(held) + 1 if held else 0])
    last = decisions[-1]
    if not last.argued_objections:
        return NextStep("adopt", outcome=adoption_outcome(versions))
    if settings.max_decision_rounds is not None and len(decisions) >= settings.max_decision_rounds:
        return NextStep("park", outcome=Outcome.NO_CONSENT_PARKED)
    if last.version < versions:
        return NextStep("round", RoundKind.DECISION)
    return NextStep("amend")


def adoption_outcome(versions: int) -> Outcome:
    return Outcome.ADOPTED_AFTER_AMENDMENT if versions > 1 else Outcome.ADOPTED


def check_outcome(outcome: str, history: Sequence[PastRound], versions: int) -> Outcome:
    """Adopt only after a decision round with no argued objection left; parking is always allowed."""
    try:
        out = Outcome(outcome)
    except ValueError:
        raise DomainError(f"unknown outcome {outcome!r}; one of {', '.join(o.value for o in Outcome)}") from None
    if not out.adopted:
        return out
    decisions = [r for r in history if r.kind is RoundKind.DECISION]
    if not decisions:
        raise DomainError("a proposal is adopted in a decision round: hold one first")
    if decisions[-1].argued_objections:
        raise DomainError("argued objections remain: amend the proposal, or park the item")
    if decisions[-1].version != versions:
        raise DomainError(f"the last decision round was on version {decisions[-1].version}, "
                          f"but the proposal now has version {versions}: decide on it first")
    expected = adoption_outcome(versions)
    if out is not expected:
        raise DomainError(f"with {versions} version(s) the outcome is {expected.value}")
    return out


def check_revision(number: int, reason: str) -> None:
    """The first revision records the decision; every later one is a correction and says why."""
    if number > 1 and not reason.strip():
        raise DomainError("a correction needs a reason (the earlier text stays in the history)")
