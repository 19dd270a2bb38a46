"""Writes a session run to the database as it happens: every transition, every note.

The runner calls these on the GUI thread; each is one short transaction.
Notes keep one uuid per step, so a note typed in bursts stays one note.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from facilitator.plans.harvest import run_notes, save_note
from facilitator.plans.runs import finish_run, save_run_state
from facilitator.store.db import Database


class RunRecorder:
    def __init__(self, db: Database, run_uuid: str) -> None:
        self.db, self.run_uuid = db, run_uuid
        self._note_ids: dict[tuple[int, int], str] = {}
        self._last_state: Mapping[str, Any] | None = None

    def save_state(self, state: dict[str, Any]) -> None:
        self._last_state = state
        save_run_state(self.db, self.run_uuid, state)

    def save_note(self, item: int, step: int, text: str, tags: list[str]) -> None:
        key = (item, step)
        self._note_ids[key] = save_note(self.db, self.run_uuid, item, step, text, tags,
                                        note_uuid=self._note_ids.get(key))

    def finish(self, log: list[dict[str, Any]]) -> None:
        finish_run(self.db, self.run_uuid, log, self._last_state)

    def restore_notes(self) -> dict[tuple[int, int], tuple[str, set[str]]]:
        """Notes already saved for this run (after a crash), keyed by (item, step)."""
        notes: dict[tuple[int, int], tuple[str, set[str]]] = {}
        for note in run_notes(self.db, self.run_uuid):
            key = (note.item_index, note.step_index)
            self._note_ids[key] = note.uuid
            notes[key] = (note.text, set(note.tags))
        return notes
