"""Undoable library edits: each one changes files or the database, and can put them back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from facilitator.structures import custom
from facilitator.structures.model import Structure

translate = QCoreApplication.translate  # literal calls, so pyside6-lupdate finds every string

if TYPE_CHECKING:
    from facilitator.store.db import Database

Refresh = Callable[[str | None], None]


class StarCommand(QUndoCommand):
    def __init__(self, db: Database, structure: Structure, starred: bool, refresh: Refresh) -> None:
        text = translate("LibraryCommands", "Star %1") if starred else translate("LibraryCommands", "Unstar %1")
        super().__init__(text.replace("%1", structure.name))
        self.db, self.ident, self.starred, self.refresh = db, structure.id, starred, refresh

    def redo(self) -> None:
        self._set(self.starred)

    def undo(self) -> None:
        self._set(not self.starred)

    def _set(self, starred: bool) -> None:
        # Imported here: the ORM is not loaded before the first paint.
        from facilitator.store.favourites import set_starred

        set_starred(self.db, self.ident, starred)
        self.refresh(self.ident)


class SaveCommand(QUndoCommand):
    """Create or change a custom structure file; undo restores the previous text (or removes it)."""

    def __init__(self, label: str, structure: Structure, previous_text: str | None, refresh: Refresh) -> None:
        super().__init__(label)
        self.structure, self.previous, self.refresh = structure, previous_text, refresh
        self.path = custom.file_for(structure.id)

    def redo(self) -> None:
        custom.save(self.structure)
        self.refresh(self.structure.id)

    def undo(self) -> None:
        if self.previous is None:
            self.path.unlink(missing_ok=True)
            self.refresh(None)
        else:
            custom.write_atomic(self.path, self.previous)
            self.refresh(self.structure.id)


class RenameSaveCommand(SaveCommand):
    """An edit that changed the id: the old file goes away with it."""

    def __init__(self, label: str, structure: Structure, old: Structure, refresh: Refresh) -> None:
        super().__init__(label, structure, None, refresh)
        self.old = old
        self.old_path = Path(old.path) if old.path else custom.file_for(old.id)
        self.old_text = self.old_path.read_text(encoding="utf-8") if self.old_path.exists() else None

    def redo(self) -> None:
        custom.save(self.structure)
        self.old_path.unlink(missing_ok=True)
        self.refresh(self.structure.id)

    def undo(self) -> None:
        self.path.unlink(missing_ok=True)
        if self.old_text is not None:
            custom.write_atomic(self.old_path, self.old_text)
        self.refresh(self.old.id)


class DeleteCommand(QUndoCommand):
    def __init__(self, structure: Structure, refresh: Refresh) -> None:
        super().__init__(translate("LibraryCommands", "Delete %1").replace("%1", structure.name))
        self.structure, self.refresh = structure, refresh
        self.trashed: Path | None = None

    def redo(self) -> None:
        self.trashed = custom.delete(self.structure)
        self.refresh(None)

    def undo(self) -> None:
        if self.trashed is not None:
            custom.undelete(self.trashed)
        self.refresh(self.structure.id)

