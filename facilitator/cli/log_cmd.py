"""`facilitator log …`: list, show, export, import the decision log, and erase a participant.

Exit codes: 0 done; 1 import finished but reported conflicts; 2 bad usage,
a bad date or an unknown id; 3 a file problem (unreadable, not a log,
unwritable).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from facilitator.cli.common import CliError, open_db, print_json
from facilitator.decisions.rules import DomainError, Outcome

OUTCOME_CHOICES = ("open", *(o.value for o in Outcome))


def register(sub: Any) -> None:
    """Add the `log` command to the top-level parser."""
    p = sub.add_parser("log", help="the decision log", description="Review, export and import SDMI decisions.")
    cmds = p.add_subparsers(dest="action", metavar="ACTION")
    cmds.required = True

    ls = cmds.add_parser("list", help="list decisions (filters combine)")
    ls.add_argument("--search", metavar="TEXT", default="", help="words in titles, proposals, arguments, concerns, notes")
    ls.add_argument("--team", metavar="T", help="team name or id")
    ls.add_argument("--since", metavar="DATE", help="meetings on or after DATE (YYYY-MM-DD)")
    ls.add_argument("--until", metavar="DATE", help="meetings on or before DATE (YYYY-MM-DD)")
    ls.add_argument("--outcome", metavar="O", help=f"one of {', '.join(OUTCOME_CHOICES)}")
    ls.add_argument("--open-actions", action="store_true", help="only decisions with actions not done")
    ls.add_argument("--reviews-due", action="store_true", help="only reviews due today or overdue")
    ls.add_argument("--sort", choices=("date", "title", "review"), default="date")
    ls.add_argument("--json", action="store_true", help="machine-readable output")
    ls.set_defaults(run=run_list)

    show = cmds.add_parser("show", help="one decision's whole history")
    show.add_argument("id", help="decision or proposal id (a unique prefix will do)")
    show.add_argument("--json", action="store_true")
    show.set_defaults(run=run_show)

    ex = cmds.add_parser("export", help="write the log to a file")
    ex.add_argument("--format", choices=("json", "csv"), default="json")
    ex.add_argument("-o", "--output", metavar="FILE", type=Path, required=True)
    ex.add_argument("--anonymise", action="store_true", help="people's names become P1, P2 … (free texts stay as written: check them for names before sharing)")
    ex.add_argument("--drop-notes", action="store_true", help="leave free-text notes out (JSON)")
    ex.set_defaults(run=run_export)

    im = cmds.add_parser("import", help="merge a JSON export into this log (backs up first)")
    im.add_argument("file", metavar="FILE", type=Path, nargs="?")
    im.add_argument("--example", action="store_true", help="import the bundled example log (a demo)")
    im.set_defaults(run=run_import)

    er = cmds.add_parser("erase-person", help="replace a participant's name with 'erased participant'")
    er.add_argument("id", help="person id")
    er.add_argument("--remove-text", action="store_true", help="also remove the arguments and notes they wrote")
    er.set_defaults(run=run_erase)

    pe = cmds.add_parser("people", help="list the people in the log with their ids")
    pe.set_defaults(run=run_people)

    pd = cmds.add_parser("person-data", help="everything the log holds about one person (subject access)")
    pd.add_argument("id", help="person id (see 'facilitator log people')")
    pd.add_argument("-o", "--output", type=Path, metavar="FILE.json", help="write JSON here instead of printing it")
    pd.set_defaults(run=run_person_data)


def parse_date(text: str | None, flag: str) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CliError(f"{flag}: expected a date like 2026-03-31, got {text!r}") from None


def run_list(args: argparse.Namespace) -> int:
    from facilitator.decisions.queries import LogFilter, find_team, list_decisions
    from facilitator.decisions.views import to_jsonable

    since, until = parse_date(args.since, "--since"), parse_date(args.until, "--until")
    outcome = args.outcome.replace("-", "_") if args.outcome else None
    if outcome is not None and outcome not in OUTCOME_CHOICES:
        raise CliError(f"--outcome: unknown outcome {args.outcome!r}; one of {', '.join(OUTCOME_CHOICES)}")
    db = open_db()
    team_id = find_team(db, args.team) if args.team else None  # NotFound: one line, exit 2, from explain()
    flt = LogFilter(text=args.search, team_id=team_id, since=since, until=until, outcome=outcome,
                    open_actions=args.open_actions, sort=args.sort, limit=None,
                    review_due_by=dt.date.today() if args.reviews_due else None)
    found = list_decisions(db, flt)
    if args.json:
        print_json(to_jsonable(found))
        return 0
    if not found:
        print("No decisions match; try fewer filters.", file=sys.stderr)
    for d in found:
        review = f"  review {d.review_date}" if d.review_date else ""
        acts = f"  {d.open_actions} open action(s)" if d.open_actions else ""
        print(f"{(d.decision_id or d.proposal_id)[:8]}  {d.date}  {d.outcome or 'open':24} {d.title}  [{d.team}]{review}{acts}")
    return 0


def run_show(args: argparse.Namespace) -> int:
    from facilitator.decisions.history import decision_history, history_text
    from facilitator.decisions.queries import resolve_id
    from facilitator.decisions.views import to_jsonable

    db = open_db()
    history = decision_history(db, resolve_id(db, args.id))
    if args.json:
        print_json({**to_jsonable(history), "outcome": history.outcome})
    else:
        print(history_text(history))
    return 0


def run_export(args: argparse.Namespace) -> int:
    from facilitator.decisions.export import export_csv, export_json

    db = open_db()
    if args.format == "csv":
        path = export_csv(db, args.output, anonymise=args.anonymise)
    else:
        path = export_json(db, args.output, anonymise=args.anonymise, drop_notes=args.drop_notes)
    print(f"Exported the decision log to {path}{' (anonymised)' if args.anonymise else ''}.")
    if args.anonymise:
        print("People's names are replaced; free texts (arguments, notes, actions) are as written: "
              "read them for names before you share the file.")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from facilitator.decisions.importer import import_json
    from facilitator.decisions.logformat import LogFormatError, example_log
    from facilitator.inputs import LOG_IMPORT_FILE, InputFileError, require_regular_file

    if (args.file is None) == (not args.example):
        raise CliError("give a FILE to import, or --example (not both)")
    path: Path = example_log() if args.example else args.file
    if not path.exists():
        raise CliError(f"no such file: {path}", code=3)
    try:
        require_regular_file(path, LOG_IMPORT_FILE)  # a FIFO or /dev/zero is refused before the importer opens it
    except InputFileError as exc:
        raise CliError(str(exc), code=3) from None
    try:
        report = import_json(open_db(), path)
    except LogFormatError as exc:
        raise CliError(f"{exc} (nothing was imported)" if "nothing was imported" not in str(exc) else str(exc),
                       code=3) from None
    added = ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in report.added.items()) or "nothing new"
    print(f"Imported {path.name}: {added}; {report.unchanged} record(s) already here.")
    if report.backup:
        print(f"Backup taken first: {report.backup}")
    for c in report.conflicts:
        print(f"conflict: {c.section} {c.id}: {c.reason}", file=sys.stderr)
    return 1 if report.conflicts else 0


def run_people(_args: argparse.Namespace) -> int:
    from facilitator.decisions.meetings import people

    found = people(open_db())
    if not found:
        print("No people in the log yet.")
    for ident, name in found:
        print(f"{ident}  {name}")
    return 0


def run_person_data(args: argparse.Namespace) -> int:
    import json

    from facilitator.decisions.privacy import person_data
    from facilitator.decisions.views import to_jsonable

    try:
        data = person_data(open_db(), args.id)
    except DomainError as exc:
        raise CliError(f"{exc}; see 'facilitator log people'") from None
    text = json.dumps(to_jsonable(data), ensure_ascii=False, indent=2)
    if args.output is None:
        print(text)
        return 0
    from facilitator.outputs import write_private_text

    write_private_text(args.output, text + "\n")  # an OutputError is one line, exit 3, from main
    print(f"Wrote everything the log holds about this person to {args.output}")
    return 0


def run_erase(args: argparse.Namespace) -> int:
    from facilitator.decisions.privacy import erase_person

    report = erase_person(open_db(), args.id, remove_text=args.remove_text)
    print(report.describe())
    if report.backup:
        print(f"Backup taken first: {report.backup}")
    return 0
