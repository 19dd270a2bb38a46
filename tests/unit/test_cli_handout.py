"""`facilitator handout …` from a clean home: every document, paper and print size, clear errors, no half files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from facilitator import outputs, paths
from facilitator.cli.main import main
from facilitator.plans.harvest import save_note
from facilitator.plans.repository import get_plan, list_plans
from facilitator.plans.runs import start_run
from facilitator.plans.schedule import timed_items
from facilitator.store.db import open_database
from facilitator.structures.library import load_library
from tests.unit.test_render_card import (
    A4,
    LETTER,
    assert_fonts_embedded,
    flat,
    page_sizes,
    pdf_text,
)

EXAMPLE = paths.resource("examples", "plan-community-health-workshop.toml")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def test_every_handout_from_a_clean_home(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    card, sheet, pack = tmp_path / "card.pdf", tmp_path / "sheet.pdf", tmp_path / "pack.pdf"
    code, out, err = run(capsys, "handout", "card", "1-2-4-all", "-o", str(card),
                         "--invitation", "Wat helpt Zoë & Łukasz <nu>?")
    assert (code, err) == (0, "") and out.startswith(f"Wrote the card for 1-2-4-All to {card} (")
    assert "Wat helpt Zoë & Łukasz <nu>?" in flat(pdf_text(card)) and page_sizes(card) == {A4}
    code, out, _ = run(capsys, "handout", "worksheet", "triz", "-o", str(sheet), "--paper", "letter",
                       "--large-print")
    assert code == 0 and page_sizes(sheet) == {LETTER}

    assert run(capsys, "plans", "import", str(EXAMPLE))[0] == 0
    code, out, _ = run(capsys, "handout", "pack", "1", "-o", str(pack), "--note-pages", "0")
    assert code == 0 and "session pack for 'Community health co-production workshop'" in out
    t = flat(pdf_text(pack))
    assert "10:10–10:27 Impromptu Networking" in t and "ITEM 7 OF 8 · 11:55–12:25" in t

    assert run(capsys, "log", "import", "--example")[0] == 0
    minutes, decision = tmp_path / "minutes.pdf", tmp_path / "decision.pdf"
    code, out, _ = run(capsys, "handout", "minutes", "2026-01-13", "-o", str(minutes), "--paper", "letter")
    assert code == 0 and "minutes of Wijkteam Noord, 2026-01-13" in out and page_sizes(minutes) == {LETTER}
    assert "Weekend rota in fixed pairs" in flat(pdf_text(minutes))
    code, out, _ = run(capsys, "handout", "minutes", "--decision", "4612fc8e", "-o", str(decision))
    assert code == 0 and "Photo protocol for wound care" in out
    assert "Weekend rota" not in flat(pdf_text(decision))

    db = open_database()
    library = load_library()
    plan_uuid = list_plans(db)[0].uuid
    plan = get_plan(db, plan_uuid)
    assert plan is not None
    run_uuid = start_run(db, plan, timed_items(plan, library))
    save_note(db, run_uuid, 2, 0, "Ağaoğlu: the bus <only> twice a day & late", ["barrier"])
    db.close()
    harvest = tmp_path / "harvest.pdf"
    code, out, _ = run(capsys, "handout", "harvest", run_uuid[:8], "-o", str(harvest), "--large-print")
    assert code == 0 and "harvest of 'Community health co-production workshop'" in out
    assert "Ağaoğlu: the bus <only> twice a day & late" in flat(pdf_text(harvest))
    for pdf in (card, sheet, pack, minutes, decision, harvest):
        assert_fonts_embedded(pdf)


def test_unknown_ids_and_unwritable_paths(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    out = str(tmp_path / "x.pdf")
    for argv, message in (
        (("card", "1-2-4-al"), "no structure with id '1-2-4-al'; did you mean 1-2-4-all?"),
        (("worksheet", "nope"), "no structure with id 'nope'"),
        (("pack", "3"), "no plan number 3; there are 0"),
        (("minutes", "2026-01-13"), "no meeting '2026-01-13'"),
        (("minutes", "--decision", "abcdef"), "no decision or proposal with id 'abcdef'"),
        (("minutes",), "give a MEETING_ID, or --decision ID"),
        (("harvest", "abcd1234"), "no session run 'abcd1234'"),
    ):
        code, stdout, err = run(capsys, "handout", *argv, "-o", out)
        assert (code, stdout) == (2, ""), argv
        assert err.startswith("facilitator: ") and message in err and err.count("\n") == 1, err
    assert run(capsys, "handout", "card", "triz", "-o", out, "--paper", "a5")[0] == 2

    previous = tmp_path / "kept.pdf"
    previous.write_bytes(b"yesterday's card")
    a_file = tmp_path / "a-file"
    a_file.write_text("not a folder")
    for target, message in (
        (tmp_path / "missing" / "card.pdf", "the folder"),
        (tmp_path, "is a folder; give a file name"),
        (a_file / "card.pdf", "is not a folder"),
    ):
        code, stdout, err = run(capsys, "handout", "card", "triz", "-o", str(target))
        assert (code, stdout) == (3, "") and message in err and err.count("\n") == 1, err

    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied", str(tmp_path))

    monkeypatch.setattr(outputs, "_create", refuse)  # a read-only folder, even for root
    code, _, err = run(capsys, "handout", "card", "triz", "-o", str(previous))
    assert code == 3 and "Permission denied; nothing was written" in err
    monkeypatch.undo()
    if os.geteuid() != 0:  # root may write anywhere
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o555)
        code, _, err = run(capsys, "handout", "card", "triz", "-o", str(locked / "card.pdf"))
        assert code == 3 and "read-only" in err
    assert previous.read_bytes() == b"yesterday's card"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") == ["a-file", "kept.pdf"]
