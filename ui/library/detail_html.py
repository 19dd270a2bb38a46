"""The detail pane's content as HTML, built from a Structure (all user text escaped)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from facilitator.structures.library import Library
from facilitator.structures.model import Step, Structure
from ui.labels import configuration_label, minutes_label, offset_label, purpose_label

translate = QCoreApplication.translate  # literal calls, so pyside6-lupdate finds every string


def _words() -> dict[str, str]:
    """The pane's fixed words, translated (literal calls, so pyside6-lupdate finds them)."""
    return {
        "total": translate("Detail", "Total"),
        "people": translate("Detail", "People"),
        "groups": translate("Detail", "Groups"),
        "shortest": translate("Detail", "Shortest"),
        "custom": translate("Detail", "custom"),
        "new_in_the_2026_fieldbook": translate("Detail", "new in the 2026 Fieldbook"),
        "invitation": translate("Detail", "Invitation"),
        "space": translate("Detail", "Space"),
        "materials": translate("Detail", "Materials"),
        "steps": translate("Detail", "Steps"),
        "often_followed_by": translate("Detail", "Often followed by"),
        "when": translate("Detail", "When"),
        "step": translate("Detail", "Step"),
        "time": translate("Detail", "Time"),
        "of": translate("Detail", "of"),
        "runs": translate("Detail", "Runs"),
        "say": translate("Detail", "Say"),
        "leftovers": translate("Detail", "Leftovers"),
    }


def _list(title: str, items: tuple[str, ...]) -> str:
    if not items:
        return ""
    rows = "".join(f"<li>{escape(i)}</li>" for i in items)
    return f"<h3>{escape(title)}</h3><ul>{rows}</ul>"


def structure_html(s: Structure, library: Library | None = None) -> str:
    w = _words()
    families = " · ".join(purpose_label(p) for p in s.purposes)
    configs = ", ".join(configuration_label(c) for c in s.configurations)
    facts = [
        f"<b>{w['total']}:</b> {minutes_label(s.total_minutes)}",
        f"<b>{w['people']}:</b> {escape(s.people_label())}",
        f"<b>{w['groups']}:</b> {escape(configs)}",
    ]
    if s.shortest_minutes < s.total_minutes:
        facts.insert(1, f"<b>{w['shortest']}:</b> {minutes_label(s.shortest_minutes)}")
    parts = [
        f"<p style='color:#3b4a5a'>{escape(families)}"
        + (f" · <i>{w['custom']}</i>" if s.is_custom else "")
        + (f" · <i>{w['new_in_the_2026_fieldbook']}</i>" if s.newer else "") + "</p>",
        f"<p>{escape(s.purpose)}</p>",
        f"<table width='100%' cellpadding='8' style='background:#fff4d6; border:1px solid #b07a00'>"
        f"<tr><td><b>{w['invitation']}</b><br/>{escape(s.invitation)}</td></tr></table>",
        f"<p>{' &nbsp; '.join(facts)}</p>",
    ]
    if s.space:
        parts.append(f"<p><b>{w['space']}:</b> {escape(s.space)}</p>")
    if s.materials:
        parts.append(f"<p><b>{w['materials']}:</b> {escape('; '.join(s.materials))}</p>")
    parts.append(f"<h3>{w['steps']}</h3>")
    parts.append(_steps_table(s, library))
    parts.append(_list(translate("Detail", "Tips"), s.tips))
    parts.append(_list(translate("Detail", "Traps"), s.traps))
    parts.append(_list(translate("Detail", "Variations"), s.variations))
    if s.related:
        links = []
        for ident in s.related:
            other = library.get(ident) if library else None
            label = escape(other.name) if other else escape(ident)
            links.append(f"<a href='structure:{escape(ident)}'>{label}</a>" if other else label)
        parts.append(f"<h3>{w['often_followed_by']}</h3><p>{', '.join(links)}</p>")
    if s.credit:
        parts.append(f"<p style='color:#3b4a5a'><small>{escape(s.credit)}</small></p>")
    return "".join(parts)


def _stages_html(step: Step) -> str:
    """'3 rounds of 10 min, each:' and the stages indented under it, as the card prints them."""
    if not step.stages:
        return ""
    each = minutes_label(step.minutes)
    lead = (translate("Detail", "%1 rounds of %2, each:").replace("%1", str(step.repeat)).replace("%2", each)
            if step.repeat > 1 else translate("Detail", "In stages, %1 in all:").replace("%1", each))
    items = "".join(f"<li><b>{escape(stage.title)}</b> · {minutes_label(stage.minutes)}"
                    + (f"<br/><i>“{escape(stage.say)}”</i>" if stage.say else "") + "</li>"
                    for stage in step.stages)
    return f"<br/><b>{lead}</b><ul style='margin-top:0'>{items}</ul>"


def _steps_table(s: Structure, library: Library | None) -> str:
    w = _words()
    rows = [
        f"<tr style='background:#e8edf2'><th align='left'>{w['when']}</th><th align='left'>{w['step']}</th>"
        f"<th align='left'>{w['time']}</th><th align='left'>{w['groups']}</th></tr>"
    ]
    clock = 0.0
    for number, step in enumerate(s.steps, 1):
        start, clock = clock, clock + step.total_minutes
        time = minutes_label(step.minutes)
        if step.repeat > 1:
            time += f" × {step.repeat}"
        if step.min_minutes is not None or step.max_minutes is not None:
            low = minutes_label(step.min_minutes or step.minutes)
            high = minutes_label(step.max_minutes or step.minutes)
            time += f"<br/><small>({low} – {high})</small>"
        group = configuration_label(step.configuration)
        if step.group_size:
            group += f" ({w['of']} {step.group_size})"
        body = f"<b>{number}. {escape(step.title)}</b>"
        if step.uses:
            inner = library.get(step.uses) if library else None
            name = escape(inner.name) if inner else escape(step.uses)
            body += f"<br/>{w['runs']} <a href='structure:{escape(step.uses)}'>{name}</a>"
        if step.say:
            body += f"<br/><i>{w['say']}: “{escape(step.say)}”</i>"
        if step.notes:
            body += f"<br/><small>{escape(step.notes)}</small>"
        if step.leftovers:
            body += f"<br/><small><b>{w['leftovers']}:</b> {escape(step.leftovers)}</small>"
        body += _stages_html(step)
        rows.append(
            f"<tr><td valign='top'>{offset_label(start, clock)}</td><td valign='top'>{body}</td>"
            f"<td valign='top'>{time}</td><td valign='top'>{escape(group)}</td></tr>"
        )
    return "<table width='100%' cellspacing='0' cellpadding='6' border='0'>" + "".join(rows) + "</table>"
