"""`facilitator groups …`: how to split a room, and who goes where."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from facilitator.cli.common import CliError, positive_int, print_json
from facilitator.structures.model import CONFIGURATIONS

MIN_PEOPLE = 3


def register(sub: Any) -> None:
    p = sub.add_parser(
        "groups", help="split a room into groups",
        description="Split COUNT people (or the names in a file) into a configuration.",
        epilog="Examples: facilitator groups 23 foursomes | facilitator groups 40 small-groups --size 6 | "
               "facilitator groups --names people.txt trios --seed 7",
    )
    p.add_argument("values", nargs="+", metavar="COUNT CONFIG",
                   help=f"head count (3-150) and a configuration: {', '.join(CONFIGURATIONS)}")
    p.add_argument("--size", type=positive_int, metavar="N", help="group size for small-groups")
    p.add_argument("--names", type=Path, metavar="FILE", help="text (one name per line) or CSV file of names; then give only CONFIG")
    p.add_argument("--seed", type=int, metavar="N", help="the same seed gives the same groups")
    p.add_argument("--apart", action="append", default=[], metavar="A,B",
                   help="names to keep in different groups (repeatable)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from facilitator.groups import MAX_PEOPLE, assign, describe_split, read_names, split
    from facilitator.inputs import InputFileError

    names: list[str] | None = None
    if args.names is not None:
        if len(args.values) != 1:
            raise CliError("with --names give only the configuration, e.g. --names people.txt trios")
        config = args.values[0]
        try:
            names = read_names(args.names)
        except InputFileError as exc:  # missing, a folder, a FIFO or device, too big
            raise CliError(f"cannot read {args.names}: {exc.reason}") from None
        except OSError as exc:
            raise CliError(f"cannot read {args.names}: {exc.strerror or exc}; check the path") from None
        except ValueError as exc:
            raise CliError(str(exc).strip()) from None
        count = len(names)
    else:
        if len(args.values) != 2:
            raise CliError("give a head count and a configuration, e.g. 23 foursomes")
        count_text, config = args.values
        try:
            count = int(count_text)
        except ValueError:
            raise CliError(f"head count must be a whole number, got {count_text!r}") from None
    if count < MIN_PEOPLE or count > MAX_PEOPLE:
        raise CliError(f"head count must be between {MIN_PEOPLE} and {MAX_PEOPLE}, got {count}")
    if config not in CONFIGURATIONS:
        raise CliError(f"unknown configuration {config!r}; use one of: {', '.join(CONFIGURATIONS)}")
    try:
        if names is None:
            sizes = split(count, config, args.size)
            groups: list[dict[str, Any]] = [{"size": n} for n in sizes]
        else:
            apart = [{n.strip() for n in pair.split(",") if n.strip()} for pair in args.apart]
            seated = assign(names, config, args.size, seed=args.seed, keep_apart=apart)
            sizes = [len(g) for g in seated]
            groups = [{"size": len(g), "names": g} for g in seated]
    except ValueError as exc:
        raise CliError(str(exc)) from None
    if args.json:
        print_json(groups)
        return 0
    print(f"{count} people: {describe_split(sizes, config)}")
    for number, group in enumerate(groups, 1):
        members = ", ".join(group.get("names", []))
        print(f"  group {number:>2} ({group['size']}){': ' + members if members else ''}")
    return 0
