"""Qt face of a running meeting: signals for views, a tick for clocks, a heartbeat.

Views connect to ``changed`` (something about the meeting changed: repaint what
depends on it) and ``tick`` (time passed: update running clocks only).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from functools import wraps

from PySide6.QtCore import QObject, QTimer, Signal

from coprodesk.domain.floor import FloorChange
from coprodesk.session import MeetingSession
from coprodesk.store.errors import StoreError

TICK_MS = 250  # at least four refreshes a second
HEARTBEAT_MS = 1000  # an open turn's end is never lost by more than this


class QtSession(QObject):
    changed = Signal()
    floor_changed = Signal(object)  # FloorChange
    tick = Signal()
    problem = Signal(str)  # a write was refused (disk full, locked...): one line for the user
    saved = Signal(object)  # int ms: a change (or the open turn's heartbeat) was committed at this ms

    def __init__(self, session: MeetingSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.tick)
        self._tick.start()
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self._beat)
        self._heartbeat.start()
        self._beat_failing = False

    @property
    def meeting(self):
        return self.session.meeting

    def notify(self, change: FloorChange | None = None) -> None:
        """Tell every view; call after any change made (and committed) through ``session``."""
        if change is not None and not change.is_noop:
            self.floor_changed.emit(change)
        self.changed.emit()
        self.saved.emit(self.session.now_ms())

    def report(self, exc: StoreError) -> None:
        """A write was refused: show what is really on disk again, and say why."""
        with contextlib.suppress(StoreError):  # if even reading fails, keep what is shown
            self.session.reload()
        self.changed.emit()
        self.problem.emit(exc.message)

    def _beat(self) -> None:
        if self.session.open_turn is None:
            return
        try:
            self.session.heartbeat()
        except StoreError as exc:
            if not self._beat_failing:  # say it once, not every second
                self._beat_failing = True
                self.problem.emit(exc.message)
            return
        self._beat_failing = False
        self.saved.emit(self.session.now_ms())

    def stop(self) -> None:
        self._tick.stop()
        self._heartbeat.stop()


def guarded(method: Callable[..., None]) -> Callable[..., None]:
    """For the running meeting's undo commands (which have ``self.qt``): a write the store
    refuses drops the command from the undo stack (``setObsolete``) and is reported, so the
    stack never holds a change that did not happen and nobody meets a silent failure."""
    @wraps(method)
    def run(self, *args) -> None:
        try:
            method(self, *args)
        except StoreError as exc:
            self.setObsolete(True)
            self.qt.report(exc)
    return run
