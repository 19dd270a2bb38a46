"""The structure file format: every built-in validates; every kind of bad file gets a clear message."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.structures.library import builtin_dir, load_library, structure_files
from facilitator.structures.loader import MAX_FILE_BYTES, load_structure, parse_structure
from facilitator.structures.model import PURPOSES
from tests.conftest import DATA

BAD = DATA / "bad-structures"
REQUIRED = {"1-2-4-all", "appreciative-interviews", "sdmi-consensus-round", "sdmi-team-meeting"}
LS_MENU = {
    "1-2-4-all", "impromptu-networking", "nine-whys", "wicked-questions", "appreciative-interviews",
    "triz", "15-percent-solutions", "troika-consulting", "what-so-what-now-what",
    "discovery-action-dialogue", "shift-and-share", "25-10-crowd-sourcing", "wise-crowds",
    "min-specs", "improv-prototyping", "helping-heuristics", "conversation-cafe",
    "user-experience-fishbowl", "heard-seen-respected", "drawing-together", "design-storyboards",
    "celebrity-interview", "social-network-webbing", "agreement-certainty-matching",
    "simple-ethnography", "what-i-need-from-you", "open-space-technology",
    "generative-relationships-star", "integrated-autonomy", "critical-uncertainties",
    "ecocycle-planning", "panarchy", "purpose-to-practice",
}


@pytest.mark.parametrize("path", structure_files(builtin_dir()), ids=lambda p: p.stem)
def test_every_builtin_file_validates(path: Path) -> None:
    structure, problems = load_structure(path)
    assert problems == []
    assert structure is not None
    assert structure.id == path.stem, "file name and id agree, so the file is easy to find"
    assert structure.purposes and set(structure.purposes) <= set(PURPOSES)
    assert structure.credit, "every built-in credits its source"
    assert all(step.say for step in structure.steps), "every step has a cue for a novice"


def test_library_has_the_whole_menu_and_sdmi() -> None:
    library = load_library()
    assert library.problems == []
    assert set(library.structures) >= LS_MENU | REQUIRED


def test_one_two_four_all_has_the_official_timings() -> None:
    s = load_library().get("1-2-4-all")
    assert s is not None
    assert [step.minutes for step in s.steps] == [1, 2, 4, 5]
    assert s.total_minutes == 12


def test_repeats_and_uses_are_expressed_not_copied() -> None:
    library = load_library()
    troika = library.get("troika-consulting")
    assert troika is not None and any(step.repeat == 3 for step in troika.steps)
    scoring = library.get("25-10-crowd-sourcing")
    assert scoring is not None and any(step.repeat == 5 for step in scoring.steps)
    triz = library.get("triz")
    assert triz is not None and any(step.uses == "1-2-4-all" for step in triz.steps)


EXPECTED = {
    "bad-toml.toml": "is not valid TOML",
    "wrong-type-minutes.toml": 'steps[2].minutes: expected a positive number of minutes, got "five"',
    "missing-fields.toml": "name: missing",
    "negative-minutes.toml": "steps[1].minutes: expected a positive number of minutes, got -3",
    "unknown-keys.toml": "steps[1].minuets: unknown field (did you mean 'minutes'?)",
    "unknown-family.toml": "purposes[1]: unknown purpose family 'sharing'; use one of: share, reveal",
    "bad-configuration.toml": "steps[1].configuration: unknown configuration 'sixes'",
    "tips-after-steps.toml": "steps[1].tips: 'tips' belongs to the whole structure; move it above the first [[steps]]",
    "bad-id.toml": "id: 'Bad ID!' is not a valid id",
    "no-steps.toml": "steps: missing",
    "empty.toml": "the file is empty",
    "binary-junk.toml": "is not a text file",
    "not-utf8.toml": "is not UTF-8 text",
    "people-reversed.toml": "people.max: 4 is less than people.min (10)",
    "small-groups-no-size.toml": "small-groups needs a group_size",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_file_gets_a_clear_message(name: str) -> None:
    structure, problems = load_structure(BAD / name, "custom")
    assert structure is None
    messages = [str(p) for p in problems]
    assert any(EXPECTED[name] in m for m in messages), messages
    assert all(m.startswith(name) for m in messages), "every message names the file"


def test_unknown_top_level_key_is_reported() -> None:
    _, problems = load_structure(BAD / "unknown-keys.toml", "custom")
    assert any(p.field == "colour" for p in problems)


def test_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    huge = tmp_path / "huge.toml"
    huge.write_bytes(b"# " + b"x" * (MAX_FILE_BYTES + 10))
    structure, problems = load_structure(huge)
    assert structure is None and "too big for a structure file" in str(problems[0])


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert "not found" in str(load_structure(tmp_path / "nope.toml")[1][0])
    assert "is a folder" in str(load_structure(tmp_path)[1][0])


def test_broken_custom_file_never_hides_the_good_ones(home: Path) -> None:
    custom = home / "structures"
    custom.mkdir(parents=True)
    for name in ("bad-toml.toml", "duplicate-id.toml", "binary-junk.toml"):
        (custom / name).write_bytes((BAD / name).read_bytes())
    library = load_library()
    assert "1-2-4-all" in library and library.get("1-2-4-all").source == "builtin"  # type: ignore[union-attr]
    messages = [str(p) for p in library.problems]
    assert any("duplicate-id.toml: id: '1-2-4-all' is already used by 1-2-4-All (builtin" in m for m in messages)
    assert any(m.startswith("bad-toml.toml") for m in messages)
    assert len(library) >= len(LS_MENU)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_give_problems_or_a_structure_never_an_exception(raw: bytes) -> None:
    structure, problems = parse_structure(raw, "fuzz.toml", "custom")
    assert (structure is None) == bool(problems)


_values = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 100) | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=8,
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(["id", "name", "purpose", "invitation", "purposes", "steps", "people", "tips", "newer", "x"]), _values))
def test_any_table_shape_is_checked_not_crashed(table: dict) -> None:
    from facilitator.structures.validate import structure_from_table

    structure, problems = structure_from_table(table, "fuzz.toml", "custom")
    assert structure is not None or problems
