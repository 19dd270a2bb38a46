"""A search box that leaves the window's commands to the window.

On Linux, Qt's line edit claims some Ctrl keys for itself, emacs-style:
Ctrl+D deletes a character and Ctrl+E jumps to the end of the line. With the
search box focused (where the library opens), Star (Ctrl+D) and Edit (Ctrl+E)
then did nothing, though the status bar offers them. This box keeps the keys
it needs for text (copy, cut, paste, select all, and undo/redo while it has
typing to undo) and lets every other Ctrl key that a menu command uses through.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit

_TEXT_KEYS = (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut, QKeySequence.StandardKey.Paste,
              QKeySequence.StandardKey.SelectAll)


class SearchBox(QLineEdit):
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and self.window_command(event):
            event.ignore()  # not ours: Qt goes on to the window's shortcut
            return True
        return super().event(event)

    def window_command(self, event: QKeyEvent) -> bool:
        """True when the key is a menu command's shortcut that the box would otherwise swallow."""
        # Imported here, not at the top: building the Qt namespace costs ~40 ms before the first paint.
        from PySide6.QtCore import Qt

        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        if any(event.matches(key) for key in _TEXT_KEYS):
            return False
        if event.matches(QKeySequence.StandardKey.Undo):
            return not self.isUndoAvailable()
        if event.matches(QKeySequence.StandardKey.Redo):
            return not self.isRedoAvailable()
        pressed = QKeySequence(event.keyCombination())
        return any(pressed in action.shortcuts() for action in self.window().findChildren(QAction)
                   if action.isEnabled())
