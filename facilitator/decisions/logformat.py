"""The JSON log format (docs/log-format.md): one flat section per table, read and checked generically.

Sections mirror the tables column for column, so an export is lossless by
construction and a new column only needs a schema_version bump. Checking a
file here never touches the database: a bad file is refused before any write.
Version 1 files (before titles belonged to versions) are read as version 2:
each version takes its proposal's title.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Column, Table, UniqueConstraint

from facilitator import paths
from facilitator.decisions import tables as t
from facilitator.decisions.rules import NOTE_KINDS, DomainError
from facilitator.inputs import LOG_IMPORT_FILE, InputFileError, read_capped
from facilitator.store.base import Base
from facilitator.terminal import first_control_char, has_control_chars

FORMAT = "facilitator-decision-log"
SCHEMA_VERSION = 2  # 2: the title belongs to the version (proposal_versions[].title)
JSON_TEXT = {"meetings": {"skeleton"}}  # stored as JSON text, written as JSON
DERIVED = {"decisions": {"outcome", "review_date", "revision"},  # recomputed from the newest revision
           "proposals": {"title"}}  # the newest version's title
CHOICES = {("rounds", "kind"): t.ROUND_KINDS, ("stances", "value"): t.STANCE_VALUES,
           ("decision_revisions", "outcome"): t.OUTCOMES, ("notes", "kind"): NOTE_KINDS}
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


class LogFormatError(DomainError):
    """The file is not a decision log this app can read; nothing was imported."""


@dataclass(frozen=True)
class Section:
    name: str
    model: type[Base]

    @property
    def table(self) -> Table:
        table: Table = self.model.__table__  # type: ignore[assignment]
        return table

    @property
    def columns(self) -> list[Column[Any]]:
        return [c for c in self.table.columns if c.name not in DERIVED.get(self.name, ())]

    @property
    def key(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.table.primary_key.columns)

    def references(self) -> list[tuple[str, str]]:
        """(field, section) for every foreign key, so a file can be checked for dangling ids."""
        return [(c.name, BY_TABLE[fk.column.table.name]) for c in self.columns for fk in c.foreign_keys]

    def uniques(self) -> list[tuple[str, ...]]:
        return [tuple(c.name for c in u.columns) for u in self.table.constraints
                if isinstance(u, UniqueConstraint)]


# In dependency order: a record only points at sections before it (or, for proposals, itself).
SECTIONS = tuple(Section(n, m) for n, m in (
    ("teams", t.Team), ("people", t.Person), ("meetings", t.Meeting), ("attendees", t.MeetingAttendee),
    ("proposals", t.Proposal), ("proposal_versions", t.ProposalVersion), ("rounds", t.Round),
    ("stances", t.Stance), ("decisions", t.Decision), ("decision_revisions", t.DecisionRevision),
    ("actions", t.Action), ("notes", t.Note)))
BY_TABLE = {s.table.name: s.name for s in SECTIONS}


def dump_value(section: str, column: Column[Any], value: Any) -> Any:
    if column.name in JSON_TEXT.get(section, ()):
        return json.loads(value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def load_value(section: str, column: Column[Any], value: Any, where: str) -> Any:
    """The Python value for one field of the file, or LogFormatError saying exactly what is wrong."""
    if value is None:
        if column.nullable:
            return None
        raise LogFormatError(f"{where}: is required")
    if column.name in JSON_TEXT.get(section, ()):
        if not isinstance(value, list):
            raise LogFormatError(f"{where}: expected a list")
        text = json.dumps(value, ensure_ascii=False)
        _check_text(section, column, text, where)  # a lone \ud800 escape cannot be stored
        return text
    kind = column.type.python_type
    try:
        if kind is bool:
            if not isinstance(value, bool):
                raise ValueError
        elif kind is int:
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 2**31:
                raise ValueError
        elif kind is dt.datetime:
            stamp = dt.datetime.fromisoformat(_text(value))  # stored as naive UTC
            return stamp.astimezone(dt.UTC).replace(tzinfo=None) if stamp.tzinfo else stamp
        elif kind is dt.date:
            return dt.date.fromisoformat(_text(value))
        elif not isinstance(value, str):
            raise ValueError
    except (ValueError, OverflowError):  # OverflowError: year 1 or 9999 moved across midnight to UTC
        raise LogFormatError(f"{where}: expected {_describe(kind)}, got {str(value)[:40]!r}") from None
    if isinstance(value, str):
        _check_text(section, column, value, where)
    return value


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError
    return value


def _describe(kind: type) -> str:
    return {bool: "true or false", int: "a whole number (0 or more)", dt.date: "a date (YYYY-MM-DD)",
            dt.datetime: "a date and time (ISO 8601)"}.get(kind, "text")


def _check_text(section: str, column: Column[Any], value: str, where: str) -> None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise LogFormatError(f"{where}: the text is not valid Unicode") from None
    length = getattr(column.type, "length", None)
    is_id = column.primary_key or column.foreign_keys
    if is_id and not _UUID.match(value):
        raise LogFormatError(f"{where}: expected a UUID, got {value[:40]!r}")
    if has_control_chars(value.replace("\r", "")):  # \r: Windows line ends typed on another laptop
        raise LogFormatError(f"{where}: holds a control character ({first_control_char(value.replace(chr(13), ''))}), "
                             "which could rewrite the screen it is shown on; remove it and export again")
    if length and len(value) > length:
        raise LogFormatError(f"{where}: longer than {length} characters")
    allowed = CHOICES.get((section, column.name))
    if allowed and value not in allowed:
        raise LogFormatError(f"{where}: {value!r} is not one of {', '.join(allowed)}")


def example_log() -> Path:
    """The bundled demo log (a fictional nursing team and co-production group)."""
    return paths.resource("examples", "example-log.json")


def read_log(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Parse and check a log file without touching the database."""
    path = Path(path)
    try:
        raw = read_capped(path, LOG_IMPORT_FILE)  # never /dev/zero or a pipe; at most 200 MB
    except InputFileError as exc:
        raise LogFormatError(str(exc)) from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        if b"\x00" not in raw:  # text in another encoding (Latin-1, Windows-1252), not binary
            raise LogFormatError(f"{path.name}: not UTF-8 text (byte {exc.start}); "
                                 "save it as UTF-8, as Facilitator exports it") from None
        raise LogFormatError(f"{path.name}: not a text file (a JSON decision log was expected)") from None
    except json.JSONDecodeError as exc:
        raise LogFormatError(f"{path.name}: not valid JSON (line {exc.lineno}, column {exc.colno}: "
                             f"{exc.msg}); the file may be cut short or damaged") from None
    except (RecursionError, ValueError):  # nested thousands deep, or a number with thousands of digits
        raise LogFormatError(f"{path.name}: not a decision log (nested too deeply or a number too long); "
                             "the file may be damaged") from None
    try:
        if check_header(data) == 1:
            data = from_version_1(data)
        return load_records(data)
    except LogFormatError as exc:
        raise LogFormatError(f"{path.name}: {exc}") from None


def check_header(data: Any) -> int:
    """The file's schema version; refuse a foreign or newer file before looking at its records."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise LogFormatError("not a Facilitator decision log (the 'format' field is missing or different)")
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise LogFormatError("the log has no valid 'schema_version'")
    if version > SCHEMA_VERSION:
        raise LogFormatError(f"the log uses schema version {version}; this Facilitator reads up to "
                             f"{SCHEMA_VERSION}: update the app to import it")
    if version < 1:
        raise LogFormatError(f"unknown schema version {version}")
    return version


def from_version_1(data: dict[str, Any]) -> dict[str, Any]:
    """A version 1 log in version 2's shape: the proposal's title moves onto each of its versions.

    A version whose proposal is not in the file gets an empty title; the
    import takes it from the proposal already in the log.
    """
    proposals, versions = data.get("proposals", []), data.get("proposal_versions", [])
    if not isinstance(proposals, list) or not isinstance(versions, list):
        return data  # load_records says what is wrong
    titles: dict[Any, Any] = {}
    moved = []
    for i, rec in enumerate(proposals):
        if isinstance(rec, dict):
            rec = dict(rec)
            title = rec.pop("title", None)
            if not isinstance(title, str):
                raise LogFormatError(f"proposals[{i}].title: expected text")
            titles[str(rec.get("id"))] = title  # a bad id is refused later, by load_records
        moved.append(rec)
    titled = [{**v, "title": titles.get(str(v.get("proposal_id")), "")} if isinstance(v, dict) and "title" not in v
              else v for v in versions]
    return {**data, "proposals": moved, "proposal_versions": titled}


def load_records(data: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Every section's records as typed Python values, or LogFormatError for the first bad field."""
    out: dict[str, list[dict[str, Any]]] = {}
    for section in SECTIONS:
        raw = data.get(section.name, [])
        if not isinstance(raw, list):
            raise LogFormatError(f"'{section.name}' should be a list of records")
        rows: list[dict[str, Any]] = []
        seen: dict[tuple[Any, ...], int] = {}
        for i, record in enumerate(raw):
            where = f"{section.name}[{i}]"
            if not isinstance(record, dict):
                raise LogFormatError(f"{where}: should be an object")
            unknown = set(record) - {c.name for c in section.columns}
            if unknown:
                raise LogFormatError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
            row = {c.name: load_value(section.name, c, record.get(c.name), f"{where}.{c.name}")
                   for c in section.columns}
            if not _first_time(section, row, seen, rows, i):
                continue
            rows.append(row)
        out[section.name] = rows
    _check_objections(out["stances"])
    return out


def _first_time(section: Section, row: dict[str, Any], seen: dict[tuple[Any, ...], int],
                rows: list[dict[str, Any]], index: int) -> bool:
    """False for an exact repeat of a record; LogFormatError for the same id with other content."""
    key = tuple(row[k] for k in section.key)
    if key not in seen:
        seen[key] = len(rows)
        return True
    if rows[seen[key]] == row:
        return False
    raise LogFormatError(f"{section.name}[{index}]: the id {'/'.join(map(str, key))} is in the file twice with "
                         "different content; the file contradicts itself. Export it again from the laptop it came from")


def _check_objections(stances: list[dict[str, Any]]) -> None:
    for i, stance in enumerate(stances):
        if stance["value"] == "objection" and not stance["text"].strip():
            raise LogFormatError(f"stances[{i}]: an objection without an argument")
