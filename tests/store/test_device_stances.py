"""Stances given from participants' devices: kept apart until revealed, then on record
marked as given from the person's own device (store, report, minutes, meeting file), and
a correction typed on the laptop clears the mark."""

from __future__ import annotations

from coprodesk.demo import create_demo
from coprodesk.domain.model import Stance
from coprodesk.domain.report import build_report
from coprodesk.minutes import record
from coprodesk.portable.export import meeting_to_dict
from coprodesk.portable.importer import import_meeting, problems_in
from coprodesk.session import MeetingSession
from coprodesk.store import decisions as store_decisions
from coprodesk.store import devices
from coprodesk.store import meetings as repo


def _round(store):
    _closed, planned = create_demo(store)
    session = MeetingSession(store, planned)
    people = {p.name: p.id for p in session.meeting.participants}
    session.give_floor(people["Helen Ward"])
    did = store_decisions.create_decision(store, planned, "consensus", "Pilot it",
                                          item_id=session.current_item.id)
    rnd = next(d for d in repo.load_meeting(store, planned).decisions if d.id == did).rounds[-1]
    return planned, did, rnd.id, people


def _stances(store, mid, did):
    return next(d for d in repo.load_meeting(store, mid).decisions if d.id == did).rounds[-1].stances


def test_reveal_enters_the_answers_marked_and_undo_hides_them_again(store):
    mid, did, rid, people = _round(store)
    tom, dev = people["Tom Reilly"], people["Dev Patel"]
    store_decisions.set_stances(store, rid, {tom: ("support", "typed")})
    devices.set_device_stance(store, rid, Stance(tom, "block", "changed my mind"), 1)
    devices.set_device_stance(store, rid, Stance(dev, None, ""), 1)
    assert [(s.participant_id, s.option) for s in _stances(store, mid, did)] == [(tom, "support")]
    before, given = devices.reveal_device_stances(store, rid)
    assert sorted((s.participant_id, s.option, s.from_device) for s in _stances(store, mid, did)
                  ) == sorted([(tom, "block", True), (dev, None, True)])
    assert devices.device_stances(store, rid) == {}
    devices.hide_again(store, rid, before, given, 2)
    assert [(s.participant_id, s.option, s.from_device) for s in _stances(store, mid, did)] == [
        (tom, "support", False)]
    assert set(devices.device_stances(store, rid)) == {tom, dev}


def test_the_mark_reaches_the_report_the_minutes_and_the_meeting_file(store):
    mid, did, rid, people = _round(store)
    amara = people["Amara Okafor"]
    devices.set_device_stance(store, rid, Stance(amara, "support", "Good for us"), 1)
    devices.reveal_device_stances(store, rid)
    meeting = repo.load_meeting(store, mid)
    report = build_report(meeting, 10**13)
    (given,) = next(d for d in report["decisions"] if d["id"] == did)["rounds"][0]["stances"]
    assert given["from_device"] is True
    decision = next(d for d in meeting.decisions if d.id == did)
    (line,) = record.decision_rounds(meeting, decision, 10**13)[0].stances
    assert "given privately from their own device" in line.sentence()
    doc = meeting_to_dict(store, mid)
    assert problems_in(doc) == []  # the schema knows the mark
    assert [s["from_device"] for d in doc["decisions"] for r in d["rounds"]
            for s in r["stances"]] == [True]
    copy = repo.load_meeting(store, import_meeting(store, doc, "copy").meeting_id)
    assert [s.from_device for d in copy.decisions for r in d.rounds for s in r.stances] == [True]
    store_decisions.set_stances(store, rid, {amara: ("stand-aside", "on reflection")})
    assert [s.from_device for s in _stances(store, mid, did)] == [False]
