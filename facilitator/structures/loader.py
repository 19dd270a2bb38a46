"""Read one structure file from disk, whatever state it is in."""

from __future__ import annotations

from pathlib import Path

from facilitator.inputs import STRUCTURE_FILE, InputFileError, read_capped
from facilitator.structures.model import Structure
from facilitator.structures.problem import Problem

MAX_FILE_BYTES = STRUCTURE_FILE.limit  # a structure is a page of text; anything bigger is not one


def load_structure(path: Path, source: str = "builtin") -> tuple[Structure | None, list[Problem]]:
    """Load and validate a file; never raises for bad content, only returns problems."""
    name = path.name
    try:
        raw = read_capped(path, STRUCTURE_FILE)  # capped while reading: /dev/zero or a FIFO must not hang us
    except InputFileError as exc:
        return None, [Problem(name, "", exc.reason)]
    return parse_structure(raw, name, source, path)


def parse_structure(raw: bytes, name: str, source: str = "builtin", path: Path | None = None) -> tuple[Structure | None, list[Problem]]:
    if b"\x00" in raw:
        return None, [Problem(name, "", "is not a text file (it contains binary data); structure files are TOML text")]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return None, [Problem(name, "", f"is not UTF-8 text (byte {exc.start}); save it as UTF-8")]
    if not text.strip():
        return None, [Problem(name, "", "the file is empty; start from the example in docs/structure-format.md")]
    import tomllib  # here, not at the top: a cached library never needs it

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return None, [Problem(name, "", f"is not valid TOML: {exc}; fix that line (quotes around text, = between key and value)")]
    from facilitator.structures.validate import structure_from_table

    structure, problems = structure_from_table(data, name, source)
    if structure is not None and path is not None:
        object.__setattr__(structure, "path", str(path))
    return structure, problems
