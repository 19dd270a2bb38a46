"""A cache of parsed structure files, so the library appears without parsing 42 TOML files.

Parsing TOML in pure Python is most of what a cold library load costs, and
the files rarely change. Each file's entry is keyed by its path, size,
modification and change times and inode; anything new or changed is parsed
again, and the cache is rewritten. As in git's "racy" rule, a file changed in
the last two seconds is not cached at all, so two same-size edits within one
clock tick can never leave a stale entry.

Entries are plain tuples written with marshal (built in, nothing to import,
and unlike pickle it cannot construct arbitrary objects); a cache that cannot
be read, for any reason, is ignored and rebuilt.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import time
from dataclasses import fields
from pathlib import Path
from typing import Any

from facilitator import __version__, paths
from facilitator.structures.model import Configuration, Stage, Step, Structure
from facilitator.structures.problem import Problem

Stamp = tuple[int, int, int, int]  # size, mtime_ns, ctime_ns, inode
Entry = tuple[Stamp, Any, Any]  # stamp, structure as a tuple (or None), problems as tuples
RACY_NS = 2_000_000_000
FILE_NAME = "structures.marshal"
CACHE_FORMAT = 2  # 2: steps carry their stages; bump whenever the parsed shape changes


def fingerprint() -> tuple[Any, ...]:
    """Changes whenever a cached object could no longer match the code that reads it."""
    return (CACHE_FORMAT, __version__, marshal.version,
            *(tuple(f.name for f in fields(cls)) for cls in (Structure, Step, Stage, Problem)))


class StructureCache:
    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.entries: dict[str, Entry] = self._read() if path is not None else {}
        self.changed = False

    def _read(self) -> dict[str, Entry]:
        assert self.path is not None
        try:
            stamp, entries = marshal.loads(self.path.read_bytes())
        except Exception:  # missing, truncated, from another version: rebuild it
            return {}
        return entries if stamp == fingerprint() and isinstance(entries, dict) else {}

    def get(self, path: Path) -> tuple[Structure | None, list[Problem]] | None:
        entry = self.entries.get(str(path))
        if entry is None:
            return None
        stamp, structure, problems = entry
        if stamp != _stamp(path):
            return None
        try:
            return _structure_from(structure), [Problem(*p) for p in problems]
        except Exception:  # a damaged entry: parse the file again
            return None

    def put(self, path: Path, structure: Structure | None, problems: list[Problem]) -> None:
        stamp = _stamp(path)
        if stamp is None or time.time_ns() - max(stamp[1], stamp[2]) < RACY_NS:
            if self.entries.pop(str(path), None) is not None:
                self.changed = True
            return
        self.entries[str(path)] = (stamp, _structure_to(structure), tuple((p.file, p.field, p.message) for p in problems))
        self.changed = True

    def save(self, seen: set[str]) -> None:
        """Write back (atomically) if anything changed; forget files that are gone."""
        if self.path is None:
            return
        for gone in set(self.entries) - seen:
            del self.entries[gone]
            self.changed = True
        if not self.changed:
            return
        temp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        with contextlib.suppress(OSError, ValueError):  # a cache is never worth an error
            temp.write_bytes(marshal.dumps((fingerprint(), self.entries)))
            temp.chmod(0o600)
            os.replace(temp, self.path)
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)


_STEPS = [f.name for f in fields(Structure)].index("steps")
_CONFIGURATION = [f.name for f in fields(Step)].index("configuration")
_STAGES = [f.name for f in fields(Step)].index("stages")
_CONFIGURATIONS = {c.value: c for c in Configuration}  # a dict lookup: Configuration(v) is ~10x slower


def _structure_to(s: Structure | None) -> Any:
    """Field values in declaration order (the fingerprint guards that order)."""
    if s is None:
        return None
    values = [getattr(s, f.name) for f in fields(Structure)]
    values[_STEPS] = tuple(_step_to(step) for step in s.steps)
    return tuple(values)


def _step_to(step: Step) -> tuple[Any, ...]:
    values = [getattr(step, f.name) for f in fields(Step)]
    values[_CONFIGURATION] = str(values[_CONFIGURATION])
    values[_STAGES] = tuple(tuple(getattr(stage, f.name) for f in fields(Stage)) for stage in step.stages)
    return tuple(values)


def _structure_from(values: Any) -> Structure | None:
    if values is None:
        return None
    values = list(values)
    values[_STEPS] = tuple(_step_from(v) for v in values[_STEPS])
    return Structure(*values)


def _step_from(values: Any) -> Step:
    values = list(values)
    values[_CONFIGURATION] = _CONFIGURATIONS[values[_CONFIGURATION]]
    values[_STAGES] = tuple(Stage(*stage) for stage in values[_STAGES])
    return Step(*values)


def _stamp(path: Path) -> Stamp | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino


def default_cache() -> StructureCache:
    """The data home's cache, or none when the home cannot be written to."""
    try:
        return StructureCache(paths.cache_dir() / FILE_NAME)
    except OSError:
        return StructureCache(None)
