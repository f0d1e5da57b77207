"""Privacy at rest: the database, its journal, its backups, the error log and the app's
folders are readable by the user only, from creation and after every start."""

from __future__ import annotations

import os
import stat
from datetime import datetime
from pathlib import Path

import pytest

from coprodesk.cli import main
from coprodesk.demo import create_demo
from coprodesk.paths import data_folder, log_path
from coprodesk.privacy import tighten
from coprodesk.store.backup import backup_if_due, write_backup
from coprodesk.store.connection import open_store


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture(autouse=True)
def usual_umask():
    """The common default: without the app's care, files would be 0644, folders 0755."""
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """A user's own data and log folders, in tmp."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path


def test_a_new_database_its_journal_and_its_folder_are_the_users_only(tmp_path):
    db = tmp_path / "new folder" / "m.db"
    store = open_store(db)
    try:
        create_demo(store)
        assert {p.name for p in db.parent.iterdir()} >= {"m.db", "m.db-wal", "m.db-shm"}
        for name in ("m.db", "m.db-wal", "m.db-shm"):
            assert mode(db.parent / name) == 0o600, name
        assert mode(db.parent) == 0o700
    finally:
        store.close()


def test_a_folder_the_user_chose_is_not_changed_but_the_database_in_it_is(tmp_path):
    tmp_path.chmod(0o755)
    store = open_store(tmp_path / "m.db")
    store.close()
    assert mode(tmp_path) == 0o755 and mode(tmp_path / "m.db") == 0o600


def test_backups_are_the_users_only_wherever_they_go(store, tmp_path):
    create_demo(store)
    daily = backup_if_due(store.path, datetime(2026, 11, 1, 9, 0))
    assert mode(daily) == 0o600 and mode(daily.parent) == 0o700
    chosen = write_backup(store.path, tmp_path / "elsewhere" / "copy.db")
    assert mode(chosen) == 0o600


def test_existing_files_are_tightened_on_the_next_start(tmp_path, capsys):
    db = tmp_path / "m.db"
    store = open_store(db)
    create_demo(store)
    backup_if_due(store.path, datetime(2026, 11, 1, 9, 0))
    store.close()
    (old,) = (tmp_path / "backups").iterdir()
    for path, loose in ((db, 0o644), (old, 0o664), (tmp_path / "backups", 0o755)):
        path.chmod(loose)
    assert main(["--db", str(db), "list"]) == 0  # any command is a start
    capsys.readouterr()
    assert (mode(db), mode(old), mode(tmp_path / "backups")) == (0o600, 0o600, 0o700)


def test_the_apps_own_data_folder_is_tightened_and_made_private(home):
    folder = data_folder()
    assert str(folder).startswith(str(home))
    folder.mkdir(parents=True, mode=0o755)
    store = open_store(folder / "coprodesk.db")
    store.close()
    assert mode(folder) == 0o700 and mode(folder / "coprodesk.db") == 0o600


def test_the_error_log_is_written_and_tightened_as_the_users_only(home, qtbot):
    from coprodesk.gui.errors import ErrorReporter

    log = log_path()
    assert str(log).startswith(str(home))
    try:
        raise RuntimeError("a bug that quotes Ann's access needs")
    except RuntimeError as exc:
        reporter = ErrorReporter(log)
        reporter(type(exc), exc, exc.__traceback__)
    reporter.box.close()
    assert mode(log) == 0o600 and mode(log.parent) == 0o700
    log.chmod(0o644)
    log.parent.chmod(0o755)
    assert main(["--db", str(home / "m.db"), "list"]) == 0
    assert mode(log) == 0o600 and mode(log.parent) == 0o700


def test_tightening_only_takes_permissions_away(tmp_path):
    read_only = tmp_path / "archive.db"
    read_only.write_bytes(b"")
    read_only.chmod(0o444)
    assert tighten(read_only) and mode(read_only) == 0o400  # never made writable
    assert not tighten(read_only)  # nothing left to take
    assert not tighten(tmp_path / "missing")
