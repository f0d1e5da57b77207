"""Each database has an id of its own, made once: the archive names its manifest after it."""

from __future__ import annotations

import sqlite3

from coprodesk.store.connection import open_store
from coprodesk.store.identity import database_id


def test_a_database_keeps_its_id_and_another_database_has_another(tmp_path):
    first = open_store(tmp_path / "a.db")
    mine = database_id(first)
    first.close()
    again = open_store(tmp_path / "a.db")
    assert database_id(again) == mine and len(mine) == 32 and int(mine, 16) >= 0
    again.close()
    other = open_store(tmp_path / "b.db")
    assert database_id(other) != mine
    other.close()


def test_a_database_from_before_ids_gets_one_when_upgraded(tmp_path):
    path = tmp_path / "old.db"
    open_store(path).close()
    with sqlite3.connect(path) as conn:  # as an older CoProDesk left it
        conn.execute("DROP TABLE database_identity")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm008_database_identity'")
    conn.close()
    store = open_store(path)
    assert len(database_id(store)) == 32
    store.close()
