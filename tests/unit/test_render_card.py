"""Structure cards: text, paper, fonts, escaping, long text, every shipped structure."""

from __future__ import annotations

import io
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.platypus import Flowable, Paragraph

from facilitator import paths
from facilitator.render import Options, render_card, structure_card_flowables
from facilitator.render.card import card_styles
from facilitator.render.document import build
from facilitator.render.fonts import register_fonts
from facilitator.render.style import stylesheet, text
from facilitator.structures.library import structure_files
from facilitator.structures.loader import load_structure
from facilitator.structures.model import Configuration, Step, Structure

A4 = (595.28, 841.89)
LETTER = (612.0, 792.0)
NAMES = "Zoë Łukasz Ağaoğlu"
MARKUP = "<b>& not bold</b> a < b > c"


# --- helpers (also used by test_render_worksheet) ---------------------------------------

def pdf_text(path: Path | io.BytesIO) -> str:
    reader = PdfReader(path)
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def flat(s: str) -> str:
    """Whitespace collapsed, so wrapped lines compare equal to the source text."""
    return " ".join(s.split())


def page_count(path: Path) -> int:
    return len(PdfReader(path).pages)


def page_sizes(path: Path) -> set[tuple[float, float]]:
    return {(round(float(p.mediabox.width), 2), round(float(p.mediabox.height), 2))
            for p in PdfReader(path).pages}


def fonts_used(path: Path) -> dict[str, bool]:
    """BaseFont name -> whether its TrueType font file is embedded (/FontFile2)."""
    found: dict[str, bool] = {}
    for page in PdfReader(path).pages:
        resources: Any = page["/Resources"].get_object()
        fonts = resources.get("/Font")
        if fonts is None:
            continue
        for ref in fonts.get_object().values():
            font = ref.get_object()
            desc: Any = font.get("/FontDescriptor")
            for child in font.get("/DescendantFonts", []) or []:
                desc = child.get_object().get("/FontDescriptor")
            desc = desc.get_object() if desc is not None else {}
            found[str(font.get("/BaseFont"))] = "/FontFile2" in desc
    return found


def dominant_font_size(path: Path) -> float:
    """The font size that sets the most characters."""
    sizes: Counter[float] = Counter()

    def visit(t: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if t.strip():
            sizes[round(float(size) * float(tm[0]), 1)] += len(t.strip())

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    return sizes.most_common(1)[0][0]


def _sizes(path: Path) -> list[tuple[str, float]]:
    found: list[tuple[str, float]] = []

    def visit(t: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if t.strip():
            found.append((t.strip(), round(float(size) * float(tm[0]), 1)))

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    return found


def font_size_of(path: Path, snippet: str) -> float:
    return max(size for t, size in _sizes(path) if snippet in t)


def min_font_size(path: Path) -> float:
    return min(size for _, size in _sizes(path))


def assert_fonts_embedded(path: Path) -> None:
    used = fonts_used(path)
    assert used, "no fonts found"
    assert not [f for f in used if "Helvetica" in f or "Times" in f or "Courier" in f], used
    assert all(used.values()), used
    assert all("DejaVuSans" in f for f in used), used


def words(n: int, end: str = "ENDMARK") -> str:
    base = ["care", "team", "patient", "carer", "listen", "plan", "Zoë", "decide", "together", "share"]
    return " ".join(base[i % len(base)] for i in range(n)) + f" {end}"


def make_structure(**changes: Any) -> Structure:
    steps = (
        Step("Think alone", 1, Configuration.ALONE, say="Write your own ideas."),
        Step("Talk in pairs", 2, Configuration.PAIRS, min_minutes=1.5, max_minutes=3,
             say="Share and build.", notes="Keep it moving."),
        Step("Rounds", 3, Configuration.TRIOS, repeat=3, uses="1-2-4-all",
             leftovers="Make a group of four."),
        Step("Harvest", 5, Configuration.WHOLE_GROUP, say="What stood out?"),
    )
    fields: dict[str, Any] = dict(
        id="test-structure", name="Test structure", purpose="To test the card.",
        invitation="What do YOU see?", steps=steps, purposes=("share", "decide"),
        summary="A short summary.", min_people=3, max_people=30, space="A room.",
        materials=("Paper",), tips=("Tip one.",), traps=("Trap one.",),
        variations=("Variation one.",), related=("1-2-4-all",), credit="Credit line.",
    )
    fields.update(changes)
    return Structure(**fields)


def builtin(ident: str) -> Structure | None:
    path = paths.resource("structures", f"{ident}.toml")
    if not path.is_file():
        return None
    structure, _ = load_structure(path)
    return structure


# --- the card ---------------------------------------------------------------------------

def test_card_shows_steps_minutes_and_clock(tmp_path: Path) -> None:
    out = tmp_path / "card.pdf"
    render_card(make_structure(), out)
    t = flat(pdf_text(out))
    for expected in ("Test structure", "A short summary.", "Think alone", "Talk in pairs",
                     "Write your own ideas.", "1 min", "2 min", "(1½–3 min)", "3 min ×3", "= 9 min",
                     "0–1 min from start", "1–3 min from start", "3–12 min from start", "12–17 min from start",
                     "Total", "17 min",
                     "Trios", "Whole group", "Leftovers:", "Uses", "INVITATION", "What do YOU see?",
                     "3–30 people", "Tip one.", "Trap one.", "Variation one.", "Credit line.",
                     "Share", "Decide", "page 1"):
        assert expected in t, expected


def test_real_1_2_4_all_card(tmp_path: Path) -> None:
    structure = builtin("1-2-4-all")
    if structure is None:
        pytest.skip("resources/structures/1-2-4-all.toml not present")
    out = tmp_path / "124.pdf"
    render_card(structure, out)
    t = flat(pdf_text(out))
    for step in structure.steps:
        assert flat(step.title) in t
    assert "0–1 min from start" in t and "12 min" in t
    assert "0:0" not in t, "an offset never reads like a time just after midnight"
    assert 1 <= page_count(out) <= 2
    meta = PdfReader(out).metadata
    assert meta is not None and meta.title == "1-2-4-All" and meta.author == "Facilitator"


@pytest.mark.parametrize(("paper", "size"), [("a4", A4), ("letter", LETTER)])
def test_paper_size(tmp_path: Path, paper: str, size: tuple[float, float]) -> None:
    out = tmp_path / f"{paper}.pdf"
    render_card(make_structure(), out, Options(paper=paper))  # type: ignore[arg-type]
    assert page_sizes(out) == {size}


def test_fonts_are_embedded_and_never_helvetica(tmp_path: Path) -> None:
    out = tmp_path / "card.pdf"
    render_card(make_structure(name=f"<b>{NAMES}</b>"), out)
    assert_fonts_embedded(out)


def test_user_text_is_escaped_and_accents_survive(tmp_path: Path) -> None:
    structure = make_structure(
        name=f"{NAMES} & co", summary=MARKUP, purpose="Purpose with <i>tags</i> & <br/>",
        tips=("Use <font size=40>big</font> &amp; bold",),
        steps=(Step(f"Ask {NAMES}", 2, Configuration.PAIRS, say="<u>say</u> & \"quote\"",
                    notes="line one\nline two"),),
    )
    out = tmp_path / "card.pdf"
    render_card(structure, out, invitation=f"How can {NAMES} <help> & why?")
    t = flat(pdf_text(out))
    assert f"{NAMES} & co" in t
    assert "<b>& not bold</b> a < b > c" in t
    assert "Purpose with <i>tags</i> & <br/>" in t
    assert "Use <font size=40>big</font> &amp; bold" in t
    assert "<u>say</u> & \"quote\"" in t
    assert f"How can {NAMES} <help> & why?" in t
    assert "YOUR QUESTION" in t
    assert_fonts_embedded(out)


def test_long_purpose_flows_onto_more_pages(tmp_path: Path) -> None:
    short, long = tmp_path / "short.pdf", tmp_path / "long.pdf"
    render_card(make_structure(), short)
    render_card(make_structure(purpose=words(5000)), long)
    assert page_count(long) >= page_count(short) + 5
    assert "ENDMARK" in pdf_text(long)
    assert "page 1 of" in pdf_text(long)


def test_huge_step_notes_and_name_do_not_break_layout(tmp_path: Path) -> None:
    step = Step("Long step", 5, Configuration.SMALL_GROUPS, say=words(800, "SAYEND"),
                notes=words(5000, "NOTESEND"))
    structure = make_structure(name=words(300, "NAMEEND"), invitation=words(2000, "ASKEND"),
                               steps=(step,), tips=(words(3000, "TIPEND"),))
    out = tmp_path / "huge.pdf"
    render_card(structure, out)
    t = pdf_text(out)
    for end in ("SAYEND", "NOTESEND", "NAMEEND", "ASKEND", "TIPEND"):
        assert end in t
    assert page_count(out) > 5


def test_large_print_uses_larger_type(tmp_path: Path) -> None:
    normal, big = tmp_path / "normal.pdf", tmp_path / "big.pdf"
    render_card(make_structure(), normal)
    render_card(make_structure(), big, Options(large_print=True))
    assert dominant_font_size(normal) >= 10  # a card sets closer than other documents, never below 10 pt
    assert dominant_font_size(big) >= 16
    assert page_count(big) >= page_count(normal)


@pytest.mark.parametrize("path", structure_files(paths.resource("structures")), ids=lambda p: p.stem)
def test_every_shipped_structure_renders_a_card(tmp_path: Path, path: Path) -> None:
    structure, problems = load_structure(path)
    if structure is None:
        pytest.skip(f"{path.name} does not load yet: {problems[0] if problems else '?'}")
    out = tmp_path / "card.pdf"
    render_card(structure, out)
    t = flat(pdf_text(out))
    assert flat(structure.name) in t
    assert all(flat(step.title) in t for step in structure.steps)
    assert page_sizes(out) == {A4}
    assert_fonts_embedded(out)


@pytest.mark.parametrize("path", structure_files(paths.resource("structures")), ids=lambda p: p.stem)
def test_every_shipped_card_fits_on_two_pages_of_a4_and_letter(path: Path) -> None:
    """The issue's "one structure on one or two pages": normal print, both papers (large print may take more)."""
    structure, problems = load_structure(path)
    assert structure is not None, problems
    for paper in ("a4", "letter"):
        buffer = io.BytesIO()
        render_card(structure, buffer, Options(paper=paper))  # type: ignore[arg-type]
        buffer.seek(0)
        reader = PdfReader(buffer)
        assert 1 <= len(reader.pages) <= 2, f"{structure.id} on {paper}: {len(reader.pages)} pages"
        assert {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages} == \
            {(595, 842) if paper == "a4" else (612, 792)}


def test_card_text_stays_at_10_pt_and_side_notes_at_9() -> None:
    s = card_styles(Options())
    assert min(s.body.fontSize, s.cell.fontSize, s.say.fontSize, s.bullet.fontSize) >= 10
    assert s.note.fontSize >= 9 and s.question.fontSize > s.body.fontSize and s.h2.fontSize > s.question.fontSize
    big = card_styles(Options(large_print=True))
    assert min(big.body.fontSize, big.cell.fontSize, big.say.fontSize, big.bullet.fontSize, big.note.fontSize) >= 16


def test_every_shipped_structure_renders_in_large_print_on_letter(tmp_path: Path) -> None:
    for path in structure_files(paths.resource("structures")):
        structure, _ = load_structure(path)
        if structure is not None:
            out = tmp_path / f"{structure.id}.pdf"
            render_card(structure, out, Options(paper="letter", large_print=True))
            assert page_sizes(out) == {LETTER}


def test_card_into_a_stream() -> None:
    buffer = io.BytesIO()
    render_card(make_structure(), buffer)
    assert buffer.getvalue().startswith(b"%PDF")
    buffer.seek(0)
    assert "Think alone" in pdf_text(buffer)


def test_flowables_can_go_into_a_pack(tmp_path: Path) -> None:
    options = Options()
    story = [*structure_card_flowables(make_structure(), options),
             *structure_card_flowables(make_structure(name="Second"), options,
                                       names={"1-2-4-all": "One-Two-Four"})]
    out = tmp_path / "pack.pdf"
    build(out, story, options, title="Pack", footer="Workshop")
    t = flat(pdf_text(out))
    assert "Second" in t and "One-Two-Four" in t and "Pack · Workshop" in t


def test_tips_columns_flow_on_wherever_the_page_ends() -> None:
    """Tips, traps and variations sit in two columns; at a page's foot they flow on instead."""
    from reportlab.platypus import Spacer

    from facilitator.render.card import Columns
    from facilitator.render.document import frame_size

    structure = builtin("1-2-4-all") or make_structure()
    options = Options()
    _, height = frame_size(options)
    story = structure_card_flowables(structure, options)
    assert any(isinstance(f, Columns) for f in story)
    for drop in range(0, int(height), 110):
        buffer = io.BytesIO()
        build(buffer, [Spacer(1, drop), *structure_card_flowables(structure, options)], options, title="x")
        buffer.seek(0)
        t = flat(pdf_text(buffer))
        for item in (*structure.tips, *structure.traps, *structure.variations):
            assert flat(item) in t, (drop, item)


class _Boom(Flowable):
    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 10, 10

    def draw(self) -> None:
        raise RuntimeError("boom")


def test_failed_render_leaves_no_half_file(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "card.pdf"
    target.write_bytes(b"previous good file")
    styles = stylesheet(Options())
    with pytest.raises(RuntimeError, match="boom"):
        build(target, [Paragraph("hello", styles.body), _Boom()], Options(), title="x")
    assert target.read_bytes() == b"previous good file"
    assert [p.name for p in folder.iterdir()] == ["card.pdf"]
    fresh = folder / "new.pdf"
    with pytest.raises(RuntimeError):
        build(fresh, [_Boom()], Options(), title="x")
    assert not fresh.exists()
    assert [p.name for p in folder.iterdir()] == ["card.pdf"]


# --- helpers in the render package --------------------------------------------------------

def test_text_escapes_and_keeps_newlines() -> None:
    assert text("a<b>&c\nd") == "a&lt;b&gt;&amp;c<br/>d"
    assert text("x\r\ny\rz") == "x<br/>y<br/>z"
    assert text("bell\x07null\x00") == "bellnull"
    assert text(None) == ""


def test_long_words_wrap_inside_the_width() -> None:
    style = stylesheet(Options()).body
    p = Paragraph(text("https://example.org/" + "x" * 600), style)
    p.wrap(200, 10_000)
    widths = p.getActualLineWidths0()
    assert len(widths) > 5
    assert max(widths) <= 200 + 0.01


def test_fonts_register_once() -> None:
    assert register_fonts() == register_fonts() == "DejaVuSans"


def test_options_reject_unknown_paper() -> None:
    with pytest.raises(ValueError, match="paper"):
        Options(paper="a5")  # type: ignore[arg-type]




def test_styles_meet_minimum_sizes() -> None:
    normal, big = stylesheet(Options()), stylesheet(Options(large_print=True))
    assert normal.body.fontSize >= 11 and normal.cell.fontSize >= 11
    assert big.body.fontSize >= 16 and big.cell.fontSize >= 16 and big.note.fontSize >= 16
    assert big.h2.fontSize > big.body.fontSize and big.title.fontSize > big.h2.fontSize
    assert re.fullmatch(r"DejaVuSans.*", normal.body.fontName)
