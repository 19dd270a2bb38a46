"""The core's errors: what went wrong in words the person can act on, never a traceback or SQL.

One small tree, so a caller catches the kind it can handle and the CLI turns
each kind into an exit code in one place (cli/main.py: explain):

    FacilitatorError            the message is for the person
    ├── NotFound                no record matches what was typed or shown  → exit 2
    ├── DomainError             a rule of the method or of the input broken → exit 2
    └── the store's errors      facilitator/store/errors.py: damaged, refused, busy → exit 1 or 3

Errors about files keep their OSError base (facilitator/inputs.py, outputs.py),
so code that handles the file system handles them too.
"""

from __future__ import annotations


class FacilitatorError(Exception):
    """Something the person can put right, or must know; the message says what and how."""


class DomainError(FacilitatorError, ValueError):
    """A rule of the method was broken; the message is meant for the facilitator."""


class NotFound(DomainError, LookupError):
    """No record matches what the person typed (or what a stale view still showed); the message says what to try."""
