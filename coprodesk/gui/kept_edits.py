"""Edits the database refused for the moment (another program holds it, the disk is full):
kept in order, said, and written as soon as the database takes them.

Why: the run view's floor changes already wait in ``MeetingSession`` while the database is
busy; the editor's fields and the decision panel write straight through the store, and a
refused write used to leave only a message, while the next refresh put the old text back
in the box. Here such an edit waits instead (a later edit of the same field replaces it),
the box keeps what was typed, one sentence says so, and a timer tries again every
``RETRY_MS`` (waiting ``RETRY_PATIENCE_MS`` at most, so the window never stalls); a later
edit joins the queue behind the waiting ones, so they land in the order they were made.
The session's own queue is not reused: the editor has no session, and the session's queue
replays floor changes onto its in-memory meeting, which field edits do not need.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import QObject, QTimer, Signal

from coprodesk.store.connection import Store
from coprodesk.store.errors import StoreError, waiting_kind

FIRST_TRY_MS = 250  # the window's own busy timeout: an edit waits this long once...
RETRY_MS = 250  # ...then it is tried again this often...
RETRY_PATIENCE_MS = 5  # ...each time waiting this long at most for the lock


class KeptEdits(QObject):
    waiting = Signal(int, str)  # edits not yet written and why (the store's sentence; 0, "": none)
    refused = Signal(str)  # a kept edit could never be written (not busy, not full): why

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._edits: list[tuple[Hashable | None, Callable[[], object]]] = []
        self.why = ""
        self._said: tuple[int, str] = (0, "")
        self._timer = QTimer(self)
        self._timer.setInterval(RETRY_MS)
        self._timer.timeout.connect(self.retry)

    @property
    def count(self) -> int:
        return len(self._edits)

    def keeps(self, key: Hashable) -> bool:
        """Whether an edit of ``key`` (a field) is waiting."""
        return any(k == key for k, _ in self._edits)

    def run(self, key: Hashable | None, write: Callable[[], object]) -> bool:
        """Write now (True), or keep ``write`` for later (False) when the database is busy
        or the disk full, or edits are already waiting. Any other refusal is raised."""
        if self._edits:
            self._keep(key, write)
            return False
        try:
            with self.store.patience(FIRST_TRY_MS):
                write()
        except StoreError as exc:
            if waiting_kind(exc) is None:
                raise
            self.why = exc.message
            self._keep(key, write)
            return False
        return True

    def _keep(self, key: Hashable | None, write: Callable[[], object]) -> None:
        place = next((n for n, (k, _) in enumerate(self._edits) if key is not None and k == key),
                     None)
        if place is None:
            self._edits.append((key, write))
        else:  # the newer text of the same field replaces the older one, in its place
            self._edits[place] = (key, write)
        self._timer.start()
        self._say()

    def _say(self) -> None:
        state = (len(self._edits), self.why if self._edits else "")
        if state != self._said:
            self._said = state
            self.waiting.emit(*state)

    def drop(self) -> None:
        """Forget what waits (the user quits without it): nothing is tried again."""
        self._edits.clear()
        self._timer.stop()
        self._say()

    def retry(self) -> bool:
        """Write what waits, oldest first; True when nothing is left waiting."""
        try:
            with self.store.patience(RETRY_PATIENCE_MS):
                while self._edits:
                    self._edits[0][1]()
                    self._edits.pop(0)
        except StoreError as exc:
            if waiting_kind(exc) is not None:
                self.why = exc.message
                self._say()
                return False
            self._edits.clear()  # never tried again and again: said once
            self._timer.stop()
            self._say()
            self.refused.emit(exc.message)
            return False
        self._timer.stop()
        self._say()
        return True
