"""What the presenter's labels say for a moment of the run, as plain functions of the snapshot.

Apart from the presenter so the window's module stays about layout and keys;
the strings keep the PresenterView context, so their translations stay put.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.timing import EngineState, Snapshot
from facilitator.timing.runsheet import StepCue
from facilitator.timing.timeline import TimedStep

translate = QCoreApplication.translate  # literal calls, so pyside6-lupdate finds every string


def where_text(snap: Snapshot) -> str:
    return (translate("PresenterView", "%1 · step %2 of %3").replace("%1", snap.item_title)
            .replace("%2", str(snap.step_index + 1)).replace("%3", str(snap.step_count)))


def step_heading(step: TimedStep) -> str:
    """'Round 2 of 3 — Consultants discuss' for a stage of a round; otherwise the step's title.

    Shown alike on the presenter and the projector, so the room and the
    facilitator always agree on where in the round they are.
    """
    if step.stage and step.rounds > 1:
        return (translate("PresenterView", "Round %1 of %2 — %3").replace("%1", str(step.round))
                .replace("%2", str(step.rounds)).replace("%3", step.stage))
    return step.title


def schedule_text(snap: Snapshot) -> str:
    minutes = round(snap.schedule_delta / 60)
    if minutes > 0:
        return translate("PresenterView", "%1 min behind plan").replace("%1", str(minutes))
    if minutes < 0:
        return translate("PresenterView", "%1 min ahead of plan").replace("%1", str(-minutes))
    return translate("PresenterView", "on time")


def say_text(cue: StepCue) -> str:
    say = (translate("PresenterView", "Say: “%1”").replace("%1", cue.say) if cue.say
           else translate("PresenterView", "(no cue for this step)"))
    return say + "\n" + cue.notes if cue.notes else say


def next_text(snap: Snapshot) -> str:
    nxt = step_heading(snap.next_step) if snap.next_step is not None else snap.next_item_title
    return (translate("PresenterView", "Next: %1").replace("%1", nxt) if nxt
            else translate("PresenterView", "Next: end of the session"))


def prompt_text(snap: Snapshot) -> str:
    if snap.state is EngineState.RUNNING and snap.overrunning:
        return translate("PresenterView", "Time is up — wrap up and press → for the next step.")
    return {EngineState.READY: translate("PresenterView", "Press Space to start."),
            EngineState.PAUSED: translate("PresenterView", "Paused — Space resumes."),
            EngineState.FINISHED: translate("PresenterView", "The session has finished. Thank the room!")
            }.get(snap.state, "")


def toggle_text(state: EngineState) -> str:
    if state is EngineState.RUNNING:
        return translate("PresenterView", "Pause (Space)")
    if state is EngineState.READY:
        return translate("PresenterView", "Start (Space)")
    return translate("PresenterView", "Resume (Space)")
