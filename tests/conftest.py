"""Test configuration shared by every test.

Qt is told to render offscreen before anything imports it, and every test
gets its own empty data home, so no test can see another's data (or yours).
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from facilitator import paths  # noqa: E402

TESTS = Path(__file__).resolve().parent
DATA = TESTS / "data"


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh, private data home for this test."""
    home = tmp_path / "home"
    monkeypatch.setenv(paths.ENV_HOME, str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    paths.set_home(None)
    yield home
    paths.set_home(None)


@pytest.fixture
def library():
    from facilitator.structures.library import load_library

    return load_library()


@pytest.fixture
def db(home: Path):
    from facilitator.store.db import open_database

    database = open_database()
    yield database
    database.close()
