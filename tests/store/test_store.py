"""The store against a real SQLite file: round trips, durability, bad input."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from coprodesk.domain import floor
from coprodesk.domain.model import MeetingStatus, Role
from coprodesk.store import connection, schema
from coprodesk.store import floor as floor_store
from coprodesk.store import meetings as repo
from coprodesk.store.connection import open_store
from coprodesk.store.errors import StoreError


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_meeting(store):
    mid = repo.create_meeting(store, "Spring workshop", date="2026-03-12")
    m = repo.load_meeting(store, mid)
    a = repo.add_participant(store, mid, "Ann", m.groups[0].id, Role.CO_CHAIR)
    b = repo.add_participant(store, mid, "Bob", m.groups[2].id)
    return mid, a, b


def test_a_new_meeting_has_the_four_default_groups(store):
    mid = repo.create_meeting(store, "Spring workshop")
    m = repo.load_meeting(store, mid)
    assert [g.name for g in m.groups] == [
        "Lived experience", "Carer / family", "Practitioner", "Commissioner / manager"]
    assert len({g.colour for g in m.groups}) == 4
    assert m.status is MeetingStatus.PLANNED


def test_the_database_uses_wal_foreign_keys_and_a_busy_timeout(store):
    conn = store.db.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0


def test_floor_changes_are_committed_and_read_back(store, db_path):
    mid, a, b = make_meeting(store)
    c1 = floor_store.apply_floor_change(store, mid, floor.give_floor(None, a, None, 1_000))
    c2 = floor_store.apply_floor_change(store, mid, floor.give_floor(c1.opened, b, None, 61_000))
    # A second, independent connection sees the change at once: it is committed.
    other = sqlite3.connect(db_path)
    rows = other.execute("SELECT participant_id, start_ms, end_ms FROM turns ORDER BY id").fetchall()
    other.close()
    assert rows == [(a, 1_000, 61_000), (b, 61_000, None)]
    floor_store.revert_floor_change(store, mid, c2)
    m = repo.load_meeting(store, mid)
    assert [(t.participant_id, t.end_ms) for t in m.turns] == [(a, None)]


def test_the_database_refuses_a_second_open_turn(store):
    mid, a, b = make_meeting(store)
    floor_store.apply_floor_change(store, mid, floor.give_floor(None, a, None, 0))
    with pytest.raises(sqlite3.IntegrityError):
        floor_store.apply_floor_change(store, mid, floor.give_floor(None, b, None, 5))


def test_an_interrupted_turn_is_closed_at_its_last_heartbeat(db_path):
    store = open_store(db_path)
    mid, a, _ = make_meeting(store)
    floor_store.apply_floor_change(store, mid, floor.give_floor(None, a, None, 10_000))
    floor_store.heartbeat(store, mid, 14_000)
    store.db.conn.close()  # the app dies without closing the turn
    again = open_store(db_path)
    recovered = floor_store.recover(again, mid)
    assert recovered.end_ms == 14_000
    assert repo.load_meeting(again, mid).open_turn is None


def test_deleting_a_meeting_removes_everything_in_it(store):
    mid, a, _ = make_meeting(store)
    floor_store.apply_floor_change(store, mid, floor.give_floor(None, a, None, 0))
    repo.delete_meeting(store, mid)
    for table in ("participants", "groups", "turns"):
        assert store.db[table].count == 0


def test_a_duplicate_group_name_is_refused(store):
    mid = repo.create_meeting(store, "M")
    with pytest.raises(StoreError, match="already a group called"):
        repo.add_group(store, mid, "lived experience")
    assert len(repo.load_meeting(store, mid).groups) == 4


# --- bad input: a clear message naming the file, and the file left untouched ---------

def test_a_text_file_is_not_a_database(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("shopping list\n")
    before = digest(path)
    with pytest.raises(StoreError, match="not a CoProDesk database") as err:
        open_store(path)
    assert str(path) in str(err.value)
    assert digest(path) == before


def test_another_apps_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(StoreError, match="not a CoProDesk database"):
        open_store(path)
    assert digest(path) == before


def test_a_corrupt_database_is_refused_untouched(db_path):
    s = open_store(db_path)
    make_meeting(s)
    s.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    s.close()
    data = bytearray(db_path.read_bytes())
    data[4096:8192] = b"\xde\xad\xbe\xef" * 1024  # scramble the second page
    db_path.write_bytes(bytes(data))
    before = digest(db_path)
    with pytest.raises(StoreError, match=r"corrupt|not a CoProDesk"):
        open_store(db_path)
    assert digest(db_path) == before


def test_a_truncated_database_is_refused_untouched(db_path):
    s = open_store(db_path)
    make_meeting(s)
    s.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    s.close()
    db_path.write_bytes(db_path.read_bytes()[:5000])
    before = digest(db_path)
    with pytest.raises(StoreError):
        open_store(db_path)
    assert digest(db_path) == before


def test_a_read_only_database_is_refused_untouched(db_path):
    open_store(db_path).close()
    db_path.chmod(0o444)
    before = digest(db_path)
    try:
        with pytest.raises(StoreError, match="read-only"):
            open_store(db_path)
        assert digest(db_path) == before
    finally:
        db_path.chmod(0o644)


def test_a_database_from_a_newer_version_is_refused_untouched(db_path):
    s = open_store(db_path)
    s.db.conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
        [schema.MIGRATION_SET, "m999_from_the_future", "2030-01-01"])
    s.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    s.close()
    before = digest(db_path)
    with pytest.raises(StoreError, match="newer CoProDesk"):
        open_store(db_path)
    assert digest(db_path) == before


def test_a_locked_database_gives_a_clear_message_and_loses_nothing(db_path):
    s = open_store(db_path, busy_timeout_ms=50)
    mid, a, _ = make_meeting(s)
    blocker = sqlite3.connect(db_path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match="locked"):
            floor_store.apply_floor_change(s, mid, floor.give_floor(None, a, None, 0))
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert repo.load_meeting(s, mid).turns == ()
    floor_store.apply_floor_change(s, mid, floor.give_floor(None, a, None, 0))
    assert len(repo.load_meeting(s, mid).turns) == 1


def test_a_migration_copies_the_database_aside_first(db_path, monkeypatch):
    s = open_store(db_path)
    make_meeting(s)
    s.close()
    newer = schema.build_migrations()

    @newer(name="m999_test_column")
    def m002(db):
        db.execute("ALTER TABLE meetings ADD COLUMN colour TEXT")

    monkeypatch.setattr(connection, "build_migrations", lambda: newer)
    monkeypatch.setattr(connection, "known_migration_names",
                        lambda: schema.known_migration_names() | {"m999_test_column"})
    s2 = open_store(db_path)
    backups = list(db_path.parent.glob("*.bak"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("SELECT title FROM meetings").fetchall() == [("Spring workshop",)]
    assert "colour" not in [r[1] for r in old.execute("PRAGMA table_info(meetings)")]
    old.close()
    assert "colour" in s2.db["meetings"].columns_dict
