"""A meeting file's turns are held during the meeting: a turn before it started or after
it ended is refused in one line, and nothing of the file is imported."""

from __future__ import annotations

import json

import pytest

from coprodesk.store import meetings as repo
from coprodesk.store.connection import open_store

from ..cli_run import demo_with_facilitator, run


@pytest.mark.parametrize(("where", "shift_ms"), [("start", -60_000), ("end", +60_000)])
def test_turns_outside_the_meetings_time_are_refused_in_one_line(tmp_path, capsys, where,
                                                                 shift_ms):
    from coprodesk.domain.clock import iso_utc, parse_iso_utc

    db = demo_with_facilitator(tmp_path, capsys)
    meeting = tmp_path / "meeting.json"
    assert run(capsys, "--db", db, "export", "Spring workshop", "--format", "json", "-o",
               str(meeting))[0] == 0
    doc = json.loads(meeting.read_text())
    turn = doc["turns"][0] if where == "start" else doc["turns"][-1]
    bound = doc["meeting"]["started" if where == "start" else "ended"]
    key = "start" if where == "start" else "end"
    turn[key] = iso_utc(parse_iso_utc(bound) + shift_ms)
    meeting.write_text(json.dumps(doc))
    other = tmp_path / "laptop.db"
    code, out, err = run(capsys, "--db", other, "import", str(meeting))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "outside the meeting's time" in err
    store = open_store(other)
    try:
        assert repo.list_meetings(store) == []  # all or nothing
    finally:
        store.close()
