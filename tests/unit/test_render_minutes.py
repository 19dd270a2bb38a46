"""Decision minutes: a whole meeting from the example log, and one decision with awkward text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from facilitator.decisions import meetings as m
from facilitator.decisions import outcomes as o
from facilitator.decisions import repository as r
from facilitator.decisions.history import decision_minutes, meeting_minutes
from facilitator.decisions.importer import import_json
from facilitator.decisions.logformat import example_log
from facilitator.decisions.meeting_record import find_meeting
from facilitator.decisions.meetings import NotFound
from facilitator.decisions.rules import DomainError
from facilitator.render import Options
from facilitator.render.minutes import render_minutes
from facilitator.store.db import Database
from tests.unit.test_render_card import (
    A4,
    LETTER,
    MARKUP,
    assert_fonts_embedded,
    dominant_font_size,
    flat,
    page_count,
    page_sizes,
    pdf_text,
    words,
)


def test_minutes_of_a_meeting_from_the_example_log(db: Database, tmp_path: Path) -> None:
    import_json(db, example_log(), backup=False)
    meeting = find_meeting(db, "2026-01-13")
    assert find_meeting(db, meeting[:6]) == meeting
    with pytest.raises(NotFound):
        find_meeting(db, "2020-01-01")
    out = tmp_path / "minutes.pdf"
    pages = render_minutes(meeting_minutes(db, meeting), out)
    assert pages == page_count(out) >= 3
    t = flat(pdf_text(out))
    for expected in (
        "DECISION MINUTES", "Wijkteam Noord · 13 January 2026", "Tuesday 13 January 2026",
        "Buurthuis De Klinker, Groningen", "FACILITATOR Fatima E.", "REPORTER Joost",
        "PRESENT (8) Anouk V., Bram K., Fatima E., Joost, Lieke M., Marco D., Nadia B., Sanne T.",
        "Notices", "Report of 16 December approved with one correction", "Other business",
        "Weekend work keeps landing on the same three people. (Sanne T.)",
        "Decisions at a glance", "Weekend rota in fixed pairs", "Photo protocol for wound care",
        "Move the team meeting to Thursday", "Adopted after amendment", "16 June 2026",
        # the proposal's versions, what changed and why
        "Proposal · 2 versions", "VERSION 1", "VERSION 2 · AS DECIDED", "What changed: Fixed pairs",
        "Why: Joost's objection",
        # every round, with the words of those who spoke and everyone else by name
        "Round 1 · Clarifying questions on version 1 · 2 inputs · 6 passes",
        "Bram K. Input Does this include the Friday evening round?",
        "Round 3 · Decision round on version 1 · 5 consent · 2 concerns · 1 objection",
        "Joost Objection Clients with dementia", "Consent with a concern",
        "recorded as a preference, not an objection", "Consent (5): Bram K., Fatima E., Lieke M., Nadia B., Sanne T.",
        "Round 4 · Decision round on version 2",
        # outcome, review, corrections, actions
        "OUTCOME Adopted after amendment", "Review date: 16 June 2026", "Correction 2 (Lieke M.)",
        "Actions", "WHO WHAT BY WHEN DONE", "Sanne T. Draw up the pairs for March–May",
        "10 February 2026", "1. Weekend rota in fixed pairs", "Reopened for review later as item",
        "Wijkteam Noord meeting · Decision minutes · 13 January 2026",
    ):
        assert expected in t, expected
    assert t.index("1. Weekend rota") < t.index("2. Photo protocol") < t.index("3. Move the team meeting")
    assert page_sizes(out) == {A4}
    assert_fonts_embedded(out)


def test_one_decision_with_accents_markup_and_a_long_argument(db: Database, tmp_path: Path) -> None:
    team = m.create_team(db, "Zorgteam <Zuid> & co")
    zoe, lukasz, aga = (m.add_person(db, n) for n in ("Zoë", "Łukasz", "Ağaoğlu"))
    meeting = m.create_meeting(db, team, dt.date(2026, 4, 2), venue="Café “De Hoek”",
                               facilitator_id=zoe, reporter_id=lukasz, attendees=[zoe, lukasz, aga])
    m.add_note(db, meeting, "Only in the meeting's minutes, not the decision's", kind="notice")
    p = r.add_proposal(db, meeting, "Rota <b>& pairs</b>", "Pairs work weekends together.",
                       purpose=MARKUP, owner_id=aga)
    rnd = r.start_round(db, p, "decision")
    r.record_stance(db, rnd, zoe, "consent")
    r.record_stance(db, rnd, lukasz, "objection", words(5000, "ARGUMENTEND"))
    r.record_stance(db, rnd, aga, "concern", "Łukasz's <i>point</i> & mine")
    r.amend_proposal(db, p, "Pairs, swapping allowed.", what_changed="swaps", why="Łukasz's objection")
    rnd = r.start_round(db, p, "decision")
    for person in (zoe, lukasz, aga):
        r.record_stance(db, rnd, person, "consent")
    decision = o.record_outcome(db, p, "adopted_after_amendment", rationale="Fair & kind",
                                review_date=dt.date(2026, 10, 1))
    o.add_action(db, decision, "Tell clients <who> & when", owner_id=zoe, due=dt.date(2026, 4, 30))
    with pytest.raises(DomainError):
        decision_minutes(db, "no-such-decision")

    out = tmp_path / "decision.pdf"
    render_minutes(decision_minutes(db, decision[:8]), out, Options(paper="letter", large_print=True))
    t = flat(pdf_text(out))
    for expected in ("DECISION MINUTES · ONE DECISION", "Zorgteam <Zuid> & co", "Café “De Hoek”",
                     "Zoë, Łukasz, Ağaoğlu", "Rota <b>& pairs</b>", "Brought by Ağaoğlu", MARKUP,
                     "ARGUMENTEND", "Łukasz's <i>point</i> & mine", "Why: Łukasz's objection",
                     "Fair & kind", "1 October 2026", "Tell clients <who> & when", "30 April 2026"):
        assert expected in t, expected
    assert "Only in the meeting's minutes" not in t
    assert page_count(out) >= 10  # the 5,000-word argument flows on, whole
    assert page_sizes(out) == {LETTER}
    assert dominant_font_size(out) >= 16
    assert_fonts_embedded(out)
