"""Where the app keeps its data and finds its shipped files.

One helper for each, so tests, the CLI, the GUI and a frozen bundle agree.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_HOME = "FACILITATOR_HOME"
_override: Path | None = None


def set_home(path: str | os.PathLike[str] | None) -> None:
    """Pin the data home for this process (``--home`` on the command line)."""
    global _override
    _override = Path(path).expanduser().resolve() if path else None


def data_home(create: bool = True) -> Path:
    """The data home: ``--home``, else ``$FACILITATOR_HOME``, else the platform's user data dir."""
    if _override is not None:
        home = _override
    elif os.environ.get(ENV_HOME):
        home = Path(os.environ[ENV_HOME]).expanduser().resolve()
    else:
        from platformdirs import user_data_path

        home = user_data_path("facilitator", appauthor=False)
    if create:
        # Private to the user: the log holds the words of patients and carers.
        home.mkdir(parents=True, exist_ok=True, mode=0o700)
    return home


def database_path() -> Path:
    return data_home() / "facilitator.sqlite3"


def custom_structures_dir(create: bool = True) -> Path:
    path = data_home(create) / "structures"
    if create:
        path.mkdir(exist_ok=True, mode=0o700)
    return path


def backups_dir(create: bool = True) -> Path:
    path = data_home(create) / "backups"
    if create:
        path.mkdir(exist_ok=True, mode=0o700)
    return path


def resources_dir() -> Path:
    """The shipped resources/ folder, from a source checkout or a PyInstaller bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def cache_dir(create: bool = True) -> Path:
    """Derived files that can always be rebuilt (deleting the folder is safe)."""
    path = data_home(create) / "cache"
    if create:
        path.mkdir(exist_ok=True, mode=0o700)
    return path
