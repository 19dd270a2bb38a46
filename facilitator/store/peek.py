"""Read-only looks at the database before the ORM is loaded.

Importing SQLAlchemy and opening the database properly (integrity check,
migrations) takes most of a second on an old laptop; the library page only
needs the starred structures to paint. This reads them with plain sqlite3,
read-only, and answers "none" whenever the file is missing, damaged, locked
or older than the favourites table: the proper open that follows reports
those cases in words.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


def starred_ids(path: Path) -> frozenset[str]:
    if not path.is_file():
        return frozenset()
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0.5)
        try:
            return frozenset(row[0] for row in conn.execute("SELECT structure_id FROM favourite"))
        finally:
            conn.close()
    except sqlite3.Error:
        return frozenset()
