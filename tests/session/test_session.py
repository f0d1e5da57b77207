"""A running meeting through the session: the store always holds what it shows."""

from __future__ import annotations

import pytest

from coprodesk.domain.clock import FakeClock
from coprodesk.domain.model import HandKind, ItemKind, MeetingStatus, QueuePolicy, Role
from coprodesk.session import MeetingSession
from coprodesk.store import meetings as repo
from coprodesk.store.errors import StoreError


def planned_meeting(store):
    mid = repo.create_meeting(store, "Spring workshop")
    m = repo.load_meeting(store, mid)
    people = [repo.add_participant(store, mid, n, m.groups[i % 4].id) for i, n in
              enumerate(["Ann", "Bob", "Cat", "Dev"])]
    repo.add_participant(store, mid, "Obi", m.groups[3].id, Role.OBSERVER)
    items = [repo.add_item(store, mid, "Welcome", 300, ItemKind.INFORMATION),
             repo.add_item(store, mid, "Discussion", 1200)]
    return mid, people, items


def test_the_first_floor_change_starts_the_meeting_and_its_first_item(store):
    mid, people, items = planned_meeting(store)
    clock = FakeClock()
    s = MeetingSession(store, mid, clock)
    s.give_floor(people[0])
    m = repo.load_meeting(store, mid)
    assert m.status is MeetingStatus.RUNNING and m.started_ms == clock.now_ms()
    assert m.current_item.id == items[0]
    assert m.turns == s.meeting.turns


def test_the_store_holds_exactly_the_turns_the_session_shows(store):
    mid, people, items = planned_meeting(store)
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


def test_next_speaker_follows_the_queue_policy(store):
    mid, people, _ = planned_meeting(store)
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


def test_marking_someone_gone_changes_fair_shares(store):
    mid, people, _ = planned_meeting(store)
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


def test_a_full_disk_refuses_the_floor_change_with_a_message_and_shows_nothing_unsaved(store):
    """When the disk fills mid-meeting, the floor change that could not be written is
    refused with a plain message; what the session shows is still exactly what is on disk,
    and once there is room again the meeting carries on."""
    mid, people, _items = planned_meeting(store)
    clock = FakeClock()
    s = MeetingSession(store, mid, clock)
    s.give_floor(people[0])
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full from here
    with pytest.raises(StoreError, match="disk is full") as failure:
        for n in range(20_000):
            clock.advance(3)
            s.give_floor(people[(n + 1) % 4])
    assert "meetings.db" in str(failure.value)
    shown = s.meeting.turns
    assert repo.load_meeting(store, mid).turns == shown
    assert sum(t.end_ms is None for t in shown) == 1  # the last speaker still holds the floor
    store.conn.execute("PRAGMA max_page_count = 1073741823")  # room again
    clock.advance(3)
    s.give_floor(next(p for p in people if p != shown[-1].participant_id))
    assert repo.load_meeting(store, mid).turns == s.meeting.turns
    assert len(s.meeting.turns) == len(shown) + 1
