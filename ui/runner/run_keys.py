"""The keys of a running session: one table that the presenter, its help overlay, the README and a test read.

Why an event filter and not QShortcuts: Qt offers a key to the focused widget
first, so a head-count box took Space and −, the agenda took the arrows, and
the run keys only worked while the clock had focus. The filter sees every key
pressed anywhere in the presenter (and on the projector) before the focused
widget does. Only the notes box keeps the keys that type or move the cursor;
keys with Ctrl, F1 and Esc work there too.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

TAG_KEYS = 9  # Ctrl+1 … Ctrl+9: the first nine harvest tags of the plan

# (key as QKeySequence's portable text, action, what it does). The presenter has one
# handler per action; a handler that returns False leaves the key to the focused widget.
# QT_TRANSLATE_NOOP returns its text unchanged; PySide's stubs call that an object.
RUN_KEYS = cast(tuple[tuple[str, str, str], ...], (
    ("Space", "toggle", QT_TRANSLATE_NOOP("RunKeys", "Start, pause or resume the timer")),
    ("Right", "next", QT_TRANSLATE_NOOP("RunKeys", "Next step")),
    ("Left", "back", QT_TRANSLATE_NOOP("RunKeys", "Back one step")),
    ("+", "plus", QT_TRANSLATE_NOOP("RunKeys", "One minute more for this step")),
    ("=", "plus", QT_TRANSLATE_NOOP("RunKeys", "One minute more (the + key without Shift)")),
    ("-", "minus", QT_TRANSLATE_NOOP("RunKeys", "One minute less for this step")),
    ("P", "projector", QT_TRANSLATE_NOOP("RunKeys", "Show or hide the projector view (Esc leaves its full screen)")),
    ("F8", "swap", QT_TRANSLATE_NOOP("RunKeys", "Swap the presenter and projector screens (remembered for these screens)")),
    ("G", "groups", QT_TRANSLATE_NOOP("RunKeys", "Random groups from the names in the room")),
    ("L", "wall", QT_TRANSLATE_NOOP("RunKeys", "Show or hide the random groups on the projector (until the step ends)")),
    ("M", "mute", QT_TRANSLATE_NOOP("RunKeys", "Mute or unmute the chime")),
    ("R", "round", QT_TRANSLATE_NOOP("RunKeys", "Open the SDMI round screen (on an SDMI item)")),
    *((f"Ctrl+{n}", f"tag{n}", QT_TRANSLATE_NOOP("RunKeys", "Harvest tag %1 on or off for this step's note"))
      for n in range(1, TAG_KEYS + 1)),
    ("Esc", "run", QT_TRANSLATE_NOOP("RunKeys", "Back to the run from the notes, the agenda or a box")),
    ("Return", "enter", QT_TRANSLATE_NOOP("RunKeys", "In the head count or chime box: done, back to the run; "
                                                     "on a focused button: press it")),
    ("Ctrl+Q", "quit", QT_TRANSLATE_NOOP("RunKeys", "Quit Facilitator (it asks first; the run is kept)")),
    ("?", "help", QT_TRANSLATE_NOOP("RunKeys", "Show these keys")),
    ("F1", "help", QT_TRANSLATE_NOOP("RunKeys", "Show these keys")),
))

_SHOWN = {"Right": "→", "Left": "←", "-": "−", "Return": "Enter"}
_LOOSE = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.GroupSwitchModifier
_COMMAND = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
_ACTIONS = {QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText): action for key, action, _ in RUN_KEYS}


def key_label(key: str) -> str:
    """How a key is written for people (help overlay, README): arrows and a real minus sign."""
    return _SHOWN.get(key, key)


def describe(key: str, text: str, tags: tuple[str, ...] = ()) -> str:
    """The translated description; a tag key names its tag when the plan has one."""
    described = QCoreApplication.translate("RunKeys", text)
    if key.startswith("Ctrl+") and key[5:].isdigit():
        number = int(key[5:])
        return described.replace("%1", f"“{tags[number - 1]}”" if number <= len(tags) else str(number))
    return described


def action_for(event: QKeyEvent, typing: bool) -> str | None:
    """The run action of a key press; ``typing``: the notes box has focus and keeps its keys."""
    key = Qt.Key(event.key())
    if key == Qt.Key.Key_Enter:
        key = Qt.Key.Key_Return
    modifiers = event.modifiers() & ~_LOOSE
    if typing and not modifiers & _COMMAND and key not in (Qt.Key.Key_Escape, Qt.Key.Key_F1):
        return None
    text = QKeySequence(QKeyCombination(modifiers, key)).toString(QKeySequence.SequenceFormat.PortableText)
    return _ACTIONS.get(text)


class RunKeyFilter(QObject):
    """Turns key presses in the watched windows into run actions, whoever has focus."""

    def __init__(self, handlers: Mapping[str, Callable[[], bool | None]], typing: QWidget,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        missing = {action for _, action, _ in RUN_KEYS} - set(handlers)
        if missing:
            raise ValueError(f"no handler for run keys: {sorted(missing)}")
        self.handlers, self.typing = handlers, typing
        self.foreign: set[QWidget] = set()

    def watch(self, window: QWidget, foreign: bool = False) -> None:
        """Filter ``window`` and every widget in it; a foreign window (the projector) keeps its own Esc."""
        for widget in (window, *window.findChildren(QWidget)):
            widget.installEventFilter(self)
        if foreign:
            self.foreign.add(window)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QKeyEvent)
        # The focused widget, not ``watched``: a key the notes box ignores (→ at the end of
        # the text) travels on to its parents and must not turn into "next step" there.
        focus = QApplication.focusWidget() or watched
        typing = focus is self.typing or self.typing.isAncestorOf(focus)
        action = action_for(event, typing)
        if action is None or (action == "run" and watched.window() in self.foreign):
            return False
        return self.handlers[action]() is not False
