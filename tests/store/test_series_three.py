"""A three-meeting series built through the store: actions carried until closed, one dropped
with a reason, a newcomer in meeting three (linked by person, never by name), and the
series report's figures equal to those of each meeting's own report."""

from __future__ import annotations

import pytest

from coprodesk.domain.model import ActionStatus, MeetingStatus, Role, Turn
from coprodesk.domain.report import build_report
from coprodesk.domain.series import SINCE_LAST_TIME, carried_actions
from coprodesk.domain.series_report import build_series_report
from coprodesk.store import floor as floor_store
from coprodesk.store import meetings as repo
from coprodesk.store.errors import StoreError
from coprodesk.store.series import (
    action_updates,
    clear_update,
    new_meeting_in_series,
    record_update,
    series_meetings,
    series_names,
)

SERIES = "Crisis care"
DAY = 24 * 3600 * 1000
START = 1_780_000_000_000


def _run(store, meeting_id: int, start: int, spoken: list[tuple[str, int]]) -> None:
    """Hold the meeting: one item, the given people speaking for the given seconds in turn."""
    m = repo.load_meeting(store, meeting_id)
    ids = {p.name: p.id for p in m.participants}
    item = repo.add_item(store, meeting_id, "Discussion", 3600)
    t, turns = start, []
    for name, seconds in spoken:
        turns.append(Turn(ids[name], t, t + seconds * 1000, item))
        t += seconds * 1000 + 2000
    floor_store.insert_turns(store, meeting_id, turns)
    repo.update_item(store, item, started_ms=start, ended_ms=t)
    repo.update_meeting(store, meeting_id, status=MeetingStatus.CLOSED, started_ms=start, ended_ms=t)


def build_three(store) -> dict:
    """The series the tests read: returns the ids worth naming."""
    m1 = repo.create_meeting(store, "First", date="2026-01-10", series=SERIES)
    g = {x.label: x.id for x in repo.load_meeting(store, m1).groups}
    ann = repo.add_participant(store, m1, "Ann Lee", g["LE"])
    repo.add_participant(store, m1, "Bo Carer", g["CF"])
    repo.add_participant(store, m1, "Cy Nurse", g["PR"], Role.FACILITATOR)
    repo.add_participant(store, m1, "Di Boss", g["CM"], named_in_minutes=False)
    _run(store, m1, START, [("Cy Nurse", 300), ("Ann Lee", 120), ("Di Boss", 200), ("Bo Carer", 60)])
    ids1 = {p.name: p.id for p in repo.load_meeting(store, m1).participants}
    d1 = repo.add_decision(store, m1, "consensus", "Open a crisis cafe",
                           stances={pid: ("support", "") for pid in ids1.values()})
    letter = repo.add_action(store, m1, "Write to the trust", [ids1["Di Boss"]], decision_id=d1,
                             raised_by_id=ann)
    room = repo.add_action(store, m1, "Find a room", [ids1["Cy Nurse"]], raised_by_id=ids1["Bo Carer"])
    leaflet = repo.add_action(store, m1, "Print a leaflet", [ids1["Cy Nurse"]])

    m2 = new_meeting_in_series(store, m1, "Second", "2026-02-10")
    _run(store, m2, START + 31 * DAY, [("Ann Lee", 240), ("Bo Carer", 200), ("Cy Nurse", 150)])
    record_update(store, letter, m2, ActionStatus.DONE, "The trust replied and agreed.", START + 31 * DAY)
    record_update(store, room, m2, ActionStatus.IN_PROGRESS, "", START + 31 * DAY)
    record_update(store, leaflet, m2, ActionStatus.NOT_YET, "", START + 31 * DAY)
    ids2 = {p.name: p.id for p in repo.load_meeting(store, m2).participants}
    survey = repo.add_action(store, m2, "Survey carers", [ids2["Bo Carer"]], raised_by_id=ids2["Bo Carer"])

    m3 = new_meeting_in_series(store, m2, "Third", "2026-03-10")
    g3 = {x.label: x.id for x in repo.load_meeting(store, m3).groups}
    # Ann changed the name she goes by: the same person by her link, not a newcomer.
    ann3 = next(p for p in repo.load_meeting(store, m3).participants if p.name == "Ann Lee")
    repo.update_participant(store, ann3.id, name="Annie Lee")
    # A newcomer who happens to share a name with nobody, and one who shares Bo's name.
    repo.add_participant(store, m3, "Eve New", g3["LE"])
    repo.add_participant(store, m3, "Bo Carer", g3["CF"])
    _run(store, m3, START + 60 * DAY, [("Eve New", 180), ("Annie Lee", 90), ("Cy Nurse", 90)])
    record_update(store, room, m3, ActionStatus.DONE, "Room 2 at the library, free of charge.",
                  START + 60 * DAY)
    record_update(store, leaflet, m3, ActionStatus.DROPPED, "The cafe has its own leaflet now.",
                  START + 60 * DAY)
    record_update(store, survey, m3, ActionStatus.IN_PROGRESS, "", START + 60 * DAY)
    return {"m1": m1, "m2": m2, "m3": m3, "letter": letter, "room": room, "leaflet": leaflet,
            "survey": survey}


def test_a_new_meeting_in_a_series_starts_from_the_previous_one(store):
    ids = build_three(store)
    first, second = repo.load_meeting(store, ids["m1"]), repo.load_meeting(store, ids["m2"])
    assert second.series == SERIES and second.status is MeetingStatus.CLOSED
    assert [g.name for g in second.groups] == [g.name for g in first.groups]
    assert [(p.name, p.person_uid) for p in second.participants] == \
        [(p.name, p.person_uid) for p in first.participants]
    assert second.items[0].title == SINCE_LAST_TIME
    assert series_names(store) == [SERIES]
    assert [m.id for m in series_meetings(store, "crisis care")] == [ids["m1"], ids["m2"], ids["m3"]]


def test_open_actions_are_carried_until_a_meeting_closes_them(store):
    ids = build_three(store)
    meetings = series_meetings(store, SERIES)
    updates = action_updates(store, [m.id for m in meetings])
    at2 = carried_actions(meetings, updates, ids["m2"])
    assert [(c.action.id, c.status) for c in at2] == [
        (ids["letter"], ActionStatus.DONE), (ids["room"], ActionStatus.IN_PROGRESS),
        (ids["leaflet"], ActionStatus.NOT_YET)]
    assert at2[0].decision == "Open a crisis cafe"
    assert meetings[0].participant(at2[0].raised_by_id).name == "Ann Lee"
    at3 = carried_actions(meetings, updates, ids["m3"])
    assert [c.action.id for c in at3] == [ids["room"], ids["leaflet"], ids["survey"]]
    dropped = next(c for c in at3 if c.action.id == ids["leaflet"])
    assert dropped.status is ActionStatus.DROPPED and dropped.note == "The cafe has its own leaflet now."
    assert [u.status for u in dropped.history] == [ActionStatus.NOT_YET]
    # Nothing disappears silently: the survey is still open, so a fourth meeting would carry it.
    m4 = new_meeting_in_series(store, ids["m3"], "Fourth", "2026-04-10")
    meetings = series_meetings(store, SERIES)
    at4 = carried_actions(meetings, action_updates(store, [m.id for m in meetings]), m4)
    assert [c.action.id for c in at4] == [ids["survey"]]


def test_clearing_an_update_puts_the_action_back_to_not_asked(store):
    ids = build_three(store)
    clear_update(store, ids["leaflet"], ids["m3"])
    meetings = series_meetings(store, SERIES)
    at3 = carried_actions(meetings, action_updates(store, [m.id for m in meetings]), ids["m3"])
    assert next(c for c in at3 if c.action.id == ids["leaflet"]).status is None


def test_the_series_report_agrees_with_each_meetings_own_report(store):
    ids = build_three(store)
    meetings = series_meetings(store, SERIES)
    updates = action_updates(store, [m.id for m in meetings])
    now = START + 90 * DAY
    series = build_series_report(SERIES, meetings, updates, now)
    assert [m["id"] for m in series["meetings"]] == [ids["m1"], ids["m2"], ids["m3"]]
    for m, row in zip(meetings, series["meetings"], strict=True):
        own = build_report(m, now)
        assert row["balance_index"] == own["balance_index"]
        assert row["total_floor_s"] == own["total_floor_s"]
        assert row["groups"] == [{"name": g["name"], "share": g["share"], "fair_share": g["fair_share"]}
                                 for g in own["groups"]]
        assert row["decisions"] == len(own["decisions"])
        assert row["joint_decisions"] == sum(d["joint"] for d in own["decisions"])
        present = [p for p in own["participants"] if p["counted"] and p["present_s"] > 0]
        assert row["attendance_total"] == len(present)
        for g in m.groups:
            assert row["attendance"][g.name] == sum(1 for p in present if p["group"] == g.name)
    assert [r["carried_actions"] for r in series["meetings"]] == [0, 3, 3]
    assert [r["carried_actions_closed"] for r in series["meetings"]] == [0, 1, 2]
    assert [r["first_time"] for r in series["meetings"]] == [[], [], ["Eve New", "Bo Carer"]]
    # per person, only those who agreed to be named; shares are each meeting's own figure
    by_name = {p["name"]: p for p in series["people"]}
    assert "Di Boss" not in by_name
    ann = by_name["Ann Lee"]
    assert ann["meetings_attended"] == 3 and (ann["first"], ann["latest"]) == ("2026-01-10", "2026-03-10")
    for n, m in enumerate(meetings):
        own = build_report(m, now)
        mine = next(p for p in own["participants"]
                    if p["name"] in ("Ann Lee", "Annie Lee"))
        assert ann["shares"][n] == mine["share"]
        assert ann["fair_shares"][n] == mine["fair_share"]
    assert by_name["Eve New"]["shares"][:2] == [None, None]


def test_an_unknown_series_is_a_plain_message(store):
    with pytest.raises(StoreError, match="no series called"):
        series_meetings(store, "Nothing")
