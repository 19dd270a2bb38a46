"""Is this file our decision log, at a revision we know, and nothing else?

A restore, a backup rotation and the damaged-log dialog all ask this of a
file before trusting it. SQLite's own checks only say a file is *a* healthy
database; an empty file, another program's database, a log from a newer app
or one that someone has given an extra trigger (``AFTER INSERT … BEGIN
DELETE FROM decision; END``) all pass them. So the file's schema, every row
of ``sqlite_master``, is compared with what our migrations create at the
file's revision, kept in ``migrations/schemas.json`` (written by
``tools/update_schemas.py``; a test keeps it true to the migrations).

Files are opened read-only with ``trusted_schema=OFF``, so nothing a hostile
file defines runs while it is being looked at.
"""

from __future__ import annotations

import json
import re
import sqlite3
import stat
from dataclasses import dataclass
from functools import cache
from pathlib import Path

SCHEMAS = Path(__file__).resolve().parent / "migrations" / "schemas.json"
# Tables SQLite makes by itself (ANALYZE's statistics): data only, never code.
_SQLITE_OWN = re.compile(r"^sqlite_stat\d$")
_SPACES = re.compile(r"\s+")
_AROUND = re.compile(r"\s*([(),=])\s*")
# Objects every revision of our log has had: with an unknown revision, they say "ours, but newer".
_OURS = {"alembic_version", "favourite"}

SchemaRow = tuple[str, str, str, str | None]


@dataclass(frozen=True)
class Verdict:
    """What a file is. ``reason`` is one plain line for a person (no SQL, no data)."""

    ok: bool
    reason: str
    revision: str | None = None
    newer: bool = False


def normalise(sql: str | None) -> str | None:
    """One spelling per statement: case, quotes and spacing differ between SQLite versions."""
    if sql is None:
        return None
    text = _SPACES.sub(" ", sql.replace('"', "").replace("'", "").replace("`", "")).strip().lower()
    return _AROUND.sub(r"\1", text)


def schema_of(conn: sqlite3.Connection) -> set[SchemaRow]:
    """Every schema object, in a form that does not depend on who wrote the SQL.

    Tables and indexes by their structure (columns, keys, index columns):
    the CREATE text SQLAlchemy writes can differ between its versions.
    Triggers, views and virtual tables by their normalised SQL: we write
    those by hand, and they are where a hostile file would hide code.
    FTS5's shadow tables are named only: SQLite writes them.
    """
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    virtual = {name for kind, name, _t, sql in rows if kind == "table" and (sql or "").upper().startswith("CREATE VIRTUAL")}
    found: set[SchemaRow] = set()
    for kind, name, table, sql in rows:
        if _SQLITE_OWN.match(name):
            continue
        if kind in ("table", "index") and any(table.startswith(f"{v}_") for v in virtual):
            found.add((kind, name, table, None))
        elif kind == "table" and name not in virtual:
            found.add((kind, name, table, _table_shape(conn, name)))
        elif kind == "index":
            found.add((kind, name, table, _index_shape(conn, table, name)))
        else:
            found.add((kind, name, table, normalise(sql)))
    return found


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _table_shape(conn: sqlite3.Connection, table: str) -> str:
    columns = [list(r[1:]) for r in conn.execute(f"PRAGMA table_xinfo({_quoted(table)})")]
    for column in columns:
        column[1] = str(column[1]).upper()
    keys = sorted(list(r[2:]) for r in conn.execute(f"PRAGMA foreign_key_list({_quoted(table)})"))
    return json.dumps({"columns": columns, "keys": keys})


def _index_shape(conn: sqlite3.Connection, table: str, index: str) -> str:
    listed = {r[1]: list(r[2:]) for r in conn.execute(f"PRAGMA index_list({_quoted(table)})")}
    columns = [list(r[1:]) for r in conn.execute(f"PRAGMA index_xinfo({_quoted(index)})")]
    return json.dumps({"index": listed.get(index), "columns": columns})


@cache
def known_schemas() -> dict[str, frozenset[SchemaRow]]:
    """Revision → the schema our migrations create there (from schemas.json)."""
    data = json.loads(SCHEMAS.read_text(encoding="utf-8"))
    return {rev: frozenset(tuple(row) for row in rows) for rev, rows in data.items()}


def verify(path: Path, thorough: bool = True) -> Verdict:
    """Check a database file at rest (a backup, or a copy about to be restored).

    ``thorough``: integrity_check and foreign_key_check (for a restore);
    otherwise quick_check (for rotating backups).
    """
    try:
        info = path.stat()
    except OSError:
        return Verdict(False, "the file is not there")
    if not stat.S_ISREG(info.st_mode):
        return Verdict(False, "it is not a regular file")
    if info.st_size == 0:
        return Verdict(False, "the file is empty")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error:
        return Verdict(False, "it cannot be opened as a database")
    try:
        return _judge(conn, thorough)
    except (sqlite3.DatabaseError, UnicodeDecodeError):  # damaged text in the schema is not even UTF-8
        return Verdict(False, "it is not a database, or it is damaged beyond reading")
    finally:
        conn.close()


def _judge(conn: sqlite3.Connection, thorough: bool) -> Verdict:
    conn.execute("PRAGMA trusted_schema=OFF")
    conn.execute("PRAGMA cell_size_check=ON")
    rows = [r[0] for r in conn.execute(f"PRAGMA {'integrity_check' if thorough else 'quick_check'}").fetchmany(3)]
    if rows != ["ok"]:
        return Verdict(False, "it is damaged (SQLite's own check failed)")
    schema = schema_of(conn)
    names = {name for _k, name, _t, _s in schema}
    if not names:
        return Verdict(False, "it is an empty database, not a Facilitator log")
    if "alembic_version" not in names:
        return Verdict(False, "it is not a Facilitator log (another program's database)")
    versions = [r[0] for r in conn.execute("SELECT version_num FROM alembic_version").fetchmany(2)]
    revision = versions[0] if len(versions) == 1 and isinstance(versions[0], str) else None
    known = known_schemas()
    if revision not in known:
        if looks_like_ours(names):
            return Verdict(False, "it was made by a newer Facilitator; update the app to open it",
                           revision, newer=True)
        return Verdict(False, "it is not a Facilitator log (another program's database)", revision)
    expected = known[revision]
    if schema != expected:
        return Verdict(False, _difference(schema, expected), revision)
    if thorough and conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
        return Verdict(False, "some of its records point at records that are not there", revision)
    if thorough and not _texts_readable(conn, schema):
        return Verdict(False, "some of its text is damaged (not readable as text)", revision)
    return Verdict(True, "a healthy Facilitator log", revision)


def _shown(name: str) -> str:
    """An object's name as printed: plain characters only, short (it comes from a file we do not trust)."""
    return re.sub(r"[^A-Za-z0-9_.-]", "?", name)[:40]


def _texts_readable(conn: sqlite3.Connection, schema: set[SchemaRow]) -> bool:
    """Every text value is UTF-8. SQLite's checks do not look inside values, and a damaged byte
    in a stored word would make the app fail each time it reads that row."""
    conn.text_factory = bytes
    try:
        for kind, name, _table, shape in schema:
            if kind != "table" or shape is None or not shape.startswith("{"):
                continue
            for column in json.loads(shape)["columns"]:
                query = f"SELECT {_quoted(column[0])} FROM {_quoted(name)} WHERE typeof({_quoted(column[0])}) = 'text'"
                for (value,) in conn.execute(query):
                    value.decode("utf-8")
    except UnicodeDecodeError:
        return False
    finally:
        conn.text_factory = str
    return True


def _difference(found: set[SchemaRow], expected: frozenset[SchemaRow]) -> str:
    """Name the first odd object (a name, never its SQL)."""
    extra = sorted(found - expected)
    missing = sorted(expected - found)
    expected_names = {name for _k, name, _t, _s in expected}
    for kind, name, _t, _s in extra:
        if name not in expected_names:
            return f"it has been changed outside Facilitator: an unexpected {kind} '{_shown(name)}'"
    for kind, name, _t, _s in extra + missing:
        return f"it has been changed outside Facilitator: the {kind} '{_shown(name)}' is not as Facilitator made it"
    return "it has been changed outside Facilitator"  # pragma: no cover - the sets differ, so one loop returns


def contents(path: Path) -> str:
    """What a healthy backup holds, in a few words ("13 decisions, 6 meetings, the last on 2026-02-26"),
    so a person can tell an empty early backup from a full one before restoring it."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not {"decision", "meeting"} <= names:
                return "no decision log yet"
            decisions = conn.execute("SELECT count(*) FROM decision").fetchone()[0]
            meetings, last = conn.execute("SELECT count(*), max(date) FROM meeting").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return "contents unknown"
    tail = f", the last on {str(last)[:10]}" if last else ""
    return f"{decisions} decision{'s' if decisions != 1 else ''}, {meetings} meeting{'s' if meetings != 1 else ''}{tail}"


def looks_like_ours(names: set[str]) -> bool:
    """With a revision we do not know: tables every revision of ours has had mean "ours, but newer"."""
    return names >= _OURS
