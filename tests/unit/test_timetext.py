"""Time reads one way everywhere: durations, times of day and offsets, in the core, the CLI and on paper.

(The GUI's side, translated words through the same module, is in tests/gui/test_run_rounds.py.)
"""

from __future__ import annotations

import datetime as dt

import pytest

from facilitator.cli.main import main as cli
from facilitator.timetext import Words, duration, offset_span, time_of_day, time_span


@pytest.mark.parametrize(("minutes", "shown"), [
    (12, "12 min"), (0.5, "½ min"), (1.5, "1½ min"), (7.25, "7.25 min"), (60, "1 h"), (65, "1 h 5 min")])
def test_a_duration_reads_as_a_duration(minutes: float, shown: str) -> None:
    assert duration(minutes) == shown


@pytest.mark.parametrize(("moment", "shown"), [
    (dt.time(10, 12), "10:12"), (dt.datetime(2026, 3, 12, 9, 5), "09:05"), (dt.time(10, 0, 30), "10:00:30"),
    (610, "10:10"), (610.5, "10:10:30"), (1440 + 5, "00:05")])
def test_a_time_of_day_reads_as_a_clock(moment: object, shown: str) -> None:
    assert time_of_day(moment) == shown  # type: ignore[arg-type]


def test_spans_of_time_and_of_offsets_never_look_alike() -> None:
    assert time_span(dt.time(10, 10), dt.time(10, 22)) == "10:10–10:22"
    assert offset_span(1, 3) == "1–3 min from start"
    assert offset_span(0, 7.5) == "0–7½ min from start"
    assert offset_span(55, 65) == "55–65 min from start"
    dutch = Words(minutes="%1 min", half="%1½ min", hours="%1 u", hours_minutes="%1 u %2 min",
                  from_start="%1–%2 min vanaf het begin")
    assert duration(65, dutch) == "1 u 5 min" and offset_span(1, 3, dutch) == "1–3 min vanaf het begin"


def test_cli_writes_offsets_and_rounds_as_the_card_does(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(["structures", "show", "troika-consulting"]) == 0
    out = capsys.readouterr().out
    assert "2. Consulting round — 10 min ×3, trios  [1–31 min from start]" in out
    assert "   3 rounds of 10 min, each:" in out
    assert "     › Consultants discuss — 5 min: Client, turn your chair round" in out
    assert ":00–" not in out, "no offset that reads like a clock time"
