"""Undo commands for the other run-view changes: agenda steps, "+5 min", hands,
attendance and the queue policy. Each is a ``SessionCommand``: it keeps what it is about
to change (``save``), writes through ``MeetingSession`` (``change``) when pushed, and
puts the kept state back, on disk too, on undo (``restore``).
"""

from __future__ import annotations

from typing import Any

from coprodesk.domain.floor import FloorChange
from coprodesk.domain.model import AttendanceMode, Hand, HandKind, QueuePolicy, Turn
from coprodesk.gui.qt_session import QtSession
from coprodesk.gui.write_first import WriteFirstCommand
from coprodesk.store.connection import Store
from coprodesk.store.errors import StoreError


def _closed_now(qt: QtSession, open_before: Turn | None) -> FloorChange:
    """The pause an action made, found by the turn that was open before it."""
    if open_before is None:
        return FloorChange()
    closed = next((t for t in qt.session.meeting.turns
                   if t.participant_id == open_before.participant_id
                   and t.start_ms == open_before.start_ms and not t.is_open), None)
    return FloorChange(closed, None) if closed is not None else FloorChange()


class SessionCommand(WriteFirstCommand):
    """A change to the running meeting, written when pushed (``QUndoStack.push`` calls
    ``redo``): ``save`` returns the state it changes, ``change`` writes (returning the
    floor change it made, if any), ``restore`` writes the saved state back. A refused
    write leaves the stack and is reported, as for every ``WriteFirstCommand``."""

    WRITTEN_BEFORE_PUSH = False

    def __init__(self, qt: QtSession, text: str) -> None:
        super().__init__(text)
        self.qt = qt
        self.before: Any = None

    def save(self) -> Any:
        return None

    def change(self) -> FloorChange | None:
        raise NotImplementedError

    def restore(self, before: Any) -> None:
        raise NotImplementedError

    def apply(self) -> None:
        self.before = self.save()
        self.qt.notify(self.change())

    def revert(self) -> None:
        self.restore(self.before)
        self.qt.notify()

    def record(self) -> tuple[Store, int]:
        return self.qt.session.store, self.qt.session.meeting_id

    def refused(self, exc: StoreError) -> None:
        self.qt.report(exc)


class _ItemsCommand(SessionCommand):
    """A change to the agenda items' state; undo puts the items back as they were."""

    def save(self) -> Any:
        return self.qt.session.meeting.items

    def restore(self, before: Any) -> None:
        self.qt.session.restore_items(before)


class GotoItemCommand(_ItemsCommand):
    """Move to another agenda item: the floor pauses, the current item ends."""

    def __init__(self, qt: QtSession, item_id: int, text: str) -> None:
        super().__init__(qt, text)
        self.item_id = item_id
        self.pause = FloorChange()

    def change(self) -> FloorChange:
        s = self.qt.session
        open_before = s.open_turn
        s.goto_item(self.item_id)
        self.pause = _closed_now(self.qt, open_before)
        return self.pause

    def restore(self, before: Any) -> None:
        super().restore(before)
        if not self.pause.is_noop:
            self.qt.session.undo_floor(self.pause)


class ExtendItemCommand(_ItemsCommand):
    def __init__(self, qt: QtSession, item_id: int, extra_s: int, take_from: tuple[int, ...],
                 text: str) -> None:
        super().__init__(qt, text)
        self.item_id, self.extra_s, self.take_from = item_id, extra_s, take_from
        self.changed: dict[int, int] = {}

    def change(self) -> None:
        self.changed = self.qt.session.extend_item(self.item_id, self.extra_s, self.take_from)


def _hand_of(qt: QtSession, participant_id: int) -> Hand | None:
    return next((h for h in qt.session.meeting.hands if h.participant_id == participant_id), None)


class HandCommand(SessionCommand):
    """Raise a hand (of a kind) or, with ``kind`` None, lower it."""

    def __init__(self, qt: QtSession, participant_id: int, kind: HandKind | None, text: str) -> None:
        super().__init__(qt, text)
        self.pid, self.kind = participant_id, kind

    def save(self) -> Any:
        return _hand_of(self.qt, self.pid)

    def change(self) -> None:
        if self.kind is None:
            self.qt.session.lower_hand(self.pid)
        else:
            self.qt.session.raise_hand(self.pid, self.kind)

    def restore(self, before: Any) -> None:
        if before is None:
            self.qt.session.lower_hand(self.pid)
        else:
            self.qt.session.restore_hand(before)


class AttendanceCommand(SessionCommand):
    """Mark someone as arrived or gone now; fair shares follow presence."""

    def __init__(self, qt: QtSession, participant_id: int, present: bool, text: str) -> None:
        super().__init__(qt, text)
        self.pid, self.present = participant_id, present
        self.pause = FloorChange()

    def save(self) -> Any:
        return self.qt.session.meeting.participant(self.pid).presence, _hand_of(self.qt, self.pid)

    def change(self) -> FloorChange:
        s = self.qt.session
        open_before = s.open_turn
        s.set_present(self.pid, self.present)
        self.pause = _closed_now(self.qt, open_before)
        return self.pause

    def restore(self, before: Any) -> None:
        presence, hand = before
        s = self.qt.session
        s.restore_presence(self.pid, presence)
        if not self.pause.is_noop:
            s.undo_floor(self.pause)
        if hand is not None:
            s.restore_hand(hand)


class ModeCommand(SessionCommand):
    """Someone now takes part online, or in the room; undo puts their intervals back."""

    def __init__(self, qt: QtSession, participant_id: int, mode: AttendanceMode,
                 text: str) -> None:
        super().__init__(qt, text)
        self.pid, self.mode = participant_id, mode

    def save(self) -> Any:
        p = self.qt.session.meeting.participant(self.pid)
        return p.attendance, p.presence

    def change(self) -> FloorChange | None:
        self.qt.session.set_mode(self.pid, self.mode)
        return None

    def restore(self, before: Any) -> None:
        self.qt.session.restore_attendance(self.pid, *before)


class PolicyCommand(SessionCommand):
    def __init__(self, qt: QtSession, policy: QueuePolicy, text: str) -> None:
        super().__init__(qt, text)
        self.policy = policy

    def save(self) -> Any:
        return self.qt.session.meeting.queue_policy

    def change(self) -> None:
        self.qt.session.set_policy(self.policy)

    def restore(self, before: Any) -> None:
        self.qt.session.set_policy(before)


class EndMeetingCommand(SessionCommand):
    """End meeting: the floor pauses, open items end, the meeting closes. Undo (right after
    a mistaken press) runs it again as it was; later, Reopen… records why instead."""

    def __init__(self, qt: QtSession, text: str) -> None:
        super().__init__(qt, text)
        self.closed = FloorChange()

    def change(self) -> FloorChange:
        self.closed, self.before = self.qt.session.close_meeting()  # the items as they were
        return self.closed

    def restore(self, before: Any) -> None:
        self.qt.session.undo_close(self.closed, before)
