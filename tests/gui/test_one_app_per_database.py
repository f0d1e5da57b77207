"""A second CoProDesk on the same database (a double-click too many) never writes to it.

The app is started for real (``python -m coprodesk --db X``, offscreen, in subprocesses):
a second start brings the first window forward and leaves; when the first cannot be
asked, the second only reads and says where the meeting runs; when the first was
killed, a new start takes its stale lock over.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QLockFile

from coprodesk.gui.single_instance import DatabaseClaim, ask_owner_to_raise, lock_path

EXIT_WHEN_SHOWN = "COPRODESK_EXIT_WHEN_SHOWN"


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    env.pop(EXIT_WHEN_SHOWN, None)
    return {**env, **extra}


def coprodesk(tmp_path: Path, db: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "coprodesk", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=120, env=_env(tmp_path, **env))


def _clean(done: subprocess.CompletedProcess) -> None:
    """Exit 0, and nothing on stderr beyond Qt's notes about the offscreen platform."""
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "rror" not in done.stderr, done.stderr


def _wait_for_owner(db: Path, proc: subprocess.Popen, timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.stderr.read()
        if lock_path(db).exists():
            time.sleep(1.0)  # the window comes up after the lock is taken
            return
        time.sleep(0.1)
    raise AssertionError("the first app never took the database")


def test_a_second_start_brings_the_first_forward_and_a_killed_first_leaves_a_lock_taken_over(
        tmp_path):
    db = tmp_path / "meetings.db"
    _clean(coprodesk(tmp_path, db, "demo"))
    first = subprocess.Popen([sys.executable, "-m", "coprodesk", "--db", str(db)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                             env=_env(tmp_path))
    try:
        _wait_for_owner(db, first)
        listed = coprodesk(tmp_path, db, "list", "--json")  # the CLI still reads meanwhile
        _clean(listed)
        report = coprodesk(tmp_path, db, "report", "1", "--json")
        _clean(report)
        assert json.loads(report.stdout)

        second = coprodesk(tmp_path, db)
        _clean(second)
        assert second.stdout.strip() == (f"CoProDesk is already open on {db}; its window was "
                                         "brought forward.")
        assert coprodesk(tmp_path, db, "list", "--json").stdout == listed.stdout
        assert first.poll() is None  # the first goes on

        first.send_signal(signal.SIGKILL)
    finally:
        if first.poll() is None:
            first.kill()
        first.communicate(timeout=30)  # (closes its pipe)
    assert first.returncode == -signal.SIGKILL
    assert lock_path(db).exists()  # left behind by the killed app

    third = coprodesk(tmp_path, db, **{EXIT_WHEN_SHOWN: "1"})
    _clean(third)
    assert "shown: CoProDesk" in third.stdout
    assert "read-only" not in third.stdout  # the stale lock was taken over
    assert not lock_path(db).exists()  # and given back on the way out


def test_when_the_owner_cannot_be_asked_a_second_start_only_reads_and_says_where(tmp_path):
    db = tmp_path / "meetings.db"
    _clean(coprodesk(tmp_path, db, "demo"))
    # An app that holds the database but cannot be reached (another user's, a hung one):
    held = QLockFile(str(lock_path(db)))
    assert held.tryLock(0)
    conn = sqlite3.connect(db)  # it has the database open, as a running app does
    conn.execute("SELECT count(*) FROM turns").fetchone()
    try:
        before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith(db.name)}
        shown = coprodesk(tmp_path, db, **{EXIT_WHEN_SHOWN: "1"})
        _clean(shown)
        assert "shown: CoProDesk" in shown.stdout
        assert (f"read-only: Read only: this database is open in another CoProDesk on this "
                f"computer (process {os.getpid()})") in shown.stdout
        after = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith(db.name)}
        assert after == before  # not a byte written
    finally:
        conn.close()
        held.unlock()


def test_the_owner_answers_a_second_start_in_its_own_thread(qtbot, tmp_path):
    db = tmp_path / "meetings.db"
    owner = DatabaseClaim(db)
    assert owner.acquire()
    try:
        other = DatabaseClaim(db)
        assert not other.acquire()  # held by a live process
        assert other.holder().pid == os.getpid()
        with qtbot.waitSignal(owner.raise_requested, timeout=5000):
            assert ask_owner_to_raise(db)
    finally:
        owner.release()
    assert not ask_owner_to_raise(db)  # nobody listens any more
    again = DatabaseClaim(db)
    assert again.acquire()
    again.release()
