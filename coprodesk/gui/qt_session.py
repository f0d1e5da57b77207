"""Qt face of a running meeting: signals for views, a tick for clocks, a heartbeat.

Views connect to ``changed`` (something about the meeting changed: repaint what
depends on it) and ``tick`` (time passed: update running clocks only).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from coprodesk.domain.floor import FloorChange
from coprodesk.session import MeetingSession

TICK_MS = 250  # at least four refreshes a second
HEARTBEAT_MS = 1000  # an open turn's end is never lost by more than this


class QtSession(QObject):
    changed = Signal()
    floor_changed = Signal(object)  # FloorChange
    tick = Signal()

    def __init__(self, session: MeetingSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.tick)
        self._tick.start()
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self.session.heartbeat)
        self._heartbeat.start()

    @property
    def meeting(self):
        return self.session.meeting

    def notify(self, change: FloorChange | None = None) -> None:
        """Tell every view; call after any change made through ``session``."""
        if change is not None and not change.is_noop:
            self.floor_changed.emit(change)
        self.changed.emit()

    def stop(self) -> None:
        self._tick.stop()
        self._heartbeat.stop()
