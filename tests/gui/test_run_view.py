"""The run view driven as a facilitator would: keys, clicks, the queue, the clock.

Real store on tmp_path, real widgets, real key events; a FakeClock moves time.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from coprodesk.demo import create_demo
from coprodesk.domain.clock import FakeClock
from coprodesk.domain.model import QueuePolicy
from coprodesk.gui.qt_session import QtSession
from coprodesk.gui.run.format import local_hhmm
from coprodesk.gui.run.models import QueueModel, QueueRow
from coprodesk.gui.run.tiles import Tile
from coprodesk.gui.run.view import RunView
from coprodesk.session import MeetingSession
from coprodesk.store import meetings as repo

SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier
DIGITS = {n: getattr(Qt.Key, f"Key_{n}") for n in range(10)}


def key(r, k, mods=Qt.KeyboardModifier.NoModifier):
    r.qtbot.keyClick(r.view, k, mods)


def tile_pid(r, n: int) -> int:
    """Participant id of tile n (1-based, as the keys count)."""
    return r.view.board.order[n - 1]


def name_of(r, pid: int) -> str:
    return r.session.meeting.participant(pid).name


def on_disk(r):
    return repo.load_meeting(r.store, r.mid)


def queue_names(r) -> list[str]:
    m = r.view.queue_model
    return [m.rows[i].name for i in range(m.rowCount())]


def test_tiles_follow_stakeholder_groups_and_observers_are_apart(run):
    names = [name_of(run, pid) for pid in run.view.board.order]
    assert names == ["Amara Okafor", "Tom Reilly", "Sione Tupou", "Margaret Chen", "Dev Patel",
                     "Dr Ruth Adeyemi", "Liam Byrne", "Jo Fischer", "Helen Ward"]
    assert "Priya Nair" not in names
    assert "Observers (not counted): Priya Nair" in run.view.ui.observersLabel.text()
    assert [h.state.label for h in run.view.board.headers] == ["LE", "CF", "PR", "CM"]
    assert run.view.board.tiles[tile_pid(run, 1)].state.key == "1"


def test_a_digit_gives_the_floor_and_the_first_change_starts_the_meeting(run):
    key(run, Qt.Key.Key_1)
    m = on_disk(run)
    assert m.status.value == "running"
    assert [(t.participant_id, t.end_ms) for t in m.turns] == [(tile_pid(run, 1), None)]
    assert m.current_item is not None and m.current_item.title.startswith("Since last time")
    assert run.view.board.tiles[tile_pid(run, 1)].state.speaking


def test_clicking_a_tile_gives_the_floor_and_closes_the_previous_turn(run):
    key(run, Qt.Key.Key_1)
    run.clock.advance(30)
    tile = run.view.board.tiles[tile_pid(run, 4)]
    run.qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    turns = on_disk(run).turns
    assert [(t.participant_id, t.duration_ms()) for t in turns[:1]] == [(tile_pid(run, 1), 30_000)]
    assert turns[1].participant_id == tile_pid(run, 4) and turns[1].is_open
    assert tile.state.speaking
    assert not run.view.board.tiles[tile_pid(run, 1)].state.speaking


def test_space_pauses_and_gives_the_floor_back_to_the_last_speaker(run):
    key(run, Qt.Key.Key_3)
    run.clock.advance(20)
    key(run, Qt.Key.Key_Space)
    assert on_disk(run).open_turn is None
    assert not any(t.state.speaking for t in run.view.board.tiles.values())
    run.clock.advance(5)
    key(run, Qt.Key.Key_Space)
    turns = on_disk(run).turns
    assert [t.participant_id for t in turns] == [tile_pid(run, 3)] * 2
    assert turns[0].duration_ms() == 20_000 and turns[1].is_open
    assert turns[1].start_ms == turns[0].end_ms + 5_000


def test_ctrl_right_and_ctrl_left_move_through_the_agenda(run):
    key(run, Qt.Key.Key_1)
    run.clock.advance(60)
    key(run, Qt.Key.Key_Right, CTRL)
    m = on_disk(run)
    assert m.current_item.title == "Peer-support pilot: first sites"
    assert m.items[0].ended_ms == run.clock.now_ms()
    assert m.open_turn is None  # moving on pauses the floor
    assert "Peer-support pilot" in run.view.clock.ui.titleLabel.text()
    key(run, Qt.Key.Key_Left, CTRL)
    assert on_disk(run).current_item.title.startswith("Since last time")


def test_ctrl_z_removes_a_mistaken_turn_on_disk_too(run):
    key(run, Qt.Key.Key_1)
    run.clock.advance(40)
    key(run, Qt.Key.Key_2)  # a mistake: Tom was not speaking
    run.clock.advance(3)
    key(run, Qt.Key.Key_Z, CTRL)
    m = on_disk(run)
    assert [(t.participant_id, t.end_ms) for t in m.turns] == [(tile_pid(run, 1), None)]
    assert run.view.board.tiles[tile_pid(run, 1)].state.speaking
    assert not run.view.board.tiles[tile_pid(run, 2)].state.speaking
    run.clock.advance(7)
    key(run, Qt.Key.Key_Space)
    assert on_disk(run).turns[0].duration_ms() == 50_000  # the mistake's seconds went back to Amara


def test_undo_of_an_agenda_step_restores_the_item_and_the_speaker(run):
    key(run, Qt.Key.Key_1)
    run.clock.advance(10)
    key(run, Qt.Key.Key_Right, CTRL)
    key(run, Qt.Key.Key_Z, CTRL)
    m = on_disk(run)
    assert m.current_item.title.startswith("Since last time")
    assert m.items[1].started_ms is None
    assert m.open_turn is not None and m.open_turn.participant_id == tile_pid(run, 1)


def _speak(run, n: int, seconds: float) -> None:
    key(run, DIGITS[n % 10])
    run.clock.advance(seconds)


def _set_policy(run, policy: QueuePolicy) -> None:
    combo = run.view.ui.policyCombo
    combo.setFocus()
    target = combo.findData(policy.value)
    while combo.currentIndex() != target:
        run.qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)
    run.view.setFocus()


def test_hands_queue_under_each_policy_and_clarification_jumps_ahead(run):
    _speak(run, 1, 60)  # Amara (LE) 60 s
    _speak(run, 6, 30)  # Ruth (PR) 30 s
    _speak(run, 4, 10)  # Margaret (CF) 10 s
    key(run, Qt.Key.Key_Space)
    for n in (1, 9, 6, 2):  # Amara, Helen (CM), Ruth, Tom raise their hands in this order
        key(run, DIGITS[n], SHIFT)
        run.clock.advance(1)
    assert len(on_disk(run).hands) == 4
    expected = {
        QueuePolicy.FIRST_COME: ["Amara Okafor", "Helen Ward", "Dr Ruth Adeyemi", "Tom Reilly"],
        QueuePolicy.NOT_YET_SPOKEN: ["Helen Ward", "Tom Reilly", "Amara Okafor", "Dr Ruth Adeyemi"],
        QueuePolicy.LEAST_FLOOR_TIME: ["Helen Ward", "Tom Reilly", "Dr Ruth Adeyemi", "Amara Okafor"],
        QueuePolicy.UNDER_REPRESENTED_GROUP: ["Helen Ward", "Dr Ruth Adeyemi", "Amara Okafor",
                                              "Tom Reilly"],
    }
    for policy, names in expected.items():
        _set_policy(run, policy)
        assert on_disk(run).queue_policy is policy
        assert queue_names(run) == names, policy
    # Dev asks a clarifying question: it jumps the queue whatever the policy.
    menu = run.view.tile_menu(tile_pid(run, 5))
    next(a for a in menu.actions() if a.text().startswith("Clarification")).trigger()
    assert queue_names(run)[0] == "Dev Patel"
    assert run.view.board.tiles[tile_pid(run, 5)].state.queue_pos == 1
    key(run, Qt.Key.Key_N)  # next speaker: the head of the queue
    m = on_disk(run)
    assert m.open_turn.participant_id == tile_pid(run, 5)
    assert "Dev Patel" not in queue_names(run)
    assert len(m.hands) == 4
    key(run, Qt.Key.Key_Z, CTRL)  # undo gives Dev's hand back
    assert queue_names(run)[0] == "Dev Patel"
    key(run, DIGITS[1], SHIFT)  # Shift+digit again lowers the hand
    assert "Amara Okafor" not in queue_names(run)


def test_marking_someone_gone_changes_the_fair_shares(run):
    _speak(run, 1, 60)
    before = run.view.board.tiles[tile_pid(run, 1)].state.fair_share
    menu = run.view.tile_menu(tile_pid(run, 9))
    next(a for a in menu.actions() if a.text() == "Mark as gone").trigger()
    run.clock.advance(600)
    run.qt.tick.emit()
    helen = run.view.board.tiles[tile_pid(run, 9)].state
    after = run.view.board.tiles[tile_pid(run, 1)].state.fair_share
    assert helen.gone and helen.fair_share < before
    assert after > before
    assert on_disk(run).participant(tile_pid(run, 9)).presence[-1].end_ms is not None
    menu = run.view.tile_menu(tile_pid(run, 9))
    assert any(a.text() == "Mark as arrived" for a in menu.actions())


def test_a_long_turn_changes_the_tile_gently(run):
    _speak(run, 2, 100)
    run.qt.tick.emit()
    assert not run.view.board.tiles[tile_pid(run, 2)].state.long_turn
    run.clock.advance(21)  # past the 2-minute soft limit
    run.qt.tick.emit()
    state = run.view.board.tiles[tile_pid(run, 2)].state
    assert state.long_turn and state.turn_ms == 121_000


def test_people_not_yet_heard_on_this_item_are_named(run):
    _speak(run, 1, 5)
    run.qt.tick.emit()
    text = run.view.ui.notHeardLabel.text()
    assert "Tom Reilly" in text and "Amara Okafor" not in text and "Priya Nair" not in text


def test_notes_are_saved_as_typed_and_digits_there_stay_text(run):
    _speak(run, 1, 5)
    edit = run.view.ui.notesEdit
    edit.setFocus()
    run.qtbot.keyClicks(edit, "2 sites offered")
    item = on_disk(run).current_item
    assert item.notes == "2 sites offered"
    assert on_disk(run).open_turn.participant_id == tile_pid(run, 1)  # "2" did not move the floor
    run.qtbot.keyClick(edit, Qt.Key.Key_Escape)
    key(run, Qt.Key.Key_2)
    assert on_disk(run).open_turn.participant_id == tile_pid(run, 2)


def test_five_more_minutes_says_where_the_time_comes_from(run):
    _speak(run, 1, 5)
    key(run, Qt.Key.Key_Right, CTRL)  # item 2: discussion, 30 min; later: break, item 4, item 5
    clock = run.view.clock
    assert "Out-of-hours line" in clock.take_later_action.text()
    assert "Break" not in clock.take_later_action.text()  # breaks keep their time
    clock.take_later_action.trigger()
    planned = {i.title: i.planned_s for i in on_disk(run).items}
    assert planned["Peer-support pilot: first sites"] == 35 * 60
    assert planned["Out-of-hours line: what people need at night"] == 30 * 60 - 150
    assert planned["Actions and close"] == 10 * 60 - 150
    assert "Out-of-hours line" in clock.ui.extendNote.text()
    key(run, Qt.Key.Key_Z, CTRL)
    assert {i.title: i.planned_s for i in on_disk(run).items}["Actions and close"] == 600
    clock.extend_meeting_action.trigger()
    planned = {i.title: i.planned_s for i in on_disk(run).items}
    assert planned["Peer-support pilot: first sites"] == 35 * 60 and planned["Actions and close"] == 600
    assert "runs 5 min longer" in clock.ui.extendNote.text()


def test_the_agenda_bar_turns_amber_at_80_percent_and_red_past_100(run):
    _speak(run, 1, 0)  # item 1: 15 minutes planned
    run.clock.advance(11 * 60)
    run.qt.tick.emit()
    assert run.view.clock.bar.level == "calm"
    run.clock.advance(60)
    run.qt.tick.emit()
    assert run.view.clock.bar.level == "amber"
    assert run.view.clock.ui.leftLabel.text() == "3 minutes left"
    run.clock.advance(4 * 60)
    run.qt.tick.emit()
    assert run.view.clock.bar.level == "red"
    assert run.view.clock.ui.leftLabel.text() == "1 minute over"


def test_a_recovered_meeting_shows_the_banner_and_resumes_with_one_click(store, qtbot):
    _, mid = create_demo(store)
    clock = FakeClock()
    crashed = MeetingSession(store, mid, clock)
    first = crashed.meeting.participants[3].id
    crashed.give_floor(first)
    clock.advance(42)
    crashed.heartbeat()
    clock.advance(0.7)  # then the power went; this part of the turn is lost
    session = MeetingSession(store, mid, clock)
    assert session.recovered is not None
    qt = QtSession(session)
    view = RunView(qt, QUndoStack())
    qtbot.addWidget(view)
    view.show()
    text = view.ui.recoveryLabel.text()
    assert text == f"Recovered: the meeting was interrupted at {local_hhmm(session.recovered.end_ms)}"
    assert view.ui.recoveryBanner.isVisible()
    clock.advance(30)
    qtbot.mouseClick(view.ui.resumeButton, Qt.MouseButton.LeftButton)
    turns = repo.load_meeting(store, mid).turns
    assert [(t.participant_id, t.duration_ms() if t.end_ms else None) for t in turns] == \
        [(first, 42_000), (first, None)]
    assert not view.ui.recoveryBanner.isVisible()
    qt.stop()


def test_f1_shows_the_keys_and_f11_asks_for_the_participant_screen(run):
    key(run, Qt.Key.Key_F1)
    assert run.view.help.isVisible()
    assert "Shift+1" in run.view.help.ui.helpKeys.text()
    key(run, Qt.Key.Key_Escape)
    assert not run.view.help.isVisible()
    with run.qtbot.waitSignal(run.view.participant_screen_requested, timeout=1000):
        key(run, Qt.Key.Key_F11)
    texts = [a.text() for a in run.view.actions()]
    assert "Next speaker" in texts and "Keyboard help" in texts


def test_the_store_holds_exactly_the_turns_shown(run):
    for n, secs in [(1, 12), (5, 30), (9, 8), (5, 14)]:
        _speak(run, n, secs)
    key(run, Qt.Key.Key_Space)
    m = on_disk(run)
    assert m.turns == run.session.meeting.turns
    for pid, tile in run.view.board.tiles.items():
        total = sum(t.duration_ms() for t in m.turns if t.participant_id == pid)
        assert tile.state.meeting_ms == total, name_of(run, pid)
    assert run.view.board.tiles[tile_pid(run, 5)].state.turns == 2


def test_a_running_turn_repaints_only_the_speakers_tile(run, qtbot):
    _speak(run, 3, 1)
    run.qt.tick.emit()
    qtbot.wait(20)
    before = {pid: t.paints for pid, t in run.view.board.tiles.items()}
    for _ in range(4):
        run.clock.advance(1)
        run.qt.tick.emit()
        qtbot.wait(20)
    changed = [pid for pid, t in run.view.board.tiles.items() if t.paints != before[pid]]
    assert changed == [tile_pid(run, 3)]


def test_the_queue_model_is_a_sound_qt_model(qtmodeltester):
    from coprodesk.domain.model import HandKind

    model = QueueModel()
    model.set_rows((QueueRow(1, "Ann", "LE", "#0072B2", HandKind.SPEAK),
                    QueueRow(2, "Bob", "CF", "#E69F00", HandKind.POINT_OF_ORDER)))
    qtmodeltester.check(model)
    assert model.data(model.index(1)) == "2. Bob (CF) — point of order"


def test_every_interactive_widget_has_text_or_an_accessible_name(run, gui):
    _speak(run, 1, 1)
    gui.assert_accessible(run.view)  # the tiles too: focusable, named buttons
    assert all(isinstance(t, Tile) and t.accessibleName() for t in run.view.board.tiles.values())


def test_one_key_table_builds_the_actions_the_handler_and_the_help(run):
    from coprodesk.gui.run.keys import RUN_KEYS, keys_table, run_view_keys

    labels = [label for label, _what in run_view_keys()]
    assert len(labels) == len(RUN_KEYS)
    assert all(a.shortcut().toString() in labels for a in run.view.key_actions.values())
    assert run.view.help.ui.helpKeys.text() == keys_table(run_view_keys(), pad=4, gap=18)
    key(run, Qt.Key.Key_F1)  # a reading key from the table, through the handler
    assert run.view.help.isVisible()
    key(run, Qt.Key.Key_Escape)  # Esc exists only while the help is up
    assert not run.view.help.isVisible()


# --- every action by keyboard (issue 19) ---------------------------------------------------

def _find(r, text: str, enter_mods=Qt.KeyboardModifier.NoModifier) -> None:
    """Ctrl+F, type (ASCII) part of a name, Enter (or Shift+Enter)."""
    key(r, Qt.Key.Key_F, CTRL)
    assert r.view.picker.isVisible() and r.view.picker.edit.hasFocus()
    r.qtbot.keyClicks(r.view.picker.edit, text)
    r.qtbot.keyClick(r.view.picker.edit, Qt.Key.Key_Return, enter_mods)
    assert not r.view.picker.isVisible()


def _menu_choose(r, menu, text: str) -> None:
    """In a menu opened from the keyboard: go to ``text`` and press Enter."""
    assert menu.isVisible() and menu.activeAction() is menu.actions()[0]
    menu.setActiveAction(next(a for a in menu.actions() if a.text() == text))
    r.qtbot.keyClick(menu, Qt.Key.Key_Return)


def test_ctrl_f_finds_anyone_by_name_beyond_tile_ten_for_the_floor_or_a_hand(run):
    last = max(run.session.meeting.groups, key=lambda g: g.position)  # the last column
    for name in ("Kofi Mensah", "Lena Berg", "Zara Quinn"):
        repo.add_participant(run.store, run.mid, name, last.id)
    run.session.reload()
    run.view.refresh()
    assert len(run.view.board.order) == 12
    zara = next(p.id for p in run.session.meeting.participants if p.name == "Zara Quinn")
    assert run.view.board.order.index(zara) >= 10  # no digit reaches her
    _find(run, "zara")
    assert on_disk(run).open_turn.participant_id == zara
    lena = next(p.id for p in run.session.meeting.participants if p.name == "Lena Berg")
    _find(run, "BERG", SHIFT)  # Shift+Enter: her hand goes up
    assert [h.participant_id for h in on_disk(run).hands] == [lena]
    _find(run, "berg", SHIFT)  # and down again
    assert on_disk(run).hands == ()
    key(run, Qt.Key.Key_F, CTRL)
    run.qtbot.keyClick(run.view.picker.edit, Qt.Key.Key_Escape)  # Esc closes, nothing changes
    assert not run.view.picker.isVisible() and on_disk(run).open_turn.participant_id == zara


def test_the_queue_takes_the_keys_enter_gives_the_floor_delete_lowers_the_hand(run):
    key(run, Qt.Key.Key_2, SHIFT)
    key(run, Qt.Key.Key_3, SHIFT)
    queue = run.view.ui.queueView
    queue.setFocus()
    queue.setCurrentIndex(run.view.queue_model.index(1))
    run.qtbot.keyClick(queue, Qt.Key.Key_Return)
    m = on_disk(run)
    assert m.open_turn.participant_id == tile_pid(run, 3)
    assert [h.participant_id for h in m.hands] == [tile_pid(run, 2)]
    queue.setCurrentIndex(run.view.queue_model.index(0))
    run.qtbot.keyClick(queue, Qt.Key.Key_Delete)
    assert on_disk(run).hands == ()


# a menu opened from the keyboard asks the offscreen plugin for the keyboard, which it lacks
POPUP = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")


@POPUP
def test_the_menu_key_gives_clarification_point_of_order_and_attendance(run):
    from coprodesk.domain.balance import is_present_at
    from coprodesk.domain.model import HandKind

    key(run, Qt.Key.Key_1)  # the meeting runs
    key(run, Qt.Key.Key_4, SHIFT)
    queue = run.view.ui.queueView
    queue.setFocus()
    queue.setCurrentIndex(run.view.queue_model.index(0))
    run.qtbot.keyClick(queue, Qt.Key.Key_Menu)
    _menu_choose(run, run.view.person_menu, "Point of order (jumps the queue)")
    assert [(h.participant_id, h.kind) for h in on_disk(run).hands] == \
        [(tile_pid(run, 4), HandKind.POINT_OF_ORDER)]
    key(run, Qt.Key.Key_F, CTRL)
    run.qtbot.keyClicks(run.view.picker.edit, "Helen")
    run.qtbot.keyClick(run.view.picker.edit, Qt.Key.Key_F10, SHIFT)
    _menu_choose(run, run.view.person_menu, "Clarification (jumps the queue)")
    helen = next(p.id for p in run.session.meeting.participants if p.name == "Helen Ward")
    assert (helen, HandKind.CLARIFICATION) in [(h.participant_id, h.kind) for h in on_disk(run).hands]
    run.clock.advance(60)
    key(run, Qt.Key.Key_F, CTRL)
    run.qtbot.keyClicks(run.view.picker.edit, "Helen")
    run.qtbot.keyClick(run.view.picker.edit, Qt.Key.Key_Menu)
    _menu_choose(run, run.view.person_menu, "Mark as gone")
    run.clock.advance(5)
    m = on_disk(run)
    assert not is_present_at(m.participant(helen), run.clock.now_ms())


@POPUP
def test_ctrl_t_gives_the_item_five_more_minutes_from_the_keyboard(run):
    key(run, Qt.Key.Key_1)  # the first item starts
    item = on_disk(run).current_item
    key(run, Qt.Key.Key_T, CTRL)
    menu = run.view.clock.menu
    assert menu.isVisible() and menu.activeAction() is not None
    run.qtbot.keyClick(menu, Qt.Key.Key_Return)
    after = on_disk(run)
    assert after.item(item.id).planned_s == item.planned_s + 300


def test_esc_dismisses_a_notice_and_tab_reaches_every_run_view_button(run):
    run.view.notice.say("clock", "This computer's clock looks wrong")
    assert run.view.notice.isVisible()
    key(run, Qt.Key.Key_Escape)
    assert not run.view.notice.isVisible()
    key(run, Qt.Key.Key_2, SHIFT)
    buttons = [run.view.ui.nextSpeakerButton, run.view.ui.lowerHandButton,
               run.view.decisions_button, run.view.clock.ui.nextButton,
               run.view.clock.ui.extendButton]
    assert all(b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in buttons)
    run.view.ui.nextSpeakerButton.setFocus(Qt.FocusReason.TabFocusReason)
    run.qtbot.keyClick(run.view.ui.nextSpeakerButton, Qt.Key.Key_Return)  # Enter presses it
    assert on_disk(run).open_turn.participant_id == tile_pid(run, 2)
    run.qtbot.keyClick(run.view.ui.nextSpeakerButton, Qt.Key.Key_Space)  # Space pauses, here too
    assert on_disk(run).open_turn is None
