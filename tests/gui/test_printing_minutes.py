"""Printing from the Decisions log (minutes of one decision or its whole meeting) and from the
Plans page (the harvest of a plan's newest run): the real PDF, prepared off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import Qt

from facilitator import paths
from facilitator.decisions.history import decision_history
from facilitator.decisions.importer import import_json
from facilitator.decisions.queries import LogFilter, list_decisions


def pdf_words(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(path).pages).split())


def click(qtbot: Any, button: Any) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_print_minutes_of_a_decision_and_of_its_meeting(window: Any, qtbot: Any, tmp_path: Path) -> None:
    import_json(window.db, paths.resource("examples", "example-log.json"), backup=False)
    window.tabs.setCurrentWidget(window.decisions_view)
    log = window.decisions_view.log
    qtbot.waitUntil(lambda: log.loaded and not log.searching and log.results.topLevelItemCount() == 13)

    # the meeting with the most items, and the second of them
    meetings = [decision_history(window.db, r.proposal_id).meeting.id for r in list_decisions(window.db, LogFilter())]
    meeting = max(set(meetings), key=meetings.count)
    items = list_decisions(window.db, LogFilter(meeting_id=meeting, limit=None))
    assert len(items) >= 2
    chosen = items[1]
    history = decision_history(window.db, chosen.proposal_id)
    tree = log.results
    row = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
               if tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == chosen.proposal_id)
    tree.scrollToItem(row)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(row).center())
    qtbot.waitUntil(lambda: log.proposal_id == chosen.proposal_id)
    assert "&" in log.print_button.text(), "a mnemonic reaches it from the keyboard"

    click(qtbot, log.print_button)
    preview = log.preview
    assert preview.isVisible() and preview.kind.count() == 2
    assert preview.kind.currentText() == "Minutes of this decision"
    qtbot.waitUntil(lambda: preview.print_button.isEnabled(), timeout=20000)
    one = tmp_path / "decision.pdf"
    assert preview.save_to(one)
    text = pdf_words(one)
    assert history.title in text and history.meeting.team in text and "Decision minutes" in text
    assert [i.title for i in items if i.title in text] == [history.title], "only this item"

    preview.kind.setCurrentIndex(1)  # the whole meeting, rendered again in the background
    assert preview.kind.currentText() == "Minutes of the whole meeting"
    qtbot.waitUntil(lambda: preview._generation == 2 and preview.print_button.isEnabled(), timeout=20000)
    whole = tmp_path / "meeting.pdf"
    assert preview.save_to(whole)
    text = pdf_words(whole)
    assert all(i.title in text for i in items), "every item of the meeting"
    assert len(PdfReader(whole).pages) >= len(PdfReader(one).pages)
    preview.reject()

    log.show_detail(None)
    assert not log.print_button.isEnabled(), "nothing shown, nothing to print"


def test_harvest_button_follows_the_runs_and_previews_the_newest(window: Any, qtbot: Any, tmp_path: Path) -> None:
    assert window.import_plan_file(str(paths.resource("examples", "plan-community-health-workshop.toml")))
    view = window.plans_view
    assert view.plan is not None
    qtbot.waitUntil(lambda: not view.harvest_button.isEnabled())  # never run yet
    assert view.harvest_button.isVisible()

    view.request_run()  # F5 / the Run session button
    window.questions_dialog.start.click()  # the example plan's questions, as written
    presenter = window.presenter
    qtbot.addWidget(presenter)
    qtbot.waitExposed(presenter)
    presenter.controller.toggle()  # the clock runs
    presenter.notes_box.setPlainText("Zoë & Łukasz: the GP phone queue <first barrier>")
    presenter.flush_note()
    presenter.close()  # an unfinished run counts: its notes are kept
    qtbot.waitUntil(view.harvest_button.isEnabled)

    click(qtbot, view.harvest_button)
    preview = view.preview
    qtbot.waitUntil(lambda: preview.print_button.isEnabled(), timeout=20000)
    target = tmp_path / "harvest.pdf"
    assert preview.save_to(target)
    text = pdf_words(target)
    for expected in ("HARVEST", "Community health co-production workshop", "Welcome and purpose",
                     "Zoë & Łukasz: the GP phone queue <first barrier>", "Harvest"):
        assert expected in text, expected
    preview.reject()

    view.new_plan()  # a plan never run: the button goes grey again
    qtbot.waitUntil(lambda: not view.harvest_button.isEnabled())
