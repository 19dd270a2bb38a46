"""SDMI rules without a database: argued objections, the circle, round repetition, outcomes, corrections."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator.decisions.rounds import ConsentRound
from facilitator.decisions.rules import (
    DomainError,
    NextStep,
    ObjectionNeedsArgument,
    Outcome,
    PastRound,
    RoundKind,
    RoundSettings,
    StanceValue,
    as_preference,
    check_new_round,
    check_outcome,
    check_revision,
    make_stance,
    next_step,
)

D, C, R, OP = RoundKind.DECISION, RoundKind.CLARIFYING, RoundKind.REACTIONS, RoundKind.OPENING


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_an_objection_without_an_argument_is_refused(text: str) -> None:
    with pytest.raises(ObjectionNeedsArgument, match="needs an argument"):
        make_stance(D, "p1", "objection", text)


def test_an_argued_objection_and_a_concern_are_kept_with_their_text() -> None:
    obj = make_stance(D, "p1", "objection", "  harms continuity for clients with dementia ")
    assert obj.value is StanceValue.OBJECTION and obj.text == "harms continuity for clients with dementia"
    assert obj.argued_objection
    assert make_stance(D, "p2", "concern").value is StanceValue.CONCERN


def test_a_preference_is_not_an_objection_it_becomes_a_concern() -> None:
    pref = make_stance(D, "p1", "objection", "I'd rather do it my way", preference=True)
    assert pref.value is StanceValue.CONCERN and pref.preference_not_objection
    assert pref.text == "I'd rather do it my way" and not pref.argued_objection
    ruled = as_preference(make_stance(D, "p1", "objection", "my own plan is nicer"))
    assert ruled.value is StanceValue.CONCERN and ruled.preference_not_objection
    # a preference needs no argument: the facilitator's ruling is what counts
    assert make_stance(D, "p1", "objection", "", preference=True).value is StanceValue.CONCERN
    with pytest.raises(DomainError):
        as_preference(make_stance(D, "p1", "consent"))


@pytest.mark.parametrize("kind, value", [(C, "consent"), (R, "objection"), (D, "input"), (D, "maybe")])
def test_stances_must_fit_the_round(kind: RoundKind, value: str) -> None:
    with pytest.raises(DomainError):
        make_stance(kind, "p", value, "text")


def test_a_forty_person_circle_walks_jumps_and_goes_back() -> None:
    people = [f"p{i}" for i in range(40)]
    rnd = ConsentRound(people)
    assert rnd.current == "p0" and len(rnd.to_come) == 40
    rnd.record("consent")
    rnd.record("objection", "the night shift would be unsafe with one nurse")
    assert rnd.current == "p2"
    rnd.jump("p30")
    rnd.record("concern", "watch the costs")
    assert rnd.current == "p31"
    assert rnd.back() == "p30"
    rnd.record("consent")  # corrected
    assert rnd.stances["p30"].value is StanceValue.CONSENT
    assert rnd.current == "p31"
    while rnd.current is not None:
        rnd.record("consent")
    assert rnd.complete and rnd.spoken == people
    assert rnd.counts().objection == 1 and rnd.counts().consent == 39 and rnd.counts().to_come == 0
    rnd.mark_preference("p1")
    assert rnd.argued_objections() == [] and rnd.counts().concern == 1
    with pytest.raises(DomainError):
        rnd.record("consent")  # everyone has spoken


def test_an_objection_without_argument_leaves_the_turn_where_it_is() -> None:
    rnd = ConsentRound(["a", "b"])
    with pytest.raises(ObjectionNeedsArgument):
        rnd.record("objection")
    assert rnd.current == "a" and rnd.stances == {}


def test_forward_skips_someone_who_stays_to_come_and_resume_finds_them() -> None:
    rnd = ConsentRound(["a", "b", "c"])
    assert rnd.forward() == "b"
    rnd.record("consent")
    rnd.record("consent")
    assert rnd.current == "a"  # wrapped round to the one skipped
    assert rnd.forward() == "a"  # the only one left stays current
    again = ConsentRound.resume(["a", "b", "c"], D, rnd.stances.values())
    assert again.current == "a" and again.spoken == ["b", "c"]


def test_a_circle_needs_distinct_people() -> None:
    with pytest.raises(DomainError):
        ConsentRound([])
    with pytest.raises(DomainError):
        ConsentRound(["a", "a"])
    with pytest.raises(DomainError):
        ConsentRound(["a"]).jump("z")


@given(st.lists(st.sampled_from(["consent", "concern", "objection", "jump", "back", "forward"]), max_size=80),
       st.integers(1, 40))
def test_the_circle_never_loses_anyone(ops: list[str], size: int) -> None:
    people = [f"p{i}" for i in range(size)]
    rnd = ConsentRound(people)
    for i, op in enumerate(ops):
        if op == "jump":
            rnd.jump(people[i % size])
        elif op == "back":
            rnd.back()
        elif op == "forward":
            rnd.forward()
        elif rnd.current is not None:
            rnd.record(op, "because" if op == "objection" else "")
        counts = rnd.counts()
        assert counts.consent + counts.concern + counts.objection + counts.to_come == size
        assert set(rnd.spoken) | set(rnd.to_come) == set(people)
        assert rnd.current is None or rnd.current in people


def test_the_decision_round_repeats_only_after_an_amendment() -> None:
    settings = RoundSettings()
    held = [PastRound(C, 1), PastRound(R, 1), PastRound(D, 1, argued_objections=2)]
    with pytest.raises(DomainError, match="amend the proposal"):
        check_new_round(settings, held, D, 1)
    check_new_round(settings, held, D, 2)
    assert next_step(settings, held, versions=1) == NextStep("amend")
    assert next_step(settings, held, versions=2) == NextStep("round", D)


def test_a_team_can_cap_decision_rounds_and_then_parks() -> None:
    settings = RoundSettings(max_decision_rounds=2)
    held = [PastRound(D, 1, 1), PastRound(D, 2, 1)]
    with pytest.raises(DomainError, match="park the item"):
        check_new_round(settings, held, D, 3)
    assert next_step(settings, held, versions=3) == NextStep("park", outcome=Outcome.NO_CONSENT_PARKED)
    assert next_step(RoundSettings(), held, versions=3).kind is D  # unlimited keeps going
    with pytest.raises(DomainError):
        RoundSettings(max_decision_rounds=0)


def test_the_method_order_with_and_without_an_opening_round() -> None:
    plain, opening = RoundSettings(), RoundSettings(opening_round=True)
    assert next_step(plain, [], 1).kind is C
    assert next_step(opening, [], 1).kind is OP
    assert next_step(opening, [PastRound(OP, 1)], 1).kind is C
    assert next_step(plain, [PastRound(C, 1)], 1).kind is R
    assert next_step(plain, [PastRound(C, 1), PastRound(R, 1)], 1).kind is D
    assert next_step(plain, [PastRound(D, 1)], 1) == NextStep("adopt", outcome=Outcome.ADOPTED)


def test_outcomes_follow_the_rounds() -> None:
    clean = [PastRound(D, 1)]
    assert check_outcome("adopted", clean, 1) is Outcome.ADOPTED
    amended = [PastRound(D, 1, 1), PastRound(D, 2)]
    assert check_outcome("adopted_after_amendment", amended, 2) is Outcome.ADOPTED_AFTER_AMENDMENT
    with pytest.raises(DomainError, match="adopted_after_amendment"):
        check_outcome("adopted", amended, 2)
    with pytest.raises(DomainError, match="argued objections remain"):
        check_outcome("adopted", [PastRound(D, 1, 1)], 1)
    with pytest.raises(DomainError, match="decision round"):
        check_outcome("adopted", [PastRound(C, 1)], 1)
    with pytest.raises(DomainError, match="now has version 2"):
        check_outcome("adopted_after_amendment", [PastRound(D, 1)], 2)  # amended but not decided again
    for park in ("deferred", "withdrawn", "no_consent_parked", "referred_to_coach"):
        assert check_outcome(park, [PastRound(D, 1, 3)], 1).value == park
    with pytest.raises(DomainError, match="unknown outcome"):
        check_outcome("vetoed", clean, 1)


def test_a_correction_needs_a_reason() -> None:
    check_revision(1, "")
    check_revision(2, "review date was wrong")
    with pytest.raises(DomainError, match="needs a reason"):
        check_revision(2, "  ")
