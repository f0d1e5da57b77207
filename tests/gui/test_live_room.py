"""The live room through real keys: the floor in sight over the decision panel, ending a
meeting, a closed meeting that stays closed, words that wait for evidence.

Real store on tmp_path, real widgets and key events; a FakeClock moves time.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from coprodesk.demo import create_demo
from coprodesk.domain.clock import FakeClock
from coprodesk.domain.model import MeetingStatus
from coprodesk.gui.qt_session import QtSession
from coprodesk.gui.run.format import local_hhmm
from coprodesk.session import MeetingSession
from coprodesk.store import meetings as repo
from coprodesk.store import signing

from .conftest import show_run_view

SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier
LATER = 1_900_000_000_000  # 2030: after the demo's closed meeting, so the clock is not behind


def open_run(store, qtbot, mid, clock=None):
    clock = clock or FakeClock()
    session = MeetingSession(store, mid, clock)
    qt = QtSession(session)
    stack, view = show_run_view(qtbot, qt)
    return SimpleNamespace(store=store, mid=mid, clock=clock, session=session, qt=qt,
                           stack=stack, view=view, qtbot=qtbot)


@pytest.fixture
def demo(store):
    return create_demo(store)  # (closed meeting, planned meeting)


@pytest.fixture
def run(store, qtbot, demo):
    r = open_run(store, qtbot, demo[1])
    yield r
    r.qt.stop()


def press(r, k, mods=Qt.KeyboardModifier.NoModifier, widget=None):
    w = widget or r.view.focusWidget() or r.view
    r.qtbot.keyClick(w, k, mods)


def tick(r, seconds: float) -> None:
    r.clock.advance(seconds)
    r.qt.tick.emit()


def name(r, n: int) -> str:
    return r.session.meeting.participant(r.view.board.order[n - 1]).name


def end_meeting_by_keys(r) -> None:
    press(r, Qt.Key.Key_F5, SHIFT)
    box = r.view.message_box
    assert box is not None and box.isVisible()
    end = next(b for b in box.buttons() if b.text() == "End the meeting")
    r.qtbot.mouseClick(end, Qt.MouseButton.LeftButton)


# --- 1. the floor always in sight --------------------------------------------------------

def test_the_floor_strip_stays_in_sight_over_the_decision_panel_and_floor_keys_work_there(run):
    press(run, Qt.Key.Key_1)
    press(run, Qt.Key.Key_D, CTRL)
    panel = run.view.decisions
    assert run.view.centre.currentWidget() is panel
    assert run.view.strip.isVisible()
    assert run.view.strip.text.text() == f"Floor: {name(run, 1)} (LE) · 0:00"
    tick(run, 95)
    assert run.view.strip.text.text() == f"Floor: {name(run, 1)} (LE) · 1:35"
    tick(run, 30)  # past the two-minute soft limit
    assert "long turn, over 2:00" in run.view.strip.text.text()
    assert run.view.strip.property("state") == "long"
    # a decision on screen: in its stance grid Space keeps its own meaning (the row)...
    panel.new_decision("consensus", "Pilot in two surgeries")
    panel.ui.stanceView.setFocus()
    press(run, Qt.Key.Key_Space, widget=panel.ui.stanceView)
    assert repo.load_meeting(run.store, run.mid).open_turn is not None
    # ...and on a button of the panel it pauses the floor, and again resumes it
    panel.ui.everyoneButton.setFocus()
    press(run, Qt.Key.Key_Space, widget=panel.ui.everyoneButton)
    m = repo.load_meeting(run.store, run.mid)
    assert m.open_turn is None and m.turns[0].duration_ms() == 125_000
    assert run.view.strip.text.text().startswith("Paused")
    assert not repo.load_meeting(run.store, run.mid).decisions[0].current_round.stances
    press(run, Qt.Key.Key_Space, widget=panel.ui.everyoneButton)
    assert repo.load_meeting(run.store, run.mid).open_turn is not None
    panel.ui.stanceView.setFocus()
    press(run, Qt.Key.Key_N, widget=panel.ui.stanceView)  # no hands: nothing, and no error
    assert repo.load_meeting(run.store, run.mid).open_turn is not None


def test_typing_a_proposal_types_a_space_and_does_not_pause(run):
    press(run, Qt.Key.Key_1)
    press(run, Qt.Key.Key_D, CTRL)
    panel = run.view.decisions
    panel.new_decision("consensus", "")
    panel.ui.proposalEdit.setFocus()
    run.qtbot.keyClicks(panel.ui.proposalEdit, "a b")
    assert repo.load_meeting(run.store, run.mid).open_turn is not None
    assert "a b" in panel.ui.proposalEdit.toPlainText()


# --- 3. End meeting -------------------------------------------------------------------------

def test_end_meeting_pauses_ends_items_closes_and_offers_the_minutes(run):
    press(run, Qt.Key.Key_1)
    tick(run, 40)
    requested = []
    run.view.minutes_requested.connect(lambda: requested.append(True))
    end_meeting_by_keys(run)
    m = repo.load_meeting(run.store, run.mid)
    assert m.status is MeetingStatus.CLOSED and m.ended_ms == run.clock.now_ms()
    assert [t.duration_ms() for t in m.turns] == [40_000]
    assert m.current_item is None
    notice = run.view.notice
    assert notice.isVisible() and notice.minutes_button.isVisible()
    assert QApplication.focusWidget() is notice.minutes_button
    run.qtbot.keyClick(notice.minutes_button, Qt.Key.Key_Return)  # Enter presses a button
    assert requested == [True]
    assert "Shift+F5" in run.view.help.ui.helpKeys.text()


def test_cancelling_end_meeting_changes_nothing_and_undo_runs_it_again(run):
    press(run, Qt.Key.Key_1)
    tick(run, 10)
    press(run, Qt.Key.Key_F5, SHIFT)
    box = run.view.message_box
    run.qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert repo.load_meeting(run.store, run.mid).status is MeetingStatus.RUNNING
    end_meeting_by_keys(run)
    assert repo.load_meeting(run.store, run.mid).status is MeetingStatus.CLOSED
    run.view.setFocus()
    press(run, Qt.Key.Key_Z, CTRL)  # ended by mistake
    m = repo.load_meeting(run.store, run.mid)
    assert m.status is MeetingStatus.RUNNING and m.open_turn is not None
    assert m.current_item is not None


# --- 5/9. a closed or signed meeting is read-only, and says so ------------------------------

def test_keys_in_a_closed_meeting_add_no_turn_and_say_so_in_the_banner(store, qtbot, demo):
    r = open_run(store, qtbot, demo[0], FakeClock(LATER))
    try:
        before = repo.load_meeting(store, demo[0])
        total = sum(t.duration_ms() for t in before.turns)
        shown = r.view.clock.ui.titleLabel.text(), r.view.strip.text.text()
        for k, mods in ((Qt.Key.Key_1, None), (Qt.Key.Key_Space, None), (Qt.Key.Key_N, None),
                        (Qt.Key.Key_Right, CTRL), (Qt.Key.Key_2, SHIFT)):
            r.view.setFocus()
            press(r, k, mods or Qt.KeyboardModifier.NoModifier)
        after = repo.load_meeting(store, demo[0])
        assert after.turns == before.turns and after.hands == before.hands
        assert sum(t.duration_ms() for t in after.turns) == total
        assert r.view.message_box is None  # no modal dialog
        text = r.view.notice.text.text()
        assert "Nothing changed: the meeting is closed" in text
        assert f"ended at {local_hhmm(before.ended_ms)}" in text
        assert r.view.notice.reopen_button.isVisible()
        tick(r, 600)  # no ticking clock
        assert (r.view.clock.ui.titleLabel.text(), r.view.strip.text.text()) == shown
        assert "Meeting ended" in r.view.strip.text.text()
        assert r.view.clock.ui.titleLabel.text() == "Meeting ended"
        assert not r.view.clock.ui.nextButton.isEnabled()
    finally:
        r.qt.stop()


def test_reopen_a_closed_meeting_records_why_and_it_runs_again(store, qtbot, demo):
    r = open_run(store, qtbot, demo[0], FakeClock(LATER))
    try:
        r.qtbot.mouseClick(r.view.notice.reopen_button, Qt.MouseButton.LeftButton)
        dialog = r.view.reopen_dialog
        assert dialog is not None and dialog.isVisible()
        dialog.setTextValue("Two late arrivals to hear")
        dialog.accept()
        m = repo.load_meeting(store, demo[0])
        assert m.status is MeetingStatus.RUNNING
        assert signing.amendments(store, demo[0])[-1][1].endswith("Two late arrivals to hear")
        assert not r.view.notice.isVisible()
        r.view.setFocus()
        press(r, Qt.Key.Key_1)
        assert repo.load_meeting(store, demo[0]).open_turn is not None
    finally:
        r.qt.stop()


def test_a_closed_meeting_with_an_item_left_open_says_it_ended_it(store, qtbot, demo):
    mid = demo[0]
    m = repo.load_meeting(store, mid)
    last = m.items[-1]
    repo.update_item(store, last.id, ended_ms=None)  # as a hand-edited import leaves it
    r = open_run(store, qtbot, mid, FakeClock(m.ended_ms + 305_394 * 60_000))
    try:
        assert repo.load_meeting(store, mid).item(last.id).ended_ms == m.ended_ms
        assert f"“{last.title}” was still open" in r.view.notice.text.text()
        assert "over" not in r.view.clock.ui.leftLabel.text()
    finally:
        r.qt.stop()


# --- 6. words that wait for evidence ---------------------------------------------------------

def test_the_balance_says_too_early_three_seconds_in_and_saved_at_follows_commits(run):
    press(run, Qt.Key.Key_1)
    tick(run, 3)
    assert "too early to tell" in run.view.ui.balanceLabel.text()
    assert run.view.strip.saved.text() == f"Saved at {local_hhmm(run.clock.now_ms() - 3000)}"
    for n in (Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_1, Qt.Key.Key_2,
              Qt.Key.Key_6):
        tick(run, 60)
        press(run, n)
        assert run.view.strip.saved.text() == f"Saved at {local_hhmm(run.clock.now_ms())}"
    assert "too early" not in run.view.ui.balanceLabel.text()
    press(run, Qt.Key.Key_Space)
    assert run.view.strip.text.text().startswith("Paused")


# --- 12. a clock that looks wrong is said ---------------------------------------------------

def test_a_clock_behind_the_record_is_said_and_new_turns_start_after_the_record(store, qtbot, demo):
    mid = demo[0]
    end = repo.load_meeting(store, mid).ended_ms
    signing.record_correction(store, mid, "test", end)
    repo.update_meeting(store, mid, status=MeetingStatus.RUNNING, ended_ms=None)
    r = open_run(store, qtbot, mid, FakeClock(end - 3600_000))  # set back an hour
    try:
        assert "clock reads" in r.view.notice.text.text()
        press(r, Qt.Key.Key_1)
        assert repo.load_meeting(store, mid).open_turn.start_ms == end
    finally:
        r.qt.stop()


# --- 7. fits 1280 × 720 with the decision panel open ------------------------------------------

def test_the_decision_panel_fits_1280_by_720_and_keeps_the_current_row_in_sight(qtbot, gui, store):
    mid = repo.create_meeting(store, "Fits", date="2026-06-01")
    groups = [g.id for g in repo.load_meeting(store, mid).groups]
    for n in range(14):
        repo.add_participant(store, mid, f"Person {n + 1}", groups[n % 4])
    repo.add_item(store, mid, "Choose the pilot sites", 1800)
    window = gui.window(store)
    window.show_run_view(mid)
    run = window.run_view
    qtbot.keyClick(run, Qt.Key.Key_D, CTRL)
    panel = run.decisions
    panel.new_decision("gradients", "A long proposal " * 8)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 720, hint
    grid = panel.ui.stanceView
    grid.setFocus()
    grid.selectRow(0)
    grid.verticalScrollBar().setValue(grid.verticalScrollBar().maximum())  # looked further down
    assert not grid.viewport().rect().intersects(grid.visualRect(grid.currentIndex()))
    panel.new_round("The amended proposal")  # what Revise does once the text is given
    assert len(repo.load_meeting(store, mid).decisions[0].rounds) == 2
    current = grid.currentIndex()
    assert current.isValid()
    assert grid.viewport().rect().intersects(grid.visualRect(current))


# --- 11. nothing unlinks quietly ---------------------------------------------------------------

def test_removing_an_item_with_turns_says_what_happens_and_undo_restores_its_links(
        qtbot, gui, store, demo):
    mid = demo[0]
    m = repo.load_meeting(store, mid)
    item = m.items[1]
    linked = [t.id for t in m.turns if t.item_id == item.id]
    repo.update_meeting(store, mid, status=MeetingStatus.RUNNING)  # editable, not signed
    window = gui.window(store)
    window.open_meeting(mid)
    agenda = window.editor.agenda
    window.editor.ui.tabs.setCurrentWidget(agenda)
    agenda.ui.agendaView.selectRow(1)
    qtbot.mouseClick(agenda.ui.removeButton, Qt.MouseButton.LeftButton)
    box = agenda.message_box
    assert box is not None and box.isVisible()
    assert f"{len(linked)} speaking turns" in box.informativeText()
    assert "no longer count for any agenda item" in box.informativeText()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert repo.load_meeting(store, mid).item(item.id) is not None
    qtbot.mouseClick(agenda.ui.removeButton, Qt.MouseButton.LeftButton)
    box = agenda.message_box
    qtbot.mouseClick(next(b for b in box.buttons() if b.text() == "Remove the item"),
                     Qt.MouseButton.LeftButton)
    after = repo.load_meeting(store, mid)
    assert after.item(item.id) is None
    assert all(t.item_id != item.id for t in after.turns) and len(after.turns) == len(m.turns)
    window.undo_action.trigger()
    back = repo.load_meeting(store, mid)
    assert back.item(item.id) == item
    assert [t.id for t in back.turns if t.item_id == item.id] == linked
    assert back.decisions == m.decisions and back.actions == m.actions


def test_importing_a_closed_meeting_with_an_item_left_open_ends_it_and_says_so(
        qtbot, gui, store, demo, tmp_path):
    import json

    from coprodesk.store.connection import open_store

    window = gui.window(store)
    window.open_meeting(demo[0])
    path = tmp_path / "spring.json"
    window.export_meeting(path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["agenda"][-1]["ended"] = None  # a hand-edited file: the last item never ended
    path.write_text(json.dumps(doc), encoding="utf-8")
    other = open_store(tmp_path / "laptop.db")
    try:
        laptop = gui.window(other)
        laptop.import_meeting(str(path))
        text = gui.problem_shown(laptop)
        title = doc["agenda"][-1]["title"]
        assert f"“{title}” was still open in this closed meeting" in text
        (m,) = [repo.load_meeting(other, s.id) for s in repo.list_meetings(other)]
        assert m.current_item is None and m.items[-1].ended_ms == m.ended_ms
    finally:
        other.close()
