"""Rounds with stages: Troika's three rounds of explain / ask / discuss / respond, read, counted and timed.

The format, its plain messages, the totals a library and a plan count, the
cache and the writer keeping the stages, and the timer calling every stage.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.plans.model import PlanItem, step_seconds, structure_seconds
from facilitator.plans.runs import items_from_json, items_to_json
from facilitator.structures import cache
from facilitator.structures.library import load_library
from facilitator.structures.loader import parse_structure
from facilitator.structures.model import Configuration, Stage, Step
from facilitator.structures.writer import dumps
from facilitator.timing import FakeClock, StepEnded, StepStarted, TimingEngine
from facilitator.timing.runsheet import run_item_from_structure

HEAD = '''
id = "mini-troika"
name = "Mini Troika"
purposes = ["help"]
purpose = "Peer help."
invitation = "What is your challenge with …?"
'''

GOOD = HEAD + '''
[[steps]]
title = "Prepare"
minutes = 1
configuration = "alone"

[[steps]]
title = "Consulting round"
repeat = 3
configuration = "trios"
say = "One client a round."
notes = "Call each change."
leftovers = "Make a foursome."

[[steps.stages]]
title = "Client explains"
minutes = 2
min_minutes = 1
say = "Client, explain."

[[steps.stages]]
title = "Consultants ask"
minutes = 2

[[steps.stages]]
title = "Consultants discuss"
minutes = 5
max_minutes = 6
say = "Client, turn round."

[[steps.stages]]
title = "Client responds"
minutes = 1
'''


def parse(text: str) -> tuple[object, list[str]]:
    structure, problems = parse_structure(text.encode(), "mini.toml", "custom")
    return structure, [f"{p.field}: {p.message}" for p in problems]


def good():
    structure, problems = parse(GOOD)
    assert problems == []
    return structure


def test_a_round_with_stages_is_read_and_counted_once_per_repeat() -> None:
    s = good()
    round_ = s.steps[1]
    assert [st.title for st in round_.stages] == ["Client explains", "Consultants ask", "Consultants discuss",
                                                  "Client responds"]
    assert round_.minutes == 10 and round_.repeat == 3
    assert (round_.min_minutes, round_.max_minutes) == (9, 11)  # ranges add up from the stages
    assert s.total_minutes == 1 + 3 * 10
    assert s.shortest_minutes == 1 + 3 * 9
    assert structure_seconds(s) == 31 * 60
    assert step_seconds(s, {1: 8}) == [60, 3 * 480]


@pytest.mark.parametrize("tail, expected", [
    ('\n[[steps]]\ntitle = "R"\nconfiguration = "trios"\nstages = []\n',
     "steps[3].stages: expected one or more [[steps.stages]] tables, each with a title and minutes"),
    ('\n[[steps]]\ntitle = "R"\nminutes = 12\nconfiguration = "trios"\n[[steps.stages]]\ntitle = "A"\nminutes = 5\n',
     "steps[3].minutes: is 12 but its stages add up to 5; leave minutes out, the stages give the time"),
    ('\n[[steps]]\ntitle = "R"\nmin_minutes = 1\nconfiguration = "trios"\n[[steps.stages]]\ntitle = "A"\nminutes = 5\n',
     "steps[3].min_minutes: a step with stages takes its range from them; move min_minutes to the stages it belongs to"),
    ('\n[[steps]]\ntitle = "R"\nconfiguration = "trios"\n[[steps.stages]]\ntitle = "A"\nminutes = 5\nrepeat = 3\n',
     "steps[3].stages[1].repeat: 'repeat' belongs to the whole step; move it above the step's first [[steps.stages]]"),
    ('\n[[steps]]\ntitle = "R"\nconfiguration = "trios"\n[[steps.stages]]\ntitle = "A"\nminutes = 5\ntips = ["x"]\n',
     "steps[3].stages[1].tips: 'tips' belongs to the whole structure; move it above the first [[steps]]"),
    ('\n[[steps]]\ntitle = "R"\nconfiguration = "trios"\n[[steps.stages]]\ntitle = "A"\nminutes = "two"\n',
     'steps[3].stages[1].minutes: expected a positive number of minutes, got "two"'),
    ('\n[[steps]]\ntitle = "R"\nconfiguration = "trios"\n[[steps.stages]]\nminutes = 2\n',
     "steps[3].stages[1].title: missing; add it as text in quotes"),
    ('\n[[steps]]\ntitle = "R"\nconfiguration = "trios"\n[[steps.stages]]\ntitle = "A"\nminutes = 2\nmax_minutes = 1\n',
     "steps[3].stages[1].max_minutes: 1 is less than the default minutes (2)"),
    ('\n[[steps]]\ntitle = "R"\nconfiguration = "trios"\n[[steps.stages]]\ntitle = "A"\nminutes = 2\nsaay = "x"\n',
     "steps[3].stages[1].saay: unknown field (did you mean 'say'?); remove it or fix its spelling"),
    ('\n[[steps]]\ntitle = "R"\nconfiguration = "trios"\nrepeat = 500\n[[steps.stages]]\ntitle = "A"\nminutes = 2\n',
     "steps[3].repeat: 500 rounds is more than a session holds; use at most 50"),
    ('\n[[steps]]\ntitle = "R"\nconfiguration = "trios"\nstages = "A then B"\n',
     "steps[3].stages: expected one or more [[steps.stages]] tables, each with a title and minutes"),
])
def test_bad_stages_get_one_plain_message_naming_the_field(tail: str, expected: str) -> None:
    structure, problems = parse(GOOD + tail)
    assert structure is None
    assert problems == [expected]


def test_the_writer_and_the_cache_keep_the_stages(home: Path) -> None:
    s = good()
    again, problems = parse(dumps(s))
    assert problems == [] and again.steps == s.steps
    parsed = load_library(cached=False)
    load_library()  # writes the cache
    cached = load_library()
    assert cached.get("troika-consulting") == parsed.get("troika-consulting")
    assert isinstance(cached.get("troika-consulting").steps[1].stages[0], Stage)
    assert cache.fingerprint()[0] == cache.CACHE_FORMAT == 2


def test_stages_scale_to_a_plan_s_minutes_and_always_add_up() -> None:
    step = Step("R", 10, Configuration.TRIOS, repeat=3,
                stages=(Stage("A", 2), Stage("B", 2), Stage("C", 5), Stage("D", 1)))
    assert step.stage_seconds() == (120, 120, 300, 60)
    assert step.stage_seconds(8) == (96, 96, 240, 48)
    for minutes in (7, 7.25, 9.9, 11, 13.3):
        assert sum(step.stage_seconds(minutes)) == round(minutes * 60)


def test_the_timer_counts_down_and_chimes_every_stage_of_every_round() -> None:
    item = run_item_from_structure(good())
    timed = item.timed.steps
    assert len(timed) == 1 + 3 * 4
    assert [(t.title, t.seconds) for t in timed[5:9]] == [
        ("Round 2 of 3 — Client explains", 120), ("Round 2 of 3 — Consultants ask", 120),
        ("Round 2 of 3 — Consultants discuss", 300), ("Round 2 of 3 — Client responds", 60)]
    assert (timed[7].stage, timed[7].round, timed[7].rounds) == ("Consultants discuss", 2, 3)
    # the stage's own words, else the step's; the step's notes open each round
    assert [c.say for c in item.cues[1:5]] == ["Client, explain.", "One client a round.", "Client, turn round.",
                                               "One client a round."]
    assert [c.notes for c in item.cues[5:7]] == ["Call each change.", ""]
    assert all(c.leftovers == "Make a foursome." and c.configuration == "trios" for c in item.cues[1:])

    clock = FakeClock()
    engine = TimingEngine([item.timed], clock, warning_seconds=0)
    engine.jump_to(0, 5)  # round 2, client explains
    engine.start()
    ends = []
    for seconds in (120, 120, 300, 60):
        clock.advance(seconds)
        events = engine.poll()
        ends += [e for e in events if isinstance(e, StepEnded)]
        assert engine.snapshot().remaining_seconds == 0
        engine.next_step()
    assert [(e.step_index, e.at) for e in ends] == [(5, 120), (6, 240), (7, 540), (8, 600)]
    started = [e for e in engine.poll() if isinstance(e, StepStarted)]
    assert engine.snapshot().step_title == "Round 3 of 3 — Client explains"
    assert started and started[-1].step_index == 9


def test_a_resumed_run_keeps_the_round_of_each_stage() -> None:
    timed = run_item_from_structure(good()).timed
    assert items_from_json(items_to_json([timed])) == [timed]


def test_every_builtin_round_with_stages_adds_up() -> None:
    library = load_library(cached=False)
    staged = {s.id: s for s in library if any(step.stages for step in s.steps)}
    assert {"troika-consulting", "wise-crowds", "talking-with-pixies", "heard-seen-respected",
            "shift-and-share", "15-percent-solutions", "impromptu-networking"} <= set(staged)
    troika = staged["troika-consulting"].steps[1]
    assert (troika.repeat, troika.minutes, [st.minutes for st in troika.stages]) == (3, 10, [2, 2, 5, 1])
    assert (troika.min_minutes, troika.max_minutes) == (7, 11)  # the official 7-11 min a round
    assert staged["troika-consulting"].total_minutes == 31
    assert staged["wise-crowds"].total_minutes == 60
    for s in staged.values():
        for step in s.steps:
            assert abs(sum(st.minutes for st in step.stages) - step.minutes) < 1e-9 or not step.stages
    assert PlanItem.for_structure(staged["troika-consulting"]).minutes == 31
