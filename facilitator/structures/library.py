"""The library: every built-in and custom structure, plus what is wrong with the rest.

A broken custom file must never hide the good ones, so loading collects
problems instead of stopping at the first.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from facilitator import paths
from facilitator.structures.cache import StructureCache, default_cache
from facilitator.structures.loader import load_structure
from facilitator.structures.model import Structure
from facilitator.structures.problem import Problem


@dataclass
class Library:
    structures: dict[str, Structure] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def __iter__(self) -> Iterator[Structure]:
        return iter(sorted(self.structures.values(), key=lambda s: s.name.casefold()))

    def __len__(self) -> int:
        return len(self.structures)

    def __contains__(self, ident: object) -> bool:
        return ident in self.structures

    def get(self, ident: str) -> Structure | None:
        return self.structures.get(ident)

    def add(self, structure: Structure) -> None:
        existing = self.structures.get(structure.id)
        if existing is not None:
            self.problems.append(Problem(
                Path(structure.path or structure.id).name, "id",
                f"'{structure.id}' is already used by {existing.name} ({existing.source}"
                f"{', ' + Path(existing.path).name if existing.path else ''}); give this one another id",
            ))
            return
        self.structures[structure.id] = structure

    def check_references(self) -> None:
        """Report steps that run a structure the library does not have."""
        for s in self:
            for i, step in enumerate(s.steps):
                if step.uses and step.uses not in self.structures:
                    self.problems.append(Problem(
                        Path(s.path or s.id).name, f"steps[{i + 1}].uses",
                        f"no structure with id '{step.uses}' in the library"))


def builtin_dir() -> Path:
    return paths.resource("structures")


def structure_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix == ".toml" and not p.name.startswith("."))


def load_library(custom_dir: Path | None = None, builtin: Path | None = None, cached: bool = True) -> Library:
    """Built-ins first, so a custom file can never shadow one silently.

    Unchanged files come from the cache in the data home (see cache.py).
    """
    cache = default_cache() if cached else StructureCache(None)
    seen: set[str] = set()
    library = Library()
    _load_into(library, structure_files(builtin or builtin_dir()), "builtin", cache, seen)
    if custom_dir is None:
        custom_dir = paths.custom_structures_dir()
    _load_into(library, structure_files(custom_dir), "custom", cache, seen)
    library.check_references()
    cache.save(seen)
    return library


def _load_into(library: Library, files: Iterable[Path], source: str, cache: StructureCache, seen: set[str]) -> None:
    for path in files:
        seen.add(str(path))
        found = cache.get(path)
        if found is None or (found[0] is not None and found[0].source != source):
            found = load_structure(path, source)
            cache.put(path, *found)
        structure, problems = found
        library.problems.extend(problems)
        if structure is not None:
            library.add(structure)
