"""A data home that cannot be written, or has gone: one clear line, exit code 3, nothing half-written.

Four ways in, because a test run as root (as CI is) ignores chmod:
- chmod the home and its database (skipped when running as root makes it ineffective);
- a real read-only file system: the home bind-mounted read-only in a private mount namespace
  (needs root and ``unshare``; skipped where the container does not allow mounts);
- the database connections made read-only (``PRAGMA query_only``), which works everywhere;
- the home deleted after the command opened it (a USB stick pulled out).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from facilitator import paths
from facilitator.cli.main import main
from facilitator.store import db as store_db
from facilitator.store.backup import backup_to

PLAN = paths.resource("examples", "plan-community-health-workshop.toml")
WRITES = {
    "star": ["structures", "star", "1-2-4-all"],
    "plan-import": ["plans", "import", str(PLAN)],
    "log-import": ["log", "import", "--example"],
}
ROOT = os.name == "posix" and os.geteuid() == 0
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A database with something in it worth keeping, made once (importing a plan loads the library)."""
    folder = tmp_path_factory.mktemp("template-home")
    paths.set_home(folder)  # never the real data home, even before a test's own home is set
    try:
        assert main(["structures", "star", "triz"]) == 0
        assert main(["plans", "import", str(PLAN)]) == 0
        clean = tmp_path_factory.mktemp("template") / "facilitator.sqlite3"
        backup_to(folder / "facilitator.sqlite3", clean)
        conn = sqlite3.connect(clean)  # a backup is a single self-contained file; the live log is in WAL mode
        conn.execute("PRAGMA journal_mode=WAL")
        conn.close()
        yield clean
    finally:
        paths.set_home(None)


@pytest.fixture
def seed(template: Path, home: Path) -> Callable[[], None]:
    def put() -> None:
        home.mkdir(parents=True, exist_ok=True, mode=0o700)
        shutil.copyfile(template, paths.database_path())

    return put


def rows(path: Path) -> dict[str, set[tuple[Any, ...]]]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {n: set(conn.execute(f"SELECT * FROM {n}")) for n in names
                if not n.startswith(("sqlite_", "log_fts"))}
    finally:
        conn.close()


def files(home: Path) -> set[str]:
    return {str(p.relative_to(home)) for p in home.rglob("*")} if home.exists() else set()


def assert_one_clear_line(code: int, err: str, *words: str) -> None:
    lines = [line for line in err.splitlines() if line.strip()]
    assert code == 3, err
    assert len(lines) == 1, f"one message, not {len(lines)} lines:\n{err}"
    assert lines[0].startswith("facilitator: "), err
    assert "Traceback" not in err and "internal error" not in err and "sqlalche" not in err
    for word in words:
        assert word.lower() in lines[0].lower(), f"{word!r} not in {lines[0]!r}"


def assert_nothing_half_written(home: Path) -> None:
    leftovers = [name for name in files(home) if name.endswith(".partial")]
    assert not leftovers, leftovers


# -- chmod -------------------------------------------------------------------------------------


def chmod_stops_writes(folder: Path) -> bool:
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o555)
    try:
        (folder / "write-probe").touch()
    except OSError:
        return True
    else:
        (folder / "write-probe").unlink()
        return False
    finally:
        folder.chmod(0o700)


@contextlib.contextmanager
def chmod_read_only(home: Path) -> Iterator[None]:
    """The home, its folders and its database read-only for the length of the block."""
    targets = [paths.database_path(), *sorted((p for p in home.rglob("*") if p.is_dir()), reverse=True), home]
    modes = {p: stat.S_IMODE(p.stat().st_mode) for p in targets}
    try:
        for p in targets:
            p.chmod(0o444 if p.is_file() else 0o555)
        yield
    finally:
        for p, mode in modes.items():
            p.chmod(mode)


@pytest.mark.parametrize("command", WRITES, ids=str)
def test_chmod_read_only_home(home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                              seed: Callable[[], None], command: str) -> None:
    if not chmod_stops_writes(tmp_path / "probe"):
        pytest.skip("chmod does not stop this user writing (running as root); "
                    "test_read_only_file_system and test_read_only_connections cover it")
    seed()
    before, listing = rows(paths.database_path()), files(home)
    with chmod_read_only(home):
        code = main(WRITES[command])
    err = capsys.readouterr().err
    assert_one_clear_line(code, err, str(home))
    assert "damaged" not in err
    assert rows(paths.database_path()) == before
    assert files(home) == listing


# -- a read-only file system ----------------------------------------------------------------------

RUNNER = """
import contextlib, io, json, sys
from facilitator.cli.main import main
results = []
for argv in json.loads(sys.argv[1]):
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(argv)
    results.append([code, err.getvalue()])
print(json.dumps(results))
"""


def read_only_mount_works(folder: Path) -> bool:
    if not ROOT or shutil.which("unshare") is None or shutil.which("mount") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-m", "sh", "-c", 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && ! touch "$1/x"',
         "sh", str(folder)], capture_output=True, timeout=30)
    return probe.returncode == 0 and not (folder / "x").exists()


def run_on_read_only_mount(home: Path, commands: list[list[str]]) -> list[tuple[int, str]]:
    """Run CLI commands in a private mount namespace where ``home`` is mounted read-only."""
    script = 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift && exec "$@"'
    done = subprocess.run(
        ["unshare", "-m", "sh", "-c", script, "sh", str(home), sys.executable, "-c", RUNNER,
         json.dumps([["--home", str(home), *argv] for argv in commands])],
        capture_output=True, text=True, timeout=120, env=dict(os.environ, PYTHONPATH=str(REPO)), cwd=REPO)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    return [(code, err) for code, err in json.loads(done.stdout)]


@pytest.mark.parametrize("state", ["app-open", "closed"])
def test_read_only_file_system(home: Path, tmp_path: Path, seed: Callable[[], None], state: str) -> None:
    """A write-protected USB stick: every write says so, and never that the file is 'damaged'.

    ``app-open``: the -wal and -shm files are there (the disk went read-only under a running app),
    so reading still works. ``closed``: a cleanly closed database, no -shm, so SQLite cannot even
    open it for reading; that used to be reported as a damaged database, with advice to restore.
    """
    if not read_only_mount_works(tmp_path):
        pytest.skip("cannot mount a folder read-only here (needs root, unshare and mount in a private namespace)")
    seed()
    database = paths.database_path()
    reader = sqlite3.connect(database)
    try:
        if state == "app-open":
            reader.execute("SELECT count(*) FROM favourite").fetchone()  # opens the -wal and -shm
        else:
            reader.close()
        assert files(home) >= {"facilitator.sqlite3-shm"} if state == "app-open" else {"facilitator.sqlite3"}
        digest, listing = hashlib.sha256(database.read_bytes()).hexdigest(), files(home)

        *writes, check = run_on_read_only_mount(home, [*WRITES.values(), ["db", "check"]])
        assert files(home) == listing, "no backup, no journal, no new file"
    finally:
        reader.close()

    for code, err in writes:
        assert_one_clear_line(code, err, str(home), "read-only")
        assert "damaged" not in err
    code, err = check
    if state == "app-open":
        assert (code, err) == (0, "")
    else:
        assert_one_clear_line(code, err, str(home), "read-only", "nothing was changed")
        assert "damaged" not in err
    assert hashlib.sha256(database.read_bytes()).hexdigest() == digest


# -- read-only database connections ---------------------------------------------------------------


@pytest.fixture
def read_only_connections(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every connection the app opens through its engine refuses to write, as on a read-only disk."""
    make_engine: Callable[[Path], Any] = store_db.make_engine

    def read_only_engine(path: Path) -> Any:
        from sqlalchemy import event

        engine = make_engine(path)
        event.listen(engine, "connect", lambda conn, _record: conn.execute("PRAGMA query_only=ON"))
        return engine

    monkeypatch.setattr(store_db, "make_engine", read_only_engine)


@pytest.mark.parametrize("command", WRITES, ids=str)
def test_read_only_connections(home: Path, capsys: pytest.CaptureFixture[str], command: str,
                               seed: Callable[[], None], read_only_connections: None) -> None:
    seed()
    database = paths.database_path()
    before = rows(database)
    code = main(WRITES[command])
    assert_one_clear_line(code, capsys.readouterr().err, str(home), "cannot be written", "nothing was saved")
    assert rows(database) == before, "nothing half-written: the transaction was rolled back whole"
    assert_nothing_half_written(home)


def test_reading_still_works_with_read_only_connections(home: Path, capsys: pytest.CaptureFixture[str],
                                                       seed: Callable[[], None],
                                                       read_only_connections: None) -> None:
    seed()
    assert main(["structures", "list", "--favourites"]) == 0
    assert main(["plans", "list"]) == 0
    assert main(["log", "list"]) == 0
    assert "Traceback" not in capsys.readouterr().err


# -- the home removed while a command runs ----------------------------------------------------------


@pytest.fixture
def home_removed_after_open(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The database opens, then the folder goes (a USB stick pulled out) before the command writes."""
    from facilitator.cli import common, log_cmd, plans_cmd, structures_cmd

    open_db = common.open_db

    def open_then_remove() -> Any:
        db = open_db()
        shutil.rmtree(home)
        return db

    for module in (structures_cmd, plans_cmd, log_cmd):
        monkeypatch.setattr(module, "open_db", open_then_remove)


@pytest.mark.parametrize("command", WRITES, ids=str)
def test_home_removed_after_start(home: Path, capsys: pytest.CaptureFixture[str], command: str,
                                  seed: Callable[[], None], home_removed_after_open: None) -> None:
    seed()
    code = main(WRITES[command])
    assert_one_clear_line(code, capsys.readouterr().err, str(home), "cannot be reached", "nothing was saved")
    assert not paths.database_path().exists(), "no new, empty log was made in its place"
    assert_nothing_half_written(home)


def test_home_that_is_a_file(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A home path taken by a file (a mistyped --home): the OS's words and the path, no traceback."""
    home.parent.mkdir(parents=True, exist_ok=True)
    home.write_text("not a folder", encoding="utf-8")
    code = main(WRITES["star"])
    err = capsys.readouterr().err
    assert code == 3 and str(home) in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert home.read_text(encoding="utf-8") == "not a folder"
