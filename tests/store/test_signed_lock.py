"""A signed meeting is locked in the database itself: no code path can change, add or remove
any of its rows (down to one stance) until it is reopened with a recorded reason."""

from __future__ import annotations

import pytest

from coprodesk.demo import create_demo
from coprodesk.store import meetings as repo
from coprodesk.store.connection import open_store
from coprodesk.store.errors import StoreError
from coprodesk.store.signing import record_signature, reopen_for_correction

IN_DECISIONS = "(SELECT id FROM decisions WHERE meeting_id = :m)"
IN_ROUNDS = f"(SELECT id FROM rounds WHERE decision_id IN {IN_DECISIONS})"
IN_PEOPLE = "(SELECT id FROM participants WHERE meeting_id = :m)"
IN_ACTIONS = "(SELECT id FROM actions WHERE meeting_id = :m)"

CHANGES = {
    "delete turns": "DELETE FROM turns WHERE meeting_id = :m",
    "move turns out": "UPDATE turns SET meeting_id = :other WHERE meeting_id = :m",
    "delete a person": f"DELETE FROM participants WHERE id IN {IN_PEOPLE}",
    "delete items": "DELETE FROM items WHERE meeting_id = :m",
    "delete decisions": "DELETE FROM decisions WHERE meeting_id = :m",
    "delete actions": "DELETE FROM actions WHERE meeting_id = :m",
    "change a stance": f"UPDATE stances SET option = 'block' WHERE round_id IN {IN_ROUNDS}",
    "delete stances": f"DELETE FROM stances WHERE round_id IN {IN_ROUNDS}",
    "add a round": "INSERT INTO rounds (decision_id, number, proposal) "
                   "SELECT id, 9, 'rewritten' FROM decisions WHERE meeting_id = :m",
    "rewrite a proposal": f"UPDATE rounds SET proposal = 'other' WHERE decision_id IN {IN_DECISIONS}",
    "delete presence": f"DELETE FROM presence WHERE participant_id IN {IN_PEOPLE}",
    "change presence": f"UPDATE presence SET end_ms = 0 WHERE participant_id IN {IN_PEOPLE}",
    "delete owners": f"DELETE FROM action_owners WHERE action_id IN {IN_ACTIONS}",
}


@pytest.fixture
def signed(tmp_path):
    store = open_store(tmp_path / "m.db")
    closed, planned = create_demo(store)
    record_signature(store, closed, "Facilitator", "Jo Fischer", 1_773_400_000_000, "0" * 64)
    yield store, closed, planned
    store.close()


def counts(store, meeting_id: int) -> dict[str, int]:
    sql = {"turns": "SELECT count(*) FROM turns WHERE meeting_id = :m",
           "stances": f"SELECT count(*) FROM stances WHERE round_id IN {IN_ROUNDS}",
           "rounds": f"SELECT count(*) FROM rounds WHERE decision_id IN {IN_DECISIONS}",
           "presence": f"SELECT count(*) FROM presence WHERE participant_id IN {IN_PEOPLE}",
           "owners": f"SELECT count(*) FROM action_owners WHERE action_id IN {IN_ACTIONS}",
           "people": "SELECT count(*) FROM participants WHERE meeting_id = :m"}
    with store.reading() as conn:
        return {k: conn.execute(q, {"m": meeting_id}).fetchone()[0] for k, q in sql.items()}


@pytest.mark.parametrize("change", CHANGES)
def test_every_change_to_a_signed_meeting_is_refused_and_nothing_moves(signed, change):
    store, closed, planned = signed
    before = counts(store, closed)
    assert all(before.values()), before  # the demo meeting has rows of every kind
    with pytest.raises(StoreError, match="signed, so it is locked"), store.write() as conn:
        conn.execute(CHANGES[change], {"m": closed, "other": planned})
    assert counts(store, closed) == before


def test_reopened_it_can_be_corrected_and_a_signed_meeting_can_still_be_deleted(signed):
    store, closed, planned = signed
    reopen_for_correction(store, closed, "a stance was recorded against the wrong person", 1)
    with store.write() as conn:
        conn.execute(CHANGES["change a stance"], {"m": closed})
    record_signature(store, closed, "Facilitator", "Jo Fischer", 2, "1" * 64)
    assert repo.load_meeting(store, closed).status == "signed"
    repo.delete_meeting(store, closed)  # the whole meeting, deliberately: cascades freely
    assert [m.id for m in repo.list_meetings(store)] == [planned]
