"""Shared helpers for GUI tests: a window on a real store, and the user's gestures."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QLabel,
    QMessageBox,
    QTableView,
    QWidget,
)

from coprodesk.demo import create_demo
from coprodesk.domain.clock import FakeClock
from coprodesk.gui.app import create_main_window
from coprodesk.gui.qt_session import QtSession
from coprodesk.session import MeetingSession
from coprodesk.store import meetings as repo

from .a11y import walk


def make_window(qtbot, store, tmp_path: Path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = create_main_window(store, settings)
    # the test is over: quit without the running-meeting guard (the floor is still paused)
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "_quit_confirmed", True))
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # keys reach the active window only, as on a desk
    qtbot.waitUntil(window.isActiveWindow)
    return window


def problem_shown(qtbot, window) -> str:
    """Wait for the window's problem message, read it, press OK; returns its text."""
    qtbot.waitUntil(lambda: window.message_box is not None and window.message_box.isVisible())
    box: QMessageBox = window.message_box
    text = box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())
    window.message_box = None
    return text


def type_into(qtbot, widget, text: str, enter: bool = False) -> None:
    widget.setFocus()
    widget.selectAll() if hasattr(widget, "selectAll") else None
    qtbot.keyClicks(widget, text)
    if enter:
        qtbot.keyClick(widget, Qt.Key.Key_Return)


def answer_text(text: str) -> None:
    """Fill the next modal text question (a reason, a revised proposal) and accept it."""
    def fill() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QInputDialog), box
        box.setTextValue(text)
        box.accept()
    QTimer.singleShot(0, fill)


def every_text(window: QWidget) -> list[str]:
    """All text the window carries, shown or not: labels, tooltips, accessible names, painted text."""
    from coprodesk.gui.participant.bars import Painted

    out: list[str] = []
    for w in [window, *window.findChildren(QWidget)]:
        out += [w.toolTip(), w.accessibleName(), w.accessibleDescription(), w.windowTitle()]
        if isinstance(w, QLabel):
            out.append(w.text())
        if isinstance(w, Painted):
            out += list(w.drawn_strings())
    return [t for t in out if t]


def show_run_view(qtbot, qt: QtSession):
    """The run view on ``qt``'s meeting with an undo stack of its own, shown at 1280×720:
    (stack, view)."""
    from PySide6.QtGui import QUndoStack

    from coprodesk.gui.run.view import RunView

    stack = QUndoStack()
    view = RunView(qt, stack)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    qtbot.waitExposed(view)
    return stack, view


def drag_row(view: QTableView, from_row: int, to_row: int) -> None:
    """Drag a row and drop it on the upper edge of ``to_row`` (so it lands before it)."""
    model = view.model()
    view.selectRow(from_row)
    mime = model.mimeData([model.index(from_row, 1)])
    if to_row < model.rowCount():
        rect = view.visualRect(model.index(to_row, 1))
        pos = QPoint(rect.center().x(), rect.top() + 1)
    else:
        last = view.visualRect(model.index(model.rowCount() - 1, 1))
        pos = QPoint(last.center().x(), last.bottom() + 20)
    target = view.viewport()
    actions = Qt.DropAction.MoveAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(target, QDragEnterEvent(pos, actions, mime, buttons, mods))
    QApplication.sendEvent(target, QDragMoveEvent(pos, actions, mime, buttons, mods))
    QApplication.sendEvent(target, QDropEvent(pos.toPointF(), actions, mime, buttons, mods))


def assert_accessible(root: QWidget, where: str = "", unfocusable: tuple[str, ...] = (),
                      keys: bool = True) -> None:
    """The one accessibility walker (tests/gui/a11y.py) over ``root``: no unnamed
    interactive element, no control the keyboard cannot reach, no keyboard trap.
    ``unfocusable``: known gaps, named, that other work closes (each is said in the test)."""
    found = walk(root, where, keys).without(unfocusable=unfocusable)
    assert found.counts == (0, 0, 0), str(found)


class Gestures:
    """What a facilitator does, as a fixture (test modules here are not importable)."""

    def __init__(self, qtbot, tmp_path: Path) -> None:
        self.qtbot, self.tmp_path = qtbot, tmp_path

    def window(self, store):
        return make_window(self.qtbot, store, self.tmp_path)

    def problem_shown(self, window) -> str:
        return problem_shown(self.qtbot, window)

    def type_into(self, widget, text: str, enter: bool = False) -> None:
        type_into(self.qtbot, widget, text, enter)

    drag_row = staticmethod(drag_row)
    assert_accessible = staticmethod(assert_accessible)


@pytest.fixture(autouse=True)
def _no_real_identities(tmp_path: Path, monkeypatch) -> None:
    """File → Signing identity… writes identities: in tests into tmp_path, never into the
    real user data folder (the trust list is moved by the top conftest)."""
    monkeypatch.setenv("COPRODESK_IDENTITIES_DIR", str(tmp_path / "user-data" / "identities"))


@pytest.fixture
def gui(qtbot, tmp_path: Path) -> Gestures:
    return Gestures(qtbot, tmp_path)


@pytest.fixture
def live(store):
    """The meeting every live-screen test runs: the demo's planned one (10 people, one of
    them an observer, 5 items) opened on a FakeClock. ``live()`` gives its store, id,
    clock, session and QtSession; each QtSession stops after the test."""
    opened: list[QtSession] = []

    def open_live(groups_only: bool = False) -> SimpleNamespace:
        _, mid = create_demo(store)
        if groups_only:
            repo.update_meeting(store, mid, groups_only=True)
        clock = FakeClock()
        session = MeetingSession(store, mid, clock)
        qt = QtSession(session)
        opened.append(qt)
        return SimpleNamespace(store=store, mid=mid, clock=clock, session=session, qt=qt)

    yield open_live
    for qt in opened:
        qt.stop()


@pytest.fixture
def run(qtbot, live):
    """The run view on the ``live`` meeting: ``live()``'s namespace with ``stack``, ``view``
    and ``qtbot``."""
    r = live()
    r.stack, r.view = show_run_view(qtbot, r.qt)
    r.qtbot = qtbot
    return r


@pytest.fixture
def closed_decisions(gui, store):
    """``closed_decisions()``: the demo's closed meeting in the editor, on its Decisions tab;
    gives closed (its id), window and panel."""

    def open_them() -> SimpleNamespace:
        closed, _planned = create_demo(store)
        window = gui.window(store)
        window.open_meeting(closed)
        editor = window.editor
        editor.ui.tabs.setCurrentWidget(editor.decisions_host)
        return SimpleNamespace(closed=closed, window=window, panel=editor.decisions)

    return open_them


@pytest.fixture
def closed_stance(qtbot, store, closed_decisions):
    """The demo's closed meeting in the editor, its first decision shown, and key 2 pressed
    on the first stance: the question "change a closed meeting's record?" is open.
    ``closed_stance()`` gives closed (its id), decision, panel and before (the stances)."""

    def press() -> SimpleNamespace:
        opened = closed_decisions()
        closed, panel = opened.closed, opened.panel
        decision = repo.load_meeting(store, closed).decisions[0]
        panel.show_decision(decision.id)
        grid = panel.ui.stanceView
        grid.setFocus()
        grid.selectRow(0)
        qtbot.keyClick(grid, Qt.Key.Key_2)
        return SimpleNamespace(closed=closed, decision=decision, panel=panel,
                               before=decision.current_round.stances)

    return press
