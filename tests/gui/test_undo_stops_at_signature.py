"""Undo never crosses a signature: a meeting run with keys, ended, certified (from the
app, or from the command line while the app is open), then Ctrl+Z and Ctrl+Shift+Z pressed
in the run view. The meeting stays signed, its floor time stays as it was certified, the
banner says why in one line and offers Reopen for a correction…; real widgets, real keys,
a real store, real PDFs and a real ``coprodesk`` process."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from coprodesk.demo import create_demo
from coprodesk.domain.balance import floor_times
from coprodesk.domain.clock import FakeClock
from coprodesk.domain.model import MeetingStatus
from coprodesk.minutes.signing import new_identity
from coprodesk.store import meetings as repo
from coprodesk.store.signing import amendments

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CROSSED = "the minutes of this meeting were signed"


def run_and_end(qtbot, gui, store, tmp_path):
    """The demo's planned meeting run with keys (two turns, a change of speaker), then
    ended with Shift+F5: (window, run view, meeting id)."""
    _closed, planned = create_demo(store)
    window = gui.window(store)
    window.show_run_view(planned)
    run = window.run_view
    clock = FakeClock()
    run.session.clock = clock
    run.setFocus()
    qtbot.keyClick(run, Qt.Key.Key_1)
    clock.advance(30)
    qtbot.keyClick(run, Qt.Key.Key_2)
    clock.advance(20)
    qtbot.keyClick(run, Qt.Key.Key_F5, SHIFT)
    box = run.message_box
    qtbot.mouseClick(next(b for b in box.buttons() if b.text() == "End the meeting"), LEFT)
    assert repo.load_meeting(store, planned).status is MeetingStatus.CLOSED
    return window, run, planned


def floor_record(store, meeting_id):
    m = repo.load_meeting(store, meeting_id)
    return m.status, m.ended_ms, m.turns, floor_times(m.turns, m.ended_ms)


def press_undo_and_redo(qtbot, run) -> None:
    run.setFocus()
    qtbot.keyClick(run, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(run, Qt.Key.Key_Z, CTRL | SHIFT)
    qtbot.keyClick(run, Qt.Key.Key_Z, CTRL)


def test_undo_and_redo_after_certifying_in_the_app_leave_the_meeting_signed(
        qtbot, gui, store, tmp_path):
    window, run, mid = run_and_end(qtbot, gui, store, tmp_path)
    assert window.editing.stack_for(mid).canUndo()  # End meeting could still be undone
    identity = tmp_path / "jo.p12"
    new_identity("Jo Fischer", "jo@example.org", identity, b"jo-passphrase")
    qtbot.mouseClick(run.notice.minutes_button, LEFT)
    dialog = window.minutes_dialog
    qtbot.waitExposed(dialog)
    gui.type_into(dialog.ui.fileEdit, str(tmp_path / "minutes.pdf"))
    qtbot.mouseClick(dialog.ui.certifyCheck, LEFT)
    gui.type_into(dialog.ui.identityEdit, str(identity))
    gui.type_into(dialog.ui.passphraseEdit, "jo-passphrase")
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    certified = floor_record(store, mid)
    assert certified[0] is MeetingStatus.SIGNED

    # certifying ended the history: nothing before it can be undone
    stack = window.editing.stack_for(mid)
    assert stack.count() == 0 and not window.undo_action.isEnabled()
    press_undo_and_redo(qtbot, run)
    assert floor_record(store, mid) == certified
    assert run.session.meeting.status is MeetingStatus.SIGNED
    assert amendments(store, mid) == []


def test_undo_and_redo_after_certifying_from_the_command_line_leave_the_meeting_signed(
        qtbot, gui, store, db_path, tmp_path):
    from coprodesk.gui.announce import announcer

    window, run, mid = run_and_end(qtbot, gui, store, tmp_path)
    stack = window.editing.stack_for(mid)
    assert stack.canUndo()
    heard: list[str] = []

    def hear(_source, words: str) -> None:
        heard.append(words)
    identity = tmp_path / "jo.p12"
    new_identity("Jo Fischer", "jo@example.org", identity, b"jo-passphrase")
    (tmp_path / "pw").write_text("jo-passphrase\n")
    done = subprocess.run(
        [sys.executable, "-m", "coprodesk", "--db", str(db_path), "export", str(mid),
         "-o", str(tmp_path / "minutes.pdf"), "--sign", str(identity),
         "--passphrase-file", str(tmp_path / "pw")],
        capture_output=True, text=True, env={**os.environ}, timeout=120)
    assert done.returncode == 0, done.stderr
    certified = floor_record(store, mid)
    assert certified[0] is MeetingStatus.SIGNED
    assert window.undo_action.isEnabled()  # the app has not looked yet

    run.setFocus()
    announcer().said.connect(hear)
    try:
        qtbot.keyClick(run, Qt.Key.Key_Z, CTRL)  # the app looks now, and refuses
        assert floor_record(store, mid) == certified
        qtbot.waitUntil(lambda: any(CROSSED in line for line in run.notice.lines()))
    finally:
        announcer().said.disconnect(hear)
    assert any(CROSSED in words for words in heard)  # a screen reader hears why, too
    assert run.notice.reopen_button.isVisible()
    assert run.notice.reopen_button.text() == "Reopen for a correction…"
    assert stack.count() == 0 and not window.undo_action.isEnabled()
    press_undo_and_redo(qtbot, run)
    assert floor_record(store, mid) == certified
    assert run.session.meeting.status is MeetingStatus.SIGNED
    assert amendments(store, mid) == []


def test_end_meeting_is_undone_right_after_but_not_across_a_reopen(qtbot, gui, store, tmp_path):
    from .conftest import answer_text

    window, run, mid = run_and_end(qtbot, gui, store, tmp_path)
    ended = floor_record(store, mid)
    run.setFocus()
    qtbot.keyClick(run, Qt.Key.Key_Z, CTRL)  # a mistaken press, undone at once
    assert repo.load_meeting(store, mid).status is MeetingStatus.RUNNING
    qtbot.keyClick(run, Qt.Key.Key_Z, CTRL | SHIFT)
    assert floor_record(store, mid)[:3] == ended[:3]

    answer_text("We forgot the last item")
    qtbot.mouseClick(run.notice.reopen_button, LEFT)
    qtbot.waitUntil(lambda: run.session.meeting.status is MeetingStatus.RUNNING)
    reopened = floor_record(store, mid)
    assert not window.editing.stack_for(mid).canUndo()
    press_undo_and_redo(qtbot, run)
    assert floor_record(store, mid) == reopened
    assert [why for _ms, why in amendments(store, mid)] == [
        "Reopened after it was closed: We forgot the last item"]
