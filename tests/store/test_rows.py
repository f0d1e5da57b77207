"""One list of columns per table (``schema.COLUMNS``) serves every whole-row write and read:
it matches the migrated database, and values written through it come back unchanged."""

from __future__ import annotations

from dataclasses import replace

from coprodesk.demo import create_demo
from coprodesk.store import decisions as store_decisions
from coprodesk.store import meetings as repo
from coprodesk.store.schema import COLUMNS
from coprodesk.store.signing import record_signature, reopen_for_correction
from coprodesk.store.whole import insert_whole_meeting, read_whole_meeting


def test_the_column_lists_are_the_migrated_schema(store):
    """A migration that adds a column fails here until ``COLUMNS`` names it."""
    with store.reading() as conn:
        tables = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' "
            "ESCAPE '\\' AND name NOT LIKE 'sqlite%'")}
        schema = {t: tuple(r[1] for r in conn.execute(f"PRAGMA table_info({t})"))
                  for t in tables}
    assert schema == COLUMNS


def test_a_deleted_decision_and_action_come_back_exactly(store):
    closed, _planned = create_demo(store)
    before = repo.load_meeting(store, closed)
    decision, action = before.decisions[0], before.actions[0]
    store_decisions.delete_decision(store, decision.id)
    store_decisions.delete_action(store, action.id)
    assert repo.load_meeting(store, closed) != before
    store_decisions.restore_decision(store, closed, decision)
    store_decisions.restore_action(store, closed, action)
    assert repo.load_meeting(store, closed) == before


def test_a_whole_meeting_written_under_new_ids_reads_back_the_same(store):
    closed, _planned = create_demo(store)
    record_signature(store, closed, "facilitator", "Ada", 1_700_000_000_000, "ab" * 32)
    reopen_for_correction(store, closed, "a name was misspelt", 1_700_000_100_000)
    whole = read_whole_meeting(store, closed)
    copy = replace(whole, meeting=replace(whole.meeting, uid="another"))
    new_id, skipped = insert_whole_meeting(store, copy)
    again = read_whole_meeting(store, new_id)
    assert new_id != closed and skipped == 0
    assert again.signatures == whole.signatures and again.amendments == whole.amendments
    assert again.meanings == whole.meanings and again.created_ms == whole.created_ms
    m, n = whole.meeting, again.meeting
    assert n.uid == "another" and n.title == m.title and n.status == m.status
    assert [p.name for p in n.participants] == [p.name for p in m.participants]
    assert [(t.start_ms, t.end_ms) for t in n.turns] == [(t.start_ms, t.end_ms) for t in m.turns]
    assert any(r.stances for d in m.decisions for r in d.rounds)
    names = {p.id: p.name for p in m.participants}
    new_names = {p.id: p.name for p in n.participants}
    assert [[(new_names[s.participant_id], s.option) for r in d.rounds for s in r.stances]
            for d in n.decisions] == \
        [[(names[s.participant_id], s.option) for r in d.rounds for s in r.stances]
         for d in m.decisions]
    assert not {p.id for p in n.participants} & {p.id for p in m.participants}
