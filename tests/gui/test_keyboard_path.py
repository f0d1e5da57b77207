"""One keyboard path for the run view and its decision panel (issue 27, items 1-3).

The digit keys are pressed as a German and a French keyboard deliver them on Linux,
Windows and macOS (the layout's key and text, the system's own position code); Space
pauses from a tile, a button or the queue and keeps its meaning where it has one; a whole
decision round is run by keys alone.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QInputDialog,
    QLineEdit,
    QPlainTextEdit,
)

from coprodesk.domain.model import MeetingStatus
from coprodesk.gui.announce import announcer
from coprodesk.gui.decisions.models import StanceModel
from coprodesk.gui.run import physical_keys
from coprodesk.gui.run.keys import RUN_KEYS
from coprodesk.store import meetings as repo

from .keyboards import LAYOUTS, SYSTEMS, digit_event
from .test_decision_panel import ten_person_meeting
from .test_live_room import open_run

K = Qt.Key
M = Qt.KeyboardModifier
NONE, SHIFT, CTRL, ALT = M.NoModifier, M.ShiftModifier, M.ControlModifier, M.AltModifier


@pytest.fixture
def ten(store, qtbot):
    """The run view over ten counted people (tiles 1 … 10), announcements heard."""
    r = open_run(store, qtbot, ten_person_meeting(store))
    r.view.activateWindow()  # keys reach the active window only
    qtbot.waitUntil(r.view.isActiveWindow)
    r.said = []
    slot = lambda _source, text: r.said.append(text)  # noqa: E731
    announcer().said.connect(slot)
    yield r
    announcer().said.disconnect(slot)
    r.qt.stop()


def deliver(make) -> None:
    """A key as Qt delivers it: offered to the focused widget first (ShortcutOverride),
    then pressed there (``make(kind)`` builds the event with the system's codes)."""
    widget = QApplication.focusWidget()
    override: QKeyEvent = make(QEvent.Type.ShortcutOverride)
    override.ignore()
    QApplication.sendEvent(widget, override)
    QApplication.sendEvent(widget, make(QEvent.Type.KeyPress))


def holder(r) -> int | None:
    turn = r.session.meeting.open_turn
    return turn.participant_id if turn else None


def hands(r) -> set[int]:
    return {h.participant_id for h in r.session.meeting.hands}


@pytest.mark.parametrize("system", SYSTEMS)
@pytest.mark.parametrize("layout", LAYOUTS)
def test_digits_and_shift_digits_name_the_same_tile_on_german_and_french_keyboards(
        ten, monkeypatch, layout, system):
    monkeypatch.setattr(physical_keys, "_system", system)
    monkeypatch.setattr(physical_keys, "_layout", "us")  # the codes decide, not a guess
    order = ten.view.board.order
    assert len(order) == 10
    ten.view.board.tiles[order[0]].setFocus()  # Tab reaches the tiles
    wrong = []
    for position in range(10):
        ten.clock.advance(1)
        deliver(lambda kind, p=position: digit_event(layout, system, p, False, kind))
        if holder(ten) != order[position]:
            wrong.append(f"{position + 1 if position < 9 else 0}: floor to {holder(ten)}")
        deliver(lambda kind, p=position: digit_event(layout, system, p, True, kind))
        if hands(ten) != {order[n] for n in range(position + 1)}:
            wrong.append(f"Shift+{position + 1 if position < 9 else 0}: hands {hands(ten)}")
    assert wrong == []


def test_numpad_digits_give_the_floor_and_digits_pass_the_queue_and_buttons(ten, monkeypatch):
    monkeypatch.setattr(physical_keys, "_system", "windows")
    order = ten.view.board.order
    ten.view.setFocus()
    deliver(lambda kind: QKeyEvent(kind, K.Key_3, M.KeypadModifier, 0x51, 0x63, 0, "3"))
    assert holder(ten) == order[2]
    ten.view.toggle_hand_of_tile(5)
    queue = ten.view.ui.queueView
    queue.setFocus()
    deliver(lambda kind: digit_event("fr", "windows", 1, False, kind))  # "é": tile 2
    assert holder(ten) == order[1]
    deliver(lambda kind: digit_event("de", "windows", 7, True, kind))  # Shift+8 "(": tile 8
    assert hands(ten) == {order[5], order[7]}
    ten.view.ui.nextSpeakerButton.setFocus()
    ten.clock.advance(1)
    deliver(lambda kind: digit_event("de", "windows", 3, False, kind))
    assert holder(ten) == order[3]
    queue.setFocus()
    first = ten.session.queue()[0].participant_id
    ten.qtbot.keyClick(queue, K.Key_Return)  # the queue's own key: its first hand speaks
    assert holder(ten) == first


def test_space_pauses_from_tiles_buttons_and_the_queue_and_keeps_its_meaning_elsewhere(ten):
    v, qtbot = ten.view, ten.qtbot
    order = v.board.order
    qtbot.keyClick(v, K.Key_1)
    for widget in (v.board.tiles[order[4]], v.ui.nextSpeakerButton, v.decisions_button,
                   v.ui.queueView):
        widget.setFocus()
        qtbot.keyClick(widget, K.Key_Space)
        assert holder(ten) is None, widget
        qtbot.keyClick(widget, K.Key_Space)  # again: the last speaker goes on
        assert holder(ten) == order[0], widget
    assert v.centre.currentWidget() is v.ui.tilesScroll  # no button was pressed
    v.ui.policyCombo.setFocus()  # a combo box keeps Space (it opens its list): Qt asks first
    offered = QKeyEvent(QEvent.Type.ShortcutOverride, K.Key_Space, NONE, " ")
    offered.ignore()
    QApplication.sendEvent(v.ui.policyCombo, offered)
    assert offered.isAccepted() and holder(ten) == order[0]
    qtbot.keyClick(v, K.Key_D, CTRL)
    panel = v.decisions
    panel.new_decision("consensus", "Meet monthly")
    check = panel.ui.openOnlyCheck
    panel.ui.tabs.setCurrentWidget(panel.ui.actionsTab)
    ticked = check.isChecked()
    check.setFocus()
    qtbot.keyClick(check, K.Key_Space)  # a check box is ticked
    assert check.isChecked() is not ticked and holder(ten) == order[0]
    panel.ui.tabs.setCurrentWidget(panel.ui.decisionTab)
    panel.ui.stanceView.setFocus()
    qtbot.keyClick(panel.ui.stanceView, K.Key_Space)  # the grid keeps Space
    assert holder(ten) == order[0]
    panel.ui.statementEdit.setFocus()
    qtbot.keyClicks(panel.ui.statementEdit, "a b")  # a text field types it
    assert panel.ui.statementEdit.text() == "a b" and holder(ten) == order[0]


def test_enter_presses_a_focused_button_and_every_key_has_one_handler(ten):
    v = ten.view
    v.decisions_button.setFocus()
    ten.qtbot.keyClick(v.decisions_button, K.Key_Return)
    assert v.centre.currentWidget() is v.decisions
    # every chord is one QAction on the view, and no widget's events are filtered for keys
    chords = [c for k in RUN_KEYS for c in k.chords]
    assert len(chords) == len(set(chords))
    shortcuts = [s.toString() for a in v.actions() for s in a.shortcuts()]
    assert len(shortcuts) == len(set(shortcuts)) == len(chords)


def test_after_undoing_end_meeting_space_on_you_said_pauses_and_opens_nothing(qtbot, gui, store):
    from .test_series_gui import first_meeting, new_in_series

    m1, _actions = first_meeting(store)
    window = gui.window(store)
    m2 = new_in_series(qtbot, window, m1)
    window.show_run_view(m2)
    run = window.run_view
    run.setFocus()
    qtbot.keyClick(run, K.Key_1)
    speaker = run.session.meeting.open_turn.participant_id
    qtbot.keyClick(run, K.Key_F5, SHIFT)
    box = run.message_box
    qtbot.keyClick(box, K.Key_Return)  # "End the meeting" is the default
    assert run.session.meeting.status is MeetingStatus.CLOSED
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(run, K.Key_Z, CTRL)
    assert run.session.meeting.open_turn.participant_id == speaker
    button = run.you_said_button
    assert button.text().startswith("You said, we did")
    button.setFocus()  # where the focus lands after the undo
    qtbot.keyClick(button, K.Key_Space)
    assert run.session.meeting.open_turn is None  # paused
    assert run.centre.currentWidget() is run.ui.tilesScroll and not button.isChecked()


# --- a whole decision round by keys alone ------------------------------------------------

SIX = [("Ana", 0), ("Ben", 0), ("Cai", 1), ("Dee", 2), ("Eli", 3), ("Fay", 3)]


@pytest.fixture
def six(store, qtbot):
    """The run view over six people in four groups, announcements heard."""
    mid = repo.create_meeting(store, "Night line", date="2026-06-01")
    groups = [g.id for g in repo.load_meeting(store, mid).groups]
    for name, g in SIX:
        repo.add_participant(store, mid, name, groups[g])
    repo.add_item(store, mid, "The night line", 1800)
    r = open_run(store, qtbot, mid)
    r.view.activateWindow()
    qtbot.waitUntil(r.view.isActiveWindow)
    r.said = []
    slot = lambda _source, text: r.said.append(text)  # noqa: E731
    announcer().said.connect(slot)
    yield r
    announcer().said.disconnect(slot)
    r.qt.stop()


def type_answer(qtbot, text: str, problems: list[str]) -> None:
    """When the next question opens: type ``text`` (ASCII) and confirm it by keys (Enter in
    a line; in a box of lines Tab goes on to OK, and Enter presses it). What went wrong goes
    to ``problems`` (and the question is closed: a test never hangs on it)."""
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QInputDialog) or not box.isVisible():
            QTimer.singleShot(20, answer)  # not open yet (a mnemonic clicks a moment later)
            return
        try:
            if box.testOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput):
                plain = box.findChild(QPlainTextEdit)
                qtbot.keyClicks(plain, text)
                qtbot.keyClick(plain, K.Key_Tab)
                ok = box.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
                if box.focusWidget() is not ok:
                    problems.append(f"Tab went to {box.focusWidget().text()!r}")
                qtbot.keyClick(ok, K.Key_Return)
            else:
                field = next(e for e in box.findChildren(QLineEdit) if e.isVisible())
                qtbot.keyClicks(field, text)
                qtbot.keyClick(field, K.Key_Return)
        finally:
            if box.isVisible():
                problems.append(f"the question stayed open: {box.labelText()}")
                box.reject()
    QTimer.singleShot(0, answer)


def test_a_whole_decision_round_by_keys_alone(six):
    ten = six
    v, qtbot, store, mid = ten.view, ten.qtbot, ten.store, ten.mid
    opened = {w for w in QApplication.topLevelWidgets() if w.isVisible()}
    problems: list[str] = []

    def back() -> None:  # a question closed: its window has the keys again
        v.activateWindow()
        qtbot.waitUntil(v.isActiveWindow)

    def press(key, mods=NONE):
        qtbot.keyClick(v.focusWidget() or v, key, mods)

    press(K.Key_D, CTRL)
    panel = v.decisions
    grid = panel.ui.stanceView
    resets = []
    panel.stances.modelReset.connect(lambda: resets.append(True))
    for _ in range(3):  # Alt+N is also "Notes": each press moves between the two
        if v.focusWidget() is panel.ui.newButton:
            break
        press(K.Key_N, ALT)
    press(K.Key_Return)  # Enter presses the focused button: New decision
    assert panel.decision is not None
    assert v.focusWidget() is panel.ui.proposalEdit
    qtbot.keyClicks(panel.ui.proposalEdit, "Open the night line every night")
    press(K.Key_M, ALT)  # the method: one down is consent
    press(K.Key_Down)
    d = repo.load_meeting(store, mid).decisions[0]
    assert d.method == "consent" and d.proposal == "Open the night line every night"
    rows = [r.person for r in panel.stances.rows]
    resets.clear()

    def a_round(stances: str, objector: int | None) -> list[int]:
        """Start the round, give each person's stance by its digit; the floor's holders."""
        holders = []
        press(K.Key_S, ALT)  # Start round
        qtbot.waitUntil(lambda: panel.in_round)
        assert v.focusWidget() is grid
        for n, digit in enumerate(stances):
            index = grid.currentIndex()
            assert (index.row(), index.column()) == (n, StanceModel.NAME)
            assert grid.model().data(index).startswith(rows[n].name)  # the person, not "LE"
            holders.append(holder(ten))
            ten.clock.advance(10)
            if n == objector:
                type_answer(qtbot, "Carers cannot staff the nights", problems)
            press(getattr(K, f"Key_{digit}"))
            if n == objector:
                back()
        assert holder(ten) is None  # the round is over: the floor is paused
        return holders

    first = a_round("113111", objector=2)
    assert first == [p.id for p in rows]  # the floor moved person by person
    assert resets == []  # each stance changed its row: the grid was not rebuilt
    d = repo.load_meeting(store, mid).decisions[0]
    objection = next(s for s in d.current_round.stances if s.option == "objection")
    assert objection.reason == "Carers cannot staff the nights"
    assert objection.participant_id == rows[2].id
    assert f"{rows[2].name}: objection. Next: {rows[3].name}" in ten.said
    assert f"{rows[5].name}: consent. The round is complete" in ten.said
    assert "Outcome: Not agreed" in panel.ui.outcomeLabel.text()
    turns = repo.load_meeting(store, mid).turns
    assert [t.participant_id for t in turns] == [p.id for p in rows]
    assert all(t.duration_ms() == 10_000 for t in turns)  # the objector did not keep the floor

    type_answer(qtbot, "Open the night line every night for six months", problems)
    press(K.Key_R, ALT)  # Revise…
    qtbot.waitUntil(lambda: len(repo.load_meeting(store, mid).decisions[0].rounds) == 2)
    back()
    second = a_round("111121", objector=None)
    assert second == [p.id for p in rows]
    d = repo.load_meeting(store, mid).decisions[0]
    assert len(d.rounds) == 2 and d.proposal.endswith("for six months")
    assert panel.ui.outcomeLabel.text().startswith("Outcome: Agreed")
    assert "JOINT" in panel.ui.jointLabel.text() and "NOT JOINT" not in panel.ui.jointLabel.text()
    # nothing else opened: the same windows, no dialog left, the panel still in the centre
    assert {w for w in QApplication.topLevelWidgets() if w.isVisible()} == opened
    assert QApplication.activeModalWidget() is None and v.centre.currentWidget() is panel
    assert problems == []


def test_in_the_window_the_run_view_has_the_keys_it_shares_with_the_menus(qtbot, gui, store):
    from PySide6.QtGui import QAction

    from coprodesk.demo import create_demo

    _closed, planned = create_demo(store)
    window = gui.window(store)
    window.show_run_view(planned)
    view_keys = {s.toString() for a in window.run_view.actions() for s in a.shortcuts()}

    def window_keys() -> set[str]:
        own = window.findChildren(QAction, options=Qt.FindChildOption.FindDirectChildrenOnly)
        return {s.toString() for a in own for s in a.shortcuts()
                if a.shortcutContext() == Qt.ShortcutContext.WindowShortcut}

    shared = {"F1", "F11", "Shift+F5", "Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+Y"}
    assert shared <= view_keys and not window_keys() & view_keys  # one handler per key
    qtbot.keyClick(window.run_view, K.Key_F1)  # the view's overlay, not the window's dialog
    assert window.run_view.help.isVisible()
    window.show_library()
    assert shared <= window_keys()  # elsewhere the menus have them back
