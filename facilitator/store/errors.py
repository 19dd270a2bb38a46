"""Storage errors, importable without SQLAlchemy (the CLI and start-up catch them)."""

from __future__ import annotations

from pathlib import Path

from facilitator.errors import FacilitatorError


class DatabaseDamaged(FacilitatorError):
    """The file failed SQLite's own check; it has not been touched."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"the database at {path} is damaged ({detail}); nothing was changed")
        self.path = path
        self.detail = detail


class LogRefused(FacilitatorError):
    """A file in the log's place that we must not open or change: not ours, or from a newer app.

    Said before anything is written (no migration, no backup that could push
    an older one out).
    """

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"the log at {path} cannot be opened: {reason}; nothing was changed")
        self.path = path
        self.reason = reason


BUSY = ("the decision log is busy: another program is writing to it. Try again in a moment; "
        "if it stays busy, close Facilitator and other copies of this command")


class LogBusy(FacilitatorError):
    """Another program has the log open in a way that stops this one (a restore, an upgrade, the app)."""


class RestoreRefused(FacilitatorError):
    """The file offered for a restore is not a healthy Facilitator log; the home is unchanged."""


class BackupRefused(FacilitatorError):
    """The copy just made did not pass its check, so it was not kept; the older backups are untouched."""
