"""`facilitator structures …`: list, show, validate, star and unstar."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from facilitator.cli.common import CliError, open_db, positive_int, print_json
from facilitator.structures.model import PURPOSES, Step, Structure, format_minutes
from facilitator.timetext import offset_span


def register(sub: Any) -> None:
    p = sub.add_parser("structures", help="the library of structures", description="Browse and check the library of structures.")
    cmds = p.add_subparsers(dest="action", metavar="ACTION")
    cmds.required = True

    ls = cmds.add_parser("list", help="list structures (filters combine)")
    ls.add_argument("--search", metavar="TEXT", default="", help="words to find in names, purposes, steps, tips")
    ls.add_argument("--purpose", metavar="FAMILY", help=f"purpose family: {', '.join(PURPOSES)}")
    ls.add_argument("--minutes", metavar="N", type=positive_int, help="fits in N minutes (shortest total)")
    ls.add_argument("--people", metavar="N", type=positive_int, help="works for N people")
    ls.add_argument("--favourites", action="store_true", help="only starred structures")
    ls.add_argument("--json", action="store_true", help="machine-readable output")
    ls.set_defaults(run=run_list)

    show = cmds.add_parser("show", help="show one structure in full")
    show.add_argument("id")
    show.add_argument("--json", action="store_true")
    show.set_defaults(run=run_show)

    val = cmds.add_parser("validate", help="check structure files (exit 0 valid, 1 invalid)")
    val.add_argument("files", nargs="+", metavar="FILE", type=Path)
    val.set_defaults(run=run_validate)

    for name, helptext in (("star", "add to favourites"), ("unstar", "remove from favourites")):
        cmd = cmds.add_parser(name, help=helptext)
        cmd.add_argument("id")
        cmd.set_defaults(run=run_star, starred=(name == "star"))

    probs = cmds.add_parser("problems", help="list files in the library that could not be loaded")
    probs.set_defaults(run=run_problems)


def _library() -> Any:
    from facilitator.structures.library import load_library

    return load_library()


def _get(library: Any, ident: str) -> Structure:
    structure: Structure | None = library.get(ident)
    if structure is None:
        import difflib

        near = difflib.get_close_matches(ident, list(library.structures), n=3)
        hint = f"; did you mean {', '.join(near)}?" if near else "; see 'facilitator structures list'"
        raise CliError(f"no structure with id '{ident}'{hint}")
    return structure


def structure_json(s: Structure, favourites: frozenset[str] = frozenset()) -> dict[str, Any]:
    return {
        "id": s.id, "name": s.name, "summary": s.summary, "purposes": list(s.purposes),
        "minutes": s.total_minutes, "shortest_minutes": s.shortest_minutes, "source": s.source,
        "newer": s.newer, "favourite": s.id in favourites,
        "people": {"min": s.min_people, "max": s.max_people},
        "configurations": [c.value for c in s.configurations],
        "purpose": s.purpose, "invitation": s.invitation, "space": s.space,
        "materials": list(s.materials), "tips": list(s.tips), "traps": list(s.traps),
        "variations": list(s.variations), "related": list(s.related), "credit": s.credit,
        "steps": [{
            "title": st.title, "minutes": st.minutes, "min_minutes": st.min_minutes,
            "max_minutes": st.max_minutes, "configuration": st.configuration.value,
            "group_size": st.group_size, "repeat": st.repeat, "uses": st.uses,
            "stages": [{"title": g.title, "minutes": g.minutes, "say": g.say} for g in st.stages],
            "say": st.say, "notes": st.notes, "leftovers": st.leftovers,
        } for st in s.steps],
    }


def run_list(args: argparse.Namespace) -> int:
    from facilitator.store.favourites import favourites
    from facilitator.structures.filters import StructureFilter

    library = _library()
    favs = favourites(open_db())
    try:
        flt = StructureFilter(text=args.search, purpose=args.purpose, minutes=args.minutes,
                              people=args.people, favourites_only=args.favourites, favourites=favs)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    found = flt.apply(library)
    if args.json:
        print_json([structure_json(s, favs) for s in found])
    else:
        if not found:
            print("No structures match; try fewer filters.", file=sys.stderr)
        for s in found:
            star = "★" if s.id in favs else " "
            tag = " [custom]" if s.is_custom else (" [new]" if s.newer else "")
            print(f"{star} {s.id:34} {format_minutes(s.total_minutes):>10}  {s.name}{tag}")
    if library.problems:
        print(f"({len(library.problems)} problem(s) in structure files: 'facilitator structures problems')", file=sys.stderr)
    return 0


def run_show(args: argparse.Namespace) -> int:
    library = _library()
    s = _get(library, args.id)
    if args.json:
        print_json(structure_json(s))
        return 0
    print(f"{s.name}  ({s.id}, {s.source})")
    print(f"Purpose families: {', '.join(s.purposes)}   People: {s.people_label()}   Total: {format_minutes(s.total_minutes)}")
    print(f"\n{s.purpose}\n\nInvitation: {s.invitation}\n")
    clock = 0.0
    for i, st in enumerate(s.steps, 1):
        span = offset_span(clock, clock + st.total_minutes)
        times = f" ×{st.repeat}" if st.repeat > 1 else ""
        print(f"{i}. {st.title} — {format_minutes(st.minutes)}{times}, {st.configuration.label.lower()}  [{span}]")
        if st.uses:
            print(f"   runs: {st.uses}")
        if st.say:
            print(f"   say: {st.say}")
        if st.leftovers:
            print(f"   leftovers: {st.leftovers}")
        _print_stages(st)
        clock += st.total_minutes
    for title, items in (("Tips", s.tips), ("Traps", s.traps), ("Variations", s.variations)):
        if items:
            print(f"\n{title}:")
            for item in items:
                print(f"  - {item}")
    if s.credit:
        print(f"\n{s.credit}")
    return 0


def _print_stages(step: Step) -> None:
    """'3 rounds of 10 min, each:' with the stages indented, as the card prints them."""
    if not step.stages:
        return
    each = format_minutes(step.minutes)
    print(f"   {step.repeat} rounds of {each}, each:" if step.repeat > 1 else f"   in stages, {each} in all:")
    for stage in step.stages:
        print(f"     › {stage.title} — {format_minutes(stage.minutes)}" + (f": {stage.say}" if stage.say else ""))


def run_validate(args: argparse.Namespace) -> int:
    from facilitator.structures.loader import load_structure

    bad = 0
    for path in args.files:
        structure, problems = load_structure(path, "custom")
        for problem in problems:
            print(str(problem).replace(path.name, str(path), 1), file=sys.stderr)
        if structure is None:
            bad += 1
        else:
            print(f"{path}: ok ({structure.name}, {format_minutes(structure.total_minutes)})")
    return 1 if bad else 0


def run_star(args: argparse.Namespace) -> int:
    from facilitator.store.favourites import set_starred

    s = _get(_library(), args.id)
    set_starred(open_db(), s.id, args.starred)
    print(f"{'Starred' if args.starred else 'Unstarred'} {s.name}.")
    return 0


def run_problems(args: argparse.Namespace) -> int:
    library = _library()
    for problem in library.problems:
        print(problem)
    if not library.problems:
        print("No problems: every structure file loaded.")
    return 1 if library.problems else 0
