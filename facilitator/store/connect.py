"""Plain sqlite3 connections, and the busy wait every connection to the log shares.

Its own module so that db.py (the ORM engine) and the checks that must not
touch the ORM (migrate.py, health.py) both stand on it without importing
each other.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from facilitator import paths

BUSY_TIMEOUT_MS = paths.env_milliseconds("FACILITATOR_BUSY_TIMEOUT_MS", 5000)  # tests shorten the wait


def raw_connect(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection for checks that must not touch the ORM."""
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    return conn
