"""Where undo commands run: one undo history per meeting and one for the list of meetings.

Apart from the commands (``gui/undo``) because the window needs the histories at start-up
(Undo and Redo are in its menus) but no command until the first edit.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QUndoGroup, QUndoStack

from coprodesk.store.connection import Store
from coprodesk.store.errors import StoreError

if TYPE_CHECKING:
    from coprodesk.gui.undo import SetField, StoreCommand

LIBRARY = 0  # the undo history of the list of meetings itself (a duplicate made there)


class Crossings(QObject):
    """Where a refused undo says that its meeting's record was crossed (a
    ``write_first.RecordCrossed``): a command does not know which history holds it, the
    window's ``Editing`` does, and ends that history once the undo has returned."""

    crossed = Signal(object)


_crossings: Crossings | None = None


def crossings() -> Crossings:
    global _crossings
    if _crossings is None:
        _crossings = Crossings()
    return _crossings


class Editing(QObject):
    """Runs undo commands against the store and tells views what changed.

    Each meeting has its own undo history, and so has the list of meetings: Ctrl+Z in
    one meeting never reaches into another (a floor change of the meeting run this
    morning is not undone from this afternoon's agenda). The ``group`` makes the
    history of the page on screen the active one."""

    changed = Signal(int)  # meeting id whose content changed (0: the list of meetings)
    saved = Signal(str)  # local time of the last write, "14:32"
    failed = Signal(str)  # one-line message for the user
    # an undo or redo refused, and the meeting's history ended: (meeting id, "signed",
    # "closed" or "reopened": what happened to its record after the change)
    crossed = Signal(int, str)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.group = QUndoGroup(self)
        self._stacks: dict[int, QUndoStack] = {}
        # Whose history the list of meetings shows: its own, or, just after a new meeting's
        # creation was undone, that meeting's (so that Redo brings it back from the list).
        self.list_history = LIBRARY
        self._kept = None  # field edits waiting for a busy database (KeptEdits), on first use
        self._waiting_said = False
        self.activate(LIBRARY)
        # queued: the history is cleared after the refused undo has returned, never inside it
        crossings().crossed.connect(self._crossed, Qt.ConnectionType.QueuedConnection)

    def stack_for(self, meeting_id: int) -> QUndoStack:
        """The undo history of ``meeting_id`` (LIBRARY: the list of meetings)."""
        stack = self._stacks.get(meeting_id)
        if stack is None:
            stack = self._stacks[meeting_id] = QUndoStack(self.group)
        return stack

    @property
    def stack(self) -> QUndoStack:
        """The history of what is on screen: the one Ctrl+Z works on."""
        return self.group.activeStack()

    def activate(self, meeting_id: int) -> None:
        if meeting_id == LIBRARY:
            meeting_id = self.list_history
        else:
            self.list_history = LIBRARY
        self.group.setActiveStack(self.stack_for(meeting_id))

    def forget(self, meeting_id: int) -> None:
        """Drop a deleted or replaced meeting's history, and the list's (whose commands
        may refer to it): nothing left to undo may point at rows that are gone."""
        for key in (meeting_id, LIBRARY):
            stack = self._stacks.get(key)
            if stack is not None:
                stack.clear()

    def end_history(self, meeting_id: int) -> None:
        """Nothing done before now in ``meeting_id`` can be undone or redone any more: its
        minutes were certified, or its record was signed, closed or reopened meanwhile."""
        stack = self._stacks.get(meeting_id)
        if stack is not None:
            stack.clear()

    def _crossed(self, refusal) -> None:
        if refusal.path != self.store.path:
            return  # another window's database
        self.end_history(refusal.meeting_id)
        self.crossed.emit(refusal.meeting_id, refusal.crossing)

    def push(self, command: StoreCommand) -> bool:
        """Do ``command`` now; True when it was written and is on the undo stack, or (a field
        edit the database refuses for the moment: busy, disk full) kept to be written as
        soon as it can (``kept``): the box keeps what was typed, and that is said once."""
        from coprodesk.gui.undo import SetField  # loaded with the command itself

        if isinstance(command, SetField):
            return self._push_field(command)
        if self._kept is not None and self._kept.count and not self._kept.retry():
            self.failed.emit(self._kept.why)  # behind edits still waiting: not done, said
            return False
        try:
            command.apply()
        except StoreError as exc:
            self.failed.emit(exc.message)
            return False
        self._pushed(command)
        return True

    def _pushed(self, command: StoreCommand) -> None:
        self.stack_for(command.scope).push(command)
        if command.scope == LIBRARY:
            self.list_history = LIBRARY
        self.notify(command.meeting_id)

    def _push_field(self, command: SetField) -> bool:
        def write() -> None:
            command.apply()
            self._pushed(command)

        try:
            self.kept.run(command.key, write)  # written now, or kept: either way accepted
        except StoreError as exc:
            self.failed.emit(exc.message)
            return False
        return True

    @property
    def kept(self):
        """Field edits waiting for the database (``gui/kept_edits``), made on first use."""
        if self._kept is None:
            from coprodesk.gui.kept_edits import KeptEdits  # not at start: only when needed

            self._kept = KeptEdits(self.store, self)
            self._kept.waiting.connect(self._say_waiting)
            self._kept.refused.connect(self.failed)
        return self._kept

    def keeps(self, key: tuple) -> bool:
        """Whether an edit of the field ``key`` waits for the database (its box is the truth)."""
        return self._kept is not None and self._kept.keeps(key)

    def _say_waiting(self, count: int, why: str) -> None:
        if count and not self._waiting_said:
            self.failed.emit(self.tr("Not saved yet: %1. What you typed is kept and saved as "
                                     "soon as the database is free.").replace("%1", why))
        self._waiting_said = bool(count)

    def notify(self, meeting_id: int) -> None:
        self.saved.emit(datetime.now().strftime("%H:%M"))
        self.changed.emit(meeting_id)
