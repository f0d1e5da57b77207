"""Start the real app (run_app) in its own process for the quit-guard test (not a test module).

Usage: python tests/gui/_quit_driver.py DB_PATH
Creates a meeting, starts the app on its run view, gives the floor with the key 1, then
presses Ctrl+Q on the window. Prints "GUARD <meeting id> <shown 0|1> <buttons...>" and
waits: the line "pause" on stdin presses "Pause the floor and quit" (printing
"PAUSED_AT <ms>" just before), after which the app leaves by itself.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSocketNotifier, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from coprodesk.domain.model import ItemKind
from coprodesk.gui.app import application, run_app
from coprodesk.gui.main_window import MainWindow
from coprodesk.store import meetings as repo
from coprodesk.store.connection import open_store


def prepare(db_path: str) -> int:
    store = open_store(db_path)
    mid = repo.create_meeting(store, "Quit test")
    groups = repo.load_meeting(store, mid).groups
    for n, name in enumerate(("Ann", "Bob", "Cat")):
        repo.add_participant(store, mid, name, groups[n % 4].id)
    repo.add_item(store, mid, "Welcome", 600, ItemKind.INFORMATION)
    store.close()
    return mid


def main(db_path: str) -> int:
    mid = prepare(db_path)
    application()  # the app's own QApplication, before the timers below
    keep: list = []

    def window() -> MainWindow:
        return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))

    def give_floor() -> None:
        w = window()
        w.activateWindow()
        QTest.qWaitForWindowActive(w, 2000)
        QTest.keyClick(w.run_view, Qt.Key.Key_1)
        QTimer.singleShot(1500, press_quit)

    def press_quit() -> None:
        w = window()
        QTest.keyClick(w.run_view, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
        QTimer.singleShot(200, report)

    def report() -> None:
        guard = window().quit_guard
        shown = int(guard is not None and guard.isVisible())
        buttons = [b.text().replace(" ", "_") for b in guard.buttons()] if guard else []
        print("GUARD", mid, shown, *buttons, flush=True)
        notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
        notifier.activated.connect(answer)
        keep.append(notifier)

    def answer() -> None:
        line = sys.stdin.readline().strip()
        if line != "pause":
            return
        guard = window().quit_guard
        button = next(b for b in guard.buttons() if b.text() == "Pause the floor and quit")
        print("PAUSED_AT", time.time_ns() // 1_000_000, flush=True)
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(300, give_floor)
    code = run_app(db_path, run_meeting=mid)
    print("EXIT", code, flush=True)
    return code


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
