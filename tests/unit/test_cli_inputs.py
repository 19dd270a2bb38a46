"""Every file someone hands the CLI is read capped: /dev/zero, a FIFO, a folder, a huge file get one line at once.

Issue 14 item 5: `structures validate /dev/zero` ate 24 GB, a FIFO hung, a 3 GB names file was read whole.
FIFO and device cases run as real subprocesses with a timeout, so a hang fails the test instead of the run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from facilitator import inputs, paths
from facilitator.inputs import (
    LOG_IMPORT_FILE,
    NAMES_FILE,
    PLAN_FILE,
    STRUCTURE_FILE,
    InputFileError,
    InputKind,
    read_capped,
)
from tests.cli import run

REPO = Path(__file__).resolve().parents[2]
NOT_REGULAR = "is not a regular file (a device, pipe or folder)"
# Each command that reads a user-given file, and the file kind it expects.
READERS = {
    "structures validate": (["structures", "validate"], STRUCTURE_FILE),
    "plans import": (["plans", "import"], PLAN_FILE),
    "groups --names": (["groups", "--names"], NAMES_FILE),
    "log import": (["log", "import"], LOG_IMPORT_FILE),
}


def argv_for(command: str, path: Path | str) -> list[str]:
    head, _ = READERS[command]
    return [*head, str(path), *(["trios"] if command == "groups --names" else [])]


def cli(home: Path, *argv: str, timeout: float = 20) -> tuple[int, str, str, float]:
    """The real CLI in a subprocess; returns exit code, stdout, stderr and how long it took."""
    env = dict(os.environ, FACILITATOR_HOME=str(home), PYTHONPATH=str(REPO))
    start = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "facilitator.cli.main", *argv], capture_output=True,
                          text=True, timeout=timeout, env=env, cwd=REPO)
    return done.returncode, done.stdout, done.stderr, time.monotonic() - start


def sparse(path: Path, size: int) -> Path:
    """A file of ``size`` bytes that costs nothing on disk (and holds NULs, so reading it all would be wrong too)."""
    with open(path, "wb") as fh:
        fh.truncate(size)
    return path


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero on this system")
def test_validate_dev_zero_answers_at_once(home: Path) -> None:
    code, out, err, took = cli(home, "structures", "validate", "/dev/zero")
    assert code == 1 and out == ""
    assert err.strip() == f"/dev/zero: {NOT_REGULAR}; give the path of a .toml file"
    assert took < 15  # the interpreter's start-up; the read itself never happens


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
@pytest.mark.parametrize("command", READERS, ids=str)
def test_a_fifo_never_blocks(home: Path, tmp_path: Path, command: str) -> None:
    """Nobody writes to the FIFO: a reader that opened it without O_NONBLOCK would wait for ever."""
    fifo = tmp_path / "names.fifo"
    os.mkfifo(fifo)
    code, out, err, _ = cli(home, *argv_for(command, fifo), timeout=20)
    assert code in (1, 2, 3), err
    assert NOT_REGULAR in err and str(fifo) in err and "Traceback" not in err
    assert len([line for line in err.splitlines() if line.strip()]) <= 2, err  # plans import adds "nothing was imported"


@pytest.mark.parametrize("command", READERS, ids=str)
def test_a_folder_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    code, out, err = run(capsys, *argv_for(command, folder))
    assert code in (1, 2, 3) and out == ""
    assert "is a folder" in err or NOT_REGULAR in err, err


@pytest.mark.parametrize("command", READERS, ids=str)
def test_a_file_just_over_the_limit_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                               command: str) -> None:
    _, kind = READERS[command]
    path = sparse(tmp_path / "big.toml", kind.limit + 1)
    code, out, err = run(capsys, *argv_for(command, path))
    assert code in (1, 2, 3) and out == ""
    assert f"is larger than {inputs.size_label(kind.limit)}, too big for a {kind.noun}" in err, err
    assert str(path) in err


def test_the_limits() -> None:
    assert [inputs.size_label(k.limit) for k in (STRUCTURE_FILE, PLAN_FILE, NAMES_FILE, LOG_IMPORT_FILE)] == [
        "256 KB", "2 MB", "1 MB", "200 MB"]


def test_a_file_at_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "exact.txt"
    path.write_bytes(b"x" * 1000)
    assert read_capped(path, InputKind("test file", 1000, "a test file")) == b"x" * 1000


def test_the_cap_holds_while_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file that grows (or a size stat does not tell) is still cut off after limit + 1 bytes."""
    path = sparse(tmp_path / "growing.txt", 10 * 1024 * 1024)
    monkeypatch.setattr(inputs, "require_regular_file", lambda *_: None)  # as if stat had said it was small
    read: list[int] = []
    real_read = os.read

    def counting_read(fd: int, n: int) -> bytes:
        data = real_read(fd, n)
        read.append(len(data))
        return data

    monkeypatch.setattr(inputs.os, "read", counting_read)
    with pytest.raises(InputFileError, match="too big for a test file"):
        read_capped(path, InputKind("test file", 100_000, "a test file"))
    assert sum(read) == 100_001


def test_missing_and_unreadable_files_say_so(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="nope.toml: file not found; check the path"):
        read_capped(tmp_path / "nope.toml", STRUCTURE_FILE)
    assert isinstance(InputFileError("x", "y"), OSError), "callers that catch OSError for a file still do"


def test_custom_structures_in_the_home_are_read_capped(capsys: pytest.CaptureFixture[str], home: Path) -> None:
    """The library's own loader reads the home's structures/ folder through the same cap."""
    folder = paths.custom_structures_dir()
    sparse(folder / "huge.toml", STRUCTURE_FILE.limit + 1)
    code, out, _ = run(capsys, "structures", "problems")
    assert code == 1 and "huge.toml: is larger than 256 KB, too big for a structure file" in out
