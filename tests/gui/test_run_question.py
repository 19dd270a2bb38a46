"""Before a run: the facilitator types the real question, and that is what the projector and the pack show."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.plans import repository as repo
from facilitator.plans.model import Plan, PlanItem
from facilitator.render.pack import render_pack
from tests.unit.test_render_card import flat, pdf_text


def answer(qtbot: Any, dialog: Any, text: str) -> None:
    field = dialog.fields[0][1]
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)  # the first question has the keyboard
    field.selectAll()
    qtbot.keyClicks(field, text)


def test_run_now_asks_for_the_real_question_first(window: Any, qtbot: Any) -> None:
    window.library_view.select_anywhere("troika-consulting")
    window.library_view.detail.run.click()  # ▶ Run now
    dialog = window.questions_dialog
    qtbot.waitExposed(dialog)
    field = dialog.fields[0][1]
    assert field.text() == "" and field.placeholderText().startswith("What is your challenge with …")
    assert not dialog.start.isEnabled(), "the template is never what the room sees"
    assert "Troika Consulting" in dialog.hint.text()
    answer(qtbot, dialog, "Where are you stuck with the new rota?")
    assert dialog.start.isEnabled()
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(window, "presenter", None) is not None)
    presenter = window.presenter
    qtbot.addWidget(presenter)
    assert presenter.projector.invitation.text() == "Where are you stuck with the new rota?"
    assert "Where are you stuck with the new rota?" in presenter.invitation.text()
    presenter.close()


def test_a_plan_run_asks_pre_filled_and_the_pack_prints_what_was_typed(window: Any, qtbot: Any, tmp_path: Any) -> None:
    library = window.library_view.library
    plan = Plan(title="Team day", items=[
        PlanItem.for_structure(library.get("1-2-4-all"), invitation="What makes a good handover?"),
        PlanItem.break_(10), PlanItem.for_structure(library.get("troika-consulting"))])
    repo.save_plan(window.db, plan, library)
    window.plans_view.reload(plan.uuid)
    window.plans_view.request_run()
    dialog = window.questions_dialog
    qtbot.waitExposed(dialog)
    assert [f.text() for _, f, _ in dialog.fields] == ["What makes a good handover?", ""], "breaks are not asked"
    assert not dialog.start.isEnabled()
    qtbot.keyClick(dialog.fields[0][1], Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.fields[1][1], "Where are you stuck with home visits?")
    qtbot.keyClick(dialog.fields[1][1], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(window, "presenter", None) is not None)
    presenter = window.presenter
    qtbot.addWidget(presenter)
    presenter.controller.jump_to(2, 0)
    assert presenter.projector.invitation.text() == "Where are you stuck with home visits?"
    presenter.close()
    saved = repo.get_plan(window.db, plan.uuid)
    assert saved is not None and saved.items[2].invitation == "Where are you stuck with home visits?"
    out = tmp_path / "pack.pdf"
    render_pack(saved, library, out, note_pages=0)
    assert "Where are you stuck with home visits?" in flat(pdf_text(out))
    window.undo.undo()  # the questions were one plan edit, undoable like any other
    assert repo.get_plan(window.db, plan.uuid).items[2].invitation == ""


def test_cancel_starts_nothing(window: Any, qtbot: Any) -> None:
    window.library_view.select_anywhere("1-2-4-all")
    qtbot.keyClick(window.library_view.results, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = window.questions_dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.fields[0][1], Qt.Key.Key_Escape)
    assert getattr(window, "presenter", None) is None
