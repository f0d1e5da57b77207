"""The one undo command pattern: a change written once, undone and redone through the store.

The user's change is written (and committed) first, so a screen never waits for the undo
machinery and a change the store refuses is never pushed. ``QUndoStack.push`` then calls
``redo`` once: that first call does nothing. Later ``undo``/``redo`` write ``revert``/
``apply`` again; if the store refuses one (locked, disk full, signed meanwhile) the command
leaves the stack (``setObsolete``) and ``refused`` says why, so the history only ever holds
changes that happened and nobody meets a silent failure.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from coprodesk.store.errors import StoreError


class WriteFirstCommand(QUndoCommand):
    """Subclasses write in ``apply``/``revert``, say a refusal in ``refused`` and repaint in
    ``settled`` (called after every later write, refused or not). A command whose first
    write is the push itself (the run view's ``SessionCommand``) sets
    ``WRITTEN_BEFORE_PUSH`` False: push's ``redo`` then writes, refusals alike."""

    WRITTEN_BEFORE_PUSH = True

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.skip_next_redo = self.WRITTEN_BEFORE_PUSH

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def refused(self, exc: StoreError) -> None:
        """Say why a write was refused (the command is already off the stack)."""

    def settled(self, written: bool) -> None:
        """After a later write, whether it was ``written`` or refused."""

    def redo(self) -> None:
        if self.skip_next_redo:
            self.skip_next_redo = False
            return
        self._run(self.apply)

    def undo(self) -> None:
        self._run(self.revert)

    def _run(self, write: Callable[[], object]) -> None:
        try:
            write()
        except StoreError as exc:
            self.setObsolete(True)
            self.refused(exc)
            self.settled(False)
            return
        self.settled(True)
