"""A running meeting: the one object the run view, the participant screen and
the decision panel share.

It asks the domain what each action means, writes the result through the
store (committed before anyone is told), then updates its in-memory
``meeting`` so that views never wait for a reload. No Qt here.

While another program holds the database (a big import) or the disk is full, a
write is not refused: it waits in ``pending``, in order and with the times it
was made, and ``flush_pending`` writes it once the way is clear. Each attempt
waits at most ``WRITE_PATIENCE_MS`` for the lock, so a key press never freezes
the window for the seconds the store would otherwise wait.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from coprodesk.domain import attendance, floor, lifecycle
from coprodesk.domain.balance import Balance, compute_balance, meeting_queue, not_yet_heard
from coprodesk.domain.clock import Clock, NotBefore, SystemClock
from coprodesk.domain.floor import FloorChange
from coprodesk.domain.model import (
    AgendaItem,
    AttendanceMode,
    Hand,
    HandKind,
    ItemKind,
    Meeting,
    MeetingStatus,
    QueuePolicy,
    Turn,
)
from coprodesk.store import floor as floor_store
from coprodesk.store import meetings as repo
from coprodesk.store.connection import Store
from coprodesk.store.errors import StoreError, waiting_kind

WRITE_PATIENCE_MS = 20  # the longest a floor key waits for another program's write lock


def settle_meeting(store: Store, meeting: Meeting) -> lifecycle.Settled:
    """Write what ``lifecycle.settle_items`` says the items must be for the meeting's status
    (not for a signed meeting, which is locked: it is settled in memory only)."""
    settled = lifecycle.settle_items(meeting)
    if settled.items and meeting.status is not MeetingStatus.SIGNED:
        with store.write():
            for i in settled.items:
                repo.update_item(store, i.id, started_ms=i.started_ms, ended_ms=i.ended_ms)
    return settled


class MeetingLocked(StoreError):
    """A floor or agenda change asked of a closed or signed meeting."""


class MeetingSession:
    def __init__(self, store: Store, meeting_id: int, clock: Clock | None = None) -> None:
        self.store = store
        self.clock: Clock = clock or SystemClock()
        self.meeting_id = meeting_id
        # A turn left open by a crash is closed at its last heartbeat before anything else
        # (not by a window that only reads: its open turn is another app's, still running).
        self.recovered: Turn | None = (None if getattr(store, "read_only", False)
                                       else floor_store.recover(store, meeting_id))
        self.meeting: Meeting = repo.load_meeting(store, meeting_id)
        self._pending: list[Callable[[], Any]] = []  # writes kept while the database is busy
        self.waiting_for: StoreError | None = None  # why they are kept (busy or disk full)
        # The wall clock set back between runs: time goes on from the last record instead.
        self.clock_behind_ms = 0
        last = lifecycle.last_recorded_ms(self.meeting)
        if last is not None and self.clock.now_ms() < last:
            self.clock = NotBefore(self.clock, last)
            self.clock_behind_ms = self.clock.shift_ms
        self.settled: lifecycle.Settled = self._settle()

    def _settle(self) -> lifecycle.Settled:
        """Close items a closed meeting left open (and unstart a planned one's), on disk
        when the meeting is not signed; the caller says so (``settled``)."""
        settled = settle_meeting(self.store, self.meeting)
        if not settled.items:
            return settled
        new = {i.id: i for i in settled.items}
        self.meeting = replace(self.meeting, items=tuple(new.get(i.id, i)
                                                         for i in self.meeting.items))
        return settled

    @property
    def locked(self) -> bool:
        return lifecycle.is_locked(self.meeting)

    def _check_open(self) -> None:
        if self.locked:
            raise MeetingLocked(self.store.path, "the meeting is closed; reopen it to change "
                                                 "the record")

    # --- writing: in order, never holding the window ---------------------------------

    @property
    def unsaved(self) -> int:
        """How many changes are shown but not yet on disk."""
        return len(self._pending)

    def _patience(self, ms: int = WRITE_PATIENCE_MS) -> contextlib.AbstractContextManager:
        return self.store.patience(ms)

    def _write(self, write: Callable[[], Any], wait: bool = True) -> Any:
        """Run ``write`` (one transaction) after everything still pending; returns its result.

        If the database is busy or the disk full, ``write`` joins ``pending`` and None is
        returned: the caller updates ``meeting`` as if it were written. ``wait=False``
        (closing a meeting) raises the StoreError instead."""
        if self._pending and wait:  # behind the others; the retry timer waits, not the key
            self._pending.append(write)
            return None
        with self._patience():
            if self._pending and not self._flush():
                raise self.waiting_for
            try:
                return write()
            except StoreError as exc:
                if not wait or waiting_kind(exc) is None:
                    raise
                self.waiting_for = exc
                self._pending.append(write)
                return None

    def flush_pending(self, patience_ms: int = WRITE_PATIENCE_MS) -> bool:
        """Write what waits, oldest first; True when nothing is left waiting. Waits at most
        ``patience_ms`` for the lock.

        A kept change that can never be written (the meeting was signed meanwhile) drops
        the rest too and shows what is on disk again: the StoreError says why."""
        if not self._pending:
            return True
        with self._patience(patience_ms):
            done = self._flush()
        if done:
            self.reload()  # the late turns' ids, and disk as the one truth again
        return done

    def _flush(self) -> bool:
        while self._pending:
            try:
                self._pending[0]()
            except Exception as exc:
                if isinstance(exc, StoreError) and waiting_kind(exc) is not None:
                    self.waiting_for = exc
                    return False
                self._pending.clear()  # never retried (nor reported) again and again
                self.waiting_for = None
                with contextlib.suppress(StoreError):
                    self.reload()
                raise
            self._pending.pop(0)
        self.waiting_for = None
        return True

    # --- reading -------------------------------------------------------------------

    def now_ms(self) -> int:
        return self.clock.now_ms()

    def reload(self) -> Meeting:
        self.meeting = repo.load_meeting(self.store, self.meeting_id)
        return self.meeting

    @property
    def current_item(self) -> AgendaItem | None:
        return self.meeting.current_item

    @property
    def open_turn(self) -> Turn | None:
        return self.meeting.open_turn

    def balance(self, item_only: bool = False, at_ms: int | None = None) -> Balance:
        item = self.current_item
        return compute_balance(self.meeting, self.now_ms() if at_ms is None else at_ms,
                               item.id if (item_only and item) else None)

    def queue(self) -> list[Hand]:
        """Raised hands in the order they get the floor under the meeting's policy."""
        return meeting_queue(self.meeting, self.now_ms())

    def not_yet_heard(self) -> tuple[int, ...]:
        item = self.current_item
        return not_yet_heard(self.meeting, self.now_ms(), item.id if item else None)

    # --- the floor -----------------------------------------------------------------

    def give_floor(self, participant_id: int) -> FloorChange:
        """Give the floor; on a planned meeting this also starts it and its first item."""
        self._check_open()
        now = self.now_ms()
        start = self._start_if_planned(now)
        item = self.current_item
        change = floor.give_floor(self.open_turn, participant_id, item.id if item else None, now)
        lower = not change.is_noop and any(h.participant_id == participant_id
                                           for h in self.meeting.hands)

        def write() -> FloorChange:
            with self.store.write():
                start()
                written = floor_store.apply_floor_change(self.store, self.meeting_id, change)
                if lower:
                    repo.remove_hand(self.store, self.meeting_id, participant_id)
            return written

        change = self._write(write) or change
        self._apply(change)
        if lower:
            self.meeting = replace(self.meeting,
                                   hands=floor.lower_hand(self.meeting.hands, participant_id))
        return change

    def toggle_pause(self) -> FloorChange:
        self._check_open()
        now = self.now_ms()
        item = self.current_item
        change = floor.toggle_pause(self.meeting.turns, item.id if item else None, now)
        return self._commit(change)

    def pause(self) -> FloorChange:
        return self._commit(floor.pause(self.open_turn, self.now_ms()))

    def next_speaker(self) -> FloorChange:
        q = self.queue()
        if not q:
            return FloorChange()
        return self.give_floor(q[0].participant_id)

    def undo_floor(self, change: FloorChange) -> None:
        """Remove the mistaken turn and restore the previous state, on disk too."""
        self._write(lambda: floor_store.revert_floor_change(self.store, self.meeting_id, change))
        self.meeting = replace(self.meeting, turns=floor.revert(self.meeting.turns, change))

    def redo_floor(self, change: FloorChange) -> FloorChange:
        again = FloorChange(change.closed, replace(change.opened, id=None)
                            if change.opened else None)
        redone = self._write(
            lambda: floor_store.apply_floor_change(self.store, self.meeting_id, again)) or again
        self._apply(redone)
        return redone

    def heartbeat(self) -> None:
        """Record how long the open turn has run; skipped while changes wait (its turn may
        not be on disk yet), and never waiting long for the lock (the next beat tries again)."""
        if self.open_turn is not None and not self._pending:
            with self._patience():
                floor_store.heartbeat(self.store, self.meeting_id, self.now_ms())

    def _commit(self, change: FloorChange) -> FloorChange:
        change = self._write(
            lambda: floor_store.apply_floor_change(self.store, self.meeting_id, change)) or change
        self._apply(change)
        return change

    def _apply(self, change: FloorChange) -> None:
        if not change.is_noop:
            self.meeting = replace(self.meeting, turns=floor.apply(self.meeting.turns, change))

    def _start_if_planned(self, now: int) -> Callable[[], None]:
        """Start a planned meeting and its first item in ``meeting``; returns the write
        that does it on disk (part of the first floor change's transaction)."""
        m = self.meeting
        fields: dict = {}
        if m.status is MeetingStatus.PLANNED:
            fields = {"status": MeetingStatus.RUNNING, "started_ms": now}
        items = list(m.items)
        first_id: int | None = None
        if m.current_item is None and items and all(i.started_ms is None for i in items):
            first_id = next((i for i in items if i.kind is not ItemKind.BREAK), items[0]).id
            items = [replace(i, started_ms=now) if i.id == first_id else i for i in items]
        self.meeting = replace(m, items=tuple(items), **fields)

        def write() -> None:
            if fields:
                repo.update_meeting(self.store, m.id, **fields)
            if first_id is not None:
                repo.update_item(self.store, first_id, started_ms=now)
        return write

    # --- agenda --------------------------------------------------------------------

    def goto_item(self, item_id: int) -> None:
        """Move to another item: the floor pauses, the current item ends, the other starts."""
        self._check_open()
        now = self.now_ms()
        start = self._start_if_planned(now)
        change = floor.pause(self.open_turn, now)
        items, updates = [], []
        for i in self.meeting.items:
            if i.id == item_id:
                i = replace(i, started_ms=i.started_ms if i.started_ms is not None else now,
                            ended_ms=None)
                updates.append((i.id, {"started_ms": i.started_ms, "ended_ms": None}))
            elif i.started_ms is not None and i.ended_ms is None:
                i = replace(i, ended_ms=now)
                updates.append((i.id, {"ended_ms": now}))
            items.append(i)

        def write() -> FloorChange:
            with self.store.write():
                start()
                written = floor_store.apply_floor_change(self.store, self.meeting_id, change)
                for iid, fields in updates:
                    repo.update_item(self.store, iid, **fields)
            return written

        change = self._write(write) or change
        self._apply(change)
        self.meeting = replace(self.meeting, items=tuple(items))

    def step_item(self, delta: int) -> AgendaItem | None:
        items = self.meeting.items
        if not items:
            return None
        cur = self.current_item
        idx = items.index(cur) + delta if cur in items else (0 if delta > 0 else len(items) - 1)
        if not 0 <= idx < len(items):
            return None
        self.goto_item(items[idx].id)
        return self.meeting.item(items[idx].id)

    def set_notes(self, item_id: int, text: str) -> None:
        self._write(lambda: repo.update_item(self.store, item_id, notes=text))
        self.meeting = replace(self.meeting, items=tuple(
            replace(i, notes=text) if i.id == item_id else i for i in self.meeting.items))

    def extend_item(self, item_id: int, extra_s: int, take_from: tuple[int, ...] = ()) -> dict:
        """Give an item more time, taken evenly from ``take_from`` items (else the meeting
        runs longer). Returns {item_id: new planned seconds} for every item changed."""
        changed: dict[int, int] = {}
        items = {i.id: i for i in self.meeting.items}
        changed[item_id] = items[item_id].planned_s + extra_s
        if take_from:
            share, rest = divmod(extra_s, len(take_from))
            for n, iid in enumerate(take_from):
                cut = share + (1 if n < rest else 0)
                changed[iid] = max(0, items[iid].planned_s - cut)
        def write() -> None:
            with self.store.write():
                for iid, planned in changed.items():
                    repo.update_item(self.store, iid, planned_s=planned)

        self._write(write)
        self.meeting = replace(self.meeting, items=tuple(
            replace(i, planned_s=changed[i.id]) if i.id in changed else i
            for i in self.meeting.items))
        return changed

    # --- hands and attendance ---------------------------------------------------------

    def raise_hand(self, participant_id: int, kind: HandKind = HandKind.SPEAK) -> None:
        self._check_open()
        hands = floor.raise_hand(self.meeting.hands, participant_id, self.now_ms(), kind)
        hand = next(h for h in hands if h.participant_id == participant_id)
        self._write(lambda: repo.set_hand(self.store, self.meeting_id, hand))
        self.meeting = replace(self.meeting, hands=hands)

    def lower_hand(self, participant_id: int) -> None:
        self._write(lambda: repo.remove_hand(self.store, self.meeting_id, participant_id))
        self.meeting = replace(self.meeting,
                               hands=floor.lower_hand(self.meeting.hands, participant_id))

    def toggle_hand(self, participant_id: int, kind: HandKind = HandKind.SPEAK) -> bool:
        if any(h.participant_id == participant_id for h in self.meeting.hands):
            self.lower_hand(participant_id)
            return False
        self.raise_hand(participant_id, kind)
        return True

    def _lower_hand_quietly(self, participant_id: int) -> None:
        if any(h.participant_id == participant_id for h in self.meeting.hands):
            self._write(lambda: repo.remove_hand(self.store, self.meeting_id, participant_id))
            self.meeting = replace(self.meeting,
                                   hands=floor.lower_hand(self.meeting.hands, participant_id))

    def set_present(self, participant_id: int, present: bool) -> None:
        """Mark someone as arrived or gone now; fair shares follow presence."""
        p = self.meeting.participant(participant_id)
        now = self.now_ms()
        start = self.meeting.started_ms if self.meeting.started_ms is not None else now
        if present:
            intervals = attendance.mark_arrived(p, now)
        else:
            if self.open_turn is not None and self.open_turn.participant_id == participant_id:
                self.pause()
            intervals = attendance.mark_gone(p, now, start)
        self._write(lambda: repo.replace_presence(self.store, participant_id, intervals))
        if not present:
            self._lower_hand_quietly(participant_id)
        self.meeting = replace(self.meeting, participants=tuple(
            replace(x, presence=intervals) if x.id == participant_id else x
            for x in self.meeting.participants))

    def set_policy(self, policy: QueuePolicy) -> None:
        self._write(lambda: repo.update_meeting(self.store, self.meeting_id, queue_policy=policy))
        self.meeting = replace(self.meeting, queue_policy=policy)

    def close_meeting(self) -> tuple[FloorChange, tuple[AgendaItem, ...]]:
        """End the meeting: the floor pauses, open items end, the status becomes closed.
        Returns the floor change and the items as they were, for ``undo_close``."""
        if self.locked:
            return FloorChange(), self.meeting.items
        items_before = self.meeting.items
        now = self.now_ms()
        change = floor.pause(self.open_turn, now)
        running = [i.id for i in self.meeting.items
                   if i.started_ms is not None and i.ended_ms is None]

        def write() -> FloorChange:
            with self.store.write():
                written = floor_store.apply_floor_change(self.store, self.meeting_id, change)
                for iid in running:
                    repo.update_item(self.store, iid, ended_ms=now)
                repo.update_meeting(self.store, self.meeting_id, status=MeetingStatus.CLOSED,
                                    ended_ms=now)
            return written

        self._apply(self._write(write, wait=False))  # closing needs the disk: said, not kept
        self.reload()
        return change, items_before

    def undo_close(self, change: FloorChange, items_before: tuple[AgendaItem, ...]) -> None:
        """Undo an End meeting pressed by mistake: running again, items and floor as they were."""
        with self.store.write():
            repo.update_meeting(self.store, self.meeting_id, status=MeetingStatus.RUNNING,
                                ended_ms=None)
            floor_store.revert_floor_change(self.store, self.meeting_id, change)
        self.reload()
        self.restore_items(items_before)

    def reopen(self, reason: str) -> None:
        """Run a closed meeting again (a signed one is first unlocked by an amendment); the
        reason is kept with the meeting's amendments, which the next minutes print."""
        from coprodesk.store import signing

        reason = reason.strip()
        if not reason:
            raise StoreError(self.store.path, "say why the meeting is reopened; the minutes "
                                              "will print it")
        now = self.now_ms()
        if self.meeting.status is MeetingStatus.SIGNED:
            signing.reopen_for_correction(self.store, self.meeting_id, reason, now)
        elif self.meeting.status is MeetingStatus.CLOSED:
            signing.record_correction(self.store, self.meeting_id,
                                      f"Reopened after it was closed: {reason}", now)
            repo.update_meeting(self.store, self.meeting_id, status=MeetingStatus.RUNNING,
                                ended_ms=None)
        self.reload()

    # --- restoring earlier states (undo of run-view commands) --------------------------

    def restore_hand(self, hand: Hand) -> None:
        """Put a hand back exactly as it was (its kind and its place in time)."""
        self._write(lambda: repo.set_hand(self.store, self.meeting_id, hand))
        hands = floor.lower_hand(self.meeting.hands, hand.participant_id)
        self.meeting = replace(self.meeting, hands=(*hands, hand))

    def set_mode(self, participant_id: int, mode: AttendanceMode) -> None:
        """Someone now takes part online, or in the room (a hybrid meeting). Before the
        meeting starts this is how they will join; once it runs the switch is recorded with
        the time, as arrivals are: one interval ends, the next starts in the new mode."""
        p = self.meeting.participant(participant_id)
        now = self.now_ms()
        if self.meeting.started_ms is None:
            self._write(lambda: repo.update_participant(self.store, participant_id,
                                                        attendance=mode))
            changed = replace(p, attendance=mode)
        else:
            intervals = attendance.switch_mode(p, now, mode, self.meeting.started_ms)
            self._write(lambda: repo.replace_presence(self.store, participant_id, intervals))
            changed = replace(p, presence=intervals)
        self.meeting = replace(self.meeting, participants=tuple(
            changed if x.id == participant_id else x for x in self.meeting.participants))

    def restore_attendance(self, participant_id: int, mode: AttendanceMode,
                           intervals: tuple) -> None:
        """Put back where someone took part from and their intervals (undo of a switch)."""
        self._write(lambda: repo.update_participant(self.store, participant_id,
                                                    attendance=mode))
        self.restore_presence(participant_id, intervals)
        self.meeting = replace(self.meeting, participants=tuple(
            replace(x, attendance=mode) if x.id == participant_id else x
            for x in self.meeting.participants))

    def restore_presence(self, participant_id: int, intervals: tuple) -> None:
        self._write(lambda: repo.replace_presence(self.store, participant_id, intervals))
        self.meeting = replace(self.meeting, participants=tuple(
            replace(x, presence=tuple(intervals)) if x.id == participant_id else x
            for x in self.meeting.participants))

    def restore_items(self, items: tuple[AgendaItem, ...]) -> None:
        """Write back the start, end and planned time of items as they were."""
        now = {i.id: i for i in self.meeting.items}
        changed = [i for i in items if i.id in now and (
            now[i.id].started_ms, now[i.id].ended_ms, now[i.id].planned_s) != (
            i.started_ms, i.ended_ms, i.planned_s)]

        def write() -> None:
            with self.store.write():
                for i in changed:
                    repo.update_item(self.store, i.id, started_ms=i.started_ms,
                                     ended_ms=i.ended_ms, planned_s=i.planned_s)

        self._write(write)
        before = {i.id: i for i in items}
        self.meeting = replace(self.meeting, items=tuple(
            replace(i, started_ms=before[i.id].started_ms, ended_ms=before[i.id].ended_ms,
                    planned_s=before[i.id].planned_s) if i.id in before else i
            for i in self.meeting.items))
