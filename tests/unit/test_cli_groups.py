"""`facilitator groups …` from a clean home."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli import run


def test_count_and_configuration(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "groups", "23", "foursomes")
    assert code == 0 and "23 people: 5 foursomes and 1 trio" in out
    code, out, _ = run(capsys, "groups", "23", "trios", "--json")
    groups = json.loads(out)
    assert sorted(g["size"] for g in groups) == [3, 3, 3, 3, 3, 4, 4]
    code, out, _ = run(capsys, "groups", "101", "small-groups", "--size", "6", "--json")
    assert sum(g["size"] for g in json.loads(out)) == 101


def test_names_file_is_reproducible_with_a_seed(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    names = tmp_path / "names.txt"
    names.write_text("\ufeffAnna\nBram\n\nZoë\nŁukasz\nAğaoğlu\nSam\nKim\n", encoding="utf-8")
    first = json.loads(run(capsys, "groups", "--names", str(names), "pairs", "--seed", "4", "--json")[1])
    again = json.loads(run(capsys, "groups", "--names", str(names), "pairs", "--seed", "4", "--json")[1])
    assert first == again
    assert sorted(n for g in first for n in g["names"]) == sorted(["Anna", "Bram", "Zoë", "Łukasz", "Ağaoğlu", "Sam", "Kim"])
    assert all(g["size"] == len(g["names"]) for g in first)


@pytest.mark.parametrize("argv, message", [
    (("groups", "2", "pairs"), "between 3 and 150"),
    (("groups", "lots", "pairs"), "must be a whole number"),
    (("groups", "20", "sixes"), "unknown configuration 'sixes'"),
    (("groups", "20", "small-groups"), "need a group size"),
    (("groups", "--names", "/no/such/file.txt", "pairs"), "cannot read /no/such/file.txt"),
    (("groups", "20"), "give a head count and a configuration"),
])
def test_bad_input_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], message: str) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert message in err and "Traceback" not in err
    assert err.count("\n") == 1


def test_binary_names_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 3)
    code, _, err = run(capsys, "groups", "--names", str(junk), "pairs")
    assert code == 2 and "junk.txt" in err
