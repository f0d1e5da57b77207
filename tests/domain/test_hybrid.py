"""Hybrid meetings: each interval of presence is in the room or online; the online voices'
share of the floor is weighed against their fair share as a group's is."""

from __future__ import annotations

from coprodesk.domain.attendance import (
    attendance_mode_of,
    floor_by_mode,
    mark_arrived,
    mark_gone,
    mode_at,
    switch_mode,
)
from coprodesk.domain.balance import compute_balance
from coprodesk.domain.model import (
    AttendanceMode,
    Meeting,
    MeetingStatus,
    Participant,
    Presence,
    StakeholderGroup,
    Turn,
)
from coprodesk.domain.report import build_report, format_report

ROOM, ONLINE = AttendanceMode.ROOM, AttendanceMode.ONLINE
MIN = 60_000
T0 = 1_780_000_000_000


def hybrid_meeting() -> Meeting:
    """An hour: Ana in the room, Bo online throughout, Cy in the room then online from 30
    minutes. Ana speaks 10 minutes, Bo 5, Cy 10 in the room and 5 online."""
    people = (
        Participant(1, "Ana", 1),
        Participant(2, "Bo", 1, attendance=ONLINE),
        Participant(3, "Cy", 1, presence=(Presence(T0, T0 + 30 * MIN, ROOM),
                                          Presence(T0 + 30 * MIN, None, ONLINE))),
    )
    turns = (Turn(1, T0, T0 + 10 * MIN, None), Turn(3, T0 + 10 * MIN, T0 + 20 * MIN, None),
             Turn(2, T0 + 20 * MIN, T0 + 25 * MIN, None),
             Turn(3, T0 + 40 * MIN, T0 + 45 * MIN, None))
    return Meeting(1, "Hybrid", status=MeetingStatus.CLOSED, started_ms=T0,
                   ended_ms=T0 + 60 * MIN, groups=(StakeholderGroup(1, "All", "AL"),),
                   participants=people, turns=turns)


def test_online_voices_are_weighed_against_their_share_of_presence():
    bal = compute_balance(hybrid_meeting(), T0 + 60 * MIN)
    room, online = bal.mode(ROOM), bal.mode(ONLINE)
    # presence: Ana 60 room, Bo 60 online, Cy 30 + 30; floor: room 20, online 10 of 30 min
    assert (room.members, room.present_ms, room.floor_ms) == (2, 90 * MIN, 20 * MIN)
    assert (online.members, online.present_ms, online.floor_ms) == (2, 90 * MIN, 10 * MIN)
    assert round(online.share, 4) == round(1 / 3, 4) and online.fair_share == 0.5
    assert room.fair_share + online.fair_share == 1 and bal.hybrid


def test_each_person_is_room_online_or_both():
    m = hybrid_meeting()
    window = (T0, T0 + 60 * MIN)
    assert [attendance_mode_of(p, window) for p in m.participants] == ["room", "online", "both"]
    cy = m.participants[2]
    assert floor_by_mode(cy, m.turns, T0) == {ROOM: 10 * MIN, ONLINE: 5 * MIN}
    assert (mode_at(cy, T0 + 29 * MIN), mode_at(cy, T0 + 31 * MIN)) == (ROOM, ONLINE)


def test_report_json_and_text_say_the_online_share():
    report = build_report(hybrid_meeting(), T0 + 60 * MIN)
    assert [p["attendance_mode"] for p in report["participants"]] == ["room", "online", "both"]
    assert report["modes"] == [
        {"mode": "room", "members": 2, "present_s": 5400.0, "floor_s": 1200.0,
         "share": 0.666667, "fair_share": 0.5},
        {"mode": "online", "members": 2, "present_s": 5400.0, "floor_s": 600.0,
         "share": 0.333333, "fair_share": 0.5}]
    assert "Online: 33 % of the floor, fair share 50 % (2 people)" in format_report(report)


def test_a_meeting_all_in_the_room_says_nothing_about_online():
    m = hybrid_meeting()
    everyone_here = Meeting(**{**{f: getattr(m, f) for f in m.__dataclass_fields__},
                               "participants": (Participant(1, "Ana", 1),
                                                Participant(2, "Bo", 1))})
    report = build_report(everyone_here, T0 + 60 * MIN)
    assert not report["hybrid"] and report["modes"][1]["members"] == 0
    assert "nline" not in format_report(report)


def test_switching_ends_one_interval_and_starts_the_next():
    bo = Participant(2, "Bo", 1)
    once = switch_mode(bo, T0 + 10 * MIN, ONLINE, T0)
    assert once == (Presence(T0, T0 + 10 * MIN, ROOM), Presence(T0 + 10 * MIN, None, ONLINE))
    bo = Participant(2, "Bo", 1, presence=once)
    assert switch_mode(bo, T0 + 20 * MIN, ONLINE, T0) == once  # already online
    back = switch_mode(bo, T0 + 20 * MIN, ROOM, T0)
    assert back[-1] == Presence(T0 + 20 * MIN, None, ROOM)
    # leaving and coming back keeps where they were
    gone = Participant(2, "Bo", 1, presence=mark_gone(Participant(2, "Bo", 1, presence=once),
                                                      T0 + 15 * MIN, T0))
    assert mark_arrived(gone, T0 + 18 * MIN)[-1] == Presence(T0 + 18 * MIN, None, ONLINE)
    # someone online from the start who arrives late arrives online
    late = Participant(4, "Di", 1, attendance=ONLINE)
    assert mark_arrived(late, T0 + 5 * MIN) == (Presence(T0 + 5 * MIN, None, ONLINE),)
