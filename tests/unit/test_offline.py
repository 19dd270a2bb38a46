"""Offline, always: the main flows run with the network made unusable, and never try it."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest

from facilitator.cli.main import main
from facilitator.selftest import run_self_test

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    attempts: list[str] = []

    def refuse(*args: Any, **_kw: Any) -> Any:
        attempts.append(repr(args[:2]))
        raise OSError("network access attempted in an offline app")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    real_connect = socket.socket.connect

    def connect(self: socket.socket, address: Any) -> Any:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            return refuse(self, address)
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    return attempts


def test_main_flows_never_touch_the_network(no_network: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_self_test(lambda _line: None) == 0
    for argv in (
        ["structures", "list", "--purpose", "decide"],
        ["structures", "star", "1-2-4-all"],
        ["groups", "23", "foursomes"],
        ["plans", "import", str(EXAMPLES / "plan-community-health-workshop.toml")],
        ["plans", "show", "1"],
        ["handout", "card", "troika-consulting", "-o", str(tmp_path / "card.pdf")],
        ["handout", "pack", "1", "-o", str(tmp_path / "pack.pdf")],
        ["log", "import", str(EXAMPLES / "example-log.json")],
        ["log", "list", "--search", "huddle"],
        ["log", "export", "--format", "csv", "-o", str(tmp_path / "log.csv")],
        ["db", "backup"],
        ["db", "check"],
    ):
        assert main(argv) == 0, (argv, capsys.readouterr().err)
    assert no_network == []
