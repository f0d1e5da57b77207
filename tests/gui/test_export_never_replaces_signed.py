"""Export over a signed file asks for a new name and never replaces it: Ctrl+E, a real
certified PDF where the minutes would go (typed, or the dialog's usual name), Export; and
any other file already there is replaced only after asking. Real widgets and keys."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from coprodesk.demo import create_demo
from coprodesk.minutes.export import export_minutes, file_name
from coprodesk.minutes.signed_files import might_be_signed
from coprodesk.minutes.signing import new_identity
from coprodesk.store import meetings as repo

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier


def ctrl_e(qtbot, window):
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    focus = QApplication.focusWidget() or window
    qtbot.keyClick(focus, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: getattr(window, "minutes_dialog", None) is not None
                    and window.minutes_dialog.isVisible())
    return window.minutes_dialog


def press_export(qtbot, dialog):
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)


def certified(store, meeting_id, tmp_path, out: Path) -> bytes:
    jo = tmp_path / "jo.p12"
    new_identity("Jo Fischer", "jo@example.org", jo, b"jo-passphrase")
    export_minutes(store, meeting_id, out, 1_700_000_000_000, identity=jo,
                   passphrase=b"jo-passphrase")
    assert might_be_signed(out)
    return out.read_bytes()


def test_export_over_a_signed_file_asks_for_a_new_name_and_never_replaces_it(
        qtbot, gui, store, tmp_path):
    closed, _planned = create_demo(store)
    signed = tmp_path / "signed.pdf"
    before = certified(store, closed, tmp_path, signed)
    window = gui.window(store)
    window.open_meeting(closed)
    dialog = ctrl_e(qtbot, window)
    gui.type_into(dialog.ui.fileEdit, str(signed))
    press_export(qtbot, dialog)
    assert dialog.isVisible()  # not written, not closed
    assert dialog.ui.fileEdit.text() == str(tmp_path / "signed (2).pdf")
    assert dialog.ui.problemLabel.text() == (
        "“signed.pdf” carries signatures: an export never replaces it. A new name is "
        "proposed: signed (2).pdf")
    assert signed.read_bytes() == before
    assert dialog.replace_box is None  # nothing to ask: the signed file is not an option
    press_export(qtbot, dialog)  # under the new name
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    assert (tmp_path / "signed (2).pdf").read_bytes().startswith(b"%PDF")
    assert signed.read_bytes() == before


def test_the_usual_name_of_signed_minutes_is_not_offered_again(qtbot, gui, store, tmp_path,
                                                               monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    closed, _planned = create_demo(store)
    m = repo.load_meeting(store, closed)
    usual = tmp_path / file_name(m.date, m.title, m.id, ".pdf")
    before = certified(store, closed, tmp_path, usual)
    window = gui.window(store)
    window.open_meeting(closed)
    dialog = ctrl_e(qtbot, window)
    proposed = usual.with_name(usual.stem + " (2).pdf")
    assert dialog.ui.fileEdit.text() == str(proposed)
    assert "carries signatures" in dialog.ui.problemLabel.text()
    qtbot.mouseClick(dialog.ui.easyRadio, LEFT)  # the easy-read name follows the new one
    assert dialog.ui.fileEdit.text().endswith(" (2)-easy-read.pdf")
    qtbot.mouseClick(dialog.ui.fullRadio, LEFT)
    press_export(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    assert usual.read_bytes() == before and proposed.is_file()


def test_replacing_an_unsigned_file_asks_first(qtbot, gui, store, tmp_path):
    closed, _planned = create_demo(store)
    plain = tmp_path / "plain.pdf"
    export_minutes(store, closed, plain, 1_700_000_000_000)  # an older draft, never signed
    draft = plain.read_bytes()
    window = gui.window(store)
    window.open_meeting(closed)
    dialog = ctrl_e(qtbot, window)
    gui.type_into(dialog.ui.fileEdit, str(plain))
    press_export(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.replace_box is not None and dialog.replace_box.isVisible())
    box = dialog.replace_box
    assert box.text() == "“plain.pdf” already exists."
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    gui.assert_accessible(box, "the question before replacing a file")
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # keep it
    qtbot.waitUntil(lambda: dialog.replace_box is None)
    assert plain.read_bytes() == draft
    assert dialog.isVisible()

    press_export(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.replace_box is not None and dialog.replace_box.isVisible())
    box = dialog.replace_box
    qtbot.mouseClick(next(b for b in box.buttons() if b.text() == "&Replace"), LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    assert plain.read_bytes() != draft
    assert not might_be_signed(plain)


def test_signers_that_would_share_a_box_are_said_in_the_dialog(qtbot, gui, store, tmp_path):
    closed, _planned = create_demo(store)
    window = gui.window(store)
    window.open_meeting(closed)
    dialog = ctrl_e(qtbot, window)
    out = tmp_path / "m.pdf"
    gui.type_into(dialog.ui.fileEdit, str(out))
    gui.type_into(dialog.ui.signersEdit, "Jo Fischer, Amara Okafor, JO FISCHER")
    press_export(qtbot, dialog)
    assert "would share one signature box" in dialog.ui.problemLabel.text()
    assert dialog.isVisible() and not out.exists()


def test_export_meeting_never_writes_over_signed_minutes(qtbot, gui, store, tmp_path):
    closed, _planned = create_demo(store)
    signed = tmp_path / "signed.pdf"
    before = certified(store, closed, tmp_path, signed)
    window = gui.window(store)
    window.open_meeting(closed)
    window.export_meeting(signed)  # File → Export meeting… with the signed PDF chosen
    assert "“signed.pdf” carries signatures: an export never replaces it" in \
        gui.problem_shown(window)
    assert signed.read_bytes() == before
