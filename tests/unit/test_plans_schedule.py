"""Plans on the clock: minutes per item, overrides, repeats, totals, and plans whose structures moved on."""

from __future__ import annotations

import shutil
from datetime import date, datetime, time
from pathlib import Path

import pytest

from facilitator import paths
from facilitator.plans.model import (
    DEFAULT_HARVEST_TAGS,
    ItemKind,
    Plan,
    PlanItem,
    Template,
    apply_template,
    template_from_plan,
)
from facilitator.plans.resolve import item_minutes, plan_warnings, refresh, resolve
from facilitator.plans.schedule import schedule, timed_items
from facilitator.structures.library import Library, load_library


def make_plan(library: Library, *items: PlanItem, start: time | None = time(10, 0),
              available: int | None = None) -> Plan:
    return Plan("Test", date=date(2026, 3, 12), start=start, available_minutes=available, items=list(items))


def s(library: Library, ident: str, **overrides: float) -> PlanItem:
    structure = library.get(ident)
    assert structure is not None
    item = PlanItem.for_structure(structure)
    item.step_minutes = {int(k[1:]): v for k, v in overrides.items()}
    return item


def test_clock_times_from_the_start(library: Library) -> None:
    plan = make_plan(library, s(library, "1-2-4-all"), PlanItem.break_(15),
                     s(library, "triz"), PlanItem.other("Close", 5))
    sched = schedule(plan, library)
    assert [slot.span for slot in sched.slots] == [
        "10:00–10:12", "10:12–10:27", "10:27–11:02", "11:02–11:07"]
    assert sched.slots[0].start == datetime(2026, 3, 12, 10, 0)
    assert sched.end == datetime(2026, 3, 12, 11, 7)
    assert sched.clock_known and sched.total_minutes == 67


def test_half_minute_steps_put_seconds_on_the_clock(library: Library) -> None:
    plan = make_plan(library, s(library, "1-2-4-all", s0=1.5), PlanItem.other("Close", 5))
    assert [slot.span for slot in schedule(plan, library).slots] == ["10:00–10:12:30", "10:12:30–10:17:30"]


def test_without_a_start_time_times_count_from_zero(library: Library) -> None:
    plan = make_plan(library, PlanItem.other("Welcome", 10), s(library, "1-2-4-all"), start=None)
    sched = schedule(plan, library)
    assert not sched.clock_known
    assert [slot.span for slot in sched.slots] == ["00:00–00:10", "00:10–00:22"]
    later = schedule(plan, library, start=datetime(2026, 1, 1, 14, 0))
    assert later.clock_known and later.slots[1].span == "14:10–14:22"


def test_overrides_are_per_run_and_keep_repeats(library: Library) -> None:
    # Impromptu Networking: 1 + 3 × 5 + 4 = 20 min; step 2 at 4 min → 1 + 12 + 4 = 17.
    assert item_minutes(s(library, "impromptu-networking"), library) == 20
    assert item_minutes(s(library, "impromptu-networking", s1=4), library) == 17
    # 25/10: "Mill, pass and score" is 3 min × 5 rounds.
    assert item_minutes(s(library, "25-10-crowd-sourcing"), library) == 32
    assert item_minutes(s(library, "25-10-crowd-sourcing", s3=2), library) == 27
    assert item_minutes(PlanItem.break_(12.5), library) == 12.5


def test_timer_items_agree_with_the_plan(library: Library) -> None:
    plan = make_plan(library, s(library, "impromptu-networking", s1=4), PlanItem.break_(10))
    items = timed_items(plan, library)
    # Each round is two timed turns (the halfway swap), the 4 minutes shared between them.
    assert [(st.title, st.seconds) for st in items[0].steps][1:4] == [
        ("Round 1 of 3 — First person answers", 120), ("Round 1 of 3 — Second person answers", 120),
        ("Round 2 of 3 — First person answers", 120)]
    assert len(items[0].steps) == 1 + 3 * 2 + 1
    assert sum(i.seconds for i in items) == schedule(plan, library).total_seconds == 27 * 60
    assert items[1].title == "Break" and len(items[1].steps) == 1


@pytest.mark.parametrize("available, text, over", [
    (None, "1 h 7 min in all", None),
    (67, "1 h 7 min planned: exactly the time available", 0),
    (60, "1 h 7 min planned: 7 min over the 1 h available", 7),
    (90, "1 h 7 min planned: 23 min to spare in the 1 h 30 min available", -23),
])
def test_total_against_the_time_available(library: Library, available: int | None, text: str,
                                          over: float | None) -> None:
    plan = make_plan(library, s(library, "1-2-4-all"), PlanItem.break_(15), s(library, "triz"),
                     PlanItem.other("Close", 5), available=available)
    sched = schedule(plan, library)
    assert sched.balance_text() == text
    assert sched.over_minutes == over


def test_a_missing_structure_still_opens_with_a_warning(library: Library) -> None:
    gone = PlanItem(kind=ItemKind.STRUCTURE, structure_id="our-check-in", title="Our check-in", minutes=12)
    plan = make_plan(library, gone, s(library, "1-2-4-all"))
    sched = schedule(plan, library)
    assert [slot.span for slot in sched.slots] == ["10:00–10:12", "10:12–10:24"]
    assert sched.slots[0].resolved.missing
    assert sched.warnings == [
        "1. Our check-in: structure 'our-check-in' is no longer in the library; kept as a 12-minute item"]
    items = timed_items(plan, library)
    assert items[0].title == "Our check-in" and items[0].seconds == 720


def test_a_changed_custom_structure_says_what_changed(home: Path) -> None:
    custom = paths.custom_structures_dir()
    source = paths.resource("structures", "1-2-4-all.toml").read_text(encoding="utf-8")
    mine = custom / "my-124.toml"
    mine.write_text(source.replace('id = "1-2-4-all"', 'id = "my-124"')
                    .replace('name = "1-2-4-All"', 'name = "My 1-2-4"'), encoding="utf-8")
    library = load_library()
    item = s(library, "my-124", s3=8)  # step 4 at 8 min: 15 min
    plan = make_plan(library, item)
    refresh(plan, library)
    assert plan.items[0].minutes == 15 and plan_warnings(plan, library) == []

    # The facilitator edits the custom structure: the last step goes, the third gets longer.
    text = mine.read_text(encoding="utf-8")
    text = text[: text.rindex("[[steps]]")].replace("minutes = 4", "minutes = 6")
    mine.write_text(text, encoding="utf-8")
    library = load_library()
    warnings = plan_warnings(plan, library)
    assert warnings[0] == ("1. My 1-2-4: structure 'My 1-2-4' has changed since this plan was made; "
                           "it now has 3 steps and takes 9 min (was 15 min): check the time boxes")
    assert "no step 4 any more (it has 3); that time change is ignored" in warnings[1]
    assert schedule(plan, library).slots[0].span == "10:00–10:09"

    refresh(plan, library)  # the facilitator has seen it and saves
    assert plan_warnings(plan, library) == [] and plan.items[0].step_minutes == {}

    shutil.rmtree(custom)  # and then deletes it
    library = load_library()
    assert plan_warnings(plan, library) == [
        "1. My 1-2-4: structure 'my-124' is no longer in the library; kept as a 9-minute item"]


def test_templates_are_strings_of_structures(library: Library) -> None:
    plan = make_plan(library, PlanItem.other("Welcome", 10), s(library, "impromptu-networking"),
                     PlanItem.break_(15), s(library, "triz"))
    template = template_from_plan(plan, "Opening string")
    assert template.structure_ids == ("impromptu-networking", "triz")
    other = make_plan(library, PlanItem.other("Welcome", 5))
    warnings = apply_template(other, Template("With a gap", ("1-2-4-all", "nope", "triz")), library)
    assert warnings == ["template 'With a gap': structure 'nope' is not in the library; skipped"]
    assert [i.title for i in other.items] == ["Welcome", "1-2-4-All", "TRIZ"]
    apply_template(other, template, library, position=0)
    assert [i.structure_id for i in other.items[:2]] == ["impromptu-networking", "triz"]


def test_duplicate_gives_new_ids_and_defaults(library: Library) -> None:
    plan = make_plan(library, s(library, "1-2-4-all", s0=2))
    copy = plan.duplicate()
    assert copy.title == "Test (copy)" and copy.uuid != plan.uuid
    assert copy.items[0].uuid != plan.items[0].uuid
    copy.items[0].step_minutes[1] = 9
    assert plan.items[0].step_minutes == {0: 2}
    assert plan.harvest_tags == DEFAULT_HARVEST_TAGS
    assert [r.title for r in resolve(plan, library)] == ["1-2-4-All"]
