"""Participant screen with 24 people (offscreen, 1920x1080): the CPU a running turn costs.

A meeting with some history (two items, a few dozen turns) runs one open turn on the
real monotonic clock for ~10 s while the QtSession ticks 4×/s and beats 1×/s. Prints
process time ÷ wall time with the participant screen shown, and without it (the
session's own cost: tick timer and heartbeat writes), and how many bar repaints the
screen did.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "docs" / "screenshots"))
from make_participant import build

from coprodesk.domain.clock import FakeClock, SystemClock
from coprodesk.gui.participant.bars import Painted
from coprodesk.gui.participant.view import ParticipantWindow
from coprodesk.gui.qt_session import QtSession
from coprodesk.session import MeetingSession
from coprodesk.store.connection import open_store

SECONDS = 10.0


def history(session: MeetingSession, seconds_each: float) -> None:
    """Forty minutes of turns over two items on a fake clock that ends now; then the real
    clock takes over with one turn running, so every share moves a little each second."""
    real = SystemClock()
    fake = FakeClock(real.now_ms() - round(41 * seconds_each * 1000))
    session.clock = fake
    ids = [p.id for p in session.meeting.counted]
    for k in range(40):
        if k == 20:
            session.step_item(+1)
        session.give_floor(ids[(k * 7) % len(ids)])
        fake.advance(seconds_each * (0.5 + ((k * 13) % 40) / 40))
    session.give_floor(ids[3])
    session.clock = real


def measure(app: QApplication, with_window: bool, seconds_each: float) -> tuple[float, int]:
    store = open_store(Path(tempfile.mkdtemp()) / "cpu.db")
    session = MeetingSession(store, build(store, 24), SystemClock())
    qt = QtSession(session)
    history(session, seconds_each)
    window = None
    if with_window:
        window = ParticipantWindow(qt)
        window.resize(1920, 1080)
        window.show()
        qt.notify()
    app.processEvents()
    before = sum(w.paints for w in window.findChildren(Painted)) if window else 0
    loop = QEventLoop()
    QTimer.singleShot(int(SECONDS * 1000), loop.quit)
    wall0, cpu0 = time.perf_counter(), time.process_time()
    loop.exec()
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    paints = (sum(w.paints for w in window.findChildren(Painted)) - before) if window else 0
    qt.stop()
    if window:
        window.close()
        window.deleteLater()
    app.processEvents()
    store.close()
    return cpu / wall, paints


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    base, _ = measure(app, False, 60)
    print(f"session alone (tick + heartbeat): {base * 100:.2f} % of a core")
    # Early in a meeting (turns of ~3 s) every bar moves each second; later they barely move.
    for label, each in (("early: 40 turns of ~3 s before", 3), ("later: 40 turns of ~1 min before", 60)):
        shown, paints = measure(app, True, each)
        print(f"participant screen, 24 people, 1920x1080, running turn, {label}: "
              f"{shown * 100:.2f} % of a core ({paints} bar repaints in {SECONDS:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
