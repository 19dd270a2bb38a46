"""`facilitator plans …` and `facilitator harvest …`: session plans and what the room said.

A plan ID is its number in `plans list`, its uuid, or the first characters
of the uuid. Bad plan files get one `FILE: field: message` line per problem
on stderr and exit code 3; nothing is imported from them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from facilitator.cli.common import CliError, open_db, print_json
from facilitator.structures.model import format_minutes


def register(sub: Any) -> None:
    """Add the `plans` and `harvest` commands to the top-level parser."""
    p = sub.add_parser("plans", help="session plans", description="List, show, import and export session plans.")
    cmds = p.add_subparsers(dest="action", metavar="ACTION")
    cmds.required = True
    ls = cmds.add_parser("list", help="list saved plans, numbered")
    ls.add_argument("--json", action="store_true", help="machine-readable output")
    ls.set_defaults(run=run_list)
    show = cmds.add_parser("show", help="one plan with minutes and clock times per item")
    show.add_argument("id", metavar="ID", help="number from 'plans list', uuid or uuid prefix")
    show.add_argument("--json", action="store_true")
    show.set_defaults(run=run_show)
    imp = cmds.add_parser("import", help="import a plan file (.toml or .json)")
    imp.add_argument("file", metavar="FILE", type=Path)
    imp.add_argument("--replace", action="store_true", help="overwrite a plan with the same id instead of adding a copy")
    imp.set_defaults(run=run_import)
    exp = cmds.add_parser("export", help="write a plan file; the extension (.toml/.json) picks the format")
    exp.add_argument("id", metavar="ID")
    exp.add_argument("-o", "--output", metavar="FILE", type=Path, required=True)
    exp.set_defaults(run=run_export)

    h = sub.add_parser("harvest", help="notes taken during sessions", description="List and export harvest notes.")
    hcmds = h.add_subparsers(dest="action", metavar="ACTION")
    hcmds.required = True
    for name, helptext in (("list", "list notes (filters combine)"), ("export", "write notes to a CSV file")):
        cmd = hcmds.add_parser(name, help=helptext)
        cmd.add_argument("--plan", metavar="ID", help="only this plan's runs")
        cmd.add_argument("--run", metavar="ID", dest="run_ref", help="only this run (uuid or its first characters)")
        cmd.add_argument("--tag", metavar="TAG", help="only notes with this tag")
        if name == "list":
            cmd.add_argument("--json", action="store_true")
            cmd.set_defaults(run=run_harvest_list)
        else:
            cmd.add_argument("-o", "--output", metavar="FILE.csv", type=Path, required=True)
            cmd.set_defaults(run=run_harvest_export)


def _library() -> Any:
    from facilitator.structures.library import load_library

    return load_library()


def _plan_uuid(db: Any, ref: str) -> str:
    from facilitator.plans.repository import find_plan

    return find_plan(db, ref)  # NotFound: one line, exit 2, from cli/main.py's explain()


def _load_plan(db: Any, ref: str) -> Any:
    from facilitator.plans.repository import get_plan

    plan = get_plan(db, _plan_uuid(db, ref))
    if plan is None:  # deleted between lookup and load
        raise CliError(f"plan '{ref}' has just been deleted")
    return plan


def run_list(args: argparse.Namespace) -> int:
    from facilitator.plans.repository import list_plans
    from facilitator.plans.views import summary_json

    plans = list_plans(open_db())
    if args.json:
        print_json([summary_json(p) for p in plans])
        return 0
    if not plans:
        print("No plans yet; import one with 'facilitator plans import FILE'.", file=sys.stderr)
    for p in plans:
        when = f"{p.date.isoformat() if p.date else '':10} {p.start.strftime('%H:%M') if p.start else '':5}"
        where = f", {p.venue}" if p.venue else ""
        print(f"{p.number:3}  {p.uuid[:8]}  {when}  {p.title}  ({p.item_count} items{where})")
    return 0


def run_show(args: argparse.Namespace) -> int:
    from facilitator.plans.schedule import schedule
    from facilitator.plans.views import plan_json

    plan = _load_plan(open_db(), args.id)
    sched = schedule(plan, _library())
    if args.json:
        print_json(plan_json(plan, sched))
        return 0
    print(plan.title)
    facts = [plan.date.strftime("%a %d %b %Y") if plan.date else "",
             f"{sched.start:%H:%M}–{sched.end:%H:%M}" if sched.clock_known else "", plan.venue,
             f"facilitator: {plan.facilitator}" if plan.facilitator else ""]
    if any(facts):
        print(" · ".join(f for f in facts if f))
    if plan.purpose:
        print(f"Purpose: {plan.purpose}")
    print()
    for n, s in enumerate(sched.slots, 1):
        span = s.span if sched.clock_known else f"+{format_minutes((s.start - sched.start).total_seconds() / 60)}"
        kind = "" if s.item.is_structure else f" ({s.item.kind.value})"
        flag = " ⚠" if s.resolved.warnings else ""
        print(f"{n:3}. {span:13} {format_minutes(s.resolved.minutes):>9}  {s.resolved.title}{kind}{flag}")
        if s.item.invitation:
            print(f"{'':30}invitation: {s.item.invitation}")
    print(f"\nTotal: {sched.balance_text()}")
    for warning in sched.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return 0


def run_import(args: argparse.Namespace) -> int:
    from facilitator.plans.files import PlanFileError, import_plan_file

    try:
        result = import_plan_file(open_db(), args.file, _library(), replace=args.replace)
    except PlanFileError as exc:
        for problem in exc.problems:
            print(str(problem).replace(args.file.name, str(args.file), 1), file=sys.stderr)
        print("facilitator: nothing was imported; fix the file and try again", file=sys.stderr)
        return 3
    for warning in result.warnings:
        print(f"warning: {str(warning).replace(args.file.name, str(args.file), 1)}", file=sys.stderr)
    how = " (replacing the plan with the same id)" if result.replaced else (
        " as a copy (a plan with this id was already here; --replace overwrites it)" if result.copied else "")
    print(f"Imported '{result.plan.title}'{how}: {len(result.plan.items)} items, id {result.plan.uuid[:8]}.")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from facilitator.plans.files import file_format, write_plan_file

    try:
        file_format(args.output)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    plan = _load_plan(open_db(), args.id)
    write_plan_file(plan, args.output, _library())
    print(f"Wrote '{plan.title}' to {args.output}.")
    return 0


def _harvest(args: argparse.Namespace) -> list[Any]:
    from facilitator.plans.harvest import harvest
    from facilitator.plans.runs import find_run

    db = open_db()
    plan_uuid = _plan_uuid(db, args.plan) if args.plan else None
    run_uuid = find_run(db, args.run_ref) if args.run_ref else None
    if args.tag is not None and not args.tag.strip():
        raise CliError("--tag needs a tag name, e.g. --tag idea")
    return harvest(db, plan_uuid=plan_uuid, run_uuid=run_uuid, tag=args.tag)


def run_harvest_list(args: argparse.Namespace) -> int:
    from facilitator.plans.harvest import local_time
    from facilitator.plans.views import harvest_json

    entries = _harvest(args)
    if args.json:
        print_json([harvest_json(e) for e in entries])
        return 0
    if not entries:
        print("No harvest notes match.", file=sys.stderr)
    current = None
    for e in entries:
        if e.run_uuid != current:
            current = e.run_uuid
            print(f"run {e.run_uuid[:8]} · {e.plan_title} · started {local_time(e.run_started):%Y-%m-%d %H:%M}")
        n = e.note
        tags = f" [{', '.join(n.tags)}]" if n.tags else ""
        print(f"  {n.item_index + 1}. {n.item_title} › {n.step_index + 1}. {n.step_title} · "
              f"{local_time(n.created_at):%H:%M}{tags}")
        for line in n.text.splitlines() or [""]:
            print(f"      {line}")
    return 0


def run_harvest_export(args: argparse.Namespace) -> int:
    from facilitator.plans.harvest import write_harvest_csv

    if args.output.suffix.lower() != ".csv":
        raise CliError(f"{args.output.name}: use a name ending in .csv")
    entries = _harvest(args)
    write_harvest_csv(entries, args.output)
    print(f"Wrote {len(entries)} note(s) to {args.output}.")
    return 0
