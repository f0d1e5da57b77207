"""File → Archive…: the meetings into the archive folder, signed minutes added, the folder
checked, through the dialog's own buttons."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from coprodesk.demo import create_demo

LEFT = Qt.MouseButton.LeftButton


def test_archive_add_and_check_through_the_dialog(qtbot, gui, store, tmp_path):
    create_demo(store)
    window = gui.window(store)
    window.archive_action.trigger()
    dialog = window.archive_dialog
    qtbot.waitExposed(dialog)
    gui.assert_accessible(dialog, "archive dialog")
    qtbot.mouseClick(dialog.archive_button, LEFT)
    assert dialog.output.toPlainText() == "Choose the archive folder first."
    archive = tmp_path / "archive"
    gui.type_into(dialog.folder_edit, str(archive))
    qtbot.mouseClick(dialog.archive_button, LEFT)
    text = dialog.output.toPlainText()
    assert text.startswith("Written: 2026/2026-03-12 Spring workshop ")
    assert text.endswith("1 written, 0 unchanged, 0 failed.")
    [meeting] = json.loads((archive / "archive.json").read_text(encoding="utf-8"))["meetings"]
    assert meeting["title"] == "Spring workshop"
    qtbot.mouseClick(dialog.archive_button, LEFT)
    assert dialog.output.toPlainText() == "0 written, 1 unchanged, 0 failed."
    qtbot.mouseClick(dialog.check_button, LEFT)
    assert dialog.output.toPlainText() == "All 5 files hold."
    stray = archive / "notes.txt"
    stray.write_text("hello")
    qtbot.mouseClick(dialog.check_button, LEFT)
    assert dialog.output.toPlainText().splitlines() == [
        "Extra (in no manifest): notes.txt", "Problems found: each is named above."]
    unsigned = archive / meeting["versions"][0]["folder"] / "minutes.pdf"
    dialog.add([unsigned])
    assert dialog.output.toPlainText() == "Already in the archive: minutes.pdf → " \
        + meeting["versions"][0]["folder"] + "/minutes.pdf"
    # the folder is remembered for next time
    window.archive_dialog = None
    window.archive_action.trigger()
    assert window.archive_dialog.folder_edit.text() == str(archive)
