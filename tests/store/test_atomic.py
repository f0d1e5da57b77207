"""All or nothing: a demo that fails half-way leaves nothing behind."""

from __future__ import annotations

import pytest

from coprodesk.demo import create_demo
from coprodesk.store.errors import StoreError
from coprodesk.store.meetings import list_meetings

TABLES = ("meetings", "groups", "participants", "presence", "items", "turns", "decisions",
          "rounds", "stances", "actions", "action_owners")


def counts(store) -> dict[str, int]:
    return {t: store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def test_a_demo_that_fails_half_way_leaves_nothing(store):
    empty = counts(store)
    # The disk "fills up" when the first action is written: after the first meeting, its
    # people, turns and decisions are in, before the second meeting is.
    store.conn.execute("CREATE TRIGGER full BEFORE INSERT ON actions BEGIN "
                       "SELECT RAISE(ABORT, 'database or disk is full'); END")
    with pytest.raises(StoreError, match="disk is full"):
        create_demo(store)
    assert counts(store) == empty
    store.conn.execute("DROP TRIGGER full")
    first, second = create_demo(store)  # and the next try succeeds whole
    assert {m.id for m in list_meetings(store)} == {first, second}
    assert counts(store)["actions"] == 3


def test_a_start_removes_the_temporary_files_that_killed_writers_left(db_path):
    from coprodesk.store.connection import open_store

    backups = db_path.parent / "backups"
    backups.mkdir()
    halves = [db_path.parent / ".minutes.pdf.q1w2e3r4.coprodesk.part",
              backups / ".meetings-20261101-090000.db.abcd_123.coprodesk.part"]
    theirs = db_path.parent / ".meetings.db.q1w2e3r4.part"  # another program's, named alike
    for half in (*halves, theirs):
        half.write_bytes(b"half a file")
    open_store(db_path).close()
    assert not any(h.exists() for h in halves)
    assert theirs.exists()
