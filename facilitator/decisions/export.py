"""Exports: the complete JSON log (lossless, for another laptop) and a CSV for spreadsheets.

Anonymising replaces every display name with a stable pseudonym (P1, P2 …,
in the order people were first recorded) and can leave out free-text notes;
words inside arguments and proposals are kept as written.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from sqlalchemy import select

from facilitator import __version__
from facilitator.decisions.logformat import FORMAT, SCHEMA_VERSION, SECTIONS, dump_value
from facilitator.outputs import write_private_text
from facilitator.store.base import utcnow
from facilitator.store.db import Database

CSV_COLUMNS = (
    "decision_id", "proposal_id", "date", "team", "title", "owner", "outcome", "rationale",
    "review_date", "revisions", "proposal", "purpose", "versions", "decision_rounds", "consents",
    "concerns", "objections", "objection_arguments", "concern_texts", "actions", "open_actions",
    "reopened_from",
)


def export_data(db: Database, *, anonymise: bool = False, drop_notes: bool = False) -> dict[str, Any]:
    """The whole log as JSON-ready data (see docs/log-format.md)."""
    data: dict[str, Any] = {"format": FORMAT, "schema_version": SCHEMA_VERSION,
                            "exported_at": utcnow().isoformat(timespec="seconds") + "Z",
                            "app_version": __version__, "anonymised": anonymise}
    with db.session() as s:
        for section in SECTIONS:
            table = section.table
            order = ([table.c.meeting_id, table.c.position] if section.name == "attendees"
                     else [table.c.created_at, table.c.id])
            cols = section.columns
            rows = s.execute(select(*cols).order_by(*order)).all()
            data[section.name] = [{c.name: dump_value(section.name, c, v) for c, v in zip(cols, row, strict=True)}
                                  for row in rows]
    if anonymise:
        for i, person in enumerate(data["people"], 1):
            person["display_name"] = f"P{i}"
    if drop_notes:
        data["notes"] = []
    return data


def export_json(db: Database, path: Path, *, anonymise: bool = False, drop_notes: bool = False) -> Path:
    data = export_data(db, anonymise=anonymise, drop_notes=drop_notes)
    return write_atomically(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8")


def export_csv(db: Database, path: Path, *, anonymise: bool = False) -> Path:
    """One row per decision; UTF-8 with BOM and every cell quoted, so spreadsheets open it cleanly."""
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in csv_rows(export_data(db, anonymise=anonymise)):
        writer.writerow([_cell(row[c]) for c in CSV_COLUMNS])
    return write_atomically(path, out.getvalue(), "utf-8-sig")


def csv_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Join the flat sections into one summary per decision, newest meeting first."""
    names = {p["id"]: p["display_name"] for p in data["people"]}
    teams = {t["id"]: t["name"] for t in data["teams"]}
    meetings = {m["id"]: m for m in data["meetings"]}
    proposals = {p["id"]: p for p in data["proposals"]}
    versions: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for v in data["proposal_versions"]:
        versions[v["proposal_id"]].append(v)
    rounds = {r["id"]: r for r in data["rounds"] if r["kind"] == "decision"}
    last_round: dict[str, dict[str, Any]] = {}
    for r in sorted(rounds.values(), key=lambda r: r["number"]):
        last_round[r["proposal_id"]] = r
    stances: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for st in data["stances"]:
        if st["round_id"] in rounds:
            stances[st["round_id"]].append(st)
    revisions: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for rev in data["decision_revisions"]:
        revisions[rev["decision_id"]].append(rev)
    actions: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for act in data["actions"]:
        actions[act["decision_id"]].append(act)
    rows = []
    for d in data["decisions"]:
        prop = proposals[d["proposal_id"]]
        meeting = meetings[prop["meeting_id"]]
        current = max(revisions[d["id"]], key=lambda r: r["number"])
        final = max(versions[prop["id"]], key=lambda v: v["number"])
        last = last_round.get(prop["id"])
        said = stances[last["id"]] if last else []
        count = Counter(st["value"] for st in said)
        rows.append({
            "decision_id": d["id"], "proposal_id": prop["id"], "date": meeting["date"],
            "team": teams.get(meeting["team_id"], ""), "title": final["title"],
            "owner": names.get(prop["owner_id"], ""), "outcome": current["outcome"],
            "rationale": current["rationale"], "review_date": current["review_date"] or "",
            "revisions": len(revisions[d["id"]]), "proposal": final["text"], "purpose": final["purpose"],
            "versions": len(versions[prop["id"]]),
            "decision_rounds": sum(r["proposal_id"] == prop["id"] for r in rounds.values()),
            "consents": count["consent"], "concerns": count["concern"], "objections": count["objection"],
            "objection_arguments": _joined(said, "objection", names),
            "concern_texts": _joined(said, "concern", names),
            "actions": "\n".join(f"{a['what']} — {names.get(a['owner_id'], '?')}, {a['due'] or 'no date'}"
                                 f"{' [done]' if a['done'] else ''}" for a in actions[d["id"]]),
            "open_actions": sum(not a["done"] for a in actions[d["id"]]),
            "reopened_from": prop["reopened_from_id"] or "",
        })
    rows.sort(key=lambda r: (r["date"], r["title"]), reverse=True)
    return rows


def _joined(stances: list[dict[str, Any]], value: str, names: dict[str, str]) -> str:
    return "\n".join(f"{names.get(st['person_id'], '?')}: {st['text']}"
                     for st in stances if st["value"] == value and st["text"])


def _cell(value: Any) -> str:
    """Text a spreadsheet will not run as a formula."""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def write_atomically(path: Path, text: str, encoding: str) -> Path:
    """Private (0600) and whole: written beside the target, then renamed; a full disk never leaves half an export."""
    return write_private_text(path, text, encoding)
