"""kill -9 in the middle of a turn: every completed turn is on disk, and the open
one is closed at its last heartbeat, within a second of the kill."""

from __future__ import annotations

import contextlib
import os
import selectors
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from coprodesk.session import MeetingSession
from coprodesk.store.connection import open_store

DRIVER = Path(__file__).with_name("_run_driver.py")
HEARTBEAT_ALLOWANCE_MS = 250  # the heartbeat timer's own lateness under load


def _wait_for_ready(proc: subprocess.Popen, timeout_s: float = 60) -> list[int]:
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if sel.select(timeout=0.5):
            line = proc.stdout.readline()
            if not line:
                break
            if line.startswith("READY"):
                return [int(x) for x in line.split()[1:]]
    proc.kill()
    raise AssertionError(f"the driver never got ready: {proc.stderr.read()}")


def _wait_for_heartbeat(db: Path, past_ms: int, timeout_s: float = 60) -> None:
    """Until the open turn's last heartbeat on disk is ``past_ms`` after its start."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
            row = conn.execute("SELECT start_ms, heartbeat_ms FROM turns WHERE end_ms IS NULL"
                               ).fetchone()
        if row and row[1] is not None and row[1] - row[0] >= past_ms:
            return
        time.sleep(0.05)
    raise AssertionError("the open turn's heartbeat never reached the database")


def test_kill_9_loses_no_completed_turn_and_closes_the_open_one_at_its_heartbeat(tmp_path):
    db = tmp_path / "crash.db"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with subprocess.Popen([sys.executable, str(DRIVER), str(db)], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True, env=env) as proc:  # pipes closed
        try:
            mid, *tiles = _wait_for_ready(proc)
            _wait_for_heartbeat(db, past_ms=2000)  # the third turn runs on past two heartbeats
            kill_ms = time.time_ns() // 1_000_000
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=10)
        finally:
            if proc.poll() is None:
                proc.kill()
    assert proc.returncode == -signal.SIGKILL

    store = open_store(db)
    try:
        session = MeetingSession(store, mid)
        turns = session.meeting.turns
        assert [t.participant_id for t in turns] == tiles
        assert all(not t.is_open for t in turns)
        # completed turns: each ended exactly when the next began, none lost or stretched
        assert turns[0].end_ms == turns[1].start_ms and turns[1].end_ms == turns[2].start_ms
        assert all(t.duration_ms() >= 250 for t in turns[:2])
        recovered = session.recovered
        assert recovered is not None and recovered.participant_id == tiles[2]
        assert recovered.end_ms == turns[2].end_ms
        lost_ms = kill_ms - recovered.end_ms
        print(f"open turn closed {lost_ms} ms before the kill")
        assert 0 <= lost_ms <= 1000 + HEARTBEAT_ALLOWANCE_MS
        assert turns[2].duration_ms() >= 2000 - HEARTBEAT_ALLOWANCE_MS
    finally:
        store.close()
