"""What the CLI says when things go wrong: one line, an exit code, never SQL or a participant's words.

Issue 14 items 4 (a busy log, a clash, an internal error), 8 (an empty --home) and 9 (a read-only home).
The busy log is a real lock held by another connection, with the CLI in a real subprocess.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy.exc

from facilitator import paths
from facilitator.cli import main as cli_main
from facilitator.cli import structures_cmd
from tests.cli import run

REPO = Path(__file__).resolve().parents[2]
SQL_WORDS = ("SELECT", "INSERT", "UPDATE", "DELETE", "sqlalchemy", "Traceback")


def subprocess_cli(home: Path, *argv: str, busy_ms: int = 200) -> tuple[int, str, str]:
    env = dict(os.environ, FACILITATOR_HOME=str(home), FACILITATOR_BUSY_TIMEOUT_MS=str(busy_ms),
               PYTHONPATH=str(REPO))
    done = subprocess.run([sys.executable, "-m", "facilitator.cli.main", *argv], capture_output=True,
                          text=True, timeout=60, env=env, cwd=REPO)
    return done.returncode, done.stdout, done.stderr


def one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, f"one line, not {len(lines)}:\n{err}"
    assert lines[0].startswith("facilitator: ") and not any(word in err for word in SQL_WORDS), err
    return lines[0]


@pytest.fixture
def example_log(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> tuple[Path, list[str], str]:
    """The example log, an export of it, the names of its people, and one person's id."""
    assert run(capsys, "log", "import", "--example")[0] == 0
    exported = tmp_path / "export.json"
    assert run(capsys, "log", "export", "-o", str(exported))[0] == 0
    code, out, _ = run(capsys, "log", "people")
    people = [line.split("  ", 1) for line in out.splitlines()]
    return exported, [name for _, name in people], people[0][0]


# -- 4: a busy log -----------------------------------------------------------------------------------


@pytest.fixture
def write_lock(example_log: tuple[Path, list[str], str]) -> Iterator[sqlite3.Connection]:
    """Another program in the middle of writing: it holds the write lock and does not let go."""
    conn = sqlite3.connect(paths.database_path(), isolation_level=None, check_same_thread=False)
    conn.execute("BEGIN EXCLUSIVE")
    yield conn
    conn.execute("ROLLBACK")
    conn.close()


@pytest.mark.parametrize("argv", [["structures", "star", "triz"], ["log", "import", "EXPORT"],
                                  ["log", "erase-person", "PERSON"]], ids=["star", "import", "erase"])
def test_a_busy_log_is_one_line_exit_3(home: Path, example_log: tuple[Path, list[str], str],
                                       write_lock: sqlite3.Connection, argv: list[str]) -> None:
    exported, names, person = example_log
    argv = [str(exported) if a == "EXPORT" else person if a == "PERSON" else a for a in argv]
    code, out, err = subprocess_cli(home, *argv)
    assert code == 3, err
    assert one_line(err) == f"facilitator: {cli_main.BUSY}"
    assert not [name for name in names if name in err + out]


def test_a_short_lock_is_waited_out(home: Path, write_lock: sqlite3.Connection) -> None:
    """busy_timeout: another writer that finishes within the wait is no error at all."""
    threading.Timer(0.5, lambda: write_lock.execute("COMMIT")).start()
    code, out, err = subprocess_cli(home, "structures", "star", "triz", busy_ms=10_000)
    write_lock.execute("BEGIN")  # the fixture's ROLLBACK needs a transaction
    assert (code, err) == (0, "") and "Starred TRIZ" in out


# -- 4: a clash, an internal error ---------------------------------------------------------------------

SECRET = "Alice Secretname said the rota is unfair"


def failing_star(error: BaseException) -> object:
    def run_star(_args: object) -> int:
        raise error

    return run_star


def test_an_integrity_error_is_a_clash_not_a_bug(capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    clash = sqlalchemy.exc.IntegrityError("INSERT INTO person (id, display_name) VALUES (?, ?)",
                                          ("p1", SECRET), sqlite3.IntegrityError("UNIQUE constraint failed: person.id"))
    monkeypatch.setattr(structures_cmd, "run_star", failing_star(clash))
    code, _, err = run(capsys, "structures", "star", "triz")
    assert code == 3 and one_line(err) == f"facilitator: {cli_main.CONFLICT}"
    assert SECRET not in err and "UNIQUE" not in err


@pytest.mark.parametrize("error", [
    sqlalchemy.exc.OperationalError("SELECT display_name FROM person WHERE note = ?", (SECRET,),
                                    sqlite3.OperationalError("no such column: note")),
    RuntimeError(SECRET),
], ids=["sql", "plain"])
def test_an_internal_error_points_to_a_private_log(capsys: pytest.CaptureFixture[str], home: Path,
                                                   monkeypatch: pytest.MonkeyPatch, error: Exception) -> None:
    paths.data_home()  # a home in use (one that has gone gets no log: see the next test)
    monkeypatch.setattr(structures_cmd, "run_star", failing_star(error))
    code, _, err = run(capsys, "structures", "star", "triz")
    line = one_line(err)
    assert code == 70 and SECRET not in err and "internal error" in line
    logs = list((home / "logs").glob("error-*.txt"))
    assert len(logs) == 1 and f"details were written to {logs[0]}" in line
    assert stat.S_IMODE(logs[0].stat().st_mode) == 0o600
    assert SECRET in logs[0].read_text(encoding="utf-8"), "the details are kept, privately, for whoever helps"


def test_an_internal_error_with_no_home_to_log_in(capsys: pytest.CaptureFixture[str], home: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(structures_cmd, "run_star", failing_star(RuntimeError(SECRET)))
    monkeypatch.setattr(paths, "data_home", lambda create=True: home / "gone")
    code, _, err = run(capsys, "structures", "star", "triz")
    assert code == 70 and "details could not be written (RuntimeError)" in one_line(err)
    assert not (home / "gone").exists()


# -- 8: an empty home --------------------------------------------------------------------------------


@pytest.mark.parametrize(("flag", "env", "message"), [
    (["--home", ""], None, "--home is empty; give a folder, or leave it out to use the default"),
    (["--home", "   "], None, "--home is empty"),
    (["--home="], None, "--home is empty"),
    ([], "", "FACILITATOR_HOME is set but empty; give a folder, or unset it to use the default"),
    ([], "  ", "FACILITATOR_HOME is set but empty"),
], ids=["flag", "flag-spaces", "flag-equals", "env", "env-spaces"])
def test_an_empty_home_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch, flag: list[str], env: str | None,
                                  message: str) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))  # where the default folder would be
    if env is not None:
        monkeypatch.setenv(paths.ENV_HOME, env)
    code, out, err = run(capsys, *flag, "plans", "list")
    assert code == 2 and out == "" and message in one_line(err)
    assert not (tmp_path / "xdg").exists(), "the default folder was not used instead"


def test_the_app_refuses_an_empty_home_too(tmp_path: Path) -> None:
    pytest.importorskip("PySide6")
    env = dict(os.environ, PYTHONPATH=str(REPO), XDG_DATA_HOME=str(tmp_path / "xdg"))
    done = subprocess.run([sys.executable, "-m", "ui", "--home", ""], capture_output=True, text=True,
                          timeout=60, env=env, cwd=REPO)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == "facilitator-app: --home is empty; give a folder, or leave it out to use the default\n"


# -- 9: a read-only home -------------------------------------------------------------------------------

READ_ONLY = "is read-only: Facilitator cannot save there"
ADVICE = "Make it writable, or use --home to choose another folder"


def refused_by_sqlite(path: Path) -> None:
    """What store/health.py raises when SQLite cannot open the file (a read-only, missing or foreign folder)."""
    raise OSError(errno.EACCES, "the database cannot be opened: its folder is read-only, missing or not yours",
                  str(path))


def test_a_read_only_home_is_called_read_only(capsys: pytest.CaptureFixture[str], home: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Decided by looking at the folder (os.access), which works the same for root and everyone else."""
    from facilitator.store import health

    assert run(capsys, "structures", "star", "triz")[0] == 0
    monkeypatch.setattr(health, "check", lambda path, thorough=False: refused_by_sqlite(path))
    real_access = os.access
    monkeypatch.setattr(cli_main.os, "access", lambda p, m: False if Path(p) == home else real_access(p, m))
    code, _, err = run(capsys, "structures", "star", "1-2-4-all")
    line = one_line(err)
    assert code == 3 and f"the data folder {home} {READ_ONLY}" in line and ADVICE in line
    assert "cannot be reached" not in line


def test_a_missing_home_is_called_unreachable(capsys: pytest.CaptureFixture[str], home: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from facilitator.store import health

    def gone(path: Path, thorough: bool = False) -> None:
        import shutil

        shutil.rmtree(home)
        refused_by_sqlite(path)

    assert run(capsys, "structures", "star", "triz")[0] == 0
    monkeypatch.setattr(health, "check", gone)
    code, _, err = run(capsys, "structures", "star", "1-2-4-all")
    assert code == 3 and "cannot be reached (removed, or on a USB stick that was taken out)" in one_line(err)
    assert not home.exists()


@pytest.mark.parametrize("state", ["empty", "with-log"])
def test_a_read_only_mount(capsys: pytest.CaptureFixture[str], home: Path, tmp_path: Path, state: str) -> None:
    """A write-protected USB stick, for real: a read-only bind mount (needs root and unshare)."""
    from tests.unit.test_readonly_home import read_only_mount_works, run_on_read_only_mount

    if not read_only_mount_works(tmp_path):
        pytest.skip("cannot mount a folder read-only here (needs root, unshare and mount in a private namespace)")
    home.mkdir(parents=True, exist_ok=True)
    if state == "with-log":
        assert run(capsys, "structures", "star", "triz")[0] == 0
    for code, err in run_on_read_only_mount(home, [["structures", "star", "1-2-4-all"], ["plans", "import",
                                                   str(paths.resource("examples", "plan-community-health-workshop.toml"))]]):
        line = one_line(err)
        assert code == 3 and READ_ONLY in line and ADVICE in line and "cannot be reached" not in line


def test_a_chmod_read_only_home(capsys: pytest.CaptureFixture[str], home: Path, tmp_path: Path) -> None:
    from tests.unit.test_readonly_home import chmod_stops_writes

    if not chmod_stops_writes(tmp_path / "probe"):
        pytest.skip("chmod does not stop this user writing (running as root); test_a_read_only_mount covers it")
    home.mkdir(parents=True, exist_ok=True)
    home.chmod(0o555)
    try:
        code, _, err = run(capsys, "structures", "star", "triz")
    finally:
        home.chmod(0o700)
    assert code == 3 and READ_ONLY in one_line(err)
