"""Every file the app writes out is private (0600) whatever the umask, whole or not at all.

Issue 14 item 7: exports, person-data, harvest CSVs and plan exports came out 0644 (0666 under umask 000)
though they hold names and what people said. A folder given as the output, and a full disk, get one line
(exit 3) and leave no ``.partial`` file behind.
"""

from __future__ import annotations

import errno
import json
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from facilitator import outputs, paths
from facilitator.outputs import OutputError, write_private
from tests.cli import run

PLAN = paths.resource("examples", "plan-community-health-workshop.toml")


@pytest.fixture(params=[0o022, 0o000], ids=["umask-022", "umask-000"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


@pytest.fixture
def filled(capsys: pytest.CaptureFixture[str]) -> str:
    """A home with the example log and a plan; returns a person id."""
    assert run(capsys, "log", "import", "--example")[0] == 0
    assert run(capsys, "plans", "import", str(PLAN))[0] == 0
    code, out, _ = run(capsys, "log", "people")
    assert code == 0
    return out.split()[0]


def exports(person: str) -> dict[str, Callable[[Path], list[str]]]:
    """Each CLI command that writes a file out, given the path to write."""
    return {
        "log.json": lambda p: ["log", "export", "-o", str(p)],
        "log.csv": lambda p: ["log", "export", "--format", "csv", "-o", str(p)],
        "anonymised.json": lambda p: ["log", "export", "--anonymise", "--drop-notes", "-o", str(p)],
        "person.json": lambda p: ["log", "person-data", person, "-o", str(p)],
        "harvest.csv": lambda p: ["harvest", "export", "-o", str(p)],
        "plan.toml": lambda p: ["plans", "export", "1", "-o", str(p)],
        "plan.json": lambda p: ["plans", "export", "1", "-o", str(p)],
        "card.pdf": lambda p: ["handout", "card", "triz", "-o", str(p)],
        "minutes.pdf": lambda p: ["handout", "minutes", "2026-01-13", "-o", str(p)],
    }


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_every_export_is_private_whatever_the_umask(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                    filled: str, umask: int) -> None:
    for name, argv in exports(filled).items():
        target = tmp_path / name
        code, out, err = run(capsys, *argv(target))
        assert code == 0, (name, err)
        assert mode(target) == 0o600, f"{name} is {oct(mode(target))} under umask {oct(umask)}"
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")]


def test_an_existing_readable_file_becomes_private(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                  filled: str) -> None:
    target = tmp_path / "log.json"
    target.write_text("old")
    target.chmod(0o644)
    assert run(capsys, "log", "export", "-o", str(target))[0] == 0
    assert mode(target) == 0o600 and json.loads(target.read_text(encoding="utf-8"))["people"]


def test_structure_exports_and_group_lists_are_private(tmp_path: Path, umask: int) -> None:
    """Written by the GUI through the same core helpers (custom.export_file, render.build)."""
    from facilitator.render.groups import render_group_list
    from facilitator.structures import custom
    from facilitator.structures.library import load_library

    structure = load_library().get("triz")
    assert structure is not None
    assert mode(custom.export_file(structure, tmp_path / "triz.toml")) == 0o600
    render_group_list([["Ann", "Bo"], ["Cy", "Di"]], "Groups", "2 pairs", tmp_path / "groups.pdf")
    assert mode(tmp_path / "groups.pdf") == 0o600


@pytest.mark.parametrize("name", ["log.json", "log.csv", "person.json", "harvest.csv", "plan.toml", "card.pdf"])
def test_a_folder_as_output_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path, filled: str,
                                       name: str) -> None:
    folder = tmp_path / name  # a folder that even has the right extension
    folder.mkdir()
    code, out, err = run(capsys, *exports(filled)[name](folder))
    assert code == 3 and out == "", err
    assert err.count("\n") == 1 and "is a folder; give a file name" in err
    assert list(folder.iterdir()) == []


def test_a_full_disk_leaves_nothing_and_says_so(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                filled: str, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "log.json"
    target.write_text("yesterday's export")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(outputs.os, "fsync", full)
    code, out, err = run(capsys, "log", "export", "-o", str(target))
    monkeypatch.undo()
    assert code == 3 and out == ""
    assert err == (f"facilitator: the disk holding {target} is full; nothing was written; "
                   "free some space and try again\n")
    assert target.read_text() == "yesterday's export"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") == ["log.json"]


# -- the helper itself ----------------------------------------------------------------------------------


def test_write_private_bytes_and_writer(tmp_path: Path) -> None:
    assert write_private(tmp_path / "a.txt", b"hello") == tmp_path / "a.txt"
    assert write_private(tmp_path / "b.bin", lambda fh: fh.write(b"12345")) == 5
    assert (tmp_path / "a.txt").read_bytes() == b"hello" and mode(tmp_path / "b.bin") == 0o600


@pytest.mark.parametrize("failing", ["write", "fsync", "replace"])
def test_any_failure_removes_the_partial_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str) -> None:
    target = tmp_path / "out.csv"
    target.write_bytes(b"old")

    def no_space(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    if failing == "write":
        def writer(_fh: object) -> None:
            no_space()
        data: bytes | Callable[..., None] = writer
    else:
        monkeypatch.setattr(outputs.os, failing, no_space)
        data = b"new"
    with pytest.raises(OutputError, match="is full; nothing was written") as info:
        write_private(target, data)
    monkeypatch.undo()
    assert info.value.errno == errno.ENOSPC
    assert target.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_a_stale_partial_file_is_replaced_not_reused(tmp_path: Path) -> None:
    stale = outputs.partial_path(tmp_path / "x.json")
    stale.write_bytes(b"left by a crash")
    stale.chmod(0o666)
    write_private(tmp_path / "x.json", b"{}")
    assert not stale.exists() and mode(tmp_path / "x.json") == 0o600


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="the folder .*missing does not exist; nothing was written"):
        write_private(tmp_path / "missing" / "x.json", b"{}")


def test_an_exception_in_the_writer_is_not_hidden(tmp_path: Path) -> None:
    def broken(_fh: object) -> None:
        raise RuntimeError("a bug in a renderer")

    with pytest.raises(RuntimeError, match="a bug in a renderer"):
        write_private(tmp_path / "x.pdf", broken)
    assert list(tmp_path.iterdir()) == []
