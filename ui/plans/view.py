"""The Plans page: plan list on the left, the open plan's details, agenda and item on the right.

Every edit is saved to the database at once (an undoable command), so a
closed lid or a crash never costs a plan.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import time
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from facilitator.plans import repository as repo
from facilitator.plans.model import Plan, PlanItem
from facilitator.plans.resolve import resolve
from facilitator.plans.schedule import schedule
from facilitator.store.db import Database
from facilitator.structures.library import Library
from facilitator.structures.model import Structure
from ui.a11y import explain, spoken_text
from ui.plans.agenda import AgendaTable
from ui.plans.commands import PlanEdit
from ui.plans.details import PlanDetails
from ui.plans.item_panel import ItemPanel


class PlansView(QWidget):
    run_requested = Signal(object)  # Plan
    status = Signal(str)

    def __init__(self, db: Database, library: Callable[[], Library], undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.library, self.undo = db, library, undo
        self.plan: Plan | None = None

        self.plans = QListWidget(self)
        self.plans.setAccessibleName(self.tr("Plans"))
        self.plans.currentItemChanged.connect(self._plan_chosen)
        list_buttons = QHBoxLayout()
        self.new_button = self._button(self.tr("&New plan"), self.new_plan, list_buttons)
        self.duplicate_button = self._button(self.tr("Duplicate"), self.duplicate_plan, list_buttons)
        self.delete_button = self._button(self.tr("Delete"), self.delete_plan, list_buttons)
        left = QWidget(self)
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.plans, 1)
        left_box.addLayout(list_buttons)

        self.empty = QLabel(self.tr(
            "<h3>No plan open</h3><p>Make a new plan (Ctrl+Shift+N), or import a plan file from "
            "a USB stick (Plans → Import plan…).</p><p>In a plan, add structures from the list below "
            "or drag them from the Library page, then press F5 to run the session with the timer.</p>"), self)
        self.empty.setWordWrap(True)
        self.details = PlanDetails(self)
        self.details.edited.connect(self._plan_field)
        self.agenda = AgendaTable(self)
        self.agenda.currentCellChanged.connect(lambda *_: self._show_item())
        self.agenda.structure_dropped.connect(lambda ident, row: self.add_structure(ident, row))
        self.chooser = QComboBox(self)
        self.chooser.setAccessibleName(self.tr("Structure to add"))
        self.chooser.setEditable(True)
        self.chooser.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        chooser_line = self.chooser.lineEdit()
        assert chooser_line is not None  # an editable combo box always has one
        chooser_line.setAccessibleName(self.chooser.accessibleName())
        chooser_label = QLabel(self.tr("Structure"), self)
        chooser_label.setBuddy(self.chooser)
        add_buttons = QHBoxLayout()  # two rows: in one, Dutch labels forced the window to 1402 px
        add_buttons.addWidget(chooser_label)
        add_buttons.addWidget(self.chooser, 1)
        self._button(self.tr("&Add"), lambda: self.add_chosen(), add_buttons)
        self._button(self.tr("Add &break"), lambda: self._add_item(PlanItem.break_(15, self.tr("Break"))), add_buttons)
        self._button(self.tr("Add &other…"), lambda: self._add_item(PlanItem.other(self.tr("Welcome"), 10)), add_buttons)
        order_buttons = QHBoxLayout()
        self._button(self.tr("▲"), lambda: self.move_item(-1), order_buttons, self.tr("Move item up"))
        self._button(self.tr("▼"), lambda: self.move_item(1), order_buttons, self.tr("Move item down"))
        self._button(self.tr("Duplicate item"), self.duplicate_item, order_buttons)
        self._button(self.tr("&Remove item"), self.remove_item, order_buttons)
        self._button(self.tr("Save as &string…"), self.ask_string_name, order_buttons,
                     self.tr("Save this plan's structures as a reusable string"))
        order_buttons.addStretch(1)
        self.balance = QLabel(self)
        explain(self.balance, self.tr("Total time"), tooltip=False)
        self.balance.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.run_button = self._button(self.tr("▶ Run session (F5)"), self.request_run, None)
        self.pack_button = self._button(self.tr("Session &pack…"), self.preview_pack, None,
                                        self.tr("Print preview of the session pack"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.balance, 1)
        bottom.addWidget(self.pack_button)
        self.harvest_button = self._button(self.tr("Harvest…"), self.preview_harvest, bottom, self.tr("Print preview of the harvest of this plan's newest run"))
        for changed in (self.plans.currentItemChanged, self.plans.model().modelReset, self.run_requested):  # Harvest… follows the plan's runs
            changed.connect(lambda *_: self.preview_harvest(check_only=True), Qt.ConnectionType.QueuedConnection)
        bottom.addWidget(self.run_button)
        self.item_panel = ItemPanel(self)
        self.item_panel.edited.connect(self._item_field)
        self.item_panel.step_minutes_edited.connect(self._step_minutes)

        self.editor = QWidget(self)
        editor_box = QVBoxLayout(self.editor)
        editor_box.setContentsMargins(0, 0, 0, 0)
        editor_box.addWidget(self.details)
        # The agenda beside the chosen item, not above it: at 1366×768 the stacked
        # layout showed 6½ of 8 agenda rows and 1½ step rows.
        agenda_column = QWidget(self)
        agenda_box = QVBoxLayout(agenda_column)
        agenda_box.setContentsMargins(0, 0, 0, 0)
        agenda_box.addWidget(self.agenda, 1)
        agenda_box.addLayout(add_buttons)
        agenda_box.addLayout(order_buttons)
        self.item_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.item_splitter.setChildrenCollapsible(False)
        self.item_splitter.addWidget(agenda_column)
        self.item_splitter.addWidget(self.item_panel)
        self.item_splitter.setStretchFactor(0, 3)
        self.item_splitter.setStretchFactor(1, 2)
        self.item_splitter.setSizes([600, 480])  # the item's steps table needs its three columns
        editor_box.addWidget(self.item_splitter, 1)
        editor_box.addLayout(bottom)
        right = QWidget(self)
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(8, 0, 0, 0)
        right_box.addWidget(self.empty)
        right_box.addWidget(self.editor, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 4)
        QVBoxLayout(self).addWidget(self.splitter)
        self.reload()

    def _button(self, text: str, slot: Callable[[], Any], layout: Any, name: str | None = None) -> QPushButton:
        """``name`` is the name of a symbol-only button (▲), else the explanation beside the visible words."""
        button = QPushButton(text, self)
        if spoken_text(text):
            explain(button, name or "")
        else:
            button.setAccessibleName(name or "")
        button.clicked.connect(slot)
        if layout is not None:
            layout.addWidget(button)
        return button

    # --- the list ----------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        select = select or (self.plan.uuid if self.plan else None)
        self.plans.blockSignals(True)
        self.plans.clear()
        for summary in repo.list_plans(self.db):
            when = summary.date.strftime("%d %b %Y") if summary.date else self.tr("no date")
            item = QListWidgetItem(f"{summary.title}\n{when} · {summary.item_count} items")
            item.setData(Qt.ItemDataRole.UserRole, summary.uuid)
            self.plans.addItem(item)
            if summary.uuid == select:
                self.plans.setCurrentItem(item)
        self.plans.blockSignals(False)
        self.refresh_chooser()
        self.open_plan(select if select and repo.plan_exists(self.db, select) else None)

    def refresh_chooser(self) -> None:
        current = self.chooser.currentData()
        self.chooser.clear()
        library = self.library()
        for s in library:
            self.chooser.addItem(s.name, s.id)
        for template in repo.list_templates(self.db):
            names = " → ".join(found.name if (found := library.get(i)) else i for i in template.structure_ids)
            self.chooser.addItem(self.tr("String: %1 (%2)").replace("%1", template.name).replace("%2", names),
                                 f"template:{template.uuid}")
        if current:
            self.chooser.setCurrentIndex(max(0, self.chooser.findData(current)))

    def _plan_chosen(self, item: QListWidgetItem | None, _old: Any = None) -> None:
        self.open_plan(item.data(Qt.ItemDataRole.UserRole) if item else None)

    def open_plan(self, uuid: str | None) -> None:
        self.plan = repo.get_plan(self.db, uuid) if uuid else None
        self.empty.setVisible(self.plan is None)
        self.editor.setVisible(self.plan is not None)
        self.duplicate_button.setEnabled(self.plan is not None)
        self.delete_button.setEnabled(self.plan is not None)
        if self.plan is not None:
            self.details.load(self.plan)
            self.show_plan()

    def show_plan(self) -> None:
        assert self.plan is not None
        sched = schedule(self.plan, self.library())
        self.agenda.show_schedule(sched)
        ends = self.tr("ends")
        self.balance.setText(sched.balance_text() + (f" · {ends} {sched.end:%H:%M}" if sched.clock_known else ""))
        over = sched.over_minutes
        self.balance.setStyleSheet("font-size: 12pt; font-weight: 600;" + (" color: #8b0000;" if over and over > 0 else ""))
        self.run_button.setEnabled(bool(self.plan.items))
        self._show_item()

    def _show_item(self) -> None:
        row = self.agenda.currentRow()
        resolved = resolve(self.plan, self.library()) if self.plan else []
        self.item_panel.load(resolved[row] if 0 <= row < len(resolved) else None)

    # --- edits (each saved at once, undoable) -------------------------------------------
    def _edit(self, label: str, change: Callable[[Plan], object], select_row: int | None = None) -> None:
        if self.plan is None:
            return
        after = copy.deepcopy(self.plan)
        change(after)
        self.undo.push(PlanEdit(label, self.db, self.plan, after, lambda p: self._applied(p, select_row)))

    def _applied(self, plan: Plan, row: int | None) -> None:
        changed_title = self.plan is None or self.plan.title != plan.title
        self.plan = plan
        if changed_title or self.plans.currentItem() is None:
            self.reload(plan.uuid)
        else:
            self.details.load(plan)
            self.show_plan()
        if row is not None and 0 <= row < self.agenda.rowCount():
            self.agenda.selectRow(row)

    def set_questions(self, questions: dict[str, str]) -> None:
        """The questions typed before a run (item uuid → text), kept in this plan as one undoable edit."""
        if self.plan is None:
            return
        changed = {i.uuid: questions[i.uuid] for i in self.plan.items
                   if i.uuid in questions and i.invitation != questions[i.uuid]}
        if not changed:
            return

        def change(p: Plan) -> None:
            for item in p.items:
                item.invitation = changed.get(item.uuid, item.invitation)

        self._edit(self.tr("Questions for the run"), change)

    def _plan_field(self, field: str, value: object) -> None:
        if self.plan is not None and getattr(self.plan, field) != value:
            self._edit(self.tr("Change %1").replace("%1", field), lambda p: setattr(p, field, value))

    def _item_field(self, field: str, value: object) -> None:
        row = self.agenda.currentRow()
        if self.plan is None or not 0 <= row < len(self.plan.items):
            return
        if getattr(self.plan.items[row], field) != value:
            self._edit(self.tr("Change item"), lambda p: setattr(p.items[row], field, value), row)

    def _step_minutes(self, step: int, minutes: object) -> None:
        row = self.agenda.currentRow()

        def change(p: Plan) -> None:
            if minutes is None:
                p.items[row].step_minutes.pop(step, None)
            else:
                p.items[row].step_minutes[step] = float(minutes)  # type: ignore[arg-type]
        self._edit(self.tr("Change time box"), change, row)

    def add_chosen(self) -> None:
        """Add what the chooser shows: one structure, or a saved string of structures."""
        chosen = self.chooser.currentData()
        if isinstance(chosen, str) and chosen.startswith("template:"):
            self.add_template(chosen.removeprefix("template:"))
        else:
            self.add_structure(chosen)

    def add_template(self, uuid: str) -> None:
        from facilitator.plans.model import apply_template

        template = repo.get_template(self.db, uuid)
        if template is None:
            return
        if self.plan is None:
            self.new_plan()
        warnings: list[str] = []
        self._edit(self.tr("Add string %1").replace("%1", template.name),
                   lambda p: warnings.extend(apply_template(p, template, self.library())))
        if warnings:
            self.status.emit("; ".join(warnings))

    def save_string(self, name: str) -> None:
        """Keep this plan's sequence of structures as a reusable string."""
        from facilitator.plans.model import template_from_plan

        if self.plan is None or not name.strip():
            return
        repo.save_template(self.db, template_from_plan(self.plan, name.strip()))
        self.refresh_chooser()
        self.status.emit(self.tr("Saved the string '%1'; add it to any plan from the list of structures.")
                         .replace("%1", name.strip()))

    def ask_string_name(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        dialog = QInputDialog(self)
        dialog.setObjectName("stringName")
        dialog.setWindowTitle(self.tr("Save as a string"))
        dialog.setLabelText(self.tr("Name for this sequence of structures:"))
        dialog.setTextValue(self.plan.title if self.plan else "")
        dialog.textValueSelected.connect(self.save_string)
        dialog.open()
        self._string_dialog = dialog

    def add_structure(self, ident: str | None, row: int | None = None) -> None:
        structure: Structure | None = self.library().get(ident) if ident else None
        if structure is not None:
            self._add_item(PlanItem.for_structure(structure), row)

    def _add_item(self, item: PlanItem, row: int | None = None) -> None:
        if self.plan is None:
            self.new_plan()
        assert self.plan is not None
        at = len(self.plan.items) if row is None else row
        self._edit(self.tr("Add %1").replace("%1", item.title or item.structure_id or ""),
                   lambda p: p.items.insert(at, item), at)

    def move_item(self, delta: int) -> None:
        row = self.agenda.currentRow()
        if self.plan is None or not 0 <= row + delta < len(self.plan.items) or row < 0:
            return
        self._edit(self.tr("Move item"), lambda p: p.items.insert(row + delta, p.items.pop(row)), row + delta)

    def duplicate_item(self) -> None:
        row = self.agenda.currentRow()
        if self.plan is not None and 0 <= row < len(self.plan.items):
            self._edit(self.tr("Duplicate item"), lambda p: p.items.insert(row + 1, p.items[row].copy()), row + 1)

    def remove_item(self) -> None:
        row = self.agenda.currentRow()
        if self.plan is not None and 0 <= row < len(self.plan.items):
            self._edit(self.tr("Remove item"), lambda p: p.items.pop(row), max(0, row - 1))
            self.status.emit(self.tr("Item removed. Undo with Ctrl+Z."))

    # --- whole plans ----------------------------------------------------------------------
    def new_plan(self) -> None:
        plan = Plan(title=self.tr("New session"), start=time(10, 0))
        repo.save_plan(self.db, plan)
        self.reload(plan.uuid)
        self.details.title.setFocus()
        self.details.title.selectAll()

    def duplicate_plan(self) -> None:
        if self.plan is not None:
            copy_ = repo.duplicate_plan(self.db, self.plan.uuid)
            self.reload(copy_.uuid)

    def delete_plan(self) -> None:
        if self.plan is None:
            return
        gone = copy.deepcopy(self.plan)
        self.undo.push(_DeletePlan(self, gone))

    def preview_pack(self) -> Any:
        """Cover, agenda with clock times and a card per item, prepared off the GUI thread."""
        from facilitator.render.pack import render_pack
        from ui.printing.preview import PreviewDialog

        if self.plan is None:
            return None
        plan, library = copy.deepcopy(self.plan), self.library()

        def pack(path: Any, options: Any, report: Any, cancelled: Any) -> object:
            return render_pack(plan, library, path, options, progress=report, cancelled=cancelled)

        self.preview = PreviewDialog(plan.title, {self.tr("Session pack"): pack}, self, suggested_name="session-pack")
        self.preview.open()
        return self.preview

    # --- harvest of the newest run (printing) -----------------------------------------------
    def preview_harvest(self, *, check_only: bool = False) -> Any:
        """The newest run of this plan (finished or not): its notes per step with actual times,
        prepared off the GUI thread. ``check_only`` only brings the Harvest… button up to date
        (enabled when the plan has been run at least once)."""
        from shiboken6 import isValid

        from facilitator.plans.runs import list_runs

        if not isValid(self):
            return None  # a queued check that arrived after the window closed
        runs = list_runs(self.db, self.plan.uuid) if self.plan is not None else []
        self.harvest_button.setEnabled(bool(runs))
        if check_only or not runs:
            return None
        # Only now: reportlab and QtPdf cost memory and time, and most starts never print.
        from facilitator.plans.harvest import harvest_report
        from facilitator.render.harvest import render_harvest
        from ui.printing.preview import PreviewDialog

        db, run_uuid = self.db, runs[0].uuid

        def harvest(path: Any, options: Any) -> object:
            return render_harvest(harvest_report(db, run_uuid), path, options)

        self.preview = PreviewDialog(runs[0].plan_title or self.tr("Session"), {self.tr("Harvest of the newest run"): harvest},
                                     self, suggested_name="harvest")
        self.preview.open()
        return self.preview

    def request_run(self) -> None:
        if self.plan is not None and self.plan.items:
            self.run_requested.emit(copy.deepcopy(self.plan))


class _DeletePlan(PlanEdit):
    """Delete with undo: the plan's runs and harvest are kept by the store either way."""

    def __init__(self, view: PlansView, plan: Plan) -> None:
        super().__init__(QCoreApplication.translate("PlansView", "Delete plan %1").replace("%1", plan.title), view.db, plan, plan, lambda p: None)
        self.view = view

    def redo(self) -> None:
        repo.delete_plan(self.db, self.before.uuid)
        self.view.plan = None
        self.view.reload()

    def undo(self) -> None:
        repo.save_plan(self.db, copy.deepcopy(self.before))
        self.view.reload(self.before.uuid)
