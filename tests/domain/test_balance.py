"""Balance metrics, checked on hand-worked examples and by properties."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coprodesk.domain.balance import balance_index, compute_balance, index_in_words
from coprodesk.domain.model import (
    Meeting,
    Participant,
    Presence,
    Role,
    StakeholderGroup,
    Turn,
)

T0 = 1_000_000


def gini_by_definition(xs: list[float]) -> float:
    n = len(xs)
    mean = sum(xs) / n
    return sum(abs(a - b) for a, b in itertools.product(xs, xs)) / (2 * n * n * mean)


def meeting_with(turns, participants=None, groups=None, **kw) -> Meeting:
    groups = groups or (StakeholderGroup(1, "Lived experience", "LE", "#0072B2"),
                        StakeholderGroup(2, "Practitioner", "PR", "#E69F00"))
    participants = participants or (
        Participant(1, "Ann", 1), Participant(2, "Bob", 1), Participant(3, "Cat", 2),
        Participant(4, "Obi", 2, Role.OBSERVER))
    return Meeting(1, "M", groups=groups, participants=participants, turns=tuple(turns), **kw)


def test_equal_times_are_perfectly_balanced():
    assert balance_index([60, 60, 60]) == 1.0


def test_a_single_voice_scores_zero():
    assert balance_index([0, 0, 120, 0]) == pytest.approx(0.0)


def test_index_is_one_while_nobody_has_spoken_or_fewer_than_two_count():
    assert balance_index([0, 0, 0]) == 1.0
    assert balance_index([42]) == 1.0
    assert balance_index([]) == 1.0


@given(st.lists(st.floats(min_value=0, max_value=1e6, allow_nan=False), min_size=2, max_size=30))
def test_index_matches_the_gini_definition_and_stays_in_range(xs):
    idx = balance_index(xs)
    assert 0.0 <= idx <= 1.0
    if sum(xs) > 1e-9:
        n = len(xs)
        expected = 1 - gini_by_definition(xs) * n / (n - 1)
        assert idx == pytest.approx(min(1.0, max(0.0, expected)), abs=1e-9)


def test_observers_are_never_counted():
    m = meeting_with([Turn(1, T0, T0 + 60_000), Turn(4, T0 + 60_000, T0 + 600_000),
                      Turn(3, T0 + 600_000, T0 + 660_000)])
    b = compute_balance(m, T0 + 700_000)
    assert b.total_floor_ms == 120_000
    assert b.person(4).share == 0.0 and not b.person(4).counted
    assert b.person(1).share == pytest.approx(0.5)
    assert b.person(1).fair_share == pytest.approx(1 / 3)


def test_shares_sum_to_one_and_group_figures_add_up():
    m = meeting_with([Turn(1, T0, T0 + 30_000), Turn(2, T0 + 30_000, T0 + 50_000),
                      Turn(3, T0 + 50_000, T0 + 150_000)])
    b = compute_balance(m, T0 + 150_000)
    assert sum(p.share for p in b.people if p.counted) == pytest.approx(1.0)
    le = b.group(1)
    assert le.members == 2 and le.floor_ms == 50_000
    assert le.share == pytest.approx(1 / 3) and le.fair_share == pytest.approx(2 / 3)
    assert b.group(2).members == 1  # the observer is not a member that counts


def test_fair_share_follows_presence():
    # Bob arrives half-way: his fair share is half of the others'.
    people = (Participant(1, "Ann", 1), Participant(2, "Bob", 1, presence=(Presence(T0 + 50_000),)),
              Participant(3, "Cat", 2))
    m = meeting_with([Turn(1, T0, T0 + 100_000)], participants=people, started_ms=T0,
                     ended_ms=T0 + 100_000)
    b = compute_balance(m, T0 + 100_000)
    assert b.person(2).fair_share == pytest.approx(0.2)
    assert b.person(1).fair_share == pytest.approx(0.4)


def test_quiet_and_dominant_voices():
    m = meeting_with([Turn(1, T0, T0 + 100_000), Turn(2, T0 + 100_000, T0 + 110_000),
                      Turn(3, T0 + 110_000, T0 + 140_000)])
    b = compute_balance(m, T0 + 140_000)
    assert b.quiet_ids == (2,)
    assert b.dominant_ids == (1,)


def test_an_open_turn_counts_up_to_now():
    m = meeting_with([Turn(1, T0, None)])
    assert compute_balance(m, T0 + 5_000).person(1).floor_ms == 5_000


def test_per_item_figures_only_count_that_item():
    m = meeting_with([Turn(1, T0, T0 + 10_000, item_id=7), Turn(2, T0 + 10_000, T0 + 30_000,
                                                               item_id=8)])
    b = compute_balance(m, T0 + 30_000, item_id=8)
    assert b.total_floor_ms == 20_000
    assert b.person(1).floor_ms == 0


def test_touching_turns_of_one_speaker_are_one_turn():
    m = meeting_with([Turn(1, T0, T0 + 10_000, item_id=7), Turn(1, T0 + 10_000, T0 + 20_000,
                                                               item_id=8)])
    assert compute_balance(m, T0 + 20_000).person(1).turns == 1


def test_balance_in_words():
    assert index_in_words(0.95) == "balanced"
    assert index_in_words(0.5) == "a few voices dominate"
