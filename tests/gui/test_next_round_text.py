"""The presenter's "Next:" line words a round like its heading does, in the reader's language
(a newcomer saw "Volgende: Round 1 of 3 — Second person answers" under a Dutch heading)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from facilitator.timing.timeline import TimedStep


def test_next_line_uses_the_translated_round_heading(qtbot: Any) -> None:
    from ui.app import create_app
    from ui.i18n import install_translators
    from ui.runner.presenter_texts import next_text

    app = create_app(["facilitator-app"])
    step = TimedStep("Round 1 of 3 — Second person answers", 150, None, None, "Second person answers", 1, 3)
    snap = SimpleNamespace(next_step=step, next_step_title=step.title, next_item_title="Impromptu Networking")
    assert next_text(snap) == "Next: Round 1 of 3 — Second person answers"  # type: ignore[arg-type]
    try:
        install_translators(app, "nl")
        assert next_text(snap) == "Volgende: Ronde 1 van 3 — Second person answers"  # type: ignore[arg-type]
    finally:
        install_translators(app, "en")
