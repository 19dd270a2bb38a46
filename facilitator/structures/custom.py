"""The facilitator's own structures: files in <home>/structures/.

Every change is a whole-file atomic write, and a deleted file goes to a
.trash folder first, so a slip of the mouse can be undone.
"""

from __future__ import annotations

import os
import re
from dataclasses import replace
from pathlib import Path

from facilitator import paths
from facilitator.errors import FacilitatorError
from facilitator.outputs import write_private_text
from facilitator.structures.library import Library
from facilitator.structures.loader import load_structure, parse_structure
from facilitator.structures.model import Structure
from facilitator.structures.problem import Problem


class StructureFileError(FacilitatorError, ValueError):
    """A structure file that cannot be used; ``problems`` says why, field by field."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


def file_for(ident: str, folder: Path | None = None) -> Path:
    return (folder or paths.custom_structures_dir()) / f"{ident}.toml"


def write_atomic(path: Path, text: str, make_parents: bool = True) -> None:
    """Write a whole file or nothing, private (0600): a crash mid-write leaves the old file."""
    if make_parents:
        path.parent.mkdir(parents=True, exist_ok=True)
    write_private_text(path, text)


def save(structure: Structure, folder: Path | None = None) -> Structure:
    """Validate by round-tripping through the file format, then write."""
    from facilitator.structures.writer import dumps  # only when saving: keeps start-up light

    text = dumps(structure)
    path = file_for(structure.id, folder)
    checked, problems = parse_structure(text.encode("utf-8"), path.name, "custom", path)
    if checked is None:
        raise StructureFileError(problems)
    write_atomic(path, text)
    return checked


def unique_id(base: str, library: Library) -> str:
    stem = re.sub(r"-copy(-\d+)?$", "", base)
    candidate, n = f"{stem}-copy", 2
    while candidate in library or file_for(candidate).exists():
        candidate, n = f"{stem}-copy-{n}", n + 1
    return candidate


def id_from_name(name: str, library: Library, fallback: str = "my-structure") -> str:
    """A free id made from a name ('Café Check-in!' -> 'cafe-check-in'), so nobody has to invent one;
    '-2', '-3' … when the library or the folder already has it."""
    from facilitator.structures.filters import fold

    stem = re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")[:60].strip("-") or fallback
    candidate, n = stem, 2
    while candidate in library or file_for(candidate).exists():
        candidate, n = f"{stem}-{n}", n + 1
    return candidate


def copy_of(structure: Structure, library: Library) -> Structure:
    """A custom copy (not yet saved) the facilitator can change; the original stays as it was."""
    return replace(structure, id=unique_id(structure.id, library), name=f"{structure.name} (copy)",
                   source="custom", newer=False, path=None)


def duplicate(structure: Structure, library: Library) -> Structure:
    return save(copy_of(structure, library))


def import_file(source: Path, library: Library) -> Structure:
    """Check a file from elsewhere (a USB stick, an e-mail) and add it to the custom folder."""
    return save(checked_import(source, library))


def checked_import(source: Path, library: Library) -> Structure:
    """The structure in a file to import, or StructureFileError saying what to fix."""
    structure, problems = load_structure(source, "custom")
    if structure is None:
        raise StructureFileError(problems)
    if structure.id in library:
        existing = library.get(structure.id)
        assert existing is not None
        raise StructureFileError([Problem(source.name, "id",
            f"'{structure.id}' is already in your library ({existing.name}); "
            "change the id in the file, or delete your own copy first")])
    return replace(structure, source="custom")


def export_file(structure: Structure, target: Path) -> Path:
    from facilitator.structures.writer import dumps

    write_atomic(target, dumps(structure))
    return target


def trash_dir() -> Path:
    return paths.custom_structures_dir() / ".trash"


def delete(structure: Structure) -> Path:
    """Move a custom file to .trash; returns where it went, for undo."""
    if not structure.is_custom or not structure.path:
        raise ValueError(f"'{structure.name}' is built in and cannot be deleted; duplicate it to change it")
    source = Path(structure.path)
    trash_dir().mkdir(exist_ok=True)
    target = trash_dir() / source.name
    os.replace(source, target)  # same folder tree: an atomic rename
    return target


def undelete(trashed: Path) -> Path:
    target = paths.custom_structures_dir() / trashed.name
    os.replace(trashed, target)
    return target
