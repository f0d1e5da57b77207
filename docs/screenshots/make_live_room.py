"""Screenshots of the live room at 1280 × 720: the decision panel under the floor strip, the
ended meeting with "Export and sign the minutes now", the locked run view of a closed
meeting after a key was pressed, and the quit guard.

Run: .venv/bin/python docs/screenshots/make_live_room.py  (offscreen; writes live_*.png here)
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from coprodesk.demo import create_demo
from coprodesk.domain.clock import FakeClock
from coprodesk.gui.app import apply_style, create_main_window
from coprodesk.store import meetings as repo
from coprodesk.store.connection import open_store

HERE = Path(__file__).parent
START = 1_773_914_400_000  # 2026-03-19 10:00 UTC, the demo follow-up's morning


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # as the event loop would


def with_dialog(window, dialog) -> QPixmap:
    """The window with a (window-modal) dialog drawn over its centre, as the user sees it."""
    shot = window.grab()
    box = dialog.grab()
    p = QPainter(shot)
    p.fillRect(shot.rect(), Qt.GlobalColor.transparent)
    p.drawPixmap((shot.width() - box.width()) // 2, (shot.height() - box.height()) // 3, box)
    p.end()
    return shot


def main() -> None:
    app = QApplication.instance() or QApplication([])
    apply_style(app)
    tmp = Path(tempfile.mkdtemp())
    store = open_store(tmp / "shots.db")
    closed, planned = create_demo(store)
    settings = QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat)
    window = create_main_window(store, settings)
    window.resize(1280, 720)
    window.show()

    # the follow-up meeting runs; a decision is taken while Ruth holds the floor
    window.show_run_view(planned)
    run = window.run_view
    clock = FakeClock(START)
    run.session.clock = clock
    for n, seconds in ((1, 40), (6, 75), (4, 30), (9, 50), (6, 20)):
        QTest.keyClick(run, getattr(Qt.Key, f"Key_{n}"))
        clock.advance(seconds)
    QTest.keyClick(run, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(run, Qt.Key.Key_6)
    clock.advance(95)
    QTest.keyClick(run, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    panel = run.decisions
    panel.new_decision("consensus", "Start the peer-support pilot at Riverside and Northgate "
                                    "in May, with two peer workers at each site")
    grid = panel.ui.stanceView
    grid.setFocus()
    for key in (Qt.Key.Key_1, Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_1):
        QTest.keyClick(grid, key)
    clock.advance(38)
    run.qt.tick.emit()
    settle(app)
    window.grab().save(str(HERE / "live_decision_panel.png"))

    # Ctrl+Q with the meeting running: the guard
    window.ui.actionQuit.trigger()
    settle(app)
    with_dialog(window, window.quit_guard).save(str(HERE / "live_quit_guard.png"))
    window.quit_guard.button(QMessageBox.StandardButton.Cancel).click()
    settle(app)

    # End meeting (Shift+F5): asked, then ended, the minutes offered
    QTest.keyClick(run, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # back to the tiles
    clock.advance(12)
    run.end_meeting()
    box = run.message_box
    settle(app)
    with_dialog(window, box).save(str(HERE / "live_end_meeting_asked.png"))
    next(b for b in box.buttons() if b.text() == "End the meeting").click()
    settle(app)
    window.grab().save(str(HERE / "live_ended_meeting.png"))

    # the demo's closed workshop: read-only, a key says so in the banner
    window.show_run_view(closed)
    locked = window.run_view
    locked.session.clock = FakeClock(repo.load_meeting(store, closed).ended_ms + 86_400_000)
    settle(app)
    QTest.keyClick(locked, Qt.Key.Key_1)
    settle(app)
    window.grab().save(str(HERE / "live_locked_run_view.png"))
    window._quit_confirmed = True
    window.close()
    store.close()


if __name__ == "__main__":
    main()
