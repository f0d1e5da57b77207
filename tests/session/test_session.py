"""A running meeting through the session: the store always holds what it shows."""

from __future__ import annotations

import pytest

from coprodesk.domain.clock import FakeClock
from coprodesk.domain.model import HandKind, MeetingStatus, QueuePolicy
from coprodesk.session import MeetingSession
from coprodesk.store import meetings as repo
from coprodesk.store.errors import StoreError


def test_the_first_floor_change_starts_the_meeting_and_its_first_item(store, planned):
    mid, people, items = planned
    clock = FakeClock()
    s = MeetingSession(store, mid, clock)
    s.give_floor(people[0])
    m = repo.load_meeting(store, mid)
    assert m.status is MeetingStatus.RUNNING and m.started_ms == clock.now_ms()
    assert m.current_item.id == items[0]
    assert m.turns == s.meeting.turns


def test_the_store_holds_exactly_the_turns_the_session_shows(store, planned):
    mid, people, items = planned
    clock = FakeClock()
    s = MeetingSession(store, mid, clock)
    s.give_floor(people[0])
    clock.advance(20)
    s.give_floor(people[1])
    clock.advance(5)
    change = s.give_floor(people[2])  # a mistake
    clock.advance(1)
    s.undo_floor(change)
    clock.advance(10)
    s.toggle_pause()
    clock.advance(3)
    s.toggle_pause()
    clock.advance(4)
    s.step_item(+1)
    assert repo.load_meeting(store, mid).turns == s.meeting.turns
    durations = [(t.participant_id, t.duration_ms()) for t in s.meeting.turns]
    assert durations == [(people[0], 20_000), (people[1], 16_000), (people[1], 4_000)]
    assert s.current_item.id == items[1]
    assert repo.load_meeting(store, mid).items[0].ended_ms == clock.now_ms()


def test_next_speaker_follows_the_queue_policy(store, planned):
    mid, people, _ = planned
    clock = FakeClock()
    s = MeetingSession(store, mid, clock)
    s.give_floor(people[0])
    clock.advance(60)
    s.raise_hand(people[0])
    clock.advance(1)
    s.raise_hand(people[1])
    s.set_policy(QueuePolicy.NOT_YET_SPOKEN)
    assert [h.participant_id for h in s.queue()] == [people[1], people[0]]
    s.raise_hand(people[2], HandKind.POINT_OF_ORDER)
    s.next_speaker()
    assert s.open_turn.participant_id == people[2]
    assert [h.participant_id for h in repo.load_meeting(store, mid).hands] == [people[0], people[1]]


def test_marking_someone_gone_changes_fair_shares(store, planned):
    mid, people, _ = planned
    clock = FakeClock()
    s = MeetingSession(store, mid, clock)
    s.give_floor(people[0])
    clock.advance(100)
    s.set_present(people[3], False)
    clock.advance(100)
    bal = s.balance()
    assert bal.person(people[3]).fair_share < bal.person(people[0]).fair_share
    assert abs(sum(p.fair_share for p in bal.people if p.counted) - 1) < 1e-9
    assert repo.load_meeting(store, mid).participant(people[3]).presence[0].end_ms is not None


def _times(turns):
    return [(t.participant_id, t.item_id, t.start_ms, t.end_ms) for t in turns]


def test_a_full_disk_keeps_floor_changes_in_order_and_writes_them_once_there_is_room(store, planned):
    """When the disk fills mid-meeting the floor goes on: each change is kept in memory,
    in order, and written with its own times once there is room again."""
    mid, people, _items = planned
    clock = FakeClock()
    s = MeetingSession(store, mid, clock)
    s.give_floor(people[0])
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full from here
    n = 0
    while not s.unsaved and n < 20_000:  # a page or two of room may be left
        n += 1
        clock.advance(3)
        s.give_floor(people[n % 4])
    assert s.unsaved == 1 and "disk is full" in s.waiting_for.message
    for k in range(3):
        clock.advance(7)
        s.give_floor(people[(n + 1 + k) % 4])
    assert s.unsaved == 4
    shown = _times(s.meeting.turns)
    on_disk = _times(repo.load_meeting(store, mid).turns)
    assert on_disk[:-1] == shown[:-5]  # the last turn written is still open on disk
    assert on_disk[-1] == (*shown[-5][:3], None)
    assert not s.flush_pending() and s.unsaved == 4  # still no room: still kept

    store.conn.execute("PRAGMA max_page_count = 1073741823")  # room again
    assert s.flush_pending()
    assert s.unsaved == 0 and s.waiting_for is None
    assert _times(repo.load_meeting(store, mid).turns) == shown  # the times they were made
    assert s.meeting.turns == repo.load_meeting(store, mid).turns  # ids too


def test_a_busy_database_keeps_changes_and_writes_them_when_it_is_free(store, planned):
    """Another program holds the write lock: floor, hands and agenda wait in memory, in
    order; released, everything lands with its original times. Closing waits for nobody."""
    import sqlite3

    mid, people, items = planned
    clock = FakeClock()
    s = MeetingSession(store, mid, clock)
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # a big import in another process
    s.give_floor(people[0])  # also starts the meeting and its first item
    clock.advance(5)
    s.raise_hand(people[2])
    s.give_floor(people[1])
    clock.advance(4)
    s.give_floor(people[2])  # lowers their hand
    clock.advance(6)
    s.heartbeat()  # skipped while changes wait, not a failure
    s.goto_item(items[1])
    assert s.unsaved == 5 and "locked" in s.waiting_for.message
    assert repo.load_meeting(store, mid).status is MeetingStatus.PLANNED
    with pytest.raises(StoreError, match="locked"):
        s.close_meeting()
    assert s.unsaved == 5
    shown = s.meeting
    assert not s.flush_pending()

    other.rollback()
    other.close()
    assert s.flush_pending()
    disk = repo.load_meeting(store, mid)
    assert _times(disk.turns) == _times(shown.turns)
    assert [t.participant_id for t in disk.turns] == people[:3]
    assert disk.status is MeetingStatus.RUNNING and disk.started_ms == shown.started_ms
    assert disk.hands == () and disk.current_item.id == items[1]
    assert [(i.started_ms, i.ended_ms) for i in disk.items] == \
        [(i.started_ms, i.ended_ms) for i in shown.items]
    assert s.meeting == disk


def test_a_kept_change_that_can_never_be_written_is_dropped_with_the_rest_and_said(store, planned):
    """The other program signed the meeting while changes waited: they cannot be written
    any more; the session says why once, keeps nothing, and shows the disk again."""
    import sqlite3

    mid, people, _items = planned
    clock = FakeClock()
    s = MeetingSession(store, mid, clock)
    s.give_floor(people[0])
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    clock.advance(5)
    s.give_floor(people[1])
    clock.advance(5)
    s.give_floor(people[2])
    assert s.unsaved == 2
    other.execute("UPDATE meetings SET status = 'signed' WHERE id = ?", (mid,))
    other.execute("COMMIT")
    other.close()
    with pytest.raises(StoreError, match="signed, so it is locked"):
        s.flush_pending()
    assert s.unsaved == 0 and s.waiting_for is None
    assert s.meeting == repo.load_meeting(store, mid)
    assert [t.participant_id for t in s.meeting.turns] == people[:1]
    assert s.flush_pending()  # nothing left to try
