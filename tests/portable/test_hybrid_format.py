"""Meeting format version 2: where each person takes part from, and each presence interval's
mode, travel with the meeting; a version 1 file reads as everyone in the room."""

from __future__ import annotations

import json

from coprodesk.domain.model import AttendanceMode, MeetingStatus, Presence, Role, Turn
from coprodesk.domain.report import build_report
from coprodesk.portable import FORMAT_VERSION
from coprodesk.portable.export import meeting_to_dict
from coprodesk.portable.importer import import_meeting
from coprodesk.store import meetings as repo
from coprodesk.store.connection import open_store
from coprodesk.store.floor import insert_turns

T0 = 1_780_000_000_000
MIN = 60_000


def hybrid(store) -> int:
    mid = repo.create_meeting(store, "Hybrid forum", now_ms=T0)
    group = repo.load_meeting(store, mid).groups[0].id
    ana = repo.add_participant(store, mid, "Ana", group, Role.PARTICIPANT)
    bo = repo.add_participant(store, mid, "Bo", group, Role.PARTICIPANT)
    cy = repo.add_participant(store, mid, "Cy", group, Role.PARTICIPANT)
    repo.update_participant(store, bo, attendance="online")
    repo.replace_presence(store, cy, [Presence(T0, T0 + 30 * MIN, AttendanceMode.ROOM),
                                      Presence(T0 + 30 * MIN, None, AttendanceMode.ONLINE)])
    insert_turns(store, mid, [Turn(ana, T0, T0 + 10 * MIN, None),
                              Turn(bo, T0 + 10 * MIN, T0 + 15 * MIN, None),
                              Turn(cy, T0 + 40 * MIN, T0 + 45 * MIN, None)])
    repo.update_meeting(store, mid, started_ms=T0, ended_ms=T0 + 60 * MIN,
                        status=MeetingStatus.CLOSED)
    return mid


def test_a_hybrid_meeting_round_trips_with_its_modes_and_report(tmp_path):
    store = open_store(tmp_path / "a.db")
    doc = meeting_to_dict(store, hybrid(store))
    assert doc["format_version"] == FORMAT_VERSION == 2
    people = {p["name"]: p for p in doc["people"]}
    assert people["Bo"]["attendance"] == "online" and people["Ana"]["attendance"] == "room"
    assert [i["mode"] for i in people["Cy"]["presence"]] == ["room", "online"]
    other = open_store(tmp_path / "b.db")
    again = import_meeting(other, json.loads(json.dumps(doc))).meeting_id
    assert meeting_to_dict(other, again) == doc
    now = T0 + 60 * MIN
    assert build_report(repo.load_meeting(other, again), now)["modes"] == \
        build_report(repo.load_meeting(store, 1), now)["modes"]
    store.close()
    other.close()


def test_a_version_1_file_reads_as_everyone_in_the_room(tmp_path):
    store = open_store(tmp_path / "a.db")
    doc = meeting_to_dict(store, hybrid(store))
    doc["format_version"] = 1
    for p in doc["people"]:
        p.pop("attendance")
        for interval in p["presence"]:
            interval.pop("mode")
    other = open_store(tmp_path / "b.db")
    meeting = repo.load_meeting(other, import_meeting(other, doc).meeting_id)
    assert {p.attendance for p in meeting.participants} == {AttendanceMode.ROOM}
    assert {i.mode for p in meeting.participants for i in p.presence} == {AttendanceMode.ROOM}
    assert not build_report(meeting, T0 + 60 * MIN)["hybrid"]
    store.close()
    other.close()
