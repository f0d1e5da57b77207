"""Undo commands for floor changes.

The change is already made (and committed) through ``MeetingSession`` before
the command is pushed (a ``WriteFirstCommand``), so the tile never waits for the
undo machinery. ``undo`` removes the mistaken turn and restores the previous state
on disk through ``MeetingSession.undo_floor``; a later ``redo`` writes the change again.
"""

from __future__ import annotations

from dataclasses import replace

from coprodesk.domain.floor import FloorChange
from coprodesk.domain.model import Hand
from coprodesk.gui.qt_session import QtSession
from coprodesk.gui.write_first import WriteFirstCommand
from coprodesk.store.connection import Store
from coprodesk.store.errors import StoreError


class FloorCommand(WriteFirstCommand):
    def __init__(self, qt_session: QtSession, change: FloorChange, text: str,
                 hand_before: Hand | None = None) -> None:
        super().__init__(text)
        self.qt = qt_session
        self.change = change
        self.hand_before = hand_before  # the new speaker's hand, lowered by the change

    def apply(self) -> None:
        s = self.qt.session
        self.change = s.redo_floor(self.change)
        if self.hand_before is not None and self.change.opened is not None \
                and any(h.participant_id == self.hand_before.participant_id for h in s.meeting.hands):
            s.lower_hand(self.hand_before.participant_id)
        self.qt.notify(self.change)

    def revert(self) -> None:
        s = self.qt.session
        s.undo_floor(self.change)
        if self.hand_before is not None:
            s.restore_hand(self.hand_before)
        reopened = replace(self.change.closed, end_ms=None) if self.change.closed else None
        self.qt.notify(FloorChange(self.change.opened, reopened))

    def record(self) -> tuple[Store, int]:
        return self.qt.session.store, self.qt.session.meeting_id

    def refused(self, exc: StoreError) -> None:
        self.qt.report(exc)


def change_floor(qt_session: QtSession, stack, action, text: str) -> FloorChange:
    """Make a floor change now (committed first), then record it on ``stack``.

    ``action`` is a callable on the session returning the FloorChange. A change the store
    refuses (disk full, database locked) is reported and nothing is pushed.
    """
    s = qt_session.session
    hands_before = {h.participant_id: h for h in s.meeting.hands}
    try:
        change = action()
    except StoreError as exc:
        qt_session.report(exc)
        return FloorChange()
    if not change.is_noop:
        hand = hands_before.get(change.opened.participant_id) if change.opened else None
        stack.push(FloorCommand(qt_session, change, text, hand))
    qt_session.notify(change)
    return change
