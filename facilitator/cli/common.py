"""Helpers every CLI command shares."""

from __future__ import annotations

import json
import sys
from typing import Any


class CliError(Exception):
    """A message for the person at the terminal, and the exit code that goes with it."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def positive_int(text: str) -> int:
    import argparse

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a number of at least 1, got {value}")
    return value


def open_db() -> Any:
    """The database in the data home, created or upgraded as needed."""
    from facilitator.store.db import open_database

    return open_database()
