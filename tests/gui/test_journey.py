"""One journey, start to finish, as a new facilitator makes it: a meeting made from scratch,
run with keys, a decision with a round and a revision, an action, End meeting, the minutes
exported and certified from the GUI, read back. Real widgets, real keys, a real store and
a real PDF; a FakeClock moves time so that every figure can be checked exactly."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from coprodesk.domain.balance import floor_times
from coprodesk.domain.clock import FakeClock
from coprodesk.domain.model import ItemKind, MeetingStatus
from coprodesk.gui.decisions.panel import ActionDialog
from coprodesk.minutes.signing import new_identity
from coprodesk.store import meetings as repo

from .conftest import answer_text

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
PEOPLE = (("Amara Okafor", 0), ("Tom Reilly", 1), ("Ruth Adeyemi", 2), ("Helen Ward", 3),
          ("Kai Moana", 4))


def test_a_meeting_from_scratch_to_certified_minutes(qtbot, gui, store, tmp_path):
    window = gui.window(store)

    # --- a new meeting: title, a group, five people, two items --------------------------
    qtbot.mouseClick(window.library.ui.newButton, LEFT)
    editor = window.editor
    mid = editor.meeting_id
    gui.type_into(editor.details.ui.titleEdit, "Night line workshop")
    editor.ui.tabs.setCurrentWidget(editor.groups)
    gui.type_into(editor.groups.ui.nameEdit, "Young people")
    gui.type_into(editor.groups.ui.labelEdit, "YP")
    qtbot.mouseClick(editor.groups.ui.addButton, LEFT)
    editor.ui.tabs.setCurrentWidget(editor.people)
    p = editor.people.ui
    for name, group in PEOPLE:
        p.groupCombo.setCurrentIndex(group)
        gui.type_into(p.nameEdit, name, enter=True)
    editor.ui.tabs.setCurrentWidget(editor.agenda)
    a = editor.agenda.ui
    for title, kind, minutes in (("What works now", ItemKind.DISCUSSION, 20),
                                 ("Night line", ItemKind.DECISION, 30)):
        a.kindCombo.setCurrentIndex(a.kindCombo.findData(kind))
        a.minutesSpin.setValue(minutes)
        gui.type_into(a.titleEdit, title, enter=True)
    m = repo.load_meeting(store, mid)
    assert [x.name for x in m.participants] == [n for n, _g in PEOPLE]
    assert [i.title for i in m.items] == ["What works now", "Night line"]

    # --- run it with keys ---------------------------------------------------------------
    qtbot.mouseClick(editor.ui.startButton, LEFT)
    run = window.run_view
    clock = FakeClock()
    run.session.clock = clock
    tile = {run.session.meeting.participant(pid).name: n + 1
            for n, pid in enumerate(run.board.order)}
    digit = {n: getattr(Qt.Key, f"Key_{n % 10}") for n in range(1, 11)}

    def press(key, mods=Qt.KeyboardModifier.NoModifier, widget=None):
        qtbot.keyClick(widget or run, key, mods)

    press(digit[tile["Amara Okafor"]])
    clock.advance(30)
    press(digit[tile["Tom Reilly"]])
    clock.advance(20)
    press(Qt.Key.Key_Space)  # pause
    assert run.strip.text.text().startswith("Paused")
    clock.advance(5)
    press(Qt.Key.Key_Space)  # Tom goes on
    clock.advance(10)
    press(digit[tile["Ruth Adeyemi"]], SHIFT)  # Ruth raises her hand
    press(Qt.Key.Key_N)  # next speaker: Ruth
    clock.advance(15)
    press(digit[tile["Helen Ward"]])  # a mistake
    clock.advance(2)
    press(Qt.Key.Key_Z, CTRL)  # undone: Ruth still speaking
    clock.advance(8)
    press(Qt.Key.Key_Right, CTRL)  # next item: the floor pauses
    assert run.session.meeting.current_item.title == "Night line"

    # --- a decision: a round, a block, a revision, a second round -----------------------
    press(Qt.Key.Key_D, CTRL)
    panel = run.decisions
    qtbot.mouseClick(panel.ui.newButton, LEFT)
    qtbot.keyClicks(panel.ui.proposalEdit, "Open the night line three nights a week")
    qtbot.waitUntil(lambda: repo.load_meeting(store, mid).decisions
                    and repo.load_meeting(store, mid).decisions[0].proposal.endswith("a week"))
    qtbot.mouseClick(panel.ui.roundButton, LEFT)  # each person holds the floor in turn
    grid = panel.ui.stanceView
    grid.setFocus()
    for n in range(5):
        clock.advance(12)
        if n == 3:
            answer_text("Three nights is not enough for carers")
            press(Qt.Key.Key_3, widget=grid)  # block, with its reason; then on to the next
        else:
            press(Qt.Key.Key_1, widget=grid)  # support
    assert "Not agreed" in panel.ui.outcomeLabel.text()
    assert run.strip.isVisible()
    answer_text("Open the night line every night for a six-month pilot")
    qtbot.mouseClick(panel.ui.reviseButton, LEFT)
    qtbot.mouseClick(panel.ui.everyoneButton, LEFT)
    d = repo.load_meeting(store, mid).decisions[0]
    assert len(d.rounds) == 2 and "JOINT" in panel.ui.jointLabel.text()

    # --- an action ----------------------------------------------------------------------
    panel.ui.tabs.setCurrentWidget(panel.ui.actionsTab)

    def fill_action() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ActionDialog)
        dialog.ui.whatEdit.setText("Write the pilot brief")
        dialog.ui.ownersList.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.ui.buttons.accepted.emit()
    QTimer.singleShot(0, fill_action)
    qtbot.mouseClick(panel.ui.addActionButton, LEFT)
    assert [x.what for x in repo.load_meeting(store, mid).actions] == ["Write the pilot brief"]

    # --- End meeting, from the run view's key -------------------------------------------
    clock.advance(6)
    window.activateWindow()  # back from the action's dialog (offscreen does not do it itself)
    qtbot.waitUntil(window.isActiveWindow)
    press(Qt.Key.Key_F5, SHIFT)
    box = run.message_box
    qtbot.mouseClick(next(b for b in box.buttons() if b.text() == "End the meeting"), LEFT)
    m = repo.load_meeting(store, mid)
    assert m.status is MeetingStatus.CLOSED and m.open_turn is None
    assert m.current_item is None and m.ended_ms == clock.now_ms()
    # the store holds exactly the turns shown, and the tiles say the same floor times
    assert m.turns == run.session.meeting.turns
    shown = {pid: t.state.meeting_ms for pid, t in run.board.tiles.items()}
    on_disk = floor_times(m.turns, m.ended_ms)
    assert shown == {pid: on_disk.get(pid, 0) for pid in shown}
    names = {x.id: x.name for x in m.participants}
    first_item = [(names[t.participant_id], t.duration_ms()) for t in m.turns
                  if t.item_id == m.items[0].id]
    assert first_item == [("Amara Okafor", 30_000), ("Tom Reilly", 20_000),
                          ("Tom Reilly", 10_000), ("Ruth Adeyemi", 25_000)]

    # --- "Export and sign the minutes now": certified through the export dialog ---------
    identity = tmp_path / "facilitator.p12"
    new_identity("Amara Okafor", "amara@example.org", identity, b"night-line")
    qtbot.mouseClick(run.notice.minutes_button, LEFT)
    dialog = window.minutes_dialog
    qtbot.waitExposed(dialog)
    pdf = tmp_path / "minutes.pdf"
    gui.type_into(dialog.ui.fileEdit, str(pdf))
    qtbot.mouseClick(dialog.ui.certifyCheck, LEFT)
    gui.type_into(dialog.ui.identityEdit, str(identity))
    gui.type_into(dialog.ui.passphraseEdit, "night-line")
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    assert repo.load_meeting(store, mid).status is MeetingStatus.SIGNED

    text = " ".join((page.extract_text() or "") for page in PdfReader(str(pdf)).pages)
    text = " ".join(text.split())
    assert "Closed: the meeting has ended." in text
    for name, _g in PEOPLE:
        assert name in text, name
    assert "Round 1 of 2" in text and "Round 2 of 2" in text
    assert "Three nights is not enough for carers" in text
    assert "Write the pilot brief" in text

    # the signed meeting's run view is locked: a key says so and adds nothing
    before = repo.load_meeting(store, mid).turns
    run.setFocus()
    press(digit[1])
    assert repo.load_meeting(store, mid).turns == before
    assert "Nothing changed" in run.notice.text.text()
    assert run.notice.reopen_button.text() == "Reopen for a correction…"
    assert not run.notice.minutes_button.isVisible()
