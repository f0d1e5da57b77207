"""The one undo command pattern: a change written once, undone and redone through the store.

The user's change is written (and committed) first, so a screen never waits for the undo
machinery and a change the store refuses is never pushed. ``QUndoStack.push`` then calls
``redo`` once: that first call does nothing. Later ``undo``/``redo`` write ``revert``/
``apply`` again; if the store refuses one (locked, disk full, signed meanwhile) the command
leaves the stack (``setObsolete``) and ``refused`` says why, so the history only ever holds
changes that happened and nobody meets a silent failure.

Undo never crosses a signature: before each later write the command reads its meeting's
record as the store has it now (``record``) and compares it with what its last write left.
Minutes certified since (in this app or by ``coprodesk export --sign`` in another process),
or the meeting closed or reopened outside this history, refuse the write with
``RecordCrossed``; the window then ends that meeting's history (``gui/editing``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtGui import QUndoCommand

from coprodesk.gui.editing import crossings
from coprodesk.store.errors import StoreError

if TYPE_CHECKING:
    from coprodesk.domain.lifecycle import RecordState
    from coprodesk.store.connection import Store


class RecordCrossed(StoreError):
    """An undo or redo refused: the meeting's record was signed (``crossing`` "signed"),
    closed or reopened after the change. Nothing of its history before that is undone."""

    WORDS: ClassVar[dict[str, str]] = {
        "signed": "the minutes of this meeting were signed after this change; undo never "
                  "changes a signed record",
        "closed": "the meeting was closed after this change; undo does not change a closed "
                  "record",
        "reopened": "the meeting was reopened after this change; what came before is no "
                    "longer undone"}

    def __init__(self, path: Path | str, meeting_id: int, crossing: str) -> None:
        super().__init__(path, self.WORDS[crossing])
        self.meeting_id, self.crossing = meeting_id, crossing


class WriteFirstCommand(QUndoCommand):
    """Subclasses write in ``apply``/``revert``, say a refusal in ``refused`` and repaint in
    ``settled`` (called after every later write, refused or not). A command whose first
    write is the push itself (the run view's ``SessionCommand``) sets
    ``WRITTEN_BEFORE_PUSH`` False: push's ``redo`` then writes, refusals alike."""

    WRITTEN_BEFORE_PUSH = True

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.skip_next_redo = self.WRITTEN_BEFORE_PUSH
        self._written = False  # a first write done: every later one is an undo or a redo
        self._seen: RecordState | None = None  # the meeting's record as the last write left it

    def record(self) -> tuple[Store, int] | None:
        """The store and meeting whose record this command changes (None: none, or not yet)."""
        return None

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
            self._wrote()
            return
        self._run(self.apply)

    def undo(self) -> None:
        self._run(self.revert)

    def _run(self, write: Callable[[], object]) -> None:
        try:
            if self._written:
                self._check_record()
            write()
        except RecordCrossed as exc:  # said (and the history ended) by the window
            self.setObsolete(True)
            crossings().crossed.emit(exc)
            self.settled(False)
            return
        except StoreError as exc:
            self.setObsolete(True)
            self.refused(exc)
            self.settled(False)
            return
        self._wrote()
        self.settled(True)

    def _look(self) -> RecordState | None:
        from coprodesk.store.signing import record_state

        where = self.record()
        if where is None:
            return None
        try:
            return record_state(*where)
        except StoreError:
            return None  # not known: a later undo refuses only a signed record

    def _wrote(self) -> None:
        self._written = True
        self._seen = self._look()

    def _check_record(self) -> None:
        """Refuse (``RecordCrossed``) when the store's record is no longer the one this
        command's last write left: signed since, closed or reopened outside this history."""
        from coprodesk.domain.lifecycle import crossing

        where = self.record()
        if where is None:
            return
        why = crossing(self._seen, self._look())
        if why is not None:
            raise RecordCrossed(where[0].path, where[1], why)
