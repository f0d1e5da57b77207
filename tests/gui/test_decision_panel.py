"""The decision panel in the run view, driven by keys and clicks, read back from the store."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QPlainTextEdit

from coprodesk.domain.model import Role
from coprodesk.domain.report import build_report
from coprodesk.gui.decisions.panel import ActionDialog
from coprodesk.store import decisions as store_decisions
from coprodesk.store import meetings as repo

from .conftest import answer_text

LEFT = Qt.MouseButton.LeftButton
PEOPLE = [("Ana", 0), ("Ben", 0), ("Cai", 0), ("Dee", 1), ("Eli", 1), ("Fay", 2), ("Gus", 2),
          ("Hal", 3), ("Ivy", 3), ("Jo", 2)]


def ten_person_meeting(store) -> int:
    mid = repo.create_meeting(store, "Decision day", date="2026-06-01")
    groups = [g.id for g in repo.load_meeting(store, mid).groups]
    for name, g in PEOPLE:
        repo.add_participant(store, mid, name, groups[g])
    repo.add_participant(store, mid, "Olu", groups[3], Role.OBSERVER)
    repo.add_item(store, mid, "Choose the pilot sites", 1800)
    repo.add_item(store, mid, "Next steps", 600)
    return mid


def open_panel(qtbot, gui, store):
    mid = ten_person_meeting(store)
    window = gui.window(store)
    window.show_run_view(mid)
    run = window.run_view
    qtbot.keyClick(run, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    panel = run.decisions
    assert panel.isVisible()
    return mid, window, run, panel


def test_a_ten_person_grid_filled_by_keyboard_alone(qtbot, gui, store):
    mid, _window, run, panel = open_panel(qtbot, gui, store)
    qtbot.mouseClick(panel.ui.newButton, LEFT)
    qtbot.keyClicks(panel.ui.proposalEdit, "Pilot in two surgeries")
    qtbot.waitUntil(lambda: repo.load_meeting(store, mid).decisions[0].proposal
                    == "Pilot in two surgeries")  # saved as typed
    grid = panel.ui.stanceView
    grid.setFocus()
    assert panel.stances.rowCount() == 10  # the observer has no row
    grid.selectRow(0)
    for _ in range(8):
        qtbot.keyClick(grid, Qt.Key.Key_1)  # support, and on to the next person
    qtbot.keyClick(grid, Qt.Key.Key_0)  # explicitly not given
    answer_text("We need the carers' view first")
    qtbot.keyClick(grid, Qt.Key.Key_3)  # block: its reason is asked for at once
    d = repo.load_meeting(store, mid).decisions[0]
    assert d.proposal == "Pilot in two surgeries"
    options = [s.option for s in d.current_round.stances]
    assert options.count("support") == 8 and options.count(None) == 1
    block = next(s for s in d.current_round.stances if s.option == "block")
    assert block.reason == "We need the carers' view first"
    assert "Not agreed" in panel.ui.outcomeLabel.text()
    assert "NOT JOINT" in panel.ui.jointLabel.text()
    report = build_report(repo.load_meeting(store, mid), run.session.now_ms())
    assert report["decisions"][0]["outcome"] == "not agreed"


def test_tab_shift_tab_ctrl_tab_and_esc_leave_the_stance_grid_and_arrows_move_in_it(
        qtbot, gui, store):
    mid, window, _run, panel = open_panel(qtbot, gui, store)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    panel.new_decision("consensus", "Meet monthly")
    grid = panel.ui.stanceView
    grid.setFocus()
    grid.selectRow(0)
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert grid.currentIndex().row() == 2 and QApplication.focusWidget() is grid
    qtbot.keyClick(grid, Qt.Key.Key_1)  # a digit still sets the stance of the row in focus
    stances = repo.load_meeting(store, mid).decisions[0].current_round.stances
    assert [s.option for s in stances if s.participant_id == panel.stances.rows[2].person.id] \
        == ["support"]
    for key, mods in ((Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
                      (Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier),
                      (Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier),
                      (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)):
        grid.setFocus()
        qtbot.keyClick(grid, key, mods)
        left = QApplication.focusWidget()
        assert left is not grid and left is not None, (key, mods)


def test_the_revised_proposal_box_is_named_and_tab_moves_on(qtbot, gui, store):
    _mid, _window, _run, panel = open_panel(qtbot, gui, store)
    panel.new_decision("consensus", "Meet monthly")
    seen = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        box = dialog.findChild(QPlainTextEdit)
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Tab)
        seen.append((box.accessibleName(), box.toPlainText(), QApplication.focusWidget() is box))
        dialog.reject()

    QTimer.singleShot(0, look)
    panel.revise()
    assert seen == [("Amended proposal", "Meet monthly", False)]


def test_everyone_supports_then_exceptions_undo_and_redo(qtbot, gui, store):
    mid, window, _run, panel = open_panel(qtbot, gui, store)
    panel.new_decision("consent", "Meet monthly")
    qtbot.mouseClick(panel.ui.everyoneButton, LEFT)
    grid = panel.ui.stanceView
    grid.setFocus()
    grid.selectRow(3)
    qtbot.keyClick(grid, Qt.Key.Key_2)  # "concern" still consents
    d = repo.load_meeting(store, mid).decisions[0]
    assert sorted(s.option for s in d.current_round.stances) == ["concern"] + ["consent"] * 9
    assert "JOINT —" in panel.ui.jointLabel.text() and "NOT" not in panel.ui.jointLabel.text()
    window.undo_stack.undo()
    d = repo.load_meeting(store, mid).decisions[0]
    assert [s.option for s in d.current_round.stances] == ["consent"] * 10
    window.undo_stack.undo()
    assert repo.load_meeting(store, mid).decisions[0].current_round.stances == ()
    window.undo_stack.redo()
    window.undo_stack.redo()
    d = repo.load_meeting(store, mid).decisions[0]
    assert sorted(s.option for s in d.current_round.stances) == ["concern"] + ["consent"] * 9


def test_a_round_gives_each_person_the_floor_while_their_stance_is_recorded(qtbot, gui, store):
    mid, _window, _run, panel = open_panel(qtbot, gui, store)
    panel.new_decision("fist-to-five", "Use the library room")
    qtbot.mouseClick(panel.ui.roundButton, LEFT)
    grid = panel.ui.stanceView
    grid.setFocus()
    for _ in range(10):
        qtbot.keyClick(grid, Qt.Key.Key_1)  # "5": full support, and the floor moves on
    meeting = repo.load_meeting(store, mid)
    speakers = [t.participant_id for t in meeting.turns]
    assert len(speakers) == 10 and len(set(speakers)) == 10  # everyone held the floor once
    assert all(t.end_ms is not None for t in meeting.turns)  # the round ended with a pause
    assert not panel.in_round
    assert [s.option for s in meeting.decisions[0].current_round.stances] == ["5"] * 10


def test_override_needs_a_reason_and_shows_in_the_report(qtbot, gui, store):
    mid, window, run, panel = open_panel(qtbot, gui, store)
    panel.new_decision("majority", "Close the waiting list")
    qtbot.mouseClick(panel.ui.everyoneButton, LEFT)
    combo = panel.ui.overrideCombo
    combo.setCurrentIndex(combo.findData("deferred"))
    with qtbot.waitSignal(panel.problem) as refused:
        qtbot.mouseClick(panel.ui.overrideButton, LEFT)
    assert "needs a recorded reason" in refused.args[0]
    assert "needs a recorded reason" in gui.problem_shown(window)  # said in the window too
    qtbot.keyClicks(panel.ui.overrideReasonEdit, "Commissioners must see the costs first")
    qtbot.mouseClick(panel.ui.overrideButton, LEFT)
    report = build_report(repo.load_meeting(store, mid), run.session.now_ms())
    decision = report["decisions"][0]
    assert decision["outcome"] == "deferred" and decision["computed_outcome"] == "agreed"
    assert decision["override"] == {"outcome": "deferred",
                                    "reason": "Commissioners must see the costs first"}
    assert "set by the facilitator" in panel.ui.outcomeLabel.text()


def test_revise_after_an_objection_keeps_the_earlier_round(qtbot, gui, store):
    mid, window, _run, panel = open_panel(qtbot, gui, store)
    panel.new_decision("consent", "Evening meetings")
    qtbot.mouseClick(panel.ui.everyoneButton, LEFT)
    grid = panel.ui.stanceView
    grid.setFocus()
    grid.selectRow(0)
    answer_text("I care for my mother in the evenings")
    qtbot.keyClick(grid, Qt.Key.Key_3)  # objection, with its reason
    answer_text("Alternate evening and daytime meetings")
    qtbot.mouseClick(panel.ui.reviseButton, LEFT)
    d = repo.load_meeting(store, mid).decisions[0]
    assert [r.proposal for r in d.rounds] == ["Evening meetings",
                                              "Alternate evening and daytime meetings"]
    assert d.rounds[0].stances[0].reason == "I care for my mother in the evenings"
    assert d.rounds[1].stances == ()
    assert "Round 1: Evening meetings" in panel.ui.historyLabel.text()
    window.undo_stack.undo()
    assert len(repo.load_meeting(store, mid).decisions[0].rounds) == 1


def test_actions_with_two_owners_mark_done_undo(qtbot, gui, store):
    mid, window, _run, panel = open_panel(qtbot, gui, store)
    panel.new_decision("consensus", "Write to the GP practices")
    panel.ui.tabs.setCurrentWidget(panel.ui.actionsTab)

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ActionDialog)
        dialog.ui.whatEdit.setText("Draft the letter")
        for row in (0, 3):  # Ana and Dee
            dialog.ui.ownersList.item(row).setCheckState(Qt.CheckState.Checked)
        dialog.ui.buttons.accepted.emit()
        assert dialog.result() == QDialog.DialogCode.Accepted
    QTimer.singleShot(0, fill)
    qtbot.mouseClick(panel.ui.addActionButton, LEFT)
    meeting = repo.load_meeting(store, mid)
    action = meeting.actions[0]
    names = {p.id: p.name for p in meeting.participants}
    assert [names[o] for o in action.owner_ids] == ["Ana", "Dee"]
    assert action.decision_id == meeting.decisions[0].id and not action.done
    panel.ui.actionsView.selectRow(0)
    qtbot.mouseClick(panel.ui.doneButton, LEFT)
    assert repo.load_meeting(store, mid).actions[0].done
    panel.ui.openOnlyCheck.setChecked(True)
    assert panel.actions.rowCount() == 0
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert repo.load_meeting(store, mid).actions == ()
    window.undo_stack.redo()
    assert [a.what for a in repo.load_meeting(store, mid).actions] == ["Draft the letter"]


def test_each_meeting_words_the_stances_its_own_way(store):
    mid = ten_person_meeting(store)
    store_decisions.set_meanings(store, mid, "consensus", {"block": "We cannot live with it"})
    assert store_decisions.meanings(store, mid) == {"consensus:block": "We cannot live with it"}
    store_decisions.set_meanings(store, mid, "consensus", {})
    assert store_decisions.meanings(store, mid) == {}


def test_the_stance_model_passes_the_qt_model_tester(qtmodeltester, qtbot, gui, store):
    _mid, _window, _run, panel = open_panel(qtbot, gui, store)
    panel.new_decision("gradients", "A shared budget")
    qtbot.mouseClick(panel.ui.everyoneButton, LEFT)
    qtmodeltester.check(panel.stances)
    qtmodeltester.check(panel.actions)


def test_decisions_stay_editable_afterwards_in_the_meeting_editor(store, closed_decisions):
    opened = closed_decisions()
    closed, window, panel = opened.closed, opened.window, opened.panel
    assert panel.ui.decisionCombo.count() == 2
    assert not panel.ui.roundButton.isEnabled()  # no floor to give after the meeting
    panel.show_decision(repo.load_meeting(store, closed).decisions[1].id)
    panel.ui.dissentEdit.setText("Carers asked for a review after three months")
    panel.ui.dissentEdit.editingFinished.emit()
    assert repo.load_meeting(store, closed).decisions[1].dissent == \
        "Carers asked for a review after three months"
    window.undo_stack.undo()
    assert repo.load_meeting(store, closed).decisions[1].dissent == ""


def test_every_control_of_the_decision_panel_and_the_action_dialog_is_named(qtbot, gui, store):
    _mid, _window, _run, panel = open_panel(qtbot, gui, store)
    qtbot.mouseClick(panel.ui.newButton, LEFT)
    gui.assert_accessible(panel)
    dialog = ActionDialog(panel.meeting, None, parent=panel)
    qtbot.addWidget(dialog)
    gui.assert_accessible(dialog)


def test_plain_words_are_typed_into_the_panel_undone_and_given_with_an_action(qtbot, gui, store):
    mid, window, _run, panel = open_panel(qtbot, gui, store)
    panel.new_decision("consensus", "Pilot the peer-support line in two surgeries")
    edit = panel.ui.plainWordsEdit
    assert edit.isEnabled() and edit.accessibleName() == "Decision in plain words"
    gui.type_into(edit, "We will try peer support in two places.")
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # Enter (or leaving the field) saves it
    panel.ui.stanceView.setFocus()  # a field being typed in keeps its text: leave it
    assert repo.load_meeting(store, mid).decisions[0].plain_words == \
        "We will try peer support in two places."
    window.undo_stack.undo()
    assert repo.load_meeting(store, mid).decisions[0].plain_words == ""
    qtbot.waitUntil(lambda: edit.text() == "")
    window.undo_stack.redo()
    assert repo.load_meeting(store, mid).decisions[0].plain_words == \
        "We will try peer support in two places."

    panel.ui.tabs.setCurrentWidget(panel.ui.actionsTab)

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ActionDialog)
        dialog.ui.whatEdit.setText("Draft the role description")
        dialog.ui.ownersList.item(0).setCheckState(Qt.CheckState.Checked)
        gui.type_into(dialog.ui.plainEdit, "Ana writes what a peer worker does.")
        dialog.ui.buttons.accepted.emit()
    QTimer.singleShot(0, fill)
    qtbot.mouseClick(panel.ui.addActionButton, LEFT)
    (action,) = repo.load_meeting(store, mid).actions
    assert (action.what, action.plain_words) == ("Draft the role description",
                                                 "Ana writes what a peer worker does.")
    window.undo_stack.undo()
    assert repo.load_meeting(store, mid).actions == ()
    window.undo_stack.redo()  # the action comes back whole, plain words included
    assert repo.load_meeting(store, mid).actions[0].plain_words == \
        "Ana writes what a peer worker does."
