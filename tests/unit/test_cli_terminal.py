"""Nothing a shared file put in the log reaches the terminal raw: ESC, BEL, NUL, bidi overrides are escaped.

Issue 14 item 6. The characters are written straight into the database (as a file made by an older
version, or another program, could leave them), then every command that prints log text is run.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

import pytest

from facilitator import paths
from facilitator.groups import read_names
from facilitator.terminal import CONTROL_CHARS, SafeStream, has_control_chars, terminal_safe
from tests.cli import run

NAME = "Mallory\x1b[2J\x07\x00"
TITLE = "Budget \u202etxt.exe\u2066 \x9b1m"


@pytest.fixture
def hostile_log(capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    """The example log with one proposal's title and its owner's name full of control characters."""
    assert run(capsys, "log", "import", "--example")[0] == 0
    first = json.loads(run(capsys, "log", "list", "--json")[1])[0]
    conn = sqlite3.connect(paths.database_path())
    try:
        with conn:
            owner = conn.execute("SELECT owner_id FROM proposal WHERE id = ?", (first["proposal_id"],)).fetchone()[0]
            conn.execute("UPDATE proposal SET title = ? WHERE id = ?", (TITLE, first["proposal_id"]))
            conn.execute("UPDATE proposal_version SET title = ? WHERE proposal_id = ?", (TITLE, first["proposal_id"]))
            conn.execute("UPDATE person SET display_name = ? WHERE id = ?", (NAME, owner))
    finally:
        conn.close()
    return {"decision": first["decision_id"], "person": owner}


def assert_no_raw_controls(text: str) -> None:
    found = sorted({f"U+{ord(c):04X}" for c in CONTROL_CHARS.findall(text)})
    assert not found, f"printed raw: {found}"


@pytest.mark.parametrize("argv", [
    ["log", "list"], ["log", "list", "--json"], ["log", "list", "--search", "Budget"],
    ["log", "show", "DECISION"], ["log", "show", "DECISION", "--json"],
    ["log", "people"], ["log", "person-data", "PERSON"],
], ids=" ".join)
def test_log_text_is_never_printed_raw(capsys: pytest.CaptureFixture[str], hostile_log: dict[str, str],
                                       argv: list[str]) -> None:
    argv = [hostile_log["decision"] if a == "DECISION" else hostile_log["person"] if a == "PERSON" else a
            for a in argv]
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    assert_no_raw_controls(out + err)
    assert "\\u001b[2J\\u0007" in out or "\\u202e" in out, "the characters are shown, escaped, not dropped"
    if "--json" in argv or argv[1] == "person-data":
        text = json.dumps(json.loads(out), ensure_ascii=False)  # still valid JSON …
        assert NAME in text or TITLE in text, "… and it still holds the real text"


def test_an_argument_echoed_in_a_message_is_escaped(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "structures", "show", "triz\x1b]0;pwned\x07")
    assert code == 2 and "\\u001b]0;pwned\\u0007" in err
    assert_no_raw_controls(err)


def test_the_streams_are_put_back(capsys: pytest.CaptureFixture[str]) -> None:
    before = sys.stdout, sys.stderr
    run(capsys, "structures", "list")
    assert (sys.stdout, sys.stderr) == before


# -- the filter itself ------------------------------------------------------------------------------------


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b", "\r", "\x7f", "\x85", "\x9b", "\u061c", "\u200e",
                                  "\u200f", "\u202a", "\u202e", "\u2066", "\u2069"])
def test_every_control_is_escaped(char: str) -> None:
    assert terminal_safe(f"a{char}b") == f"a\\u{ord(char):04x}b"
    assert has_control_chars(char)


def test_ordinary_text_is_untouched() -> None:
    text = "Zoë & Łukasz\tsaid:\n«ja» — 日本語 العربية 👍"
    assert terminal_safe(text) is text and not has_control_chars(text)


def test_safe_stream_counts_what_it_was_given() -> None:
    import io

    buffer = io.StringIO()
    stream = SafeStream(buffer)
    assert stream.write("x\x1b") == 2
    stream.writelines(["\u202e", "y\n"])
    assert buffer.getvalue() == "x\\u001b\\u202ey\n"
    assert stream.getvalue() == buffer.getvalue(), "everything else is the wrapped stream's"


# -- names files: refused, with the line -------------------------------------------------------------------


@pytest.mark.parametrize(("content", "line"), [("Ann\nB\x1b[2Job\n", 2), ("Ann\nBo\nCy\u202eD\n", 3)])
def test_names_with_control_characters_are_refused(tmp_path: Path, content: str, line: int) -> None:
    path = tmp_path / "people.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=rf"people.txt, line {line}: a name contains a control character"):
        read_names(path)


def test_groups_names_with_control_characters_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text("name\nAnn\nBo\x07\nCy\n", encoding="utf-8")
    code, out, err = run(capsys, "groups", "--names", str(path), "pairs")
    assert code == 2 and out == "" and f"{path}, line 3: a name contains a control character (U+0007)" in err
