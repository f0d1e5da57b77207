"""The floor and the speaker queue, on a fake clock."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from coprodesk.domain import floor
from coprodesk.domain.balance import floor_times
from coprodesk.domain.clock import FakeClock
from coprodesk.domain.model import Hand, HandKind, QueuePolicy, Turn


def test_giving_the_floor_closes_the_previous_turn():
    clock = FakeClock()
    turns: tuple[Turn, ...] = ()
    turns = floor.apply(turns, floor.give_floor(floor.open_turn(turns), 1, 10, clock.now_ms()))
    clock.advance(30)
    change = floor.give_floor(floor.open_turn(turns), 2, 10, clock.now_ms())
    turns = floor.apply(turns, change)
    assert change.closed.participant_id == 1 and change.closed.duration_ms() == 30_000
    assert [t.is_open for t in turns] == [False, True]
    assert turns[1].start_ms == turns[0].end_ms


def test_giving_the_floor_to_the_speaker_changes_nothing():
    t = Turn(1, 0, None, 10)
    assert floor.give_floor(t, 1, 10, 5_000).is_noop


def test_space_pauses_then_gives_the_floor_back_to_the_last_speaker():
    clock = FakeClock()
    turns = floor.apply((), floor.give_floor(None, 3, 1, clock.now_ms()))
    clock.advance(10)
    turns = floor.apply(turns, floor.toggle_pause(turns, 1, clock.now_ms()))
    assert floor.open_turn(turns) is None
    clock.advance(5)
    turns = floor.apply(turns, floor.toggle_pause(turns, 1, clock.now_ms()))
    assert floor.open_turn(turns).participant_id == 3
    assert len(turns) == 2


def test_undoing_a_mistaken_switch_restores_the_previous_speaker():
    turns = floor.apply((), floor.give_floor(None, 1, 1, 0))
    change = floor.give_floor(floor.open_turn(turns), 2, 1, 4_000)
    after = floor.apply(turns, change)
    restored = floor.revert(after, change)
    assert restored == turns


events = st.lists(
    st.tuples(st.sampled_from(["give", "pause", "toggle"]), st.integers(1, 5),
              st.integers(0, 120_000)),
    max_size=60)


@given(events)
def test_any_sequence_of_floor_events_keeps_the_floor_single(evts):
    clock = FakeClock()
    turns: tuple[Turn, ...] = ()
    held_ms = 0
    holder_since = None
    for kind, who, wait in evts:
        now = clock.now_ms()
        if kind == "give":
            change = floor.give_floor(floor.open_turn(turns), who, 1, now)
        elif kind == "pause":
            change = floor.pause(floor.open_turn(turns), now)
        else:
            change = floor.toggle_pause(turns, 1, now)
        turns = floor.apply(turns, change)
        # Independently track how long *someone* held the floor.
        is_held = floor.open_turn(turns) is not None
        if is_held and holder_since is None:
            holder_since = now
        elif not is_held and holder_since is not None:
            held_ms += now - holder_since
            holder_since = None
        clock.advance(wait / 1000)
    now = clock.now_ms()
    if holder_since is not None:
        held_ms += now - holder_since
    assert sum(1 for t in turns if t.is_open) <= 1
    ordered = sorted(turns, key=lambda t: t.start_ms)
    for a, b in itertools.pairwise(ordered):
        assert a.end_ms is not None and a.end_ms <= b.start_ms
    assert sum(floor_times(turns, now).values()) == held_ms


def hand(pid, at, kind=HandKind.SPEAK):
    return Hand(pid, at, kind)


def test_first_come_orders_by_time_raised():
    hands = [hand(3, 30), hand(1, 10), hand(2, 20)]
    assert [h.participant_id for h in floor.order_queue(hands, QueuePolicy.FIRST_COME)] == [1, 2, 3]


def test_not_yet_spoken_first_puts_new_voices_ahead():
    hands = [hand(1, 10), hand(2, 20), hand(3, 30)]
    order = floor.order_queue(hands, QueuePolicy.NOT_YET_SPOKEN, item_floor_ms={1: 5_000})
    assert [h.participant_id for h in order] == [2, 3, 1]


def test_least_floor_time_first_is_a_progressive_stack():
    hands = [hand(1, 10), hand(2, 20), hand(3, 30)]
    order = floor.order_queue(hands, QueuePolicy.LEAST_FLOOR_TIME,
                              meeting_floor_ms={1: 90_000, 2: 10_000, 3: 40_000})
    assert [h.participant_id for h in order] == [2, 3, 1]


def test_under_represented_group_goes_first():
    hands = [hand(1, 10), hand(2, 20)]
    order = floor.order_queue(hands, QueuePolicy.UNDER_REPRESENTED_GROUP,
                              group_of={1: 100, 2: 200}, group_ratio={100: 1.6, 200: 0.4})
    assert [h.participant_id for h in order] == [2, 1]


def test_points_of_order_and_clarifications_jump_the_queue():
    hands = [hand(1, 10), hand(2, 20, HandKind.CLARIFICATION), hand(3, 30, HandKind.POINT_OF_ORDER)]
    order = floor.order_queue(hands, QueuePolicy.FIRST_COME)
    assert [h.participant_id for h in order] == [3, 2, 1]


def test_raising_twice_keeps_the_place_and_lowering_removes():
    hands = floor.raise_hand((), 1, 10)
    hands = floor.raise_hand(hands, 2, 20)
    hands = floor.raise_hand(hands, 1, 99, HandKind.CLARIFICATION)
    assert hands[0] == Hand(1, 10, HandKind.CLARIFICATION)
    assert [h.participant_id for h in floor.lower_hand(hands, 1)] == [2]
