"""A second CoProDesk on the same database (a double-click too many) never writes to it.

The app is started for real (``python -m coprodesk --db X``, offscreen, in subprocesses):
a second start brings the first window forward and leaves; when the first cannot be
asked, the second only reads and says where the meeting runs; when the first was
killed, a new start takes its stale lock over. The owner listens only once its window is
shown: a second start arriving earlier tries again until it does.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile

from coprodesk.gui.single_instance import (
    ASK_TIMEOUT_S,
    DatabaseClaim,
    address,
    ask_owner_to_raise,
    lock_path,
    owner_expected_by,
)

EXIT_WHEN_SHOWN = "COPRODESK_EXIT_WHEN_SHOWN"
SYSTEM_PYTHON = "/usr/bin/python3"  # one that another user may run


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
        if lock_path(db).exists() and Path(address(db)[0]).exists():
            return  # it holds the lock and listens (once its window is shown)
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
    stale = Path(address(db)[0])
    assert stale.exists()  # and its socket (a new owner removes it when it listens)
    stale.unlink()

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
    long_ago = time.time() - 3600  # (running for an hour: it is not just starting)
    os.utime(lock_path(db), (long_ago, long_ago))
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


def test_a_database_held_on_another_computer_opens_read_only_without_asking(tmp_path):
    db = tmp_path / "meetings.db"
    _clean(coprodesk(tmp_path, db, "demo"))
    # A shared folder: the lock of an app on another computer (QLockFile's format).
    lock_path(db).write_text("4242\ncoprodesk\nother-host\n\n\n", encoding="utf-8")
    assert owner_expected_by(db) is None  # it can never be asked: no waiting for it
    shown = coprodesk(tmp_path, db, **{EXIT_WHEN_SHOWN: "1"})
    _clean(shown)
    assert ("read-only: Read only: this database is open in another CoProDesk on the "
            "computer other-host (process 4242)") in shown.stdout
    assert lock_path(db).read_text(encoding="utf-8").startswith("4242\n")  # left alone


# A second start's question, asked from another process as a second start does.
ASK = """
import sys
from coprodesk.gui.single_instance import ask_owner_to_raise
print("asking", flush=True)
print("raised" if ask_owner_to_raise(sys.argv[1]) else "not raised", flush=True)
"""


def _ask(tmp_path: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", ASK, str(db)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=_env(tmp_path))


def _answer(asker: subprocess.Popen) -> str:
    out, err = asker.communicate(timeout=60)
    assert asker.returncode == 0 and "Traceback" not in err, err
    return out.splitlines()[-1]


def _listen(qtbot, claim: DatabaseClaim) -> None:
    with qtbot.waitSignal(claim.listening, timeout=30000) as opened:
        claim.listen()
    assert opened.args == [True]


def test_the_owner_answers_in_its_own_thread_once_it_listens(qtbot, tmp_path):
    db = tmp_path / "meetings.db"
    owner = DatabaseClaim(db)
    assert owner.acquire()  # the lock only: nothing listens before the window is shown
    try:
        other = DatabaseClaim(db)
        assert not other.acquire()  # held by a live process
        assert other.holder().pid == os.getpid()
        other.listen()  # (never without the lock)
        assert owner_expected_by(db) > time.time()  # (a second start waits for it meanwhile)
        _listen(qtbot, owner)
        name = Path(address(db)[0])
        assert not stat.S_IMODE(name.stat().st_mode) & 0o077  # only this user may connect
        assert name.parent.stat().st_uid == os.getuid()
        assert not stat.S_IMODE(name.parent.stat().st_mode) & 0o077  # nor enter its folder
        with qtbot.waitSignal(owner.raise_requested, timeout=30000):
            assert ask_owner_to_raise(db)
    finally:
        owner.release()
    assert not name.exists()
    assert not ask_owner_to_raise(db)  # nobody listens any more (and nobody holds the lock)
    again = DatabaseClaim(db)
    assert again.acquire()
    again.release()


def test_a_second_start_waits_for_an_owner_still_starting_past_a_stale_socket(
        qtbot, tmp_path):
    db = tmp_path / "meetings.db"
    name = address(db)[0]
    Path(name).parent.mkdir(mode=0o700, exist_ok=True)
    with contextlib.suppress(FileNotFoundError):
        os.unlink(name)
    dead = socket.socket(socket.AF_UNIX)  # a killed owner's socket: there, nobody listening
    dead.bind(name)
    dead.close()
    owner = DatabaseClaim(db)
    assert owner.acquire()
    try:
        with qtbot.waitSignal(owner.raise_requested, timeout=30000):
            asker = _ask(tmp_path, db)
            assert asker.stdout.readline() == "asking\n"
            # Slower than ASK_TIMEOUT_S, as on a slow computer: the lock is young, so the
            # second start keeps trying (the stale socket refuses it meanwhile).
            time.sleep(ASK_TIMEOUT_S + 0.5)
            assert asker.poll() is None  # still trying
            _listen(qtbot, owner)  # as the owner's window comes up
        assert _answer(asker) == "raised"
    finally:
        owner.release()


def test_a_lock_dated_in_the_future_is_not_waited_for_forever(tmp_path):
    db = tmp_path / "meetings.db"
    # An owner of this user that never listens, on a shared folder whose clock is an hour
    # ahead: its lock looks younger than START_WAIT_S for an hour.
    held = QLockFile(str(lock_path(db)))
    assert held.tryLock(0)
    ahead = time.time() + 3600
    os.utime(lock_path(db), (ahead, ahead))
    try:
        asked = subprocess.run(
            [sys.executable, "-c", "import sys\nimport coprodesk.gui.single_instance as s\n"
             "s.START_WAIT_S = 0.5\nprint(s.ask_owner_to_raise(sys.argv[1], timeout_s=0.1))",
             str(db)], capture_output=True, text=True, timeout=60, env=_env(tmp_path))
        assert asked.stdout.strip() == "False", asked.stderr
    finally:
        held.unlock()


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0
                    or not Path(SYSTEM_PYTHON).exists(), reason="needs root to be another user")
def test_another_user_cannot_connect(qtbot, tmp_path):
    db = tmp_path / "meetings.db"
    owner = DatabaseClaim(db)
    assert owner.acquire()
    _listen(qtbot, owner)
    try:
        name = address(db)[0]
        connect = ("import socket, sys\ns = socket.socket(socket.AF_UNIX)\n"
                   "try:\n    s.connect(sys.argv[1])\nexcept PermissionError:\n"
                   "    print('refused')\nelse:\n    print('connected')\n")
        done = subprocess.run([SYSTEM_PYTHON, "-c", connect, name], user=65534, group=65534,
                              cwd="/", capture_output=True, text=True, timeout=60)
        assert done.stdout.strip() == "refused", done.stderr
        os.chmod(Path(name).parent, 0o755)  # even with the folder open, the socket is not
        done = subprocess.run([SYSTEM_PYTHON, "-c", connect, name], user=65534, group=65534,
                              cwd="/", capture_output=True, text=True, timeout=60)
        assert done.stdout.strip() == "refused", done.stderr
    finally:
        os.chmod(Path(name).parent, 0o700)
        owner.release()
