"""Damaged files are set aside untouched, backups restore, and the CLI says what to do."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator import paths
from facilitator.cli.main import main
from facilitator.store import health
from facilitator.store.backup import list_backups, make_backup
from facilitator.store.db import open_database
from facilitator.store.errors import DatabaseDamaged, RestoreRefused
from facilitator.store.favourites import favourites, star
from facilitator.store.restore import restore


def damage(path: Path) -> bytes:
    junk = b"this is not a database " * 200
    path.write_bytes(junk)
    return junk


def test_damaged_database_is_refused_before_anything_writes(home: Path) -> None:
    open_database().close()
    junk = damage(paths.database_path())
    with pytest.raises(DatabaseDamaged, match="nothing was changed"):
        open_database()
    assert paths.database_path().read_bytes() == junk


def test_move_aside_keeps_the_damaged_file_and_restore_brings_back_the_backup(home: Path) -> None:
    db = open_database()
    star(db, "triz")
    db.close()
    backup = make_backup(paths.database_path(), "test")
    junk = damage(paths.database_path())
    aside = health.move_aside(paths.database_path())
    assert aside.read_bytes() == junk and not paths.database_path().exists()
    assert health.newest_good_backup() == backup
    restore(backup)
    assert favourites(open_database()) == {"triz"}


def test_restore_refuses_a_bad_backup(home: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite3"
    damage(bad)
    with pytest.raises(RestoreRefused, match="not a database"):
        restore(bad)


def test_daily_backup_only_once_a_day(home: Path) -> None:
    open_database().close()
    assert health.daily_backup() is not None
    assert health.daily_backup() is None
    assert len(list_backups()) == 1


def test_cli_db_commands(home: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["structures", "star", "triz"]) == 0
    assert main(["db", "check"]) == 0
    assert main(["db", "backup", "-o", str(tmp_path / "copy.sqlite3")]) == 0
    assert main(["db", "backup"]) == 0
    assert main(["db", "backups"]) == 0
    out = capsys.readouterr().out
    assert "manual" in out
    damage(paths.database_path())
    assert main(["db", "check"]) == 1
    assert main(["structures", "list"]) == 3
    err = capsys.readouterr().err
    assert "damaged" in err and "db restore" in err and "Traceback" not in err
    assert main(["db", "restore", str(tmp_path / "copy.sqlite3")]) == 0
    assert main(["db", "check"]) == 0
    assert [p.name.startswith("facilitator-damaged-") for p in paths.data_home().glob("*damaged*.sqlite3")] == [True]
    assert main(["db", "restore", str(tmp_path / "missing.sqlite3")]) == 3
    assert "no backup file" in capsys.readouterr().err
