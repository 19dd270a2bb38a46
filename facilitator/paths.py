"""Where the app keeps its data and finds its shipped files.

One helper for each, so tests, the CLI, the GUI and a frozen bundle agree.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

ENV_HOME = "FACILITATOR_HOME"
_override: Path | None = None


def set_home(path: str | os.PathLike[str] | None) -> None:
    """Pin the data home for this process (``--home`` on the command line)."""
    global _override
    _override = Path(path).expanduser().resolve() if path else None


def home_setting_problem(cli_value: str | None) -> str | None:
    """Why the home asked for cannot be used as given, or None.

    An empty ``--home ""`` or ``FACILITATOR_HOME=`` is a mistake (a variable
    that was meant to be set), not a request for the default folder: quietly
    using the default would put a session's data somewhere nobody expected.
    """
    if cli_value is not None:
        if not cli_value.strip():
            return "--home is empty; give a folder, or leave it out to use the default"
        return None
    env = os.environ.get(ENV_HOME)
    if env is not None and not env.strip():
        return f"{ENV_HOME} is set but empty; give a folder, or unset it to use the default"
    return None


def env_milliseconds(name: str, default: int) -> int:
    """A whole number of milliseconds from the environment (a test's knob), else ``default``."""
    text = os.environ.get(name, "").strip()
    return int(text) if text.isdigit() else default


def data_home(create: bool = True) -> Path:
    """The data home: ``--home``, else ``$FACILITATOR_HOME``, else the platform's user data dir."""
    chosen = True
    if _override is not None:
        home = _override
    elif os.environ.get(ENV_HOME):
        home = Path(os.environ[ENV_HOME]).expanduser().resolve()
    else:
        from platformdirs import user_data_path

        home, chosen = user_data_path("facilitator", appauthor=False), False
    if create:
        _make(home, chosen)
    return home


def _make(home: Path, chosen: bool) -> None:
    """Create the home, private to the user (the log holds the words of patients and carers).

    A home someone chose (--home, FACILITATOR_HOME) is made only inside a
    folder that exists: a USB stick that was taken out, or a typo, must not
    quietly get a new, empty log somewhere else.
    """
    if home.exists() and not home.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "the data home is a file, not a folder; give a folder", str(home))
    try:
        home.mkdir(parents=not chosen, exist_ok=True, mode=0o700)
    except FileNotFoundError:
        raise FileNotFoundError(errno.ENOENT, "the data folder cannot be reached (its parent folder is not "
                                "there: removed, or on a USB stick that was taken out); nothing was changed",
                                str(home)) from None


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
