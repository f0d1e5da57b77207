"""File → Export minutes…, Verify minutes… and reopening a signed meeting, through the widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog

from coprodesk.demo import create_demo
from coprodesk.minutes.signing import certificate_pem, new_identity
from coprodesk.minutes.trust import add_trusted
from coprodesk.store import meetings as repo
from coprodesk.store.signing import amendments

LEFT = Qt.MouseButton.LeftButton


def open_export(qtbot, window, meeting_id):
    window.open_meeting(meeting_id)
    window.ui.actionExportMinutes.trigger()
    dialog = window.minutes_dialog
    qtbot.waitExposed(dialog)
    return dialog


def press_export(qtbot, dialog):
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)


def test_export_then_certify_then_verify_through_the_dialogs(qtbot, gui, store, tmp_path):
    closed, _planned = create_demo(store)
    window = gui.window(store)
    dialog = open_export(qtbot, window, closed)
    assert dialog.ui.signersEdit.text() == "Jo Fischer, Amara Okafor"
    plain = tmp_path / "plain.pdf"
    gui.type_into(dialog.ui.fileEdit, str(plain))
    press_export(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert plain.read_bytes().startswith(b"%PDF")
    assert repo.load_meeting(store, closed).status == "closed"

    new_identity("Jo Fischer", "jo@example.org", tmp_path / "jo.p12", b"right-passphrase")
    dialog = open_export(qtbot, window, closed)
    signed = tmp_path / "signed.pdf"
    gui.type_into(dialog.ui.fileEdit, str(signed))
    assert not dialog.ui.passphraseEdit.isEnabled()
    qtbot.mouseClick(dialog.ui.certifyCheck, LEFT)
    gui.type_into(dialog.ui.identityEdit, str(tmp_path / "jo.p12"))
    gui.type_into(dialog.ui.passphraseEdit, "wrong-passphrase")
    press_export(qtbot, dialog)
    assert "wrong passphrase" in dialog.ui.problemLabel.text()
    assert dialog.isVisible() and not signed.exists()
    gui.type_into(dialog.ui.passphraseEdit, "right-passphrase")
    press_export(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert repo.load_meeting(store, closed).status == "signed"

    window.verify_minutes(str(signed))
    check = window.verify_dialog
    assert check.model.rowCount() == 1
    assert check.model.index(0, 1).data() == "Jo Fischer"
    # a self-made identity never passes silently: until Jo's certificate is trusted
    assert check.ui.verdictLabel.text().startswith(
        "Intact and valid, but not on your trust list: Jo Fischer.")
    assert "Jo Fischer is not on your trust list" in check.ui.detailsLabel.text()
    pem = tmp_path / "jo.pem"
    pem.write_bytes(certificate_pem(tmp_path / "jo.p12", b"right-passphrase"))
    add_trusted(pem)
    check.check(signed)
    assert "Verified: every signature is intact and valid" in check.ui.verdictLabel.text()
    assert "Still to sign: Amara Okafor" in check.ui.detailsLabel.text()
    assert ("The easy-read version (easy-read.pdf) and the accessible HTML version "
            "(minutes.html) are inside the signed part.") in check.ui.detailsLabel.text()
    data = bytearray(signed.read_bytes())
    data[data.index(b"Spring workshop")] ^= 1
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    check.check(tampered)
    assert "NOT VERIFIED" in check.ui.verdictLabel.text()
    assert check.model.index(0, 3).data() == "NOT VALID"
    assert "the signature of Jo Fischer does not match the document" in \
        check.ui.detailsLabel.text()


def test_reopening_a_signed_meeting_asks_why_and_records_it(qtbot, gui, store, tmp_path):
    closed, _ = create_demo(store)
    from coprodesk.store.signing import record_signature

    record_signature(store, closed, "Jo Fischer", "Jo Fischer", 1, "")
    window = gui.window(store)
    window.open_meeting(closed)

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QInputDialog)
        box.setTextValue("The break was 9 minutes, not 12")
        box.accept()

    QTimer.singleShot(0, answer)
    window.ui.actionReopen.trigger()
    assert repo.load_meeting(store, closed).status == "closed"
    assert amendments(store, closed)[0][1] == "The break was 9 minutes, not 12"


def test_verify_dialog_shows_a_box_signed_by_someone_else_and_trust_from_the_list(
        qtbot, gui, store, tmp_path):
    from coprodesk.minutes.export import export_minutes
    from coprodesk.minutes.signing import certificate_pem, sign

    closed, _ = create_demo(store)
    jo, sam = tmp_path / "jo.p12", tmp_path / "sam.p12"
    new_identity("Jo Fischer", "jo@example.org", jo, b"jo-passphrase")
    new_identity("Sam Lee", "sam@example.org", sam, b"sam-passphrase")
    pdf = tmp_path / "minutes.pdf"
    export_minutes(store, closed, pdf, 1_700_000_000_000, identity=jo, passphrase=b"jo-passphrase")
    # Sam fills Amara's box with the library directly, past the app's own refusal
    pdf.write_bytes(sign(pdf.read_bytes(), "Amara Okafor", sam, b"sam-passphrase",
                         certify=False))
    window = gui.window(store)
    window.verify_minutes(str(pdf))
    check = window.verify_dialog
    assert check.result.exit_code == 3
    assert "check the signers" in check.ui.verdictLabel.text()
    assert [check.model.index(r, 3).data() for r in range(2)] == ["good", "check the signer"]
    assert "the box of Amara Okafor was signed by Sam Lee" in check.ui.detailsLabel.text()
    assert check.model.index(0, 4).data() == "no"

    pem = tmp_path / "jo.pem"
    pem.write_bytes(certificate_pem(jo, b"jo-passphrase"))
    qtbot.mouseClick(check.ui.trustButton, LEFT)
    trust = check.trust_dialog
    qtbot.waitExposed(trust)
    assert trust.add(pem)
    qtbot.keyClick(trust, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: check.model.index(0, 4).data() == "yes")
    assert check.model.index(1, 4).data() == "no"


def test_the_easy_read_version_is_chosen_by_keyboard_certified_and_reads_back(
        qtbot, gui, store, tmp_path):
    import subprocess

    from coprodesk.minutes.verify import verify_pdf

    closed, _planned = create_demo(store)
    new_identity("Jo Fischer", "jo@example.org", tmp_path / "jo.p12", b"right-passphrase")
    window = gui.window(store)
    dialog = open_export(qtbot, window, closed)
    assert dialog.ui.fullRadio.isChecked()
    assert dialog.ui.easyRadio.accessibleName() == "Easy-read version"
    # the version comes first in the tab order; Space chooses the easy-read one
    ui = dialog.ui
    stops, w = [], dialog.nextInFocusChain()
    while w is not dialog:
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus:
            stops.append(w)
        w = w.nextInFocusChain()
    assert stops[:3] == [ui.fullRadio, ui.easyRadio, ui.fileEdit]
    ui.easyRadio.setFocus()
    qtbot.keyClick(ui.easyRadio, Qt.Key.Key_Space)
    assert dialog.ui.easyRadio.isChecked() and not dialog.ui.fullRadio.isChecked()
    assert dialog.ui.fileEdit.text().endswith("-easy-read.pdf")
    easy = tmp_path / "easy.pdf"
    gui.type_into(dialog.ui.fileEdit, str(easy))
    dialog.ui.certifyCheck.setFocus()
    qtbot.keyClick(dialog.ui.certifyCheck, Qt.Key.Key_Space)
    assert dialog.ui.certifyCheck.isChecked()
    gui.type_into(dialog.ui.identityEdit, str(tmp_path / "jo.p12"))
    gui.type_into(dialog.ui.passphraseEdit, "right-passphrase")
    press_export(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    text = " ".join(subprocess.run(["pdftotext", str(easy), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())
    assert "Our meeting: Spring workshop" in text and "Did every group agree?" in text
    result = verify_pdf(easy, allow_untrusted=True)
    assert result.exit_code == 0 and [s.signer for s in result.signatures] == ["Jo Fischer"]
    assert result.unsigned_fields == ("Amara Okafor",)
    assert repo.load_meeting(store, closed).status == "signed"
