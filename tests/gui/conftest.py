"""Shared helpers for GUI tests: a window on a real store, and the user's gestures."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QMessageBox,
    QTabBar,
    QTableView,
    QWidget,
)

from coprodesk.demo import create_demo
from coprodesk.domain.clock import FakeClock
from coprodesk.gui.app import create_main_window
from coprodesk.gui.qt_session import QtSession
from coprodesk.session import MeetingSession
from coprodesk.store import meetings as repo


def make_window(qtbot, store, tmp_path: Path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = create_main_window(store, settings)
    # the test is over: quit without the running-meeting guard (the floor is still paused)
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "_quit_confirmed", True))
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
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


def _part_of_a_whole(w: QWidget, root: QWidget) -> bool:
    parent = w.parentWidget()
    while parent is not None and w is not root:
        if isinstance(parent, (QAbstractItemView, QAbstractSpinBox, QComboBox)):
            return True
        if parent is root:
            return False
        parent = parent.parentWidget()
    return False


def unnamed_controls(root: QWidget, visible_only: bool = False, also: tuple[type, ...] = ()
                     ) -> list[str]:
    """The accessibility walker every window's test uses: controls under ``root`` (shown
    ones only with ``visible_only``) a screen reader could not name. A button needs text or
    an accessible name, a tab bar text on every tab; anything else Tab reaches needs an
    accessible name. The parts of a
    named whole (a view's viewport, a spin box's line edit, a combo box's popup) are its own. ``also``:
    painted widgets the mouse works that need a name without taking focus (tiles)."""
    missing = []
    for w in (root, *root.findChildren(QWidget)):
        if visible_only and not w.isVisibleTo(root):
            continue
        if _part_of_a_whole(w, root):
            continue
        if isinstance(w, QAbstractButton):
            named = bool(w.text() or w.accessibleName())
        elif isinstance(w, QTabBar):  # each tab is read by its text
            named = all(w.tabText(i) or w.accessibleTabName(i) for i in range(w.count()))
        elif w.focusPolicy() & Qt.FocusPolicy.TabFocus or isinstance(w, also):
            named = bool(w.accessibleName())
        else:
            continue
        if not named:
            missing.append(f"{type(w).__name__} {w.objectName()!r}")
    return missing


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
    unnamed_controls = staticmethod(unnamed_controls)


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
