"""The parsed-structure cache: the library is the same with or without it, and never stale."""

from __future__ import annotations

import os
import time
from pathlib import Path

from facilitator import paths
from facilitator.structures import cache
from facilitator.structures.library import load_library

GOOD = """format = 1
id = "my-circle"
name = "My circle"
purpose = "Check in."
invitation = "How are you arriving?"
purposes = ["share"]
credit = "Ours"

[[steps]]
title = "Round"
minutes = {minutes}
configuration = "whole-group"
"""


def _age(path: Path, seconds: float = 60) -> None:
    """Make a file look written a while ago (older than the racy window)."""
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_a_cached_library_equals_a_parsed_one(home: Path) -> None:
    parsed = load_library(cached=False)
    load_library()  # writes the cache
    assert (paths.cache_dir() / cache.FILE_NAME).exists()
    again = load_library()
    assert list(again) == list(parsed)
    assert [s.path for s in again] == [s.path for s in parsed]
    assert [s.source for s in again] == [s.source for s in parsed]
    assert again.problems == parsed.problems
    assert oct((paths.cache_dir() / cache.FILE_NAME).stat().st_mode & 0o777) == "0o600"


def test_an_edited_file_is_read_again(home: Path) -> None:
    target = paths.custom_structures_dir() / "my-circle.toml"
    target.write_text(GOOD.format(minutes=5), encoding="utf-8")
    _age(target)
    assert load_library().get("my-circle").total_minutes == 5  # type: ignore[union-attr]
    target.write_text(GOOD.format(minutes=7), encoding="utf-8")  # same size, new content
    _age(target, 30)
    assert load_library().get("my-circle").total_minutes == 7  # type: ignore[union-attr]


def test_a_just_written_file_is_never_cached(home: Path) -> None:
    """Git's racy rule: two same-size edits inside one clock tick must not leave a stale entry."""
    target = paths.custom_structures_dir() / "my-circle.toml"
    target.write_text(GOOD.format(minutes=5), encoding="utf-8")
    load_library()
    entries = cache.default_cache().entries
    assert str(target) not in entries
    assert any(key.endswith("1-2-4-all.toml") for key in entries)


def test_broken_files_keep_their_problems_through_the_cache(home: Path) -> None:
    bad = paths.custom_structures_dir() / "bad.toml"
    bad.write_text('format = 1\nid = "bad"\nname = 5\n', encoding="utf-8")
    _age(bad)
    first = load_library()
    second = load_library()
    assert first.problems and second.problems == first.problems
    assert "bad" not in second


def test_a_damaged_or_foreign_cache_is_ignored(home: Path) -> None:
    expected = list(load_library(cached=False))
    target = paths.cache_dir() / cache.FILE_NAME
    for junk in (b"", b"\x00garbage", b"\xe3" * 10_000):
        target.write_bytes(junk)
        assert list(load_library()) == expected
    import marshal

    target.write_bytes(marshal.dumps((("another version",), {"x": 1})))
    assert list(load_library()) == expected


def test_a_deleted_file_leaves_the_cache(home: Path) -> None:
    target = paths.custom_structures_dir() / "my-circle.toml"
    target.write_text(GOOD.format(minutes=5), encoding="utf-8")
    _age(target)
    assert "my-circle" in load_library()
    target.unlink()
    assert "my-circle" not in load_library()
    assert str(target) not in cache.default_cache().entries


def test_an_unwritable_home_still_loads_the_library(tmp_path: Path) -> None:
    home_file = tmp_path / "not-a-folder"
    home_file.write_text("x")
    paths.set_home(home_file)
    try:
        c = cache.default_cache()
        assert c.path is None
        c.save(set())  # nothing happens, nothing raised
    finally:
        paths.set_home(None)
