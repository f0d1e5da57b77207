"""``report --json`` lists the raised hands in the order they get the floor (key ``queue``)."""

from __future__ import annotations

import json

from coprodesk.demo import create_demo
from coprodesk.domain.model import HandKind
from coprodesk.session import MeetingSession
from tests.cli_run import run


def test_the_queue_in_the_order_of_the_floor(store, capsys):
    _closed, planned = create_demo(store)
    session = MeetingSession(store, planned)
    people = {p.name: p.id for p in session.meeting.participants}
    session.raise_hand(people["Tom Reilly"])
    session.raise_hand(people["Helen Ward"], HandKind.CLARIFICATION)
    session.raise_hand(people["Sione Tupou"], HandKind.POINT_OF_ORDER)
    code, out, _err = run(capsys, "--db", store.path, "report", str(planned), "--json")
    assert code == 0
    queue = json.loads(out)["queue"]
    assert [(q["name"], q["kind"]) for q in queue] == [
        ("Sione Tupou", "point-of-order"), ("Helen Ward", "clarification"),
        ("Tom Reilly", "speak")]
    assert [q["id"] for q in queue] == [h.participant_id for h in session.queue()]
    assert all(q["raised"].endswith("Z") for q in queue)
