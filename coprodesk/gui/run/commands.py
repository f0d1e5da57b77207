"""Undo commands for the other run-view changes: agenda steps, "+5 min", hands,
attendance and the queue policy. Each writes through ``MeetingSession`` in
``redo`` and restores the earlier state (on disk too) in ``undo``.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from coprodesk.domain.floor import FloorChange
from coprodesk.domain.model import HandKind, QueuePolicy, Turn
from coprodesk.gui.qt_session import QtSession, guarded


def _closed_now(qt: QtSession, open_before: Turn | None) -> FloorChange:
    """The pause an action made, found by the turn that was open before it."""
    if open_before is None:
        return FloorChange()
    closed = next((t for t in qt.session.meeting.turns
                   if t.participant_id == open_before.participant_id
                   and t.start_ms == open_before.start_ms and not t.is_open), None)
    return FloorChange(closed, None) if closed is not None else FloorChange()


class GotoItemCommand(QUndoCommand):
    """Move to another agenda item: the floor pauses, the current item ends."""

    def __init__(self, qt: QtSession, item_id: int, text: str) -> None:
        super().__init__(text)
        self.qt, self.item_id = qt, item_id
        self.items_before = qt.session.meeting.items
        self.pause = FloorChange()

    @guarded
    def redo(self) -> None:
        s = self.qt.session
        self.items_before = s.meeting.items
        open_before = s.open_turn
        s.goto_item(self.item_id)
        self.pause = _closed_now(self.qt, open_before)
        self.qt.notify(self.pause)

    @guarded
    def undo(self) -> None:
        s = self.qt.session
        s.restore_items(self.items_before)
        if not self.pause.is_noop:
            s.undo_floor(self.pause)
        self.qt.notify()


class ExtendItemCommand(QUndoCommand):
    def __init__(self, qt: QtSession, item_id: int, extra_s: int, take_from: tuple[int, ...],
                 text: str) -> None:
        super().__init__(text)
        self.qt, self.item_id, self.extra_s, self.take_from = qt, item_id, extra_s, take_from
        self.items_before = qt.session.meeting.items
        self.changed: dict[int, int] = {}

    @guarded
    def redo(self) -> None:
        self.items_before = self.qt.session.meeting.items
        self.changed = self.qt.session.extend_item(self.item_id, self.extra_s, self.take_from)
        self.qt.notify()

    @guarded
    def undo(self) -> None:
        self.qt.session.restore_items(self.items_before)
        self.qt.notify()


class HandCommand(QUndoCommand):
    """Raise a hand (of a kind) or, with ``kind`` None, lower it."""

    def __init__(self, qt: QtSession, participant_id: int, kind: HandKind | None, text: str) -> None:
        super().__init__(text)
        self.qt, self.pid, self.kind = qt, participant_id, kind
        self.before = None

    @guarded
    def redo(self) -> None:
        s = self.qt.session
        self.before = next((h for h in s.meeting.hands if h.participant_id == self.pid), None)
        if self.kind is None:
            s.lower_hand(self.pid)
        else:
            s.raise_hand(self.pid, self.kind)
        self.qt.notify()

    @guarded
    def undo(self) -> None:
        s = self.qt.session
        if self.before is None:
            s.lower_hand(self.pid)
        else:
            s.restore_hand(self.before)
        self.qt.notify()


class AttendanceCommand(QUndoCommand):
    """Mark someone as arrived or gone now; fair shares follow presence."""

    def __init__(self, qt: QtSession, participant_id: int, present: bool, text: str) -> None:
        super().__init__(text)
        self.qt, self.pid, self.present = qt, participant_id, present
        self.presence_before: tuple = ()
        self.hand_before = None
        self.pause = FloorChange()

    @guarded
    def redo(self) -> None:
        s = self.qt.session
        p = s.meeting.participant(self.pid)
        self.presence_before = p.presence
        self.hand_before = next((h for h in s.meeting.hands if h.participant_id == self.pid), None)
        open_before = s.open_turn
        s.set_present(self.pid, self.present)
        self.pause = _closed_now(self.qt, open_before)
        self.qt.notify(self.pause)

    @guarded
    def undo(self) -> None:
        s = self.qt.session
        s.restore_presence(self.pid, self.presence_before)
        if not self.pause.is_noop:
            s.undo_floor(self.pause)
        if self.hand_before is not None:
            s.restore_hand(self.hand_before)
        self.qt.notify()


class PolicyCommand(QUndoCommand):
    def __init__(self, qt: QtSession, policy: QueuePolicy, text: str) -> None:
        super().__init__(text)
        self.qt, self.policy = qt, policy
        self.before = qt.session.meeting.queue_policy

    @guarded
    def redo(self) -> None:
        self.before = self.qt.session.meeting.queue_policy
        self.qt.session.set_policy(self.policy)
        self.qt.notify()

    @guarded
    def undo(self) -> None:
        self.qt.session.set_policy(self.before)
        self.qt.notify()


class EndMeetingCommand(QUndoCommand):
    """End meeting: the floor pauses, open items end, the meeting closes. Undo (right after
    a mistaken press) runs it again as it was; later, Reopen… records why instead."""

    def __init__(self, qt: QtSession, text: str) -> None:
        super().__init__(text)
        self.qt = qt
        self.change = FloorChange()
        self.items_before = qt.session.meeting.items

    @guarded
    def redo(self) -> None:
        self.change, self.items_before = self.qt.session.close_meeting()
        self.qt.notify(self.change)

    @guarded
    def undo(self) -> None:
        self.qt.session.undo_close(self.change, self.items_before)
        self.qt.notify()
