"""Participant worksheets: tailored layouts, the generic notes sheet, robustness."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from facilitator import paths
from facilitator.render import Options
from facilitator.render.worksheet import WORKSHEET_IDS, render_worksheet, worksheet_flowables
from facilitator.structures.library import structure_files
from facilitator.structures.loader import load_structure
from facilitator.structures.model import Configuration as C
from facilitator.structures.model import Step, Structure
from tests.unit.test_render_card import (
    A4,
    LETTER,
    NAMES,
    assert_fonts_embedded,
    builtin,
    dominant_font_size,
    flat,
    font_size_of,
    min_font_size,
    page_count,
    page_sizes,
    pdf_text,
    words,
)

_STEPS: dict[str, tuple[Step, ...]] = {
    "1-2-4-all": (Step("Alone", 1, C.ALONE), Step("Pairs", 2, C.PAIRS),
                  Step("Fours", 4, C.FOURSOMES), Step("All", 5, C.WHOLE_GROUP)),
    "troika-consulting": (Step("Prepare", 1, C.ALONE), Step("Consulting round", 10, C.TRIOS, repeat=3)),
    "appreciative-interviews": (Step("Theme", 3, C.WHOLE_GROUP), Step("Interview", 10, C.PAIRS, repeat=2),
                                Step("Patterns", 15, C.FOURSOMES)),
}

EXPECTED: dict[str, tuple[str, ...]] = {
    "1-2-4-all": ("1 · Alone", "1 min", "2 · Pair", "2 min", "4 · Four", "4 min", "Our standout idea"),
    "appreciative-interviews": ("Interview guide", "Tell me the story", "What made it possible?",
                                "patterns of success", "10 min each, then swap"),
    "triz": ("Everything that would guarantee the worst result", "Doing this now?",
             "First step to stop it", "The worst result we can imagine"),
    "25-10-crowd-sourcing": ("Bold idea", "First step", "Scores 1–5", "Total", "Cut along the dashed lines"),
    "troika-consulting": ("Client", "Consultants", "Each round · 10 min", "The 3 rounds",
                          "Round 1", "1–11 min from start", "Round 3", "21–31 min from start"),
    "what-so-what-now-what": ("What?", "So what?", "Now what?"),
    "sdmi-consensus-round": ("Proposal form", "PROPOSAL OWNER", "Proposal", "Purpose", "What changes",
                             "Clarifying questions", "Name", "Consent", "Concern",
                             "Objection + argument", "Outcome", "Decision as recorded", "Actions",
                             "Who", "What", "By when", "REVIEW DATE"),
}


def synthetic(ident: str, **changes: Any) -> Structure:
    """A stand-in for a structure whose file may not exist yet."""
    fields: dict[str, Any] = dict(
        id=ident, name=ident.replace("-", " ").title(), purpose="Purpose.",
        invitation="What could we try?", purposes=("analyse",),
        steps=_STEPS.get(ident, (Step("Think alone", 1, C.ALONE), Step("Talk it through", 5, C.SMALL_GROUPS),
                                  Step("Share", 5, C.WHOLE_GROUP, repeat=2))),
    )
    fields.update(changes)
    return Structure(**fields)


def test_tailored_ids() -> None:
    assert set(WORKSHEET_IDS) == set(EXPECTED)
    assert list(WORKSHEET_IDS) == sorted(WORKSHEET_IDS)


@pytest.mark.parametrize("ident", sorted(EXPECTED))
def test_tailored_sheet(tmp_path: Path, ident: str) -> None:
    out = tmp_path / f"{ident}.pdf"
    render_worksheet(synthetic(ident), out)
    t = flat(pdf_text(out))
    for expected in EXPECTED[ident]:
        assert expected in t, expected
    assert page_sizes(out) == {A4}
    assert_fonts_embedded(out)


@pytest.mark.parametrize("ident", sorted(EXPECTED))
def test_tailored_sheet_from_the_shipped_file(tmp_path: Path, ident: str) -> None:
    structure = builtin(ident)
    if structure is None:
        pytest.skip(f"resources/structures/{ident}.toml not present or not loadable")
    out = tmp_path / f"{ident}.pdf"
    render_worksheet(structure, out)
    assert flat(structure.name) in flat(pdf_text(out))
    assert page_count(out) <= 3


def test_one_two_four_all_fits_on_one_page(tmp_path: Path) -> None:
    out = tmp_path / "124.pdf"
    render_worksheet(synthetic("1-2-4-all"), out)
    assert page_count(out) == 1


def test_idea_cards_are_six_to_a_page_four_in_large_print(tmp_path: Path) -> None:
    normal, big = tmp_path / "n.pdf", tmp_path / "b.pdf"
    render_worksheet(synthetic("25-10-crowd-sourcing"), normal)
    render_worksheet(synthetic("25-10-crowd-sourcing"), big, Options(large_print=True))
    assert page_count(normal) == 1 and pdf_text(normal).count("Bold idea") == 6
    assert pdf_text(normal).count("Total") == 6
    assert page_count(big) == 1 and pdf_text(big).count("Bold idea") == 4


def test_sdmi_form_has_two_pages(tmp_path: Path) -> None:
    out = tmp_path / "sdmi.pdf"
    render_worksheet(synthetic("sdmi-consensus-round", purposes=("decide",)), out)
    assert page_count(out) == 2


def test_generic_notes_sheet(tmp_path: Path) -> None:
    out = tmp_path / "generic.pdf"
    structure = synthetic("min-specs", steps=(
        Step(f"Ask {NAMES}", 1, C.ALONE), Step("<Build> & list", 5, C.SMALL_GROUPS, repeat=2)))
    assert structure.id not in WORKSHEET_IDS
    render_worksheet(structure, out)
    t = flat(pdf_text(out))
    for expected in ("Our question", "What could we try?", f"1. Ask {NAMES}", "2. <Build> & list",
                     "Alone · 1 min", "Small groups · 5 min ×2"):
        assert expected in t, expected


def test_structure_without_steps_still_gets_a_sheet(tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    render_worksheet(synthetic("no-steps", steps=()), out)
    assert "Our question" in pdf_text(out)


@pytest.mark.parametrize("ident", [*sorted(EXPECTED), "anything-else"])
def test_invitation_is_escaped(tmp_path: Path, ident: str) -> None:
    out = tmp_path / "sheet.pdf"
    question = f"How can {NAMES} <b>help</b> & why?"
    render_worksheet(synthetic(ident), out, invitation=question)
    assert question in flat(pdf_text(out))
    assert_fonts_embedded(out)


@pytest.mark.parametrize("ident", [*sorted(EXPECTED), "anything-else"])
@pytest.mark.parametrize("large_print", [False, True])
def test_long_invitation_flows_across_pages(tmp_path: Path, ident: str, large_print: bool) -> None:
    out = tmp_path / "long.pdf"
    options = Options(paper="letter", large_print=large_print)
    render_worksheet(synthetic(ident), out, options, invitation=words(5000))
    assert page_count(out) >= 4
    assert "ENDMARK" in pdf_text(out)
    assert page_sizes(out) == {LETTER}


@pytest.mark.parametrize("ident", [*sorted(EXPECTED), "anything-else"])
def test_huge_template_invitation_is_only_an_example(tmp_path: Path, ident: str) -> None:
    out = tmp_path / "sheet.pdf"
    render_worksheet(synthetic(ident, invitation=words(3000)), out)
    text = pdf_text(out)
    assert "ENDMARK" not in text  # the file's wording is clipped to a short example
    assert "…" in text or ident == "25-10-crowd-sourcing"  # idea cards show no example
    assert page_count(out) <= 2


@pytest.mark.parametrize("ident", [*sorted(EXPECTED), "anything-else"])
def test_large_print_is_larger(tmp_path: Path, ident: str) -> None:
    normal, big = tmp_path / "n.pdf", tmp_path / "b.pdf"
    render_worksheet(synthetic(ident), normal, invitation="What now?")
    render_worksheet(synthetic(ident), big, Options(large_print=True), invitation="What now?")
    assert dominant_font_size(big) >= 1.4 * dominant_font_size(normal)
    assert font_size_of(big, "What now?") >= 16 > font_size_of(normal, "What now?")
    assert min_font_size(big) >= 12  # even labels and the footer stay readable


def test_flowables_for_a_pack() -> None:
    story = worksheet_flowables(synthetic("triz"), Options())
    assert len(story) > 3


@pytest.mark.parametrize("path", structure_files(paths.resource("structures")), ids=lambda p: p.stem)
def test_every_shipped_structure_renders_a_worksheet(tmp_path: Path, path: Path) -> None:
    structure, problems = load_structure(path)
    if structure is None:
        pytest.skip(f"{path.name} does not load yet: {problems[0] if problems else '?'}")
    out = tmp_path / "sheet.pdf"
    render_worksheet(structure, out, Options(paper="letter"))
    assert page_sizes(out) == {LETTER}
    assert_fonts_embedded(out)
