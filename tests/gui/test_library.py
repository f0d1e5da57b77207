"""The meetings library and the main window around it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from coprodesk.demo import create_demo
from coprodesk.gui.library import MeetingsModel
from coprodesk.gui.participant.view import ParticipantWindow
from coprodesk.gui.run.view import RunView
from coprodesk.store import meetings as repo

LEFT = Qt.MouseButton.LeftButton


def shown_titles(window) -> list[str]:
    proxy = window.library.proxy
    return [proxy.index(r, MeetingsModel.TITLE).data() for r in range(proxy.rowCount())]


def test_the_library_lists_meetings_sorted_and_searchable(qtbot, gui, store):
    create_demo(store)
    window = gui.window(store)
    assert window.windowTitle() == "CoProDesk"
    assert shown_titles(window) == ["Spring workshop: follow-up", "Spring workshop"]  # newest first
    proxy = window.library.proxy
    assert [proxy.index(r, MeetingsModel.STATUS).data() for r in range(2)] == ["Planned", "Closed"]
    assert proxy.index(1, MeetingsModel.DECISIONS).data() == "2"
    window.library.ui.meetingsView.sortByColumn(MeetingsModel.TITLE, Qt.SortOrder.AscendingOrder)
    assert shown_titles(window) == ["Spring workshop", "Spring workshop: follow-up"]
    gui.type_into(window.library.ui.searchEdit, "closed")
    assert shown_titles(window) == ["Spring workshop"]
    window.library.ui.searchEdit.clear()
    gui.type_into(window.library.ui.searchEdit, "follow")
    assert shown_titles(window) == ["Spring workshop: follow-up"]


def test_opening_a_meeting_shows_its_editor_and_the_title(qtbot, gui, store):
    first, _second = create_demo(store)
    window = gui.window(store)
    window.library.select(first)
    qtbot.keyClick(window.library.ui.meetingsView, Qt.Key.Key_Return)
    assert window.ui.stack.currentWidget() is window.editor
    assert window.windowTitle() == "Spring workshop — CoProDesk"
    qtbot.mouseClick(window.editor.ui.backButton, LEFT)
    assert window.windowTitle() == "CoProDesk"


def test_duplicate_as_template_copies_the_plan_but_not_what_happened(qtbot, gui, store):
    first, _ = create_demo(store)
    window = gui.window(store)
    window.library.select(first)
    qtbot.mouseClick(window.library.ui.duplicateButton, LEFT)
    copy_id = window.library.selected_id()
    copy = repo.load_meeting(store, copy_id)
    assert copy.title == "Spring workshop (copy)" and copy.status.value == "planned"
    assert (len(copy.groups), len(copy.participants), len(copy.items)) == (4, 10, 6)
    assert (copy.turns, copy.decisions, copy.actions) == ((), (), ())
    window.undo_action.trigger()
    assert "Spring workshop (copy)" not in shown_titles(window)
    window.redo_action.trigger()
    assert repo.load_meeting(store, copy_id).participants == copy.participants


def test_delete_says_what_will_be_lost_and_cancel_keeps_it(qtbot, gui, store):
    first, _ = create_demo(store)
    window = gui.window(store)
    window.library.select(first)
    qtbot.mouseClick(window.library.ui.deleteButton, LEFT)
    box = window.message_box
    qtbot.waitUntil(box.isVisible)
    assert "Spring workshop" in box.text()
    info = box.informativeText()
    assert "10 people" in info and "112 speaking turns" in info and "2 decisions" in info
    assert "cannot be undone" in info
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), LEFT)
    assert len(repo.list_meetings(store)) == 2
    qtbot.mouseClick(window.library.ui.deleteButton, LEFT)
    box = window.message_box
    qtbot.waitUntil(box.isVisible)
    delete = next(b for b in box.buttons() if b.text() == "Delete meeting")
    qtbot.mouseClick(delete, LEFT)
    assert [m.id for m in repo.list_meetings(store)] != [] and first not in \
        [m.id for m in repo.list_meetings(store)]
    assert shown_titles(window) == ["Spring workshop: follow-up"]


def test_a_new_meeting_is_saved_at_once_and_undo_removes_it(qtbot, gui, store):
    window = gui.window(store)
    qtbot.mouseClick(window.library.ui.newButton, LEFT)
    assert window.saved_label.text().startswith("Saved ")
    m = repo.list_meetings(store)
    assert [x.title for x in m] == ["New meeting"]
    assert [g.name for g in repo.load_meeting(store, m[0].id).groups] == [
        "Lived experience", "Carer / family", "Practitioner", "Commissioner / manager"]
    window.undo_action.trigger()
    assert repo.list_meetings(store) == []
    assert window.ui.stack.currentWidget() is window.library


def test_start_meeting_shows_the_run_view(qtbot, gui, store):
    _first, second = create_demo(store)
    window = gui.window(store)
    window.open_meeting(second)
    assert not window.ui.actionParticipantScreen.isEnabled()
    window.ui.actionStartMeeting.trigger()
    assert isinstance(window.ui.stack.currentWidget(), RunView)
    assert window.windowTitle() == "Spring workshop: follow-up — CoProDesk"
    window.ui.actionLibrary.trigger()
    assert window.ui.stack.currentWidget() is window.library


def test_f11_in_the_run_view_opens_and_closes_the_participant_screen(qtbot, gui, store):
    _first, second = create_demo(store)
    window = gui.window(store)
    window.show_run_view(second)
    assert window.ui.actionParticipantScreen.isEnabled()
    qtbot.keyClick(window.run_view, Qt.Key.Key_F11)
    screen = window.participant_window
    assert isinstance(screen, ParticipantWindow) and screen.isVisible()
    assert window.ui.actionParticipantScreen.isChecked()
    screen.activateWindow()  # the room's screen has the keys once it is the active window
    qtbot.waitUntil(screen.isActiveWindow)
    qtbot.keyClick(screen, Qt.Key.Key_Escape)  # Esc on the room's screen closes it too
    qtbot.waitUntil(lambda: window.participant_window is None)
    assert not window.ui.actionParticipantScreen.isChecked()
    window.ui.actionParticipantScreen.trigger()  # the View menu entry
    assert window.participant_window.isVisible()
    window.ui.actionLibrary.trigger()  # leaving the run view closes the room's screen
    assert window.participant_window is None


def test_the_library_model_passes_the_qt_model_tester(qtmodeltester, store):
    create_demo(store)
    model = MeetingsModel()
    model.set_meetings(repo.list_meetings(store))
    qtmodeltester.check(model, force_py=True)


def test_the_series_has_its_own_column_and_sorts_by_series_then_date(qtbot, gui, store):
    create_demo(store)
    lone = repo.create_meeting(store, "Budget check", date="2026-05-01")
    window = gui.window(store)
    proxy = window.library.proxy
    view = window.library.ui.meetingsView
    view.sortByColumn(MeetingsModel.SERIES, Qt.SortOrder.AscendingOrder)
    rows = [(proxy.index(r, MeetingsModel.SERIES).data(), proxy.index(r, MeetingsModel.DATE).data())
            for r in range(proxy.rowCount())]
    series = repo.load_meeting(store, repo.find_meeting(store, "Spring workshop")).series
    assert rows == [("", "2026-05-01"), (series, "2026-03-12"), (series, "2026-04-16")]
    assert repo.load_meeting(store, lone).series == ""
    assert proxy.headerData(MeetingsModel.SERIES, Qt.Orientation.Horizontal) == "Series"


def test_f1_lists_every_shortcut_and_the_run_view_keeps_its_own_overlay(qtbot, gui, store):
    _first, second = create_demo(store)
    window = gui.window(store)
    window.activateWindow()  # window shortcuts need the window active, as on a desktop
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.library.ui.meetingsView, Qt.Key.Key_F1)
    box = window.message_box
    qtbot.waitUntil(lambda: box.isVisible())
    text = box.text()
    for expected in ("Ctrl+E", "File → Export minutes…", "Ctrl+Shift+E", "F11", "Space",
                     "next speaker: the head of the queue", "Ctrl+D",
                     "Menu / Shift+F10", "Sort a table by a column"):
        assert expected in text, expected
    assert len(window.shortcut_rows()) >= 12
    box.close()

    window.show_run_view(second)
    run = window.run_view
    window.message_box = None
    qtbot.keyClick(run, Qt.Key.Key_F1)
    assert run.help.isVisible() and window.message_box is None  # the overlay, not the list
    assert "Ctrl+D" in run.help.ui.helpKeys.text()


def test_the_window_makes_the_daily_backup_and_says_so(qtbot, gui, store):
    from coprodesk.gui.app import daily_backup
    from coprodesk.store.backup import backups

    create_demo(store)
    window = gui.window(store)
    daily_backup(window, store.path)
    [copy] = backups(store.path)
    assert str(copy) in window.statusBar().currentMessage()
    daily_backup(window, store.path)  # not due again today
    assert backups(store.path) == [copy]
    copy.unlink()
    (store.path.parent / "backups").rmdir()
    (store.path.parent / "backups").write_text("in the way")
    daily_backup(window, store.path)
    assert window.statusBar().currentMessage().startswith("No backup today:")


def test_the_toolbar_stays_hidden_after_a_restart(qtbot, gui, store):
    window = gui.window(store)
    window.ui.actionShowToolbar.trigger()
    assert not window.ui.toolbar.isVisible()
    window.close()
    again = gui.window(store)
    assert not again.ui.toolbar.isVisible()
    assert not again.ui.actionShowToolbar.isChecked()
    again.ui.actionShowToolbar.trigger()
    assert again.ui.toolbar.isVisible()
