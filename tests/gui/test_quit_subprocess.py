"""The real app in its own process: Ctrl+Q with the floor held shows the guard and keeps
running; "Pause the floor and quit" closes the turn at that moment and leaves."""

from __future__ import annotations

import os
import selectors
import subprocess
import sys
import time
from pathlib import Path

from coprodesk.store import meetings as repo
from coprodesk.store.connection import open_store

DRIVER = Path(__file__).with_name("_quit_driver.py")


def _line(proc: subprocess.Popen, prefix: str, timeout_s: float = 60) -> list[str]:
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    deadline = time.monotonic() + timeout_s
    try:
        while time.monotonic() < deadline:
            if sel.select(timeout=0.5):
                line = proc.stdout.readline()
                if not line:
                    break
                if line.startswith(prefix):
                    return line.split()[1:]
    finally:
        sel.close()
    proc.kill()
    raise AssertionError(f"no {prefix} line from the app: {proc.stderr.read()}")


def test_ctrl_q_in_the_real_app_shows_the_guard_and_pause_and_quit_closes_the_turn(tmp_path):
    db = tmp_path / "quit.db"
    home = tmp_path / "home"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
           "XDG_STATE_HOME": str(home / "state"), "XDG_CACHE_HOME": str(home / "cache")}
    proc = subprocess.Popen([sys.executable, str(DRIVER), str(db)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        mid, shown, *buttons = _line(proc, "GUARD")
        assert shown == "1"
        assert "Pause_the_floor_and_quit" in buttons and "End_the_meeting" in buttons
        time.sleep(1.0)
        assert proc.poll() is None  # still running, the guard waiting for an answer
        proc.stdin.write("pause\n")
        proc.stdin.flush()
        (paused_at,) = _line(proc, "PAUSED_AT")
        _line(proc, "EXIT")
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        for pipe in (proc.stdin, proc.stdout, proc.stderr):
            pipe.close()
    assert proc.returncode == 0
    store = open_store(db)
    try:
        m = repo.load_meeting(store, int(mid))
        assert m.open_turn is None and m.status.value == "running"
        (turn,) = m.turns
        # closed when "Pause the floor and quit" was pressed, not at a heartbeat before it
        assert 0 <= turn.end_ms - int(paused_at) <= 1000
        assert turn.duration_ms() >= 2500  # 1.5 s before Ctrl+Q, 1 s of the guard waiting
    finally:
        store.close()
