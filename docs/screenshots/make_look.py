"""Screenshots of the look: the run view and the main window in the dark scheme, and the run
view with keyboard focus visible (light and dark) on a tile, the notes and the queue.

Run: .venv/bin/python docs/screenshots/make_look.py  (offscreen; writes look_*.png here)
The dark scheme is the system's: a dark desktop palette, which the app's styling follows.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).parent))
from make_run import build  # noqa: E402  (the same meeting as the run-view shots)

from coprodesk.demo import create_demo  # noqa: E402
from coprodesk.domain.clock import FakeClock  # noqa: E402
from coprodesk.domain.model import HandKind  # noqa: E402
from coprodesk.gui import colours  # noqa: E402
from coprodesk.gui.app import apply_style, create_main_window  # noqa: E402
from coprodesk.gui.qt_session import QtSession  # noqa: E402
from coprodesk.gui.run.view import RunView  # noqa: E402
from coprodesk.session import MeetingSession  # noqa: E402
from coprodesk.store.connection import open_store  # noqa: E402

HERE = Path(__file__).parent


def desktop(app: QApplication, scheme: str) -> None:
    QApplication.setPalette(QPalette(QColor("#202124") if scheme == "dark" else QColor("#efefef")))
    colours.forget_scheme()
    apply_style(app)


def run_view(app: QApplication, scheme: str, name: str, focus: str | None) -> None:
    desktop(app, scheme)
    store = open_store(Path(tempfile.mkdtemp()) / "shots.db")
    mid = build(store, 8)
    clock = FakeClock(1_776_333_600_000)
    qt = QtSession(MeetingSession(store, mid, clock))
    view = RunView(qt, QUndoStack())
    view.resize(1280, 720)
    view.show()
    view.activateWindow()
    app.processEvents()
    for key, secs in [(Qt.Key.Key_1, 50), (Qt.Key.Key_2, 35), (Qt.Key.Key_5, 80), (Qt.Key.Key_3, 140)]:
        QTest.keyClick(view, key)
        clock.advance(secs)
    view.set_hand(view.board.order[5], HandKind.SPEAK)
    view.set_hand(view.board.order[6], HandKind.CLARIFICATION)
    gone = view.tile_menu(view.board.order[7])
    next(a for a in gone.actions() if a.text() == "Mark as gone").trigger()
    view.ui.notesEdit.setPlainText("Two surgeries offered space: Riverside and Northgate.")
    qt.tick.emit()
    if focus == "tile":
        view.board.tiles[view.board.order[1]].setFocus(Qt.FocusReason.TabFocusReason)
    elif focus:
        widget = getattr(view.ui, focus)
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        if focus == "queueView":
            widget.setCurrentIndex(widget.model().index(0, 0))
    app.processEvents()
    view.grab().save(str(HERE / name))
    print("wrote", name)
    qt.stop()
    view.close()
    view.deleteLater()
    store.close()


def main_window(app: QApplication, scheme: str, name: str) -> None:
    desktop(app, scheme)
    tmp = Path(tempfile.mkdtemp())
    store = open_store(tmp / "shots.db")
    create_demo(store)
    window = create_main_window(store, QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    window.resize(1280, 720)
    window.show()
    window.activateWindow()
    app.processEvents()
    window.grab().save(str(HERE / name))
    print("wrote", name)
    window._quit_confirmed = True
    window.close()
    store.close()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    run_view(app, "dark", "look_run_dark.png", None)
    run_view(app, "dark", "look_run_dark_focus_tile.png", "tile")
    run_view(app, "light", "look_run_light_focus_tile.png", "tile")
    run_view(app, "dark", "look_run_dark_focus_queue.png", "queueView")
    run_view(app, "light", "look_run_light_focus_notes.png", "notesEdit")
    main_window(app, "dark", "look_main_dark.png")
    main_window(app, "light", "look_main_light.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
