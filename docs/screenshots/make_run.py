"""Screenshots of the run view: 1280x720 and 1920x1080, with 6 and with 24 people, a long
turn, the F1 help, and keyboard focus on a tile.

Run: .venv/bin/python docs/screenshots/make_run.py [NAME ...]  (offscreen; writes run_*.png
here; with names, only those shots, e.g. run_keyboard_focus.png)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from coprodesk.domain.clock import FakeClock
from coprodesk.domain.model import HandKind, ItemKind, Role
from coprodesk.gui.qt_session import QtSession
from coprodesk.gui.run.view import RunView
from coprodesk.session import MeetingSession
from coprodesk.store import meetings as repo
from coprodesk.store.connection import open_store

HERE = Path(__file__).parent
NAMES = ("Amara Okafor", "Tom Reilly", "Sione Tupou", "Margaret Chen", "Dev Patel", "Ruth Adeyemi",
         "Liam Byrne", "Jo Fischer", "Helen Ward", "Grace Mensah", "Omar Haddad", "Nina Kowalski",
         "Ben Carter", "Aisha Rahman", "Pete Lawson", "Mei Lin", "Kofi Boateng", "Sarah O'Neill",
         "Raj Singh", "Lucy Evans", "Marek Nowak", "Fatima Ali", "Hugh Jenkins", "Zoe Adams")
AGENDA = (("Since last time: you said, we did", ItemKind.INFORMATION, 15),
          ("Peer-support pilot: first sites", ItemKind.DISCUSSION, 30),
          ("Break", ItemKind.BREAK, 10),
          ("Out-of-hours line: what people need at night", ItemKind.DISCUSSION, 30),
          ("Actions and close", ItemKind.INFORMATION, 10))


def build(store, people: int) -> int:
    mid = repo.create_meeting(store, "Spring workshop: follow-up", date="2026-04-16",
                              start_time="10:00", end_time="12:00")
    groups = repo.load_meeting(store, mid).groups
    for n, name in enumerate(NAMES[:people]):
        repo.add_participant(store, mid, name, groups[n % 4].id)
    repo.add_participant(store, mid, "Priya Nair", groups[3].id, Role.OBSERVER)
    for title, kind, minutes in AGENDA:
        repo.add_item(store, mid, title, minutes * 60, kind)
    return mid


def scene(app: QApplication, people: int, size: tuple[int, int], name: str, extra=None) -> None:
    tmp = Path(tempfile.mkdtemp())
    store = open_store(tmp / "shots.db")
    mid = build(store, people)
    clock = FakeClock(1_776_333_600_000)  # 2026-04-16 10:00 UTC
    session = MeetingSession(store, mid, clock)
    qt = QtSession(session)
    view = RunView(qt, QUndoStack())
    view.resize(*size)
    view.show()
    app.processEvents()
    # Item 1 ran its course; item 2 is under way.
    script = [(Qt.Key.Key_1, 50), (Qt.Key.Key_2, 35), (Qt.Key.Key_5, 80), (Qt.Key.Key_3, 20),
              (Qt.Key.Key_4, 60), (Qt.Key.Key_6, 45)]
    for key, secs in script:
        QTest.keyClick(view, key)
        clock.advance(secs)
    clock.advance(8 * 60)
    QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    for key, secs in [(Qt.Key.Key_4, 70), (Qt.Key.Key_1, 45), (Qt.Key.Key_7, 95), (Qt.Key.Key_2, 30),
                      (Qt.Key.Key_5, 40)]:
        QTest.keyClick(view, key)
        clock.advance(secs)
    QTest.keyClick(view, Qt.Key.Key_3, Qt.KeyboardModifier.ShiftModifier)
    order = view.board.order
    session_hand = order[5] if len(order) > 5 else order[-1]
    view.set_hand(session_hand, HandKind.CLARIFICATION)
    clock.advance(12)
    view.ui.notesEdit.setPlainText("Two surgeries offered space: Riverside and Northgate.\n"
                                   "Peer workers want supervision every fortnight.")
    if extra:
        extra(view, clock)
    qt.tick.emit()
    app.processEvents()
    view.grab().save(str(HERE / name))
    print("wrote", name)
    qt.stop()
    view.deleteLater()
    store.close()


def keyboard_focus(view, clock) -> None:
    """Tab into the tiles, then arrows: Down, Down, Right (the focus ring, on a tile that
    does not hold the floor, next to one that does)."""
    from coprodesk.gui.run.tiles import Tile

    view.activateWindow()
    view.setFocus()
    for _ in range(10):  # Tab: the notes, then the tiles
        QTest.keyClick(QApplication.focusWidget() or view, Qt.Key.Key_Tab)
        if isinstance(QApplication.focusWidget(), Tile):
            break
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Right):
        QTest.keyClick(QApplication.focusWidget() or view, key)


def main(only: list[str]) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    shots = {}
    for people in (6, 24):
        for size in ((1280, 720), (1920, 1080)):
            name = f"run_{size[0]}x{size[1]}_{people}.png"
            shots[name] = (people, size, None)

    def long_turn(view, clock):
        clock.advance(140)

    def help_overlay(view, clock):
        view.help.toggle()

    shots["run_long_turn.png"] = (6, (1280, 720), long_turn)
    shots["run_help.png"] = (24, (1280, 720), help_overlay)
    shots["run_keyboard_focus.png"] = (12, (1280, 720), keyboard_focus)
    for name, (people, size, extra) in shots.items():
        if not only or name in only:
            scene(app, people, size, name, extra)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
