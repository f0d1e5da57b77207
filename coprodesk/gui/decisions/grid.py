"""The stance grid's own keys: a digit picks a stance, Enter types a reason, Delete clears."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTableView

from coprodesk.gui.run import physical_keys

K = Qt.Key
M = Qt.KeyboardModifier


class StanceGrid(QTableView):
    """One row per person. Its keys are its own, read from the physical key so that every
    layout picks the same stance: 1 … 9 the scale's options, 0 "not given" (the number pad
    too); Enter or F2 the reason; Delete or Backspace clears; Esc leaves the grid (no trap).
    Space keeps its usual meaning here, so the run view's pause does not take it
    (``OWN_KEYS``, read by ``gui/run/keys``)."""

    stance_key = Signal(int)  # the digit pressed
    reason_key = Signal()
    clear_key = Signal()
    OWN_KEYS = ((M.NoModifier, K.Key_Space), (M.NoModifier, K.Key_Escape))

    def keyPressEvent(self, event) -> None:
        mods = event.modifiers() & ~M.KeypadModifier
        key = event.key()
        if key == K.Key_Escape and mods == M.NoModifier:
            self.focusNextChild()  # as Tab does
            return
        pressed = physical_keys.digit_of(event)
        if pressed is not None and self.currentIndex().isValid():
            if not pressed.shift:
                self.stance_key.emit(pressed.digit)
            return  # Shift+digit: nothing here (not a stance, not the view's hand key)
        if mods == M.NoModifier and self.currentIndex().isValid():
            if key in (K.Key_Return, K.Key_Enter, K.Key_F2):
                self.reason_key.emit()
                return
            if key in (K.Key_Delete, K.Key_Backspace):
                self.clear_key.emit()
                return
        super().keyPressEvent(event)
