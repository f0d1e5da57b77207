"""What the tiles and group headers show, computed without a widget."""

from __future__ import annotations

from coprodesk.domain.balance import compute_balance
from coprodesk.domain.model import (
    AgendaItem,
    Hand,
    HandKind,
    Meeting,
    MeetingStatus,
    Participant,
    Presence,
    Role,
    StakeholderGroup,
    Turn,
)
from coprodesk.gui.run.tile_state import group_states, tile_states

LE = StakeholderGroup(1, "Lived experience", "LE", "#0072B2")
PR = StakeholderGroup(2, "Practitioner", "PR", "#009E73")
NOW = 600_000


def meeting(**kw) -> Meeting:
    people = (Participant(1, "Ann", 1), Participant(2, "Bo", 1),
              Participant(3, "Cy", 2, presence=(Presence(0, 200_000),)),
              Participant(4, "Obi", 2, Role.OBSERVER))
    turns = (Turn(1, 0, 300_000, 10), Turn(2, 300_000, 400_000, 10), Turn(1, 400_000, None, 10))
    values = dict(groups=(LE, PR), participants=people, turns=turns,
                  items=(AgendaItem(10, "Budget", started_ms=0),), status=MeetingStatus.RUNNING,
                  started_ms=0, turn_soft_limit_s=120,
                  hands=(Hand(3, 100_000), Hand(2, 150_000, HandKind.CLARIFICATION)))
    return Meeting(1, "M", **{**values, **kw})


def states(m: Meeting, order=(1, 2, 3)):
    bal = compute_balance(m, NOW)
    ibal = compute_balance(m, NOW, 10)
    queue = sorted(m.hands, key=lambda h: h.raised_ms)
    return {s.participant_id: s for s in tile_states(m, order, bal, ibal, queue, NOW)}


def test_the_speaker_tile_shows_the_running_turn_and_that_it_is_long():
    ann = states(meeting())[1]
    assert (ann.speaking, ann.turn_ms, ann.long_turn) == (True, 200_000, True)
    assert (ann.meeting_ms, ann.item_ms, ann.turns) == (500_000, 500_000, 2)
    assert ann.share == 500_000 / 600_000
    assert (ann.key, ann.name, ann.group_label, ann.colour) == ("1", "Ann", "LE", "#0072B2")


def test_a_short_turn_is_not_long_and_only_the_speaker_speaks():
    s = states(meeting(turn_soft_limit_s=0))
    assert not s[1].long_turn
    assert not s[2].speaking and s[2].turn_ms == 0


def test_hands_show_their_kind_and_place_in_the_queue():
    s = states(meeting())
    assert (s[3].hand, s[3].queue_pos) == (HandKind.SPEAK, 1)
    assert (s[2].hand, s[2].queue_pos) == (HandKind.CLARIFICATION, 2)
    assert (s[1].hand, s[1].queue_pos) == (None, None)


def test_someone_who_left_is_shown_gone_once_the_meeting_has_started():
    assert states(meeting())[3].gone
    assert not states(meeting(status=MeetingStatus.PLANNED))[3].gone


def test_every_tile_shares_one_scale_and_keys_stop_after_ten():
    s = states(meeting())
    assert len({t.scale for t in s.values()}) == 1
    assert s[1].scale >= max(t.share for t in s.values())
    many = tuple(range(1, 4)) * 4  # twelve tiles: the last two have no key
    keys = [t.key for t in tile_states(meeting(), many, compute_balance(meeting(), NOW), None,
                                       (), NOW)]
    assert keys == ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "", ""]


def test_group_headers_count_members_and_share_one_scale():
    m = meeting()
    groups, scale = group_states(m, compute_balance(m, NOW))
    assert (groups[1].members, groups[2].members) == (2, 1)  # the observer is not a member
    assert groups[1].share == 1.0 and groups[2].share == 0.0
    assert scale >= groups[1].share
