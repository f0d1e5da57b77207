"""Run the run view in its own process for the crash test (not a test module).

Usage: python tests/gui/_run_driver.py DB_PATH
Creates a meeting, gives the floor three times with real key presses, prints
"READY <meeting id> <participant ids of tiles 1..3>" and keeps running until killed.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from coprodesk.domain.model import ItemKind
from coprodesk.gui.qt_session import QtSession
from coprodesk.gui.run.view import RunView
from coprodesk.session import MeetingSession
from coprodesk.store import meetings as repo
from coprodesk.store.connection import open_store


def main(db_path: str) -> int:
    app = QApplication(sys.argv[:1])
    store = open_store(db_path)
    mid = repo.create_meeting(store, "Crash test")
    groups = repo.load_meeting(store, mid).groups
    for n, name in enumerate(("Ann", "Bob", "Cat", "Dev", "Eve", "Fay")):
        repo.add_participant(store, mid, name, groups[n % 4].id)
    repo.add_item(store, mid, "Welcome", 600, ItemKind.INFORMATION)
    repo.add_item(store, mid, "Discussion", 1800)
    session = MeetingSession(store, mid)  # the real clock
    qt = QtSession(session)
    view = RunView(qt, QUndoStack())
    view.resize(1280, 720)
    view.show()
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3):
        QTest.keyClick(view, key)
        QTest.qWait(300)
    order = view.board.order[:3]
    print("READY", mid, *order, flush=True)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
