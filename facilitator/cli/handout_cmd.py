"""`facilitator handout …`: structure cards, worksheets, session packs, decision minutes and harvests as PDFs.

Exit codes: 0 written; 2 bad usage or an unknown id; 3 the output path cannot
be written (missing folder, read-only, a directory). A file is either written
whole or not at all: an existing file at the path is left as it was on failure.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from facilitator.cli.common import CliError, open_db, positive_int
from facilitator.outputs import OutputError

DATA = 3


def register(sub: Any) -> None:
    """Add the `handout` command to the top-level parser."""
    p = sub.add_parser("handout", help="print-ready PDFs: cards, worksheets, packs, minutes, harvests",
                       description="Write handouts as PDF files (A4 or US Letter, optionally in large print).")
    cmds = p.add_subparsers(dest="action", metavar="ACTION")
    cmds.required = True

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("-o", "--output", metavar="FILE.pdf", type=Path, required=True, help="the PDF to write")
    common.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size (default a4)")
    common.add_argument("--large-print", action="store_true", help="body text 16 pt or more, for low vision")

    card = cmds.add_parser("card", parents=[common], help="a structure card")
    card.add_argument("id", metavar="ID", help="structure id, e.g. 1-2-4-all")
    card.add_argument("--invitation", metavar="TEXT", help="your own question instead of the structure's")
    card.set_defaults(run=run_card)

    sheet = cmds.add_parser("worksheet", parents=[common], help="a participant worksheet for a structure")
    sheet.add_argument("id", metavar="ID", help="structure id, e.g. triz")
    sheet.add_argument("--invitation", metavar="TEXT", help="the question printed on the sheet")
    sheet.set_defaults(run=run_worksheet)

    pack = cmds.add_parser("pack", parents=[common], help="a session pack: agenda, a card per item, note pages")
    pack.add_argument("id", metavar="PLAN_ID", help="number from 'plans list', uuid or uuid prefix")
    pack.add_argument("--note-pages", metavar="N", type=_note_pages, default=2, help="blank note pages at the end (default 2)")
    pack.set_defaults(run=run_pack)

    minutes = cmds.add_parser("minutes", parents=[common], help="decision minutes of a meeting, or of one decision")
    minutes.add_argument("id", metavar="MEETING_ID", nargs="?",
                         help="meeting id, a unique prefix of it, or its date (YYYY-MM-DD)")
    minutes.add_argument("--decision", metavar="ID", help="only this decision (decision or proposal id, or a prefix)")
    minutes.set_defaults(run=run_minutes)

    harvest = cmds.add_parser("harvest", parents=[common], help="a session run's notes and times")
    harvest.add_argument("id", metavar="RUN_ID", help="run uuid or its first characters ('harvest list' shows them)")
    harvest.set_defaults(run=run_harvest)


def _note_pages(value: str) -> int:
    return 0 if value.strip() == "0" else positive_int(value)


# -- output path --------------------------------------------------------------------


def check_output(path: Path) -> Path:
    """Refuse, before any work, a path that cannot be written; exit code 3."""
    if path.is_dir():
        raise CliError(f"{path} is a folder; give a file name, e.g. {path / 'handout.pdf'}", code=DATA)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.exists():
        raise CliError(f"cannot write {path}: the folder {folder} does not exist", code=DATA)
    if not folder.is_dir():
        raise CliError(f"cannot write {path}: {folder} is not a folder", code=DATA)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise CliError(f"cannot write {path}: the folder {folder} is read-only", code=DATA)
    if path.exists() and not os.access(path, os.W_OK):
        raise CliError(f"cannot write {path}: the file is read-only", code=DATA)
    return path


def _options(args: argparse.Namespace) -> Any:
    from facilitator.render import Options

    return Options(paper=args.paper, large_print=args.large_print)


def _write(args: argparse.Namespace, render: Any, what: str) -> int:
    """Run ``render(path, options)``; any file-system failure becomes a one-line message."""
    path = check_output(args.output)
    try:
        pages = int(render(path, _options(args)))
    except OutputError:
        raise  # already one line naming the file; main() gives it exit code 3
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise CliError(f"cannot write {path}: {reason}; nothing was written", code=DATA) from None
    print(f"Wrote {what} to {path} ({pages} page{'s' if pages != 1 else ''}).")
    return 0


# -- structures ------------------------------------------------------------------------


def _structure(ident: str) -> Any:
    from facilitator.cli.structures_cmd import _get
    from facilitator.structures.library import load_library

    library = load_library()
    return library, _get(library, ident)


def run_card(args: argparse.Namespace) -> int:
    from facilitator.render import render_card

    library, s = _structure(args.id)
    names = {x.id: x.name for x in library}
    return _write(args, lambda path, options: render_card(s, path, options, invitation=args.invitation,
                                                          names=names), f"the card for {s.name}")


def run_worksheet(args: argparse.Namespace) -> int:
    from facilitator.render import render_worksheet

    _, s = _structure(args.id)
    return _write(args, lambda path, options: render_worksheet(s, path, options, invitation=args.invitation),
                  f"the worksheet for {s.name}")


# -- plans, runs, decisions --------------------------------------------------------------


def run_pack(args: argparse.Namespace) -> int:
    from facilitator.cli.plans_cmd import _library, _load_plan
    from facilitator.render.pack import render_pack

    plan = _load_plan(open_db(), args.id)
    library = _library()
    return _write(args, lambda path, options: render_pack(plan, library, path, options,
                                                          note_pages=args.note_pages),
                  f"the session pack for '{plan.title}'")


def run_harvest(args: argparse.Namespace) -> int:
    from facilitator.plans.harvest import harvest_report
    from facilitator.plans.repository import NotFound
    from facilitator.plans.runs import find_run
    from facilitator.render.harvest import render_harvest

    db = open_db()
    try:
        report = harvest_report(db, find_run(db, args.id))
    except NotFound as exc:
        raise CliError(str(exc)) from None
    return _write(args, lambda path, options: render_harvest(report, path, options),
                  f"the harvest of '{report.title}'")


def run_minutes(args: argparse.Namespace) -> int:
    from facilitator.decisions.history import decision_minutes, meeting_minutes
    from facilitator.decisions.meeting_record import find_meeting
    from facilitator.decisions.rules import DomainError
    from facilitator.render.minutes import render_minutes

    if (args.id is None) == (args.decision is None):
        raise CliError("give a MEETING_ID, or --decision ID for one decision (not both)")
    db = open_db()
    try:
        if args.decision is not None:
            minutes = decision_minutes(db, args.decision)
            what = f"the minutes of '{minutes.items[0].title}'"
        else:
            minutes = meeting_minutes(db, find_meeting(db, args.id))
            what = f"the minutes of {minutes.meeting.team}, {minutes.meeting.date.isoformat()}"
    except DomainError as exc:
        raise CliError(str(exc)) from None
    return _write(args, lambda path, options: render_minutes(minutes, path, options), what)
