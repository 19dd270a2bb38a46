"""`facilitator structures …` as a stranger would use it: help, JSON, bad arguments, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli import run
from tests.conftest import DATA


def test_list_json_has_the_documented_fields(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "structures", "list", "--json")
    assert code == 0
    items = json.loads(out)
    one = next(i for i in items if i["id"] == "1-2-4-all")
    assert one["minutes"] == 12 and one["source"] == "builtin"
    assert [s["minutes"] for s in one["steps"]] == [1, 2, 4, 5]
    assert {"title", "minutes", "configuration"} <= set(one["steps"][0])


def test_filters_and_favourites_from_a_clean_home(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "structures", "star", "1-2-4-all")[0] == 0
    code, out, _ = run(capsys, "structures", "list", "--favourites", "--json")
    assert [i["id"] for i in json.loads(out)] == ["1-2-4-all"]
    code, out, _ = run(capsys, "structures", "list", "--purpose", "decide", "--json")
    ids = {i["id"] for i in json.loads(out)}
    assert {"sdmi-consensus-round", "sdmi-team-meeting"} <= ids
    code, out, _ = run(capsys, "structures", "list", "--minutes", "15", "--people", "30", "--json")
    assert all(i["shortest_minutes"] <= 15 for i in json.loads(out))
    assert run(capsys, "structures", "unstar", "1-2-4-all")[0] == 0
    code, out, _ = run(capsys, "structures", "list", "--favourites")
    assert out == ""


@pytest.mark.parametrize("argv, message", [
    (("structures", "show", "1-2-4-al"), "no structure with id '1-2-4-al'; did you mean 1-2-4-all"),
    (("structures", "star", "nope"), "no structure with id 'nope'"),
    (("structures", "list", "--purpose", "sharing"), "unknown purpose family 'sharing'"),
    (("structures", "list", "--minutes", "ten"), "expected a whole number"),
    (("structures", "list", "--people", "0"), "at least 1"),
    (("structures",), "required"),
    (("nonsense",), "invalid choice"),
])
def test_bad_arguments_exit_2_with_a_message(capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], message: str) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert message in err
    assert "Traceback" not in err


def test_show_prints_steps_with_clock_times(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "structures", "show", "1-2-4-all")
    assert code == 0
    assert "4. Share with the whole group — 5 min, whole group  [7–12 min from start]" in out


def test_validate_exit_codes(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    good = Path(__file__).resolve().parents[2] / "resources" / "structures" / "1-2-4-all.toml"
    assert run(capsys, "structures", "validate", str(good))[0] == 0
    bad = DATA / "bad-structures" / "wrong-type-minutes.toml"
    code, _, err = run(capsys, "structures", "validate", str(good), str(bad), str(tmp_path / "missing.toml"))
    assert code == 1
    assert f'{bad}: steps[2].minutes: expected a positive number of minutes, got "five"' in err
    assert "missing.toml: file not found" in err


def test_help_everywhere(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["--help"], ["structures", "--help"], ["structures", "list", "--help"]):
        code, out, _ = run(capsys, *argv)
        assert code == 0 and "usage:" in out


def test_cli_never_imports_qt() -> None:
    code = ("import sys; from facilitator.cli.main import main; main(['structures','list']); "
            "bad=[m for m in sys.modules if m.startswith(('PySide6','qasync','shiboken'))]; "
            "assert not bad, bad")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
