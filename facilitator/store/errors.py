"""Storage errors, importable without SQLAlchemy (the CLI and start-up catch them)."""

from __future__ import annotations

from pathlib import Path


class DatabaseDamaged(Exception):
    """The file failed SQLite's own check; it has not been touched."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"the database at {path} is damaged ({detail}); nothing was changed")
        self.path = path
        self.detail = detail
