"""Qt face of a running meeting: signals for views, a tick for clocks, a heartbeat.

Views connect to ``changed`` (something about the meeting changed: repaint what
depends on it) and ``tick`` (time passed: update running clocks only).

While another program holds the database (or the disk is full) the session keeps
changes in memory; ``waiting`` tells the views how many, and a timer writes
them, in order, as soon as the database takes them.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from coprodesk.domain.floor import FloorChange
from coprodesk.session import MeetingSession
from coprodesk.store import devices
from coprodesk.store.errors import StoreError, waiting_kind

TICK_MS = 250  # at least four refreshes a second
HEARTBEAT_MS = 1000  # an open turn's end is never lost by more than this
RETRY_MS = 250  # how often kept changes try the database again...
RETRY_PATIENCE_MS = 5  # ...each time waiting this long at most for the lock
LAST_TRY_PATIENCE_MS = 3000  # leaving the meeting with changes kept: one patient try


class QtSession(QObject):
    changed = Signal()
    floor_changed = Signal(object)  # FloorChange
    tick = Signal()
    problem = Signal(str)  # a write was refused (disk full, locked...): one line for the user
    saved = Signal(object)  # int ms: a change (or the open turn's heartbeat) was committed at this ms
    waiting = Signal(int, str)  # changes not yet on disk, and why ("busy", "full"; "" = none)

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
        # SQLite's count of other programs' commits when the meeting was last read
        self._others: int | None = None
        with contextlib.suppress(StoreError):
            self._others = devices.data_version(session.store)
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.retry)
        self._waiting_said: tuple[int, str] = (0, "")

    @property
    def meeting(self):
        return self.session.meeting

    def notify(self, change: FloorChange | None = None) -> None:
        """Tell every view; call after any change made (and committed) through ``session``."""
        if change is not None and not change.is_noop:
            self.floor_changed.emit(change)
        self.changed.emit()
        if not self.session.unsaved:  # kept for later is not saved
            self.saved.emit(self.session.now_ms())
        self.say_waiting()

    def waiting_state(self) -> tuple[int, str]:
        """(changes not yet on disk, "busy" or "full"; "" when all are saved)."""
        s = self.session
        why = waiting_kind(s.waiting_for) if s.waiting_for is not None else None
        return (s.unsaved, (why or "busy") if s.unsaved else "")

    def say_waiting(self) -> None:
        state = self.waiting_state()
        if state[0] and not self._retry.isActive():
            self._retry.start()
        elif not state[0]:
            self._retry.stop()
        if state != self._waiting_said:
            self._waiting_said = state
            self.waiting.emit(*state)

    def retry(self) -> None:
        """Write the kept changes now if the database takes them (the timer's slot, and the
        banner's "Try now")."""
        try:
            done = self.session.flush_pending(RETRY_PATIENCE_MS)
        except StoreError as exc:  # one can never be written: disk is the truth again
            self.report(exc)
            return
        if done:
            self.notify()  # turns now carry their ids; everything shown is on disk
        else:
            self.say_waiting()

    def report(self, exc: StoreError) -> None:
        """A write was refused: show what is really on disk again, and say why."""
        with contextlib.suppress(StoreError):  # if even reading fails, keep what is shown
            self.session.reload()
        self.changed.emit()
        self.problem.emit(exc.message)

    def _beat(self) -> None:
        self.watch_others()
        if self.session.open_turn is None:
            return
        try:
            self.session.heartbeat()
        except StoreError as exc:
            if waiting_kind(exc) is not None:
                return  # busy or full: the next beat tries again, nothing to say
            if not self._beat_failing:  # say it once, not every second
                self._beat_failing = True
                self.problem.emit(exc.message)
            return
        self._beat_failing = False
        if not self.session.unsaved:  # (the beat is skipped while changes wait)
            self.saved.emit(self.session.now_ms())

    def watch_others(self) -> None:
        """Another program changed the database (a phone's hand through the sharing server,
        `coprodesk share`, an import): read the meeting again and repaint, so what it did
        shows within a second. Not while this window's own changes wait for the disk."""
        try:
            seen = devices.data_version(self.session.store)
        except StoreError:
            return
        if self._others is None or self.session.unsaved:
            self._others = seen if self._others is None else self._others
            return
        if seen == self._others:
            return
        self._others = seen
        try:
            self.session.reload()
        except StoreError:
            return
        self.notify()

    def stop(self) -> None:
        """Leaving the meeting: one last, patient try for changes still kept in memory."""
        self._tick.stop()
        self._heartbeat.stop()
        self._retry.stop()
        if self.session.unsaved:
            try:
                self.session.flush_pending(LAST_TRY_PATIENCE_MS)
            except StoreError as exc:
                self.problem.emit(exc.message)
                return
            if self.session.unsaved:
                n, why = self.session.unsaved, self.session.waiting_for.message
                self.problem.emit((QCoreApplication.translate(
                    "QtSession", "1 change to the meeting could not be saved: {why}") if n == 1
                    else QCoreApplication.translate(
                    "QtSession", "{n} changes to the meeting could not be saved: {why}")
                ).format(n=n, why=why))
