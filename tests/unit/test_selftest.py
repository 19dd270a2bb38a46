"""The self-test's core checks pass from source and leave the real data home alone."""

from __future__ import annotations

from pathlib import Path

from facilitator import paths
from facilitator.selftest import run_self_test


def test_self_test_passes_in_a_temporary_home(home: Path) -> None:
    lines: list[str] = []
    assert run_self_test(lines.append) == 0, "\n".join(lines)
    assert lines[-1] == "self-test passed"
    assert sum(line.startswith("ok ") for line in lines) == 7
    assert not paths.database_path().exists(), "the self-test never touches the person's own data"
