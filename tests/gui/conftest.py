"""Shared helpers for GUI tests: a window on a real store, and the user's gestures."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QTableView

from coprodesk.gui.app import create_main_window


def make_window(qtbot, store, tmp_path: Path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = create_main_window(store, settings)
    qtbot.addWidget(window)
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


@pytest.fixture
def gui(qtbot, tmp_path: Path) -> Gestures:
    return Gestures(qtbot, tmp_path)
