"""The run view while another program holds the database, beside the same keys on a free one.

A 10 ms timer watches the event loop while floor keys are pressed (one every 50 ms) in
the run view of the demo meeting: its worst and 99th-percentile gap is how long the
window could not react. Also the time each key press takes to handle. "held": a second
connection holds the write lock (BEGIN IMMEDIATE, as a big import does); "free": nobody
does (each change is then committed with synchronous=FULL on the spot).

    .venv/bin/python benchmarks/two_writers.py [presses]
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from coprodesk.demo import create_demo
from coprodesk.domain.clock import FakeClock
from coprodesk.gui.qt_session import QtSession
from coprodesk.gui.run.view import RunView
from coprodesk.session import MeetingSession
from coprodesk.store.connection import open_store

KEYS = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5)


def play(view: RunView, clock: FakeClock, presses: int) -> tuple[list[float], list[float]]:
    gaps: list[float] = []
    last = [time.perf_counter()]

    def fired() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    probe = QTimer()
    probe.setTimerType(Qt.TimerType.PreciseTimer)
    probe.setInterval(10)
    probe.timeout.connect(fired)
    handled: list[float] = []
    last[0] = time.perf_counter()
    probe.start()
    for n in range(presses):
        clock.advance(7)
        t0 = time.perf_counter()
        QTest.keyClick(view, KEYS[n % len(KEYS)])
        handled.append((time.perf_counter() - t0) * 1000)
        QTest.qWait(50)
    QTest.qWait(300)
    probe.stop()
    return gaps, handled


def figures(label: str, gaps: list[float], handled: list[float]) -> float:
    p99 = statistics.quantiles(gaps, n=100)[98]
    print(f"{label:5} event loop: worst gap {max(gaps):6.1f} ms, p99 {p99:5.1f} ms "
          f"({len(gaps)} firings of a 10 ms timer); key handled in median "
          f"{statistics.median(handled):5.1f} ms, worst {max(handled):5.1f} ms")
    return max(gaps)


def main() -> int:
    presses = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "m.db"
        store = open_store(db)
        _, mid = create_demo(store)
        clock = FakeClock()
        qt = QtSession(MeetingSession(store, mid, clock))
        view = RunView(qt, QUndoStack())
        view.resize(1280, 720)
        view.show()
        QTest.qWait(200)
        QTest.keyClick(view, KEYS[0])  # the meeting starts
        free = figures("free", *play(view, clock, presses))
        other = sqlite3.connect(db, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        held = figures("held", *play(view, clock, presses))
        waiting = qt.session.unsaved
        other.rollback()
        other.close()
        t0 = time.perf_counter()
        while qt.session.unsaved:
            QTest.qWait(10)
        print(f"{waiting} changes kept while held; all on disk {1000 * (time.perf_counter() - t0):.0f}"
              f" ms after the lock was released (retry every 250 ms)")
        print(f"ratio worst gap held / free: {held / free:.2f}")
        qt.stop()
        view.close()
        store.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
