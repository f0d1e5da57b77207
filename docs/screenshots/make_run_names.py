"""Names on the run view's tiles at 1280x720 (the facilitator's laptop): the demo meeting and
10, 12 and 14 people, everyone's hand up and one person holding the floor, so each tile
carries a cue beside its name. Prints how many names are shown whole; writes
run_names_1280x720_*.png here.

Run: .venv/bin/python docs/screenshots/make_run_names.py [SUFFIX]  (offscreen; SUFFIX, e.g.
"_before", is added to each file name)
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

from coprodesk.demo import create_demo
from coprodesk.domain.clock import FakeClock
from coprodesk.domain.model import HandKind
from coprodesk.gui.qt_session import QtSession
from coprodesk.gui.run.tiles import Tile
from coprodesk.gui.run.view import RunView
from coprodesk.session import MeetingSession
from coprodesk.store.connection import open_store

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from make_run import build  # noqa: E402  (the run shots' meeting: 24 names, 4 groups)


def scene(app: QApplication, people: int | None, suffix: str) -> tuple[int, int]:
    store = open_store(Path(tempfile.mkdtemp()) / "names.db")
    mid = create_demo(store)[1] if people is None else build(store, people)
    clock = FakeClock(1_776_333_600_000)
    qt = QtSession(MeetingSession(store, mid, clock))
    view = RunView(qt, QUndoStack())
    view.resize(1280, 720)
    view.show()
    app.processEvents()
    order = view.board.order
    QTest.keyClick(view, Qt.Key.Key_2)
    clock.advance(52)
    for n, pid in enumerate(order):
        if n != 1:
            view.set_hand(pid, HandKind.CLARIFICATION if n % 3 == 0 else HandKind.SPEAK)
    qt.tick.emit()
    app.processEvents()
    name = f"run_names_1280x720_{'demo' if people is None else people}{suffix}.png"
    view.grab().save(str(HERE / name))
    tiles = [view.board.tiles[pid] for pid in order]
    names = [t.state.name for t in tiles]
    drawn = [getattr(t, "drawn_name", None) for t in tiles]
    if drawn[0] is None:  # before tiles recorded it: the same test the tile applies
        drawn = [_drawn_before(t) for t in tiles]
    whole = sum(d == n for d, n in zip(drawn, names, strict=True))
    print(f"{name}: {whole} of {len(names)} names shown whole; cut: "
          f"{[d for d, n in zip(drawn, names, strict=True) if d != n]}")
    qt.stop()
    view.deleteLater()
    store.close()
    return whole, len(names)


def _drawn_before(tile: Tile) -> str:
    from PySide6.QtGui import QFontMetrics

    from coprodesk.gui.run.tiles import _fonts, clock_text, hand_words

    s = tile.state
    name_f, small_f, clock_f = _fonts(tile.font())
    fm_small = QFontMetrics(small_f)
    right = tile.width() - 12
    if s.speaking:
        right -= QFontMetrics(clock_f).horizontalAdvance(clock_text(s.turn_ms)) + 8
    if s.hand is not None:
        label = hand_words(s.hand) + (f" {s.queue_pos}" if s.queue_pos else "")
        right -= fm_small.horizontalAdvance(label) + 14 + 8
    x = 16 + fm_small.horizontalAdvance("0") + 10 + 8
    return QFontMetrics(name_f).elidedText(s.name, Qt.TextElideMode.ElideRight, max(0, right - x))


def main(argv: list[str]) -> int:
    suffix = argv[0] if argv else ""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    for people in (None, 10, 12, 14):
        scene(app, people, suffix)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
