"""Half-typed stances survive a closed window or a crash."""

from __future__ import annotations

import json
from pathlib import Path

from facilitator import drafts


def test_drafts_round_trip_and_are_private(home: Path) -> None:
    assert drafts.load_draft("stance:r1:p1:objection") == ""
    drafts.save_draft("stance:r1:p1:objection", "Zoë: the tablet is often flat")
    assert drafts.load_draft("stance:r1:p1:objection") == "Zoë: the tablet is often flat"
    assert oct((home / drafts.FILE_NAME).stat().st_mode & 0o777) == "0o600"
    drafts.discard_draft("stance:r1:p1:objection")
    assert drafts.load_draft("stance:r1:p1:objection") == ""


def test_a_damaged_file_is_no_draft_and_is_replaced(home: Path) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / drafts.FILE_NAME).write_text("{not json", encoding="utf-8")
    assert drafts.load_draft("x") == ""
    drafts.save_draft("x", "words")
    assert json.loads((home / drafts.FILE_NAME).read_text(encoding="utf-8")) == {"x": "words"}


def test_old_drafts_are_dropped_first(home: Path) -> None:
    for i in range(drafts.MAX_DRAFTS + 5):
        drafts.save_draft(f"k{i}", "t")
    assert drafts.load_draft("k0") == "" and drafts.load_draft(f"k{drafts.MAX_DRAFTS + 4}") == "t"


def test_erasing_a_person_drops_their_unsaved_drafts(home: Path) -> None:
    from facilitator.decisions import meetings as m
    from facilitator.decisions.privacy import erase_person
    from facilitator.store.db import open_database

    db = open_database()
    zoe, ali = m.add_person(db, "Zoë"), m.add_person(db, "Ali")
    drafts.save_draft(drafts.stance_key("r1", zoe, "objection"), "about my mother's wound")
    drafts.save_draft(drafts.stance_key("r1", ali, "concern"), "the tablet")
    erase_person(db, zoe, backup=False)
    assert drafts.load_draft(drafts.stance_key("r1", zoe, "objection")) == ""
    assert drafts.load_draft(drafts.stance_key("r1", ali, "concern")) == "the tablet"
    db.close()
