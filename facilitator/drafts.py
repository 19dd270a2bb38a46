"""Words being typed but not yet saved (an objection's argument, a concern), kept on disk.

A stance is saved when the facilitator presses Enter. Until then its text lives
only in the entry box, so a crash, a closed lid or a closed window would lose a
carefully worded argument. The box writes what is typed here as it goes; the
next time the same person's stance is asked for in the same round, it comes
back. A plain JSON file in the data home, replaced atomically.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from facilitator import paths

FILE_NAME = "drafts.json"
MAX_DRAFTS = 200  # old drafts nobody came back to are dropped, oldest first


def _path() -> Path:
    return paths.data_home() / FILE_NAME


def _read() -> dict[str, str]:
    try:
        data = json.loads(_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _write(drafts: dict[str, str]) -> None:
    target = _path()
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    with open(temp, "w", encoding="utf-8") as fh:
        json.dump(drafts, fh, ensure_ascii=False)
        fh.flush()
        os.fsync(fh.fileno())
    os.chmod(temp, 0o600)
    os.replace(temp, target)


def stance_key(round_id: str, person_id: str, value: str) -> str:
    """The draft of one person's concern, objection or note in one round."""
    return f"stance:{round_id}:{person_id}:{value}"


def discard_person_drafts(person_id: str) -> int:
    """Drop every unsaved draft by this person (erasure on request); returns how many."""
    drafts = _read()
    mine = [k for k in drafts if k.startswith("stance:") and k.split(":")[2:3] == [person_id]]
    if mine:
        for key in mine:
            del drafts[key]
        _write(drafts)
    return len(mine)


def load_draft(key: str) -> str:
    return _read().get(key, "")


def save_draft(key: str, text: str) -> None:
    """Keep ``text`` under ``key`` (an empty text removes it). Raises OSError when the disk refuses."""
    drafts = _read()
    drafts.pop(key, None)
    if text.strip():
        drafts[key] = text  # newest last
    while len(drafts) > MAX_DRAFTS:
        drafts.pop(next(iter(drafts)))
    _write(drafts)


def discard_draft(key: str) -> None:
    with contextlib.suppress(OSError):
        if key in _read():
            save_draft(key, "")
