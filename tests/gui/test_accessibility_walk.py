"""Every window, panel and dialog walked by the one accessibility walker (tests/gui/a11y.py):
no interactive element without a name, no control the keyboard cannot reach, no keyboard
trap. Each test opens its screen as a user would and walks the real, shown window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from coprodesk.demo import create_demo
from coprodesk.store import meetings as repo

from .a11y import walk

CTRL = Qt.KeyboardModifier.ControlModifier


def check(root: QWidget, where: str) -> None:
    found = walk(root, where)
    print(found)
    assert found.counts == (0, 0, 0), str(found)


def modal_walk(qtbot, open_it, where: str) -> None:
    """Walk the modal dialog ``open_it`` shows (it may block in exec()), then close it."""
    seen: list[str] = []

    def inspect() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, inspect)
            return
        try:
            found = walk(box, where)
            seen.append(str(found) if found.counts != (0, 0, 0) else "")
        finally:
            box.reject() if isinstance(box, QDialog) else box.close()

    QTimer.singleShot(0, inspect)
    open_it()
    qtbot.waitUntil(lambda: bool(seen))
    print(seen[0] or f"{where}: clean")
    assert seen == [""], seen[0]


@pytest.fixture
def demo_window(gui, store):
    first, _ = create_demo(store)
    window = gui.window(store)
    window.refresh_library(select=first)
    return window, first


def test_the_library(demo_window):
    window, _ = demo_window
    window.show_library()
    check(window, "library")


@pytest.mark.parametrize("tab", range(4))
def test_each_editor_tab(demo_window, tab):
    window, first = demo_window
    window.open_meeting(first)
    window.editor.ui.tabs.setCurrentIndex(tab)
    check(window, f"editor tab {window.editor.ui.tabs.tabText(tab)}")


def running(qtbot, demo_window):
    window, _first = demo_window
    planned = repo.list_meetings(window.store)[-1].id
    window.show_run_view(planned)
    run = window.run_view
    qtbot.waitExposed(run)
    return window, run


def test_the_run_view(qtbot, demo_window):
    window, run = running(qtbot, demo_window)
    qtbot.keyClick(run, Qt.Key.Key_1)  # a speaker, a hand up, the queue and its buttons
    qtbot.keyClick(run, Qt.Key.Key_2, Qt.KeyboardModifier.ShiftModifier)
    check(window, "run view")


def test_the_run_view_help_overlay(qtbot, demo_window):
    _window, run = running(qtbot, demo_window)
    qtbot.keyClick(run, Qt.Key.Key_F1)
    assert run.help.isVisible()
    check(run.help, "run view F1 help")


def test_the_find_a_person_box(qtbot, demo_window):
    window, run = running(qtbot, demo_window)
    qtbot.keyClick(run, Qt.Key.Key_F, CTRL)
    assert run.picker.isVisible()
    check(window, "find a person (Ctrl+F)")


def test_the_decision_panel_and_its_dialogs(qtbot, demo_window):
    window, run = running(qtbot, demo_window)
    qtbot.keyClick(run, Qt.Key.Key_D, CTRL)
    panel = run.decisions
    qtbot.mouseClick(panel.ui.newButton, Qt.MouseButton.LeftButton)
    check(window, "decision panel")
    modal_walk(qtbot, panel.revise, "Revise the proposal")
    modal_walk(qtbot, lambda: panel.edit_reason(0), "stance reason")
    from coprodesk.gui.decisions.panel import ActionDialog

    dialog = ActionDialog(panel.meeting, None, parent=panel)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    check(dialog, "action dialog")


def test_the_end_meeting_and_reopen_dialogs(qtbot, demo_window):
    _window, run = running(qtbot, demo_window)
    qtbot.keyClick(run, Qt.Key.Key_1)
    run.end_meeting()
    box = run.message_box
    qtbot.waitExposed(box)
    check(box, "end meeting")
    box.button(QMessageBox.StandardButton.Cancel).click()
    run.end_now()
    run.ask_reopen()
    qtbot.waitExposed(run.reopen_dialog)
    check(run.reopen_dialog, "reopen")
    run.reopen_dialog.reject()


def test_the_quit_guard(qtbot, demo_window):
    window, run = running(qtbot, demo_window)
    qtbot.keyClick(run, Qt.Key.Key_1)
    window.ask_before_quit()
    box = window.quit_guard
    qtbot.waitExposed(box)
    check(box, "quit guard")
    box.button(QMessageBox.StandardButton.Cancel).click()


def test_the_keyboard_shortcuts_help(qtbot, demo_window):
    window, _ = demo_window
    window.show_shortcuts()
    box = window.message_box
    qtbot.waitExposed(box)
    check(box, "keyboard shortcuts")
    box.close()


def test_the_participant_screen(qtbot, live):
    from coprodesk.gui.participant.view import ParticipantWindow

    r = live()
    screen = ParticipantWindow(r.qt)
    qtbot.addWidget(screen)
    screen.resize(1920, 1080)
    screen.show()
    qtbot.waitExposed(screen)
    check(screen, "participant screen")


def test_the_minutes_and_signing_dialogs(qtbot, demo_window, tmp_path: Path):
    window, _first = demo_window
    for action, attr in (("actionExportMinutes", "minutes_dialog"),
                         ("actionSigningIdentity", "identity_dialog"),
                         ("actionSignMinutes", "sign_dialog"),
                         ("actionTrustedPeople", "trust_dialog")):
        getattr(window.ui, action).trigger()
        dialog = getattr(window, attr)
        qtbot.waitExposed(dialog)
        check(dialog, attr)
        dialog.reject()
    bogus = tmp_path / "not-minutes.pdf"
    bogus.write_text("no PDF here")
    window.verify_minutes(bogus)
    qtbot.waitExposed(window.verify_dialog)
    check(window.verify_dialog, "verify minutes")
    window.verify_dialog.reject()


def test_the_import_conflict_box(qtbot, demo_window):
    from coprodesk.gui.portable_dialogs import ConflictBox

    window, _ = demo_window
    box = ConflictBox("Kick-off", window)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    check(box, "import conflict")


def test_the_series_screens(qtbot, gui, store):
    from coprodesk.gui.series.view import SeriesView

    first, _ = create_demo(store)
    window = gui.window(store)
    window.refresh_library(select=first)
    window.ui.actionNewInSeries.trigger()
    new = window.editor.meeting_id
    window.show_run_view(new)
    run = window.run_view
    if run.you_said is not None:
        run.you_said_button.click()
        check(window, "you said, we did")
    series = repo.load_meeting(store, new).series
    view = SeriesView(store, series)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    check(view, "series view")
