"""A read-only database is listed, reported and backed up as it is: not one byte changes,
and no -wal/-shm file appears beside it (the tests run as root in CI, where permissions
do not stop a write: the mode bits are what says "do not touch")."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from coprodesk.demo import create_demo
from coprodesk.store import meetings as repo
from coprodesk.store.connection import open_store
from coprodesk.store.errors import StoreError
from coprodesk.store.readonly import is_read_only, open_read_only

from ..cli_run import run


def snapshot(folder: Path) -> dict[str, str]:
    """Every file in the folder (recursively) and a digest of its bytes."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    folder = tmp_path / "meetings"
    folder.mkdir()
    db = folder / "m.db"
    store = open_store(db)
    create_demo(store)
    store.close()  # the last connection checkpoints: no -wal/-shm remain
    assert sorted(p.name for p in folder.iterdir()) == ["m.db"]
    return db


def crash_copy(db: Path, folder: Path) -> Path:
    """A database whose last commit is still only in its journal (-wal, no -shm): the
    files as they were while the app ran, copied to another place."""
    store = open_store(db)
    repo.update_meeting(store, 1, place="Room 3, from the journal")
    folder.mkdir()
    shutil.copyfile(db, folder / db.name)
    shutil.copyfile(db.with_name(db.name + "-wal"), folder / (db.name + "-wal"))
    store.close()
    return folder / db.name


@pytest.fixture(params=["file", "folder"])
def make_read_only(request):
    """Mark the database read-only by its file mode or by its folder's; undone afterwards."""
    marked: list[tuple[Path, int]] = []

    def mark(db: Path) -> Path:
        target = db if request.param == "file" else db.parent
        marked.append((target, target.stat().st_mode))
        target.chmod(0o444 if request.param == "file" else 0o555)
        return db

    yield mark
    for target, mode in marked:
        target.chmod(mode)


def test_a_read_only_database_is_listed_reported_and_backed_up_untouched(
        demo_db, make_read_only, tmp_path, capsys):
    make_read_only(demo_db)
    assert is_read_only(demo_db)
    before = snapshot(demo_db.parent)
    code, out, err = run(capsys, "--db", demo_db, "list", "--json")
    assert code == 0, err
    assert [m["title"] for m in json.loads(out)] == ["Spring workshop",
                                                     "Spring workshop: follow-up"]
    code, out, err = run(capsys, "--db", demo_db, "report", "Spring workshop", "--json")
    assert code == 0, err
    assert json.loads(out)["meeting"]["status"] == "closed"
    code, out, err = run(capsys, "--db", demo_db, "report", "--series",
                         "Community mental health redesign")
    assert code == 0 and "Spring workshop: follow-up" in out, err
    copy = tmp_path / "copy.db"
    code, out, err = run(capsys, "--db", demo_db, "backup", "-o", copy)
    assert code == 0, err
    assert snapshot(demo_db.parent) == before  # not a byte, not a -wal, not a -shm
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT count(*) FROM meetings").fetchone()[0] == 2
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_read_only_copy_whose_last_commit_is_in_its_journal_reads_it_without_a_trace(
        demo_db, make_read_only, tmp_path, capsys):
    db = make_read_only(crash_copy(demo_db, tmp_path / "copied"))
    before = snapshot(db.parent)
    assert set(before) == {"m.db", "m.db-wal"}
    code, _out, err = run(capsys, "--db", db, "report", "1", "--json")
    assert code == 0, err
    copy = tmp_path / "copy.db"
    assert run(capsys, "--db", db, "backup", "-o", copy)[0] == 0
    store = open_store(copy)
    try:
        assert repo.load_meeting(store, 1).place == "Room 3, from the journal"
    finally:
        store.close()
    assert snapshot(db.parent) == before


def test_writing_to_a_read_only_database_is_one_clear_line_and_changes_nothing(
        demo_db, make_read_only, capsys):
    make_read_only(demo_db)
    before = snapshot(demo_db.parent)
    store = open_read_only(demo_db)
    try:
        with pytest.raises(StoreError, match="read-only"):
            repo.update_meeting(store, 1, place="elsewhere")
    finally:
        store.close()
    for command in (["demo"], ["import-turns", "nothing.csv", "--title", "x"]):
        code, out, err = run(capsys, "--db", demo_db, *command)
        assert code == 2 and out == ""
        assert err.count("\n") == 1 and "Traceback" not in err
        assert "read-only" in err or "nothing.csv" in err
    assert snapshot(demo_db.parent) == before


def test_a_read_only_database_that_needs_an_upgrade_is_refused_with_a_sentence(
        demo_db, make_read_only, capsys):
    with sqlite3.connect(demo_db) as conn:  # as if written before the latest migration
        last = conn.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid DESC"
                            " LIMIT 1").fetchone()[0]
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = ?", [last])
    conn.close()
    make_read_only(demo_db)
    before = snapshot(demo_db.parent)
    code, _out, err = run(capsys, "--db", demo_db, "list")
    assert code == 2
    assert "read-only" in err and "older CoProDesk" in err and err.count("\n") == 1
    assert snapshot(demo_db.parent) == before


def test_opening_a_read_only_database_for_writing_is_refused_without_a_trace(
        demo_db, make_read_only):
    make_read_only(demo_db)
    before = snapshot(demo_db.parent)
    with pytest.raises(StoreError, match="read-only"):
        open_store(demo_db)
    assert snapshot(demo_db.parent) == before  # no -wal, no -shm from the checks either
