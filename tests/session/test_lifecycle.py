"""Ending, locking and reopening a meeting; time that cannot run backwards or vanish."""

from __future__ import annotations

import itertools
import time

import pytest

from coprodesk.demo import create_demo
from coprodesk.domain.balance import TOO_EARLY, compute_balance, verdict_in_words
from coprodesk.domain.clock import FakeClock, SystemClock, steady_choice, steady_source
from coprodesk.domain.model import MeetingStatus
from coprodesk.session import MeetingLocked, MeetingSession
from coprodesk.store import meetings as repo
from coprodesk.store import signing


def test_ending_pauses_the_floor_ends_open_items_and_closes_the_meeting(store, planned):
    mid, people, _items = planned
    clock = FakeClock()
    s = MeetingSession(store, mid, clock)
    s.give_floor(people[0])
    clock.advance(90)
    s.close_meeting()
    m = repo.load_meeting(store, mid)
    assert m.status is MeetingStatus.CLOSED and m.ended_ms == clock.now_ms()
    assert [t.duration_ms() for t in m.turns] == [90_000]
    assert all(i.ended_ms == clock.now_ms() for i in m.items if i.started_ms is not None)


def test_a_closed_meeting_refuses_floor_hands_and_agenda_moves(store):
    _closed, _planned = create_demo(store)
    s = MeetingSession(store, _closed, FakeClock())
    before = repo.load_meeting(store, _closed).turns
    pid = s.meeting.counted[0].id
    for change in (lambda: s.give_floor(pid), s.toggle_pause, lambda: s.raise_hand(pid),
                   lambda: s.step_item(+1)):
        with pytest.raises(MeetingLocked):
            change()
    assert repo.load_meeting(store, _closed).turns == before


def test_reopening_a_closed_meeting_records_why(store, planned):
    mid, people, _items = planned
    clock = FakeClock()
    s = MeetingSession(store, mid, clock)
    s.give_floor(people[0])
    s.close_meeting()
    with pytest.raises(Exception, match="say why"):
        s.reopen("  ")
    s.reopen("Ended by mistake")
    assert s.meeting.status is MeetingStatus.RUNNING and s.meeting.ended_ms is None
    assert signing.amendments(store, mid)[-1][1] == "Reopened after it was closed: Ended by mistake"
    s.give_floor(people[1])  # runs again


def test_a_closed_meeting_with_an_item_left_open_ends_it_at_the_meeting_end(store, planned):
    mid, people, items = planned
    clock = FakeClock()
    s = MeetingSession(store, mid, clock)
    s.give_floor(people[0])
    clock.advance(60)
    s.close_meeting()
    end = s.meeting.ended_ms
    repo.update_item(store, items[1], started_ms=end - 10_000, ended_ms=None)  # as an import might
    clock.advance(3600 * 24 * 200)
    again = MeetingSession(store, mid, clock)
    assert [i.id for i in again.settled.ended] == [items[1]]
    assert again.meeting.current_item is None
    assert repo.load_meeting(store, mid).item(items[1]).ended_ms == end


def test_a_planned_meeting_carries_no_started_items(store, planned):
    mid, _people, items = planned
    repo.update_item(store, items[0], started_ms=1_700_000_000_000)
    s = MeetingSession(store, mid, FakeClock())
    assert [i.id for i in s.settled.unstarted] == [items[0]]
    assert repo.load_meeting(store, mid).item(items[0]).started_ms is None


def test_a_wall_clock_set_back_between_runs_never_starts_a_turn_before_the_last_record(store, planned):
    mid, people, _items = planned
    clock = FakeClock()
    s = MeetingSession(store, mid, clock)
    s.give_floor(people[0])
    clock.advance(30)
    s.pause()
    last = clock.now_ms()
    clock.advance(-3600)  # the computer's clock set back an hour before the next run
    again = MeetingSession(store, mid, clock)
    assert again.clock_behind_ms == 3600_000 - 0
    again.give_floor(people[1])
    clock.advance(10)
    again.pause()
    turns = repo.load_meeting(store, mid).turns
    assert turns[1].start_ms == last and turns[1].duration_ms() == 10_000
    assert all(a.end_ms <= b.start_ms for a, b in itertools.pairwise(turns))


def test_a_clock_that_is_not_behind_is_left_alone(store, planned):
    mid, people, _items = planned
    clock = FakeClock()
    MeetingSession(store, mid, clock).give_floor(people[0])
    again = MeetingSession(store, mid, clock)
    assert again.clock_behind_ms == 0 and again.clock is clock


def test_time_across_a_sleep_counts_because_the_steady_clock_is_boottime():
    """A clock whose steady source jumps 40 minutes (the laptop slept) moves 40 minutes."""
    steady = [5_000_000_000]
    clock = SystemClock(steady=lambda: steady[0])
    before = clock.now_ms()
    steady[0] += 40 * 60 * 1_000_000_000
    assert clock.now_ms() - before == 40 * 60 * 1000
    if hasattr(time, "CLOCK_BOOTTIME"):
        assert steady_source()[0] == "CLOCK_BOOTTIME"
        assert SystemClock().source == "CLOCK_BOOTTIME"


def test_a_turn_held_across_a_sleep_keeps_the_slept_time(store, planned):
    mid, people, _items = planned
    clock = FakeClock()
    s = MeetingSession(store, mid, clock)
    s.give_floor(people[0])
    clock.advance(45 * 60)  # suspended with the lid closed; BOOTTIME counts it
    s.pause()
    assert repo.load_meeting(store, mid).turns[0].duration_ms() == 45 * 60_000


def test_the_balance_verdict_waits_for_evidence(store, planned):
    mid, people, _items = planned
    clock = FakeClock()
    s = MeetingSession(store, mid, clock)
    s.give_floor(people[0])
    clock.advance(3)
    assert verdict_in_words(compute_balance(s.meeting, clock.now_ms())) == TOO_EARLY
    for n in range(6):
        s.give_floor(people[n % 2])
        clock.advance(60)
    bal = compute_balance(s.meeting, clock.now_ms())
    assert verdict_in_words(bal) != TOO_EARLY and verdict_in_words(bal) != ""


def test_each_system_gets_the_clock_that_counts_sleep_and_others_the_portable_one():
    linux = {"CLOCK_BOOTTIME", "CLOCK_MONOTONIC", "CLOCK_REALTIME"}
    mac = {"CLOCK_MONOTONIC", "CLOCK_MONOTONIC_RAW", "CLOCK_UPTIME_RAW", "CLOCK_REALTIME"}
    assert steady_choice("linux", linux) == "CLOCK_BOOTTIME"
    assert steady_choice("linux", linux - {"CLOCK_BOOTTIME"}) == "monotonic"  # an old kernel
    assert steady_choice("darwin", mac) == "CLOCK_MONOTONIC"
    assert steady_choice("win32", set()) == "monotonic"  # QueryPerformanceCounter counts sleep
    assert steady_choice("freebsd14", {"CLOCK_MONOTONIC", "CLOCK_UPTIME"}) == "monotonic"


def test_the_clocks_chosen_for_other_systems_can_be_read_here_where_they_exist():
    """macOS's choice is a constant Linux has too: the same reader works on it here; an
    unknown system falls back to the portable clock, which advances."""
    name, read = steady_source("darwin")
    assert name == "CLOCK_MONOTONIC" and read() > 0
    name, read = steady_source("win32")
    first = read()
    assert name == "monotonic" and read() >= first


def test_a_clock_the_kernel_refuses_falls_back_to_the_portable_one(monkeypatch):
    def refused(clock_id: int) -> int:
        raise OSError(22, "Invalid argument")

    monkeypatch.setattr(time, "clock_gettime_ns", refused)
    name, read = steady_source("linux")
    assert name == "monotonic" and read() > 0
