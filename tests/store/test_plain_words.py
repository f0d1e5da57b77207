"""The optional "in plain words" text of decisions and actions (issue 20): stored and read
back, carried through the meeting file (and absent from older files), and printed by the
easy-read minutes instead of the sentence composed from the record."""

from __future__ import annotations

import json
import sqlite3

from coprodesk.demo import create_demo
from coprodesk.portable.export import meeting_to_dict
from coprodesk.portable.importer import import_meeting
from coprodesk.store import decisions as store_decisions
from coprodesk.store import meetings as repo
from coprodesk.store.connection import open_store

PLAIN = "We will ask 111 to send a person, not only a phone call."


def test_plain_words_are_stored_changed_and_read_back(store):
    closed, _ = create_demo(store)
    meeting = repo.load_meeting(store, closed)
    assert [d.plain_words for d in meeting.decisions] == ["", ""]
    did = repo.add_decision(store, closed, "consensus", "Night calls", plain_words=PLAIN)
    aid = repo.add_action(store, closed, "Write to 111", plain_words="Jo writes a letter.")
    meeting = repo.load_meeting(store, closed)
    assert next(d for d in meeting.decisions if d.id == did).plain_words == PLAIN
    assert next(a for a in meeting.actions if a.id == aid).plain_words == "Jo writes a letter."
    store_decisions.update_decision(store, did, plain_words="")
    store_decisions.update_action(store, aid, plain_words="Jo writes to 111.")
    meeting = repo.load_meeting(store, closed)
    assert next(d for d in meeting.decisions if d.id == did).plain_words == ""
    assert next(a for a in meeting.actions if a.id == aid).plain_words == "Jo writes to 111."


def test_a_database_from_before_plain_words_gains_them_empty(tmp_path):
    path = tmp_path / "old.db"
    store = open_store(path)
    closed, _ = create_demo(store)
    store.close()
    # take the database back to how the previous version left it: no column, no migration
    with sqlite3.connect(path) as conn:
        for table in ("decisions", "actions"):
            conn.execute(f"ALTER TABLE {table} DROP COLUMN plain_words")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm004_plain_words'")
    store = open_store(path)
    meeting = repo.load_meeting(store, closed)
    assert len(meeting.decisions) == 2 and all(d.plain_words == "" for d in meeting.decisions)
    assert all(a.plain_words == "" for a in meeting.actions)
    store.close()


def test_plain_words_travel_in_the_meeting_file_and_old_files_still_import(tmp_path, store):
    closed, _ = create_demo(store)
    first = repo.load_meeting(store, closed)
    store_decisions.update_decision(store, first.decisions[0].id, plain_words=PLAIN)
    store_decisions.update_action(store, first.actions[0].id, plain_words="Helen writes.")
    doc = json.loads(json.dumps(meeting_to_dict(store, closed)))
    assert doc["decisions"][0]["plain_words"] == PLAIN
    assert doc["actions"][0]["plain_words"] == "Helen writes."
    other = open_store(tmp_path / "other.db")
    mid = import_meeting(other, doc).meeting_id
    assert meeting_to_dict(other, mid)["decisions"] == doc["decisions"]
    back = repo.load_meeting(other, mid)
    assert back.decisions[0].plain_words == PLAIN and back.actions[0].plain_words == "Helen writes."

    for entry in (*doc["decisions"], *doc["actions"]):  # a file from before the key existed
        del entry["plain_words"]
    doc["meeting"]["uid"] = "an-older-file"
    old = import_meeting(other, doc).meeting_id
    assert {d.plain_words for d in repo.load_meeting(other, old).decisions} == {""}
    other.close()
