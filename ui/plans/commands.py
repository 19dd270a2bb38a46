"""Undo for plan edits: every edit is saved at once, and undo saves the plan as it was."""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from facilitator.plans.model import Plan
from facilitator.plans.repository import save_plan
from facilitator.store.db import Database


class PlanEdit(QUndoCommand):
    def __init__(self, label: str, db: Database, before: Plan, after: Plan,
                 apply: Callable[[Plan], None]) -> None:
        super().__init__(label)
        self.db, self.apply = db, apply
        self.before, self.after = copy.deepcopy(before), copy.deepcopy(after)

    def redo(self) -> None:
        save_plan(self.db, self.after)
        self.apply(copy.deepcopy(self.after))

    def undo(self) -> None:
        save_plan(self.db, self.before)
        self.apply(copy.deepcopy(self.before))
