"""Filters, favourites, and the facilitator's own structures (duplicate, save, import, delete, undo)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from facilitator.store.favourites import favourites, star, unstar
from facilitator.structures import custom
from facilitator.structures.filters import StructureFilter, fold
from facilitator.structures.library import Library, load_library
from facilitator.structures.model import Configuration, Step, Structure
from tests.conftest import DATA


def make(ident: str, name: str, minutes: tuple[float, ...] = (5,), **kw: object) -> Structure:
    steps = tuple(Step(title=f"step {i}", minutes=m, configuration=Configuration.PAIRS, say="go")
                  for i, m in enumerate(minutes))
    fields = {"purposes": ("share",), "purpose": "p", "invitation": "q?"} | kw
    return Structure(id=ident, name=name, steps=steps, **fields)  # type: ignore[arg-type]


def small_library() -> Library:
    lib = Library()
    lib.add(make("cafe", "Conversation Café", (10, 20), purposes=("share", "reveal"), min_people=5))
    lib.add(make("quick", "Quick Pairs", (2, 3), purposes=("help",), max_people=12))
    lib.add(replace(make("ranged", "Ranged", (20,)), steps=(
        Step("long", 20, Configuration.WHOLE_GROUP, min_minutes=8, say="s"),)))
    return lib


def names(found: list[Structure]) -> list[str]:
    return [s.id for s in found]


def test_text_search_ignores_case_and_accents() -> None:
    lib = small_library()
    assert names(StructureFilter(text="CAFE").apply(lib)) == ["cafe"]
    assert fold("Zoë Ağaoğlu") == "zoe agaoglu"


def test_filters_combine() -> None:
    lib = small_library()
    assert names(StructureFilter(purpose="share").apply(lib)) == ["cafe", "ranged"]
    assert names(StructureFilter(minutes=10).apply(lib)) == ["quick", "ranged"], "shortest total counts"
    assert names(StructureFilter(people=3).apply(lib)) == ["quick", "ranged"]
    assert names(StructureFilter(people=30, purpose="share").apply(lib)) == ["cafe", "ranged"]
    favs = frozenset({"quick", "gone-custom"})
    assert names(StructureFilter(favourites_only=True, favourites=favs).apply(lib)) == ["quick"]
    assert names(StructureFilter(configuration=Configuration.WHOLE_GROUP).apply(lib)) == ["ranged"]


def test_unknown_purpose_family_lists_the_valid_ones() -> None:
    with pytest.raises(ValueError, match="use one of: share, reveal, analyse"):
        StructureFilter(purpose="sharing")


def test_name_hits_rank_first() -> None:
    lib = small_library()
    found = StructureFilter(text="pairs").apply(lib)
    assert found[0].id == "quick"


def test_favourites_survive_reopening(db) -> None:  # type: ignore[no-untyped-def]
    star(db, "1-2-4-all")
    star(db, "1-2-4-all")
    star(db, "triz")
    unstar(db, "triz")
    from facilitator.store.db import open_database

    again = open_database()
    assert favourites(again) == {"1-2-4-all"}


def test_duplicate_edit_and_reload(home: Path) -> None:
    lib = load_library()
    original = lib.get("1-2-4-all")
    assert original is not None
    copy = custom.duplicate(original, lib)
    assert copy.id == "1-2-4-all-copy" and copy.source == "custom"
    edited = custom.save(replace(copy, name="Our 1-2-4-All", steps=copy.steps[:2]))
    again = load_library()
    assert again.get("1-2-4-all") == original, "the built-in is untouched"
    mine = again.get(edited.id)
    assert mine is not None and mine.name == "Our 1-2-4-All" and mine.total_minutes == 3
    second = custom.duplicate(mine, again)
    assert second.id == "1-2-4-all-copy-2"


def test_delete_goes_to_trash_and_undo_brings_it_back(home: Path) -> None:
    lib = load_library()
    mine = custom.duplicate(lib.get("1-2-4-all"), lib)  # type: ignore[arg-type]
    trashed = custom.delete(load_library().get(mine.id))  # type: ignore[arg-type]
    assert mine.id not in load_library()
    custom.undelete(trashed)
    assert mine.id in load_library()


def test_builtin_cannot_be_deleted() -> None:
    with pytest.raises(ValueError, match="built in"):
        custom.delete(load_library().get("1-2-4-all"))  # type: ignore[arg-type]


def test_import_checks_file_and_refuses_duplicates(tmp_path: Path) -> None:
    lib = load_library()
    with pytest.raises(custom.StructureFileError) as err:
        custom.import_file(DATA / "bad-structures" / "wrong-type-minutes.toml", lib)
    assert 'steps[2].minutes' in str(err.value)
    with pytest.raises(custom.StructureFileError, match="already in your library"):
        custom.import_file(DATA / "bad-structures" / "duplicate-id.toml", lib)
    exported = custom.export_file(replace(lib.get("1-2-4-all"), id="shared-one"), tmp_path / "x.toml")  # type: ignore[arg-type]
    imported = custom.import_file(exported, lib)
    assert imported.id == "shared-one" and "shared-one" in load_library()


def test_save_refuses_an_invalid_structure(home: Path) -> None:
    bad = make("bad", "")
    with pytest.raises(custom.StructureFileError, match="name"):
        custom.save(bad)
    assert not (home / "structures" / "bad.toml").exists()
