"""Run the `facilitator` CLI in-process, as a stranger would from a terminal."""

from __future__ import annotations

import pytest

from facilitator.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr; argparse's usage exits count as exit codes, never a traceback."""
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse usage errors and --help
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err
