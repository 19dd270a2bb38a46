"""One error tree for the core, and one place (cli/main.py: explain) that turns it into exit codes."""

from __future__ import annotations

from facilitator.cli.main import DATA, USAGE, explain
from facilitator.decisions import meetings
from facilitator.decisions.rules import DomainError, ObjectionNeedsArgument
from facilitator.errors import FacilitatorError, NotFound
from facilitator.plans import repository
from facilitator.store.errors import LogBusy


def test_plans_and_decisions_raise_the_same_not_found() -> None:
    assert meetings.NotFound is repository.NotFound is NotFound
    assert issubclass(NotFound, DomainError) and issubclass(NotFound, LookupError)
    assert issubclass(DomainError, FacilitatorError) and issubclass(LogBusy, FacilitatorError)


def test_the_cli_maps_each_kind_to_its_exit_code() -> None:
    assert explain(NotFound("no plan '7'; use a number or id from 'facilitator plans list'")) == (
        "no plan '7'; use a number or id from 'facilitator plans list'", USAGE)
    assert explain(ObjectionNeedsArgument())[1] == USAGE
    assert explain(FacilitatorError("the file is not usable"))[1] == DATA
