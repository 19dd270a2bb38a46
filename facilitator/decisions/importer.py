"""Importing a JSON log: merge by UUID, idempotent, conflicts reported, all or nothing.

A record whose UUID is new is added; one already here and identical is
skipped; one already here but different is a conflict: reported, never
overwritten (the same for a new record taking an existing one's place, such
as a second "revision 2"). The file is checked completely before the first
write, a backup is taken, and the merge runs in one transaction.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

from sqlalchemy import Column, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from facilitator.decisions.logformat import (
    SECTIONS,
    LogFormatError,
    Section,
    dump_value,
    read_log,
)
from facilitator.decisions.tables import Decision, DecisionRevision, Proposal
from facilitator.store.backup import make_backup
from facilitator.store.db import Database


@dataclass(frozen=True)
class Conflict:
    section: str
    id: str
    reason: str


@dataclass
class ImportReport:
    added: dict[str, int] = field(default_factory=dict)
    unchanged: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    backup: Path | None = None

    @property
    def total_added(self) -> int:
        return sum(self.added.values())


def import_json(db: Database, path: Path, *, backup: bool = True) -> ImportReport:
    """Check, then merge the file into the log in a single write transaction.

    The transaction holds the write lock from its start, so two imports at
    once run one after the other (the second finds the first's records).
    The backup is taken only when something will be written, from inside
    the transaction: it sees the log as it was before this import.
    """
    records = read_log(path)
    report = ImportReport()
    try:
        with db.writing() as s:
            _merge(s, records, report)
            if not report.total_added:
                s.info["discard"] = True  # nothing new: write nothing, keep no backup
            elif backup:
                report.backup = make_backup(db.path, "before-import")
    except IntegrityError:
        # No constraint text: it names tables and columns, and its values can be participants' words.
        raise LogFormatError(f"{Path(path).name}: a record breaks a rule of the log (a value it may not "
                             "have, or a place another record holds); nothing was imported") from None
    except LogFormatError as exc:  # found while merging (an id pointing nowhere): say which file
        raise LogFormatError(f"{Path(path).name}: {exc}") from None
    return report


def _merge(s: Session, records: dict[str, list[dict[str, Any]]], report: ImportReport) -> None:
    in_file = {sec.name: {r["id"] for r in records[sec.name] if "id" in r} for sec in SECTIONS}
    latest = _latest_revisions(records["decision_revisions"])
    titles = _newest_titles(s, records["proposal_versions"])
    skipped: set[str] = set()
    known: dict[str, set[str]] = defaultdict(set)  # ids found in the database while checking references
    for section in SECTIONS:
        rows = _parents_first(records[section.name]) if section.name == "proposals" else records[section.name]
        existing = _existing(s, section, rows)
        taken = _taken(s, section, rows)
        new_rows = []
        for rec in rows:
            key = tuple(rec[k] for k in section.key)
            ident = "/".join(key)
            reason = _check_refs(s, section, rec, in_file, skipped, known)
            if reason is None and key in existing:
                differ = [c.name for c in section.columns if _dump(section, c, existing[key]) != _dump(section, c, rec)]
                if not differ:
                    report.unchanged += 1
                    continue
                reason = f"differs here in {', '.join(differ)}; kept this log's version"
                report.conflicts.append(Conflict(section.name, ident, reason))
                continue  # the record is here, so records that point at it can still come in
            reason = reason or _clash(taken, rec, ident)
            if reason:
                skipped.add(ident)
                report.conflicts.append(Conflict(section.name, ident, reason))
                continue
            existing[key] = rec
            values = dict(rec)
            if section.name == "decisions":
                values.update(latest.get(rec["id"]) or _no_revision(rec["id"]))
            elif section.name == "proposals":
                values["title"] = titles.get(rec["id"]) or _no_version(rec["id"])
            new_rows.append(values)
        if new_rows:
            s.execute(insert(section.table), new_rows)
            report.added[section.name] = len(new_rows)
    for decision_id in {r["decision_id"] for r in records["decision_revisions"] if r["id"] not in skipped}:
        _refresh_cache(s, decision_id)


def _clash(taken: dict[tuple[str, ...], dict[tuple[Any, ...], str]], rec: dict[str, Any], ident: str) -> str | None:
    """A new record may not take a place (e.g. revision 2 of a decision) another record holds."""
    for cols, holders in taken.items():
        holder = holders.get(tuple(rec[c] for c in cols), ident)
        if holder != ident:
            return f"another record ({holder}) already has the same {', '.join(cols)}; kept it"
    for cols, holders in taken.items():
        holders[tuple(rec[c] for c in cols)] = ident
    return None


def _dump(section: Section, column: Column[Any], row: dict[str, Any]) -> Any:
    return dump_value(section.name, column, row[column.name])


def _chunks(values: set[Any], size: int = 500) -> list[list[Any]]:
    items = sorted(values, key=str)
    return [items[i:i + size] for i in range(0, len(items), size)]


def _existing(s: Session, section: Section, rows: list[dict[str, Any]]) -> dict[tuple[Any, ...], dict[str, Any]]:
    """The records of this section already in the database, by key (a few IN queries, not one per record)."""
    table, first = section.table, section.key[0]
    found: dict[tuple[Any, ...], dict[str, Any]] = {}
    for chunk in _chunks({r[first] for r in rows}):
        for row in s.execute(select(*section.columns).where(table.c[first].in_(chunk))).mappings():
            found[tuple(row[k] for k in section.key)] = dict(row)
    return found


def _taken(s: Session, section: Section, rows: list[dict[str, Any]]) -> dict[tuple[str, ...], dict[tuple[Any, ...], str]]:
    """For each unique constraint: which record already holds each value (a new one may not take it)."""
    table = section.table
    taken: dict[tuple[str, ...], dict[tuple[Any, ...], str]] = {}
    for cols in section.uniques():
        holders: dict[tuple[Any, ...], str] = {}
        for chunk in _chunks({r[cols[0]] for r in rows}):
            query = select(*(table.c[c] for c in cols), *(table.c[k] for k in section.key))
            for row in s.execute(query.where(table.c[cols[0]].in_(chunk))):
                holders[tuple(row[:len(cols)])] = "/".join(row[len(cols):])
        taken[cols] = holders
    return taken


def _latest_revisions(revisions: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    best: dict[str, dict[str, Any]] = {}
    for rev in revisions:
        if rev["decision_id"] not in best or rev["number"] > best[rev["decision_id"]]["revision"]:
            best[rev["decision_id"]] = {"outcome": rev["outcome"], "review_date": rev["review_date"],
                                        "revision": rev["number"]}
    return best


def _no_revision(decision_id: str) -> NoReturn:
    raise LogFormatError(f"decision {decision_id} has no revision in the file")


def _newest_titles(s: Session, versions: list[dict[str, Any]]) -> dict[str, str]:
    """Each proposal's title: its newest version's in the file (the proposal keeps a copy of it).

    A version 1 file's version whose proposal is only in this log has no
    title yet: it takes the proposal's, as the migration to 0004 did.
    """
    untitled = {v["proposal_id"] for v in versions if not v["title"]}
    known = dict(s.execute(select(Proposal.id, Proposal.title).where(Proposal.id.in_(untitled))).all()) if untitled else {}
    newest: dict[str, tuple[int, str]] = {}
    for v in versions:
        if not v["title"]:
            v["title"] = known.get(v["proposal_id"], "")
        if v["proposal_id"] not in newest or v["number"] > newest[v["proposal_id"]][0]:
            newest[v["proposal_id"]] = (v["number"], v["title"])
    return {pid: title for pid, (_, title) in newest.items()}


def _no_version(proposal_id: str) -> NoReturn:
    raise LogFormatError(f"proposal {proposal_id} has no version in the file")


def _parents_first(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Proposals reopened from a proposal in the same file go after it."""
    ids = {r["id"] for r in rows}
    children: dict[str, list[dict[str, Any]]] = defaultdict(list)
    roots: list[dict[str, Any]] = []
    for r in rows:
        parent = r["reopened_from_id"]
        (children[parent] if parent in ids and parent != r["id"] else roots).append(r)
    ordered: list[dict[str, Any]] = []
    queue = roots
    while queue:
        ordered += queue
        queue = [c for r in queue for c in children.pop(r["id"], [])]
    if len(ordered) != len(rows):
        raise LogFormatError("proposals: 'reopened_from_id' goes round in a circle")
    return ordered


def _check_refs(s: Session, section: Section, rec: dict[str, Any], in_file: dict[str, set[str]],
                skipped: set[str], known: dict[str, set[str]]) -> str | None:
    """Why this record must wait (a parent was not imported), or LogFormatError for an id found nowhere."""
    for fld, target in section.references():
        value = rec[fld]
        if value is None or value in known[target]:
            continue
        if value in skipped:
            return f"depends on {target} {value}, which was not imported"
        if value not in in_file[target]:
            table = next(sec.table for sec in SECTIONS if sec.name == target)
            if s.execute(select(table.c.id).where(table.c.id == value)).first() is None:
                raise LogFormatError(f"{section.name} record {rec.get('id', '')}: {fld} refers to {value}, "
                                     f"which is neither in the file nor in this log")
            known[target].add(value)
    return None


def _refresh_cache(s: Session, decision_id: str) -> None:
    """The decision row shows its newest revision, however many came in."""
    rev = s.scalars(select(DecisionRevision).where(DecisionRevision.decision_id == decision_id)
                    .order_by(DecisionRevision.number.desc()).limit(1)).first()
    if rev is not None:
        s.execute(update(Decision).where(Decision.id == decision_id)
                  .values(outcome=rev.outcome, review_date=rev.review_date, revision=rev.number))
