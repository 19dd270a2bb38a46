"""The data-safety tools can never destroy the log (issue 14, items 1, 2 and 11), through the real CLI.

Every test ends by checking that the log and every healthy backup are
exactly what they were: a refused restore or backup changes nothing.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from facilitator import paths
from facilitator.store.backup import list_backups, make_backup, rotate
from facilitator.store.errors import BackupRefused
from facilitator.store.identity import verify
from tests.cli import run


def rows(path: Path) -> dict[str, set[tuple[Any, ...]]]:
    """Every row of every data table (the log's meaning, whatever SQLite did to the file's bytes)."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {n: set(conn.execute(f'SELECT * FROM "{n}"')) for n in names
                if not n.startswith(("sqlite_", "log_fts"))}
    finally:
        conn.close()


def backups_state() -> dict[str, str]:
    return {b.name: hashlib.sha256(b.read_bytes()).hexdigest() for b in list_backups()}


def state() -> tuple[dict[str, set[tuple[Any, ...]]], dict[str, str]]:
    return rows(paths.database_path()), backups_state()


@pytest.fixture
def seeded(capsys: pytest.CaptureFixture[str]) -> Path:
    """A home holding the example log (13 decisions) and one manual backup."""
    assert run(capsys, "log", "import", "--example")[0] == 0
    assert run(capsys, "db", "backup")[0] == 0
    assert decisions(paths.database_path()) == 13
    return paths.database_path()


def decisions(path: Path) -> int:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM decision").fetchone()[0])
    finally:
        conn.close()


def sql(path: Path, *statements: str) -> Path:
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()
    return path


def a_backup_copy(tmp_path: Path, name: str) -> Path:
    """A real, healthy backup of the seeded log, outside the home, to be changed by a test."""
    target = tmp_path / name
    shutil.copyfile(list_backups()[0], target)
    return target


def foreign_file(tmp_path: Path) -> Path:
    """The outside tester's file: another program's database with an alembic_version table."""
    return sql(tmp_path / "o.sqlite3",
               "create table alembic_version(version_num varchar(32) primary key)",
               "insert into alembic_version values('abc123')",
               "create table users(id integer primary key)")


def refused(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """Every kind of file a restore must refuse, with the words its refusal must hold."""
    newer = sql(a_backup_copy(tmp_path, "newer.sqlite3"), "update alembic_version set version_num = '0099_future'",
                "create table programme(id integer primary key)")
    altered = sql(a_backup_copy(tmp_path, "altered.sqlite3"), "alter table decision add column secret text")
    trigger = sql(a_backup_copy(tmp_path, "trigger.sqlite3"),
                  "create trigger wipe after insert on meeting_note begin delete from decision; end")
    view = sql(a_backup_copy(tmp_path, "view.sqlite3"), "create view peek as select * from person")
    dropped = sql(a_backup_copy(tmp_path, "dropped.sqlite3"), "drop index ix_stance_person_id")
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    text = tmp_path / "notes.txt"
    text.write_text("not a database at all\n" * 100, encoding="utf-8")
    damaged = a_backup_copy(tmp_path, "damaged.sqlite3")
    size = damaged.stat().st_size
    with damaged.open("r+b") as fh:
        fh.seek(size // 2)
        fh.write(b"\xff" * 8192)
    truncated = a_backup_copy(tmp_path, "truncated.sqlite3")
    with truncated.open("r+b") as fh:
        fh.truncate(size // 3)
    return {
        "another program's database": (foreign_file(tmp_path), "not a Facilitator log"),
        "a newer app's log": (newer, "made by a newer Facilitator; update the app"),
        "an altered decision table": (altered, "changed outside Facilitator"),
        "a foreign trigger": (trigger, "unexpected trigger 'wipe'"),
        "a foreign view": (view, "unexpected view 'peek'"),
        "a dropped index": (dropped, "changed outside Facilitator"),
        "an empty file": (empty, "empty"),
        "a text file": (text, "not a database"),
        "a damaged page": (damaged, "restored"),
        "a truncated file": (truncated, "restored"),
        "a folder": (tmp_path, "not a regular file"),
    }


def test_restore_refuses_every_file_that_is_not_our_healthy_log(seeded: Path, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    before = state()
    for kind, (path, words) in refused(tmp_path).items():
        code, out, err = run(capsys, "db", "restore", str(path))
        assert code == 3 and out == "", kind
        assert words in err and "Nothing was changed" in err and len(err.strip().splitlines()) == 1, (kind, err)
        assert state() == before, f"{kind}: the home changed"
    assert [p.name for p in seeded.parent.iterdir() if "restoring" in p.name] == []


def test_after_a_refused_restore_ten_commands_keep_every_decision(seeded: Path, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """The outside test's reproduction: it used to end with no decision in any file."""
    before = state()
    assert run(capsys, "db", "restore", str(foreign_file(tmp_path)))[0] == 3
    for _ in range(10):
        assert run(capsys, "log", "list")[0] == 0
    assert state() == before and decisions(seeded) == 13
    assert decisions(list_backups()[0]) == 13


def test_a_log_in_place_at_an_unknown_revision_is_never_migrated_or_backed_up(
        seeded: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Put there by hand (or by an old restore): every command refuses, and no backup pushes a good one out."""
    before_backups = backups_state()
    for companion in ("-wal", "-shm"):
        seeded.with_name(seeded.name + companion).unlink(missing_ok=True)
    shutil.copyfile(foreign_file(tmp_path), seeded)
    for _ in range(10):
        code, _out, err = run(capsys, "log", "list")
        assert code == 3 and "not a Facilitator log" in err and "nothing was changed" in err
        assert len(err.strip().splitlines()) == 1
    assert backups_state() == before_backups
    sql(seeded, "update alembic_version set version_num = '0099_future'", "create table favourite(x)")
    code, _out, err = run(capsys, "plans", "list")
    assert code == 3 and "made by a newer Facilitator; update the app" in err
    assert backups_state() == before_backups


def test_a_good_backup_restores_and_the_replaced_log_is_kept(seeded: Path, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    good = a_backup_copy(tmp_path, "good.sqlite3")
    assert run(capsys, "structures", "star", "triz")[0] == 0
    code, out, _ = run(capsys, "db", "restore", str(good))
    assert code == 0 and "Restored good.sqlite3" in out
    kept = Path(out.split("kept at ")[1].strip())
    assert kept.is_file() and verify(kept).ok and "before-restore" in kept.name
    assert rows(kept)["favourite"] and not rows(seeded)["favourite"], "the starred log is the kept one"
    assert decisions(seeded) == 13 and run(capsys, "db", "check")[0] == 0


def test_an_older_revision_restores_and_is_upgraded_on_the_copy(seeded: Path, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    from facilitator.store import migrate

    old = tmp_path / "old.sqlite3"
    migrate.upgrade(old, migrate.revision_chain()[0])
    sql(old, "insert into favourite (structure_id, starred_at) values ('triz', '2026-01-05 09:00:00')")
    assert run(capsys, "db", "restore", str(old))[0] == 0
    assert migrate.current_revision(seeded) == migrate.head_revision()
    assert rows(seeded)["favourite"] == {("triz", "2026-01-05 09:00:00")}
    assert verify(seeded).ok


def test_backup_of_a_damaged_log_says_so_and_keeps_every_backup(seeded: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = backups_state()
    size = seeded.stat().st_size
    with seeded.open("r+b") as fh:  # the outside test: a few KB overwritten in the middle
        fh.seek(size // 2)
        fh.write(b"\x00\x13" * 2048)
    assert run(capsys, "db", "check")[0] == 1
    for _ in range(10):
        code, out, err = run(capsys, "db", "backup")
        assert code == 1 and out == ""
        assert "could not be backed up" in err and "db restore" in err and len(err.strip().splitlines()) == 1
    assert backups_state() == before
    assert [p for p in paths.backups_dir().iterdir() if p.name.endswith(".partial")] == []


def test_re_importing_a_file_that_adds_nothing_takes_no_backup(seeded: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = backups_state()
    for _ in range(3):
        code, out, _ = run(capsys, "log", "import", "--example")
        assert code == 0 and "backup" not in out.lower()
    assert backups_state() == before


def test_rotation_keeps_the_newest_healthy_backups_and_anything_newer(seeded: Path) -> None:
    folder = paths.backups_dir()
    for path in list_backups():
        path.unlink()
    made = [make_backup(seeded, f"b{i}", keep=100) for i in range(6)]  # oldest first
    for bad in made[3:]:  # the three newest go bad (a failing disk)
        bad.write_bytes(b"\x00" * 4096)
    deleted = rotate(folder, keep=2)
    left = list_backups()
    assert set(made[3:]) <= set(left), "anything newer than the newest healthy backup stays"
    assert made[2] in left and made[1] in left, "the two newest healthy ones stay"
    assert deleted == [made[0]]
    for bad in made[1:]:
        bad.write_bytes(b"")
    assert rotate(folder, keep=2) == [], "with no healthy backup left, nothing is deleted"


def test_a_backup_that_fails_its_check_is_not_kept(seeded: Path, tmp_path: Path) -> None:
    before = backups_state()
    with pytest.raises(BackupRefused, match="not a Facilitator log"):
        make_backup(foreign_file(tmp_path), "manual")
    assert backups_state() == before


def test_db_check_names_a_foreign_trigger_in_the_live_log(seeded: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """It said "ok" while a trigger waited to empty the decision table on the next imported note."""
    sql(seeded, "create trigger wipe after insert on meeting_note begin delete from decision; end")
    code, out, _ = run(capsys, "db", "check")
    assert code == 1 and "unexpected trigger 'wipe'" in out and "db restore" in out
    assert "delete from decision" not in out.lower(), "names the object, never its SQL"


def test_an_import_file_that_contradicts_itself_is_refused(home: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """Item 10: the same id twice with different content used to store the first and call it a conflict."""
    import json

    from facilitator.decisions.logformat import example_log

    data = json.loads(example_log().read_text(encoding="utf-8"))
    twice = json.loads(json.dumps(data))
    twice["teams"].append({**twice["teams"][0], "name": "Another name, same id"})
    bad = tmp_path / "twice.json"
    bad.write_text(json.dumps(twice), encoding="utf-8")
    code, _out, err = run(capsys, "log", "import", str(bad))
    assert code in (1, 2, 3) and "twice with different content" in err and "contradicts itself" in err
    assert "Another name" not in err, "never a participant's words in a message"
    assert len(err.strip().splitlines()) == 1
    assert not paths.database_path().exists() or decisions(paths.database_path()) == 0
    same = json.loads(json.dumps(data))
    same["teams"].append(dict(same["teams"][0]))  # an exact repeat is harmless
    ok = tmp_path / "repeat.json"
    ok.write_text(json.dumps(same), encoding="utf-8")
    assert run(capsys, "log", "import", str(ok))[0] == 0 and decisions(paths.database_path()) == 13


def test_a_migration_that_keeps_failing_never_rotates_older_backups_away(
        home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Each command tries the migration again; only the first try takes a backup."""
    from facilitator.store import migrate

    migrate.upgrade(paths.database_path(), migrate.revision_chain()[0])
    (home / "settings.ini").write_text("[backups]\nkeep=3\n", encoding="utf-8")
    older = [make_backup(paths.database_path(), f"older-{i}") for i in range(2)]

    def broken(_path: Path, revision: str = "head") -> None:
        raise migrate.MigrationError("a bug in a migration")

    monkeypatch.setattr(migrate, "upgrade", broken)
    for _ in range(10):
        code, _out, err = run(capsys, "plans", "list")
        assert code == 70 and "MigrationError" not in err and "a bug in a migration" not in err
    assert set(older) <= set(list_backups()), "the older backups are still there"
    assert len([b for b in list_backups() if "before-migration" in b.name]) == 1


def test_a_backup_with_a_damaged_word_is_refused(seeded: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """SQLite's own checks pass, but the app would fail on every read of that row (found by the property test)."""
    damaged = sql(a_backup_copy(tmp_path, "word.sqlite3"),
                  "update stance set text = cast(x'4a616e7365e82e' as text) where rowid = (select min(rowid) from stance)")
    before = state()
    code, _out, err = run(capsys, "db", "restore", str(damaged))
    assert code == 3 and "some of its text is damaged" in err and state() == before


def test_the_way_back_from_a_restore_outlives_rotation(seeded: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """A newcomer found that twelve backups after a restore, its before-restore copy was gone."""
    (paths.data_home() / "settings.ini").write_text("[backups]\nkeep=3\n", encoding="utf-8")
    assert run(capsys, "db", "restore", str(a_backup_copy(tmp_path, "good.sqlite3")))[0] == 0
    way_back = next(b for b in list_backups() if "before-restore" in b.name)
    for _ in range(6):
        assert run(capsys, "db", "backup")[0] == 0
    assert way_back in list_backups() and len(list_backups()) == 4
    code, out, _ = run(capsys, "db", "backups")
    assert code == 0 and "healthy: 13 decisions, 6 meetings, the last on 2026-" in out


def test_backup_output_is_never_the_log_or_a_missing_folder(seeded: Path, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    before = state()
    for target, words in ((seeded, "is the log itself"), (tmp_path / "no" / "x.sqlite3", "does not exist"),
                          (tmp_path, "is a folder")):
        code, out, err = run(capsys, "db", "backup", "-o", str(target))
        assert code == 3 and words in err and out == ""
    assert state() == before and not (tmp_path / "no").exists()


def test_a_chosen_home_that_is_not_there_is_never_created(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An unplugged USB stick (or a typo) must not get a new, empty log somewhere else."""
    missing = tmp_path / "stick" / "facilitator"
    code, _out, err = run(capsys, "--home", str(missing), "db", "check")
    assert code == 3 and "cannot be reached" in err and not (tmp_path / "stick").exists()
    a_file = tmp_path / "notes.json"
    a_file.write_text("{}", encoding="utf-8")
    code, _out, err = run(capsys, "--home", str(a_file), "plans", "list")
    assert code == 3 and "is a file, not a folder" in err
