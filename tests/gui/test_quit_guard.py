"""The main window around a running meeting: the quit guard, End meeting from the menu, the
floor that outlives the run view, Resume in the library, the room's screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from coprodesk.domain.clock import FakeClock
from coprodesk.domain.model import ItemKind, MeetingStatus
from coprodesk.gui.participant.view import remembered_screen_index
from coprodesk.store import meetings as repo

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def small_meeting(store) -> int:
    mid = repo.create_meeting(store, "Guarded", date="2026-06-01")
    groups = [g.id for g in repo.load_meeting(store, mid).groups]
    for n, name in enumerate(("Ann", "Bob", "Cat", "Dev")):
        repo.add_participant(store, mid, name, groups[n % 4])
    repo.add_item(store, mid, "Welcome", 600, ItemKind.INFORMATION)
    repo.add_item(store, mid, "Discussion", 1800)
    return mid


def running_window(qtbot, gui, store):
    mid = small_meeting(store)
    window = gui.window(store)
    window.refresh_library(select=mid)
    window.ui.actionStartMeeting.trigger()  # F5 (offscreen windows are never active)
    run = window.run_view
    assert run is not None
    clock = FakeClock()
    run.session.clock = clock
    qtbot.keyClick(run, Qt.Key.Key_1)
    return mid, window, run, clock


def guard_button(window, text):
    box = window.quit_guard
    assert box is not None and box.isVisible()
    return next(b for b in box.buttons() if b.text() == text)


def test_ctrl_q_with_the_floor_held_asks_and_cancel_keeps_the_meeting_running(qtbot, gui, store):
    mid, window, _run, _clock = running_window(qtbot, gui, store)
    assert window.ui.actionQuit.shortcut().toString() == "Ctrl+Q"
    window.ui.actionQuit.trigger()
    box = window.quit_guard
    assert window.isVisible() and box.isVisible()
    assert "Ann has the floor" in box.informativeText()
    texts = [b.text() for b in box.buttons()]
    assert "Pause the floor and quit" in texts and "End the meeting" in texts
    qtbot.mouseClick(box.button(box.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert window.isVisible()
    assert repo.load_meeting(store, mid).open_turn is not None


def test_pause_the_floor_and_quit_closes_the_turn_at_that_moment(qtbot, gui, store):
    mid, window, _run, clock = running_window(qtbot, gui, store)
    clock.advance(42)
    window.close()  # closing the window is guarded the same way
    assert window.isVisible()
    qtbot.mouseClick(guard_button(window, "Pause the floor and quit"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible())
    m = repo.load_meeting(store, mid)
    assert m.open_turn is None and m.status is MeetingStatus.RUNNING
    assert [t.duration_ms() for t in m.turns] == [42_000]


def test_end_the_meeting_from_the_guard_closes_it_and_quits(qtbot, gui, store):
    mid, window, _run, clock = running_window(qtbot, gui, store)
    clock.advance(30)
    window.ui.actionQuit.trigger()
    qtbot.mouseClick(guard_button(window, "End the meeting"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible())
    m = repo.load_meeting(store, mid)
    assert m.status is MeetingStatus.CLOSED and m.ended_ms == clock.now_ms()
    assert [t.duration_ms() for t in m.turns] == [30_000]


def test_leaving_the_run_view_keeps_the_floor_and_heartbeat_and_f5_comes_back(qtbot, gui, store):
    mid, window, run, clock = running_window(qtbot, gui, store)
    clock.advance(3)
    window.open_meeting(mid)  # the editor, with Ann still speaking
    assert window.ui.stack.currentWidget() is window.editor
    clock.advance(1)
    window.qt_session._beat()  # the heartbeat goes on while the editor is shown
    assert repo.load_meeting(store, mid).open_turn is not None
    assert window.editor.ui.startButton.text() == "Resume meeting (F5)"
    window.show_library()
    assert window.ui.actionStartMeeting.text() == "&Resume meeting"
    assert window.run_view is run  # the same live run view, no recovery
    window.ui.actionStartMeeting.trigger()
    assert window.run_view is run and not run.ui.recoveryBanner.isVisible()
    clock.advance(0.3)
    qtbot.keyClick(run, Qt.Key.Key_2)
    turns = repo.load_meeting(store, mid).turns
    assert [t.duration_ms() for t in turns[:1]] == [4_300]


def test_end_meeting_in_the_meeting_menu_asks_then_closes(qtbot, gui, store):
    mid, window, run, _clock = running_window(qtbot, gui, store)
    assert window.end_meeting_action in window.ui.menuMeeting.actions()
    assert window.end_meeting_action.shortcut().toString() == "Shift+F5"
    window.show_library()
    window.end_meeting_action.trigger()
    assert window.ui.stack.currentWidget() is run
    box = run.message_box
    qtbot.mouseClick(next(b for b in box.buttons() if b.text() == "End the meeting"),
                     Qt.MouseButton.LeftButton)
    assert repo.load_meeting(store, mid).status is MeetingStatus.CLOSED
    assert not window.end_meeting_action.isEnabled()
    window.close()  # a closed meeting: no guard
    assert window.quit_guard is None and not window.isVisible()


# --- 4. the participant screen leaves the keyboard with the facilitator ----------------------

def test_f11_opens_the_room_screen_without_taking_the_keys_and_f11_on_it_closes_it(
        qtbot, gui, store):
    mid, window, run, clock = running_window(qtbot, gui, store)
    qtbot.keyClick(run, Qt.Key.Key_F11)
    screen = window.participant_window
    assert screen is not None and screen.isVisible()
    assert screen.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert QApplication.activeWindow() is not screen
    clock.advance(5)
    qtbot.keyClick(run, Qt.Key.Key_2)  # the digit still gives the floor
    assert repo.load_meeting(store, mid).open_turn.participant_id == run.board.order[1]
    qtbot.keyClick(screen, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: window.participant_window is None)


def test_the_room_screen_goes_where_it_went_last_time():
    assert remembered_screen_index(["eDP-1", "HDMI-1"], "HDMI-1") == 1
    assert remembered_screen_index(["eDP-1", "DP-2"], "HDMI-1") is None  # not connected: ask
    assert remembered_screen_index(["eDP-1"], "") is None
