"""Harvest notes: what the room said, per step, with tags; listing and CSV export.

A note has many tags (a tag table and a link table), so a later programme
view can gather tags across sessions. ``save_note`` is an upsert keyed by
the note's uuid: the runner makes the uuid when the facilitator starts
typing and saves the same note again and again as the text grows.
``harvest_report`` reads what the printed harvest and the end-of-session
summary show, as plain data (``plans/harvest_report.py``).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, select

from facilitator.outputs import write_private
from facilitator.plans.harvest_report import (
    HarvestItem,
    HarvestReport,
    HarvestStep,
    Note,
    local_time,
)
from facilitator.plans.model import DEFAULT_HARVEST_TAGS, new_uuid, normalise_tag
from facilitator.plans.repository import NotFound, get_plan
from facilitator.plans.runs import get_run, step_log
from facilitator.plans.tables import HarvestNote, HarvestTag, SessionRun
from facilitator.store.base import utcnow
from facilitator.store.db import Database

CSV_COLUMNS = ("run", "plan", "item", "step", "time", "tags", "text")
__all__ = ["CSV_COLUMNS", "HarvestEntry", "Note", "csv_row", "delete_note", "harvest", "harvest_csv",
           "harvest_report", "known_tags", "local_time", "run_notes", "save_note", "write_harvest_csv"]


@dataclass(frozen=True)
class HarvestEntry:
    """A note with the run and plan it belongs to, for lists, exports and handouts."""

    note: Note
    run_started: datetime
    plan_uuid: str | None
    plan_title: str

    @property
    def run_uuid(self) -> str:
        return self.note.run_uuid


def _note(rec: HarvestNote) -> Note:
    return Note(rec.uuid, rec.run_uuid, rec.item_index, rec.step_index, rec.item_title,
                rec.step_title, rec.text, tuple(t.name for t in rec.tags), rec.created_at, rec.updated_at)


def _titles(run: SessionRun, item_index: int, step_index: int) -> tuple[str, str]:
    """Item and step titles from the run's own copy of its timeline."""
    try:
        item = run.timeline[item_index]
        return str(item["title"]), str(item["steps"][step_index]["title"])
    except (IndexError, KeyError, TypeError):
        return "", ""


def save_note(db: Database, run_uuid: str, item_index: int, step_index: int, text: str,
              tags: Iterable[str] = (), *, note_uuid: str | None = None) -> str:
    """Insert or update one note and set its tags; returns the note's uuid.

    Tags are compared without case ('Idea' is 'idea'); unknown tags are created.
    """
    wanted = list(dict.fromkeys(t for t in (normalise_tag(tag) for tag in tags) if t))
    with db.session() as s:
        run = s.get(SessionRun, run_uuid)
        if run is None:
            raise NotFound(f"no session run '{run_uuid}'")
        rec = s.get(HarvestNote, note_uuid) if note_uuid else None
        if rec is None:
            item_title, step_title = _titles(run, item_index, step_index)
            rec = HarvestNote(uuid=note_uuid or new_uuid(), run_uuid=run_uuid, item_index=item_index,
                              step_index=step_index, item_title=item_title, step_title=step_title,
                              created_at=utcnow())
            s.add(rec)
        rec.text = text
        rec.updated_at = utcnow()
        existing = {t.name: t for t in s.scalars(select(HarvestTag).where(HarvestTag.name.in_(wanted)))}
        rec.tags = [existing.get(name) or HarvestTag(name=name) for name in wanted]
        return rec.uuid


def delete_note(db: Database, note_uuid: str) -> bool:
    with db.session() as s:
        result = s.execute(delete(HarvestNote).where(HarvestNote.uuid == note_uuid))
        return bool(getattr(result, "rowcount", 0))


def run_notes(db: Database, run_uuid: str) -> list[Note]:
    """A run's notes in agenda order: what the runner restores after a crash."""
    with db.session() as s:
        rows = s.scalars(select(HarvestNote).where(HarvestNote.run_uuid == run_uuid).order_by(
            HarvestNote.item_index, HarvestNote.step_index, HarvestNote.created_at))
        return [_note(r) for r in rows]


def harvest(db: Database, plan_uuid: str | None = None, run_uuid: str | None = None,
            tag: str | None = None) -> list[HarvestEntry]:
    """Notes, filtered by plan, run and tag; newest run first, then agenda order."""
    query = (select(HarvestNote, SessionRun).join(SessionRun, HarvestNote.run_uuid == SessionRun.uuid)
             .order_by(SessionRun.started_at.desc(), SessionRun.uuid, HarvestNote.item_index,
                       HarvestNote.step_index, HarvestNote.created_at))
    if plan_uuid is not None:
        query = query.where(SessionRun.plan_uuid == plan_uuid)
    if run_uuid is not None:
        query = query.where(HarvestNote.run_uuid == run_uuid)
    if tag is not None:
        query = query.where(HarvestNote.tags.any(HarvestTag.name == normalise_tag(tag)))
    with db.session() as s:
        return [HarvestEntry(_note(note), run.started_at, run.plan_uuid, run.plan_title)
                for note, run in s.execute(query)]


def known_tags(db: Database) -> list[str]:
    with db.session() as s:
        return list(s.scalars(select(HarvestTag.name).order_by(HarvestTag.name)))


def harvest_report(db: Database, run_uuid: str) -> HarvestReport:
    """Everything the handout needs about one run, read in a few short sessions."""
    run = get_run(db, run_uuid)
    if run is None:
        raise NotFound(f"no session run '{run_uuid}'")
    actual: dict[tuple[int, int], float] = {}
    for entry in step_log(db, run_uuid):
        key = (entry.item_index, entry.step_index)
        actual[key] = actual.get(key, 0.0) + entry.actual_seconds  # a step gone back to counts twice
    by_step: dict[tuple[int, int], list[Note]] = {}
    for note in run_notes(db, run_uuid):
        by_step.setdefault((note.item_index, note.step_index), []).append(note)
    items = tuple(
        HarvestItem(i, item.title, tuple(
            HarvestStep(j, step.title, step.seconds, actual.get((i, j)), tuple(by_step.pop((i, j), ())))
            for j, step in enumerate(item.steps)))
        for i, item in enumerate(run.items))
    extra = tuple(n for key in sorted(by_step) for n in by_step[key])
    plan = get_plan(db, run.plan_uuid) if run.plan_uuid else None
    return HarvestReport(
        title=run.plan_title, run_uuid=run.uuid, started=local_time(run.started_at),
        finished=local_time(run.finished_at) if run.finished_at else None, items=items,
        tags=plan.harvest_tags if plan else DEFAULT_HARVEST_TAGS,
        venue=plan.venue if plan else "",
        facilitator=plan.facilitator if plan else "", extra_notes=extra)


def csv_row(entry: HarvestEntry) -> list[str]:
    n = entry.note
    return [
        entry.run_uuid[:8], entry.plan_title,
        f"{n.item_index + 1}. {n.item_title}" if n.item_title else str(n.item_index + 1),
        f"{n.step_index + 1}. {n.step_title}" if n.step_title else str(n.step_index + 1),
        f"{local_time(n.created_at):%Y-%m-%d %H:%M}", "; ".join(n.tags), n.text,
    ]


def harvest_csv(entries: Sequence[HarvestEntry]) -> str:
    """One row per note, every field quoted, so spreadsheets keep newlines and commas in place."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(csv_row(e) for e in entries)
    return out.getvalue()


def write_harvest_csv(entries: Sequence[HarvestEntry], path: Path) -> None:
    """UTF-8 with a byte-order mark, which is what makes Excel read accents correctly."""
    write_private(path, harvest_csv(entries).encode("utf-8-sig"))
