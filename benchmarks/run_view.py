"""Run view with 60 tiles (offscreen): key press to tile repainted and turn committed,
and the CPU a running turn costs.

Prints median and p99 over a few hundred floor changes by real key presses (a fake
clock moves 5–90 s between them, so shares and bars move as in a real meeting), then
process time ÷ wall time over ~10 s of one running turn on the real monotonic clock
(tick 4×/s, heartbeat 1×/s).
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from coprodesk.domain.clock import FakeClock
from coprodesk.domain.model import ItemKind
from coprodesk.gui.qt_session import QtSession
from coprodesk.gui.run.view import RunView
from coprodesk.session import MeetingSession
from coprodesk.store import meetings as repo
from coprodesk.store.connection import open_store

PEOPLE = 60
SWITCHES = 400
RUN_S = 10.0
KEYS = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5,
        Qt.Key.Key_6, Qt.Key.Key_7, Qt.Key.Key_8, Qt.Key.Key_9, Qt.Key.Key_0)


class ContinuingClock:
    """Real monotonic time, continuing from where the fake clock stopped."""

    def __init__(self, start_ms: int) -> None:
        self._start = start_ms
        self._mono = time.monotonic_ns()

    def now_ms(self) -> int:
        return self._start + (time.monotonic_ns() - self._mono) // 1_000_000


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))]


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    tmp = Path(tempfile.mkdtemp())
    store = open_store(tmp / "bench.db")
    mid = repo.create_meeting(store, "Benchmark")
    groups = repo.load_meeting(store, mid).groups
    for i in range(PEOPLE):
        repo.add_participant(store, mid, f"Participant {i + 1}", groups[i % 4].id)
    for n in range(5):
        repo.add_item(store, mid, f"Item {n + 1}", 1200, ItemKind.DISCUSSION)
    clock = FakeClock()
    session = MeetingSession(store, mid, clock)
    qt = QtSession(session)
    view = RunView(qt, QUndoStack())
    view.resize(1920, 1080)
    view.show()
    app.processEvents()
    tiles = [view.board.tiles[pid] for pid in view.board.order[:10]]

    rng = random.Random(7)
    all_tiles = list(view.board.tiles.values())
    repainted: list[int] = []  # tiles repainted per floor change (every bar moved: a full one)
    to_commit: list[float] = []
    to_paint: list[float] = []
    current = None
    for i in range(SWITCHES + 20):
        k = rng.choice([j for j in range(10) if j != current])
        current = k
        clock.advance(rng.uniform(5, 90))
        tile = tiles[k]
        painted = tile.paints
        before = sum(t.paints for t in all_tiles)
        t0 = time.perf_counter()
        QTest.keyClick(view, KEYS[k])
        t1 = time.perf_counter()  # the turn is committed (MeetingSession commits before views hear)
        while tile.paints == painted:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        t2 = time.perf_counter()
        assert session.open_turn.participant_id == view.board.order[k]
        if i >= 20:  # warm-up left out
            to_commit.append((t1 - t0) * 1000)
            to_paint.append((t2 - t0) * 1000)
            repainted.append(sum(t.paints for t in all_tiles) - before)
    print(f"run view, {PEOPLE} tiles, {SWITCHES} floor changes by key press (offscreen)")
    print(f"  key press -> turn committed and views told: median {statistics.median(to_commit):.2f} ms,"
          f" p99 {pct(to_commit, 0.99):.2f} ms")
    print(f"  key press -> tile repainted:                 median {statistics.median(to_paint):.2f} ms,"
          f" p99 {pct(to_paint, 0.99):.2f} ms")
    full = sum(n >= PEOPLE * 0.8 for n in repainted)
    print(f"  tiles repainted per floor change:            mean {statistics.mean(repainted):.1f}"
          f" of {PEOPLE}; all of them in {full} of {len(repainted)} changes")

    # one running turn: let the event loop run with the tick and the heartbeat
    session.clock = ContinuingClock(clock.now_ms())
    paints_before = sum(t.paints for t in view.board.tiles.values())
    cpu0, wall0 = time.process_time(), time.perf_counter()
    QTimer.singleShot(int(RUN_S * 1000), app.quit)
    app.exec()
    cpu1, wall1 = time.process_time(), time.perf_counter()
    paints = sum(t.paints for t in view.board.tiles.values()) - paints_before
    wall = wall1 - wall0
    print(f"  running turn for {wall:.1f} s: CPU {100 * (cpu1 - cpu0) / wall:.1f} % of one core,"
          f" {paints} tile paints ({paints / wall:.1f}/s)")
    qt.stop()
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
