"""Backups: a consistent, readable copy, written whole or not at all; daily, seven kept."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest

from coprodesk.demo import create_demo
from coprodesk.store import meetings as repo
from coprodesk.store.backup import backup_folder, backup_if_due, backups, write_backup
from coprodesk.store.connection import open_store
from coprodesk.store.errors import StoreError

DAY = timedelta(days=1)


def test_a_backup_of_a_live_database_holds_every_committed_change(store, tmp_path):
    closed, _planned = create_demo(store)
    repo.update_meeting(store, closed, place="Room 3")  # committed, still in the WAL
    copy = write_backup(store.path, tmp_path / "copy.db")
    again = open_store(copy)
    try:
        assert repo.load_meeting(again, closed) == repo.load_meeting(store, closed)
        assert again.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        again.close()
    assert not list(tmp_path.glob(".*.partial"))


def test_daily_copies_come_once_a_day_and_only_seven_are_kept(store):
    create_demo(store)
    start = datetime(2026, 11, 1, 9, 0)
    assert backup_if_due(store.path, start) is not None
    assert backup_if_due(store.path, start + timedelta(hours=5)) is None  # not due yet
    for n in range(1, 10):
        assert backup_if_due(store.path, start + n * DAY) is not None
    kept = backups(store.path)
    assert len(kept) == 7
    assert kept[0].name == "meetings-20261104-090000.db"
    assert kept[-1].name == "meetings-20261110-090000.db"
    assert all(p.parent == backup_folder(store.path) for p in kept)


def test_an_unwritable_backup_is_a_clear_message_and_leaves_no_half_file(store, tmp_path):
    create_demo(store)
    (tmp_path / "backups").write_text("a file where the folder should be")
    with pytest.raises(StoreError) as failure:
        backup_if_due(store.path, datetime(2026, 11, 1))
    assert "backups" in str(failure.value)
    taken = tmp_path / "taken"
    taken.mkdir()  # a folder where the copy should go
    with pytest.raises(StoreError, match="cannot write the backup"):
        write_backup(store.path, taken)
    assert not list(tmp_path.glob(".*.partial")) and list(taken.iterdir()) == []


def test_the_copy_is_a_sqlite_database_even_while_a_writer_holds_it(store, tmp_path):
    create_demo(store)
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # a writer mid-transaction: readers still see the last commit
    try:
        copy = write_backup(store.path, tmp_path / "during.db")
    finally:
        other.rollback()
        other.close()
    assert sqlite3.connect(copy).execute("SELECT count(*) FROM meetings").fetchone()[0] == 2
