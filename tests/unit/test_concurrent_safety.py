"""Several real processes on one data home (issue 14, items 3 and 4): nothing lost, no error a person can't read."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from facilitator import paths
from facilitator.store.backup import list_backups

REPO = Path(__file__).resolve().parents[2]

# Holds the log open like the app does (optionally with the app's own lock), writing before and after a pause.
WRITER = """
import sys
from facilitator.store.db import open_database
from facilitator.store.favourites import star
from facilitator.store.lock import HomeLock
app = HomeLock()
if sys.argv[1] == "app":
    assert app.acquire()
db = open_database()
star(db, "triz")
print("ready", flush=True)
sys.stdin.readline()
star(db, "1-2-4-all")
db.close()
print("done", flush=True)
"""


def env(home: Path) -> dict[str, str]:
    return dict(os.environ, FACILITATOR_HOME=str(home), PYTHONPATH=str(REPO))


def cli(home: Path, *argv: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "facilitator.cli.main", *argv], env=env(home), cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish(proc: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=120)
    assert "Traceback" not in err, err
    return proc.returncode, out, err


@contextmanager
def writer(home: Path, kind: str) -> Iterator[subprocess.Popen[str]]:
    proc = subprocess.Popen([sys.executable, "-c", WRITER, kind], env=env(home), cwd=REPO, text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready", proc.stderr
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=60)  # closes the pipes


def starred(home: Path) -> set[str]:
    conn = sqlite3.connect(f"{(home / 'facilitator.sqlite3').as_uri()}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT structure_id FROM favourite")}
    finally:
        conn.close()


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["app", "command"])
def test_restore_refuses_while_another_process_has_the_log_open(home: Path, kind: str) -> None:
    """It used to delete the -wal file under the live process: its next write landed in no file."""
    assert finish(cli(home, "plans", "list"))[0] == 0
    assert finish(cli(home, "db", "backup"))[0] == 0
    backup = list_backups()[0]
    with writer(home, kind) as proc:
        code, out, err = finish(cli(home, "db", "restore", str(backup)))
        assert code == 3 and out == "" and len(err.strip().splitlines()) == 1
        if kind == "app":
            assert f"Facilitator is open with this data folder (process {proc.pid}); close it first" in err
        else:
            assert "another facilitator command is using the log" in err
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
        assert proc.stdout is not None and proc.stdout.readline().strip() == "done"
    assert starred(home) == {"triz", "1-2-4-all"}, "both writes, before and after the refused restore, are there"
    assert finish(cli(home, "db", "restore", str(backup)))[0] == 0, "once the log is closed, the restore goes ahead"
    assert starred(home) == set()


@pytest.mark.slow
def test_four_commands_at_once_on_an_empty_home_create_the_log_once(tmp_path: Path) -> None:
    """The first-run creation ran without a lock: 8 of 10 trials failed with 'table … already exists'."""
    for trial in range(3):
        home = tmp_path / f"home{trial}"
        procs = [cli(home, "plans", "list") for _ in range(4)]
        results = [finish(p) for p in procs]
        assert [r[0] for r in results] == [0, 0, 0, 0], [r[2] for r in results]
        assert all("exists" not in r[2] and "error" not in r[2] for r in results), [r[2] for r in results]
        paths.set_home(home)
        try:
            from facilitator.store.migrate import current_revision, head_revision

            assert current_revision(paths.database_path()) == head_revision()
        finally:
            paths.set_home(None)


@pytest.mark.slow
def test_two_imports_of_one_file_at_once_import_it_once(home: Path) -> None:
    """They used to report 'breaks a rule of the log (UNIQUE constraint failed …)'."""
    assert finish(cli(home, "plans", "list"))[0] == 0  # the log exists; the race is the import's own
    for _ in range(2):
        results = [finish(p) for p in [cli(home, "log", "import", "--example") for _ in range(2)]]
        assert [r[0] for r in results] == [0, 0], [r[2] for r in results]
        assert all("UNIQUE" not in r[2] and "constraint" not in r[2] for r in results)
    conn = sqlite3.connect(home / "facilitator.sqlite3")
    try:
        assert conn.execute("SELECT count(*) FROM decision").fetchone() == (13,)
    finally:
        conn.close()
    assert len([b for b in list_backups() if "before-import" in b.name]) == 1, "one import wrote; one backup"
