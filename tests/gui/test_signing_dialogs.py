"""Signing without a terminal: File → Signing identity…, Export minutes…, Sign minutes…
and Trusted people…, through the real widgets, with files in tmp_path only."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QWidget

from coprodesk.cli import main
from coprodesk.demo import create_demo
from coprodesk.gui.signing.identity import SETTINGS_IDENTITY
from coprodesk.store import meetings as repo

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def private_data(tmp_path, monkeypatch) -> Path:
    """Identities and the trust list go to tmp_path, never to the real user data folder."""
    data = tmp_path / "data"
    monkeypatch.setenv("COPRODESK_IDENTITIES_DIR", str(data / "identities"))
    monkeypatch.setenv("COPRODESK_TRUST_DIR", str(data / "trusted"))
    return data


def create_identity(qtbot, gui, dialog, name: str, email: str, passphrase: str,
                    again: str | None = None) -> None:
    dialog.ui.nameEdit.clear()
    gui.type_into(dialog.ui.nameEdit, name)
    gui.type_into(dialog.ui.emailEdit, email)
    gui.type_into(dialog.ui.passphraseEdit, passphrase)
    gui.type_into(dialog.ui.againEdit, passphrase if again is None else again)
    qtbot.mouseClick(dialog.ui.createButton, LEFT)


def trust(*identities) -> None:
    """Put the people of ``identities`` (p12, passphrase, p12, passphrase, …) on the trust
    list, as colleagues who handed over their certificates in person."""
    from coprodesk.minutes.signing import certificate_pem
    from coprodesk.minutes.trust import add_trusted

    for p12, passphrase in zip(identities[::2], identities[1::2], strict=True):
        pem = p12.with_suffix(".pem")
        pem.write_bytes(certificate_pem(p12, passphrase))
        add_trusted(pem)


def press_escape(qtbot, dialog) -> None:
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def click_row(qtbot, view: QAbstractItemView, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), LEFT, pos=rect.center())


def test_facilitator_certifies_and_a_co_chair_countersigns_in_the_app(
        qtbot, gui, store, tmp_path, private_data, capsys):
    closed, _planned = create_demo(store)
    window = gui.window(store)

    # the facilitator creates an identity: File → Signing identity…
    window.ui.actionSigningIdentity.trigger()
    ident = window.identity_dialog
    qtbot.waitExposed(ident)
    create_identity(qtbot, gui, ident, "Jo Fischer", "jo@example.org", "jo-passphrase")
    jo = private_data / "identities" / "jo-fischer.p12"
    assert "Created the signing identity of Jo Fischer" in ident.ui.doneLabel.text()
    assert stat.S_IMODE(jo.stat().st_mode) == 0o600
    assert stat.S_IMODE(jo.parent.stat().st_mode) == 0o700
    assert window.settings.value(SETTINGS_IDENTITY) == str(jo)
    press_escape(qtbot, ident)

    # … then exports and certifies the minutes; the dialog already knows the identity
    window.open_meeting(closed)
    window.ui.actionExportMinutes.trigger()
    export = window.minutes_dialog
    qtbot.waitExposed(export)
    assert export.ui.identityEdit.text() == str(jo)
    pdf = tmp_path / "minutes.pdf"
    gui.type_into(export.ui.fileEdit, str(pdf))
    qtbot.mouseClick(export.ui.certifyCheck, LEFT)
    gui.type_into(export.ui.passphraseEdit, "jo-passphrase")
    qtbot.mouseClick(export.ui.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    qtbot.waitUntil(lambda: not export.isVisible(), timeout=20000)
    assert repo.load_meeting(store, closed).status == "signed"

    # the co-chair, on "their laptop": File → Sign minutes…, creating an identity there
    window.ui.actionSignMinutes.trigger()
    sign = window.sign_dialog
    qtbot.waitExposed(sign)
    gui.type_into(sign.ui.fileEdit, str(pdf), enter=True)
    boxes = sign.model
    assert [(boxes.index(r, 0).data(), boxes.index(r, 1).data()) for r in range(2)] == [
        ("Jo Fischer", "Jo Fischer"), ("Amara Okafor", "empty: still to sign")]
    assert sign.chosen_box().field == "Amara Okafor"  # the first empty box is offered
    qtbot.mouseClick(sign.ui.newIdentityButton, LEFT)
    amara_dialog = sign.identity_dialog
    qtbot.waitExposed(amara_dialog)
    create_identity(qtbot, gui, amara_dialog, "Amara Okafor", "amara@example.org",
                    "amara-passphrase")
    amara = private_data / "identities" / "amara-okafor.p12"
    assert sign.ui.identityEdit.text() == str(amara)
    press_escape(qtbot, amara_dialog)
    trust(jo, b"jo-passphrase", amara, b"amara-passphrase")  # they swapped certificates

    # the facilitator's identity cannot fill the co-chair's box; a signed box cannot be
    # filled again; a wrong passphrase changes nothing
    sign.ui.identityEdit.setText(str(jo))
    gui.type_into(sign.ui.passphraseEdit, "jo-passphrase")
    qtbot.mouseClick(sign.sign_button, LEFT)
    assert ("You are Jo Fischer, but this box is for Amara Okafor"
            in sign.ui.problemLabel.text())
    sign.ui.identityEdit.setText(str(amara))
    click_row(qtbot, sign.ui.boxesView, 0)
    qtbot.mouseClick(sign.sign_button, LEFT)
    assert "already signed by Jo Fischer" in sign.ui.problemLabel.text()
    click_row(qtbot, sign.ui.boxesView, 1)
    before = pdf.read_bytes()
    gui.type_into(sign.ui.passphraseEdit, "not-amaras-passphrase")
    qtbot.mouseClick(sign.sign_button, LEFT)
    assert "wrong passphrase" in sign.ui.problemLabel.text()
    assert pdf.read_bytes() == before

    gui.type_into(sign.ui.passphraseEdit, "amara-passphrase")
    qtbot.mouseClick(sign.sign_button, LEFT)
    assert "Signed the box for Amara Okafor" in sign.ui.verdictLabel.text()
    assert "Verified: every signature is intact and valid" in sign.ui.verdictLabel.text()
    assert boxes.index(1, 1).data() == "Amara Okafor"
    assert not sign.sign_button.isEnabled()  # nothing left to sign
    press_escape(qtbot, sign)

    capsys.readouterr()
    assert main(["verify", str(pdf)]) == 0
    assert "still to sign" not in capsys.readouterr().out


def test_an_identity_is_never_overwritten_and_bad_input_writes_nothing(
        qtbot, gui, store, private_data):
    window = gui.window(store)
    window.ui.actionSigningIdentity.trigger()
    dialog = window.identity_dialog
    qtbot.waitExposed(dialog)
    folder = private_data / "identities"
    create_identity(qtbot, gui, dialog, "Sam Lee", "sam@example.org", "short")
    assert "at least 8 characters" in dialog.ui.problemLabel.text()
    create_identity(qtbot, gui, dialog, "Sam Lee", "sam@example.org", "long-enough",
                    again="long-enougH")
    assert "differ" in dialog.ui.problemLabel.text()
    create_identity(qtbot, gui, dialog, "", "sam@example.org", "long-enough")
    assert "Give your name" in dialog.ui.problemLabel.text()
    assert not folder.exists() or not any(folder.iterdir())

    create_identity(qtbot, gui, dialog, "Sam Lee", "sam@example.org", "long-enough")
    first = (folder / "sam-lee.p12").read_bytes()
    assert str(folder / "sam-lee.p12") in dialog.ui.whereLabel.text()
    create_identity(qtbot, gui, dialog, "Sam Lee", "sam@example.org", "another-passphrase")
    assert "already stored" in dialog.ui.problemLabel.text()
    assert (folder / "sam-lee.p12").read_bytes() == first
    assert sorted(p.name for p in folder.iterdir()) == ["sam-lee.p12"]


def test_picking_an_existing_identity_is_remembered_for_the_next_export(
        qtbot, gui, store, tmp_path):
    from coprodesk.minutes.signing import new_identity

    closed, _ = create_demo(store)
    own = tmp_path / "mine.p12"
    new_identity("Jo Fischer", "jo@example.org", own, b"jo-passphrase")
    window = gui.window(store)
    window.ui.actionSigningIdentity.trigger()
    dialog = window.identity_dialog
    assert not dialog.choose(tmp_path / "missing.p12")
    assert "No file" in dialog.ui.problemLabel.text()
    assert dialog.choose(own)
    assert str(own) in dialog.ui.currentLabel.text()
    pem = tmp_path / "jo.pem"
    assert not dialog.save_certificate(pem, b"wrong-passphrase")
    assert "wrong passphrase" in dialog.ui.problemLabel.text() and not pem.exists()
    assert dialog.save_certificate(pem, b"jo-passphrase")
    assert pem.read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")
    press_escape(qtbot, dialog)
    window.open_meeting(closed)
    window.ui.actionExportMinutes.trigger()
    assert window.minutes_dialog.ui.identityEdit.text() == str(own)


def test_sign_minutes_says_clearly_what_is_wrong_with_a_file(qtbot, gui, store, tmp_path):
    window = gui.window(store)
    window.ui.actionSignMinutes.trigger()
    sign = window.sign_dialog
    qtbot.waitExposed(sign)
    assert not sign.sign_button.isEnabled()
    assert not sign.open_file(tmp_path / "nowhere.pdf")
    assert "Cannot read" in sign.ui.problemLabel.text()
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"not a pdf at all")
    sign.open_file(junk)
    assert sign.model.rowCount() == 0 and not sign.sign_button.isEnabled()
    assert "is not a PDF" in sign.ui.problemLabel.text()


# --- accessibility -----------------------------------------------------------------------

def focus_chain(dialog) -> list[QWidget]:
    """The widgets Tab visits, in order, starting from the first one."""
    seen: list[QWidget] = []
    w = dialog.nextInFocusChain()
    while w is not dialog and w not in seen:
        if (w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(dialog)
                and w.isEnabled()):
            seen.append(w)
        w = w.nextInFocusChain()
    return seen


def test_the_three_dialogs_are_named_for_screen_readers_tab_in_order_and_close_on_escape(
        qtbot, gui, store, tmp_path):
    window = gui.window(store)
    window.ui.actionSigningIdentity.trigger()
    ident = window.identity_dialog
    qtbot.waitExposed(ident)
    gui.assert_accessible(ident)
    chain = [w.objectName() for w in focus_chain(ident)]
    expected = ["nameEdit", "emailEdit", "passphraseEdit", "againEdit", "createButton"]
    assert [n for n in chain if n in expected] == expected
    assert chain.index("chooseButton") < chain.index("nameEdit")
    press_escape(qtbot, ident)

    window.ui.actionSignMinutes.trigger()
    sign = window.sign_dialog
    qtbot.waitExposed(sign)
    gui.assert_accessible(sign)
    chain = [w.objectName() for w in focus_chain(sign)]
    expected = ["fileEdit", "fileButton", "boxesView", "identityEdit", "identityButton",
                "newIdentityButton", "passphraseEdit", "behalfCheck"]
    assert [n for n in chain if n in expected] == expected
    press_escape(qtbot, sign)

    window.ui.actionTrustedPeople.trigger()
    trust = window.trust_dialog
    qtbot.waitExposed(trust)
    gui.assert_accessible(trust)
    chain = [w.objectName() for w in focus_chain(trust)]
    assert chain[:2] == ["peopleView", "addButton"]
    press_escape(qtbot, trust)


def test_trusted_people_add_list_and_remove_a_colleague(qtbot, qtmodeltester, gui, store,
                                                       tmp_path, private_data):
    from coprodesk.minutes.signing import certificate_pem, new_identity
    from coprodesk.minutes.trust import list_trusted

    new_identity("Amara Okafor", "amara@example.org", tmp_path / "amara.p12", b"amara-pass")
    pem = tmp_path / "amara.pem"
    pem.write_bytes(certificate_pem(tmp_path / "amara.p12", b"amara-pass"))
    window = gui.window(store)
    window.ui.actionTrustedPeople.trigger()
    dialog = window.trust_dialog
    qtbot.waitExposed(dialog)
    assert dialog.model.rowCount() == 0
    assert str(private_data / "trusted") in dialog.ui.whereLabel.text()
    assert not dialog.ui.removeButton.isEnabled()

    garbage = tmp_path / "holiday.pem"
    garbage.write_text("not a certificate")
    assert not dialog.add(garbage)
    assert "not a certificate" in dialog.ui.problemLabel.text()
    assert not dialog.add(tmp_path / "amara.p12")  # the private identity is not a certificate
    assert dialog.model.rowCount() == 0 and list_trusted() == []

    assert dialog.add(pem)
    qtmodeltester.check(dialog.model)
    person = list_trusted()[0]
    row = [dialog.model.index(0, c).data() for c in range(4)]
    assert row[:2] == ["Amara Okafor", "amara@example.org"]
    assert row[2].startswith(person.fingerprint[:2].upper() + ":") and row[2].endswith("…")
    assert row[3] == person.not_after
    assert "Amara Okafor is trusted now" in dialog.ui.doneLabel.text()

    click_row(qtbot, dialog.ui.peopleView, 0)
    assert dialog.ui.removeButton.isEnabled()
    qtbot.mouseClick(dialog.ui.removeButton, LEFT)
    assert dialog.model.rowCount() == 0 and list_trusted() == []
    assert "no longer trusted" in dialog.ui.doneLabel.text()


def test_the_window_and_the_signing_dialogs_open_without_the_signing_libraries(tmp_path):
    """pyHanko, cryptography and reportlab cost ~0.7 s: they load when a dialog acts."""
    script = f"""
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from coprodesk.gui.app import application, create_main_window
from coprodesk.store.connection import open_store
app = application()
d = Path({str(tmp_path)!r})
w = create_main_window(open_store(d / 'm.db'), QSettings(str(d / 's.ini'), QSettings.Format.IniFormat))
w.show()
w.ui.actionSigningIdentity.trigger()
w.ui.actionSignMinutes.trigger()
app.processEvents()
heavy = {{'pyhanko', 'cryptography', 'reportlab', 'asn1crypto'}}
print(sorted({{m.split('.')[0] for m in sys.modules}} & heavy))
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "COPRODESK_IDENTITIES_DIR": str(tmp_path / "ids"),
           "COPRODESK_TRUST_DIR": str(tmp_path / "trusted")}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         env=env, timeout=120, check=True)
    assert out.stdout.strip() == "[]"


def signed_by_jo(store, tmp_path: Path) -> tuple[Path, Path]:
    """Minutes certified by Jo Fischer (facilitator), Amara Okafor's box still empty."""
    from coprodesk.minutes.export import export_minutes
    from coprodesk.minutes.signing import new_identity

    closed, _ = create_demo(store)
    jo = tmp_path / "jo.p12"
    new_identity("Jo Fischer", "jo@example.org", jo, b"jo-passphrase")
    trust(jo, b"jo-passphrase")
    pdf = tmp_path / "minutes.pdf"
    export_minutes(store, closed, pdf, 1_700_000_000_000, identity=jo, passphrase=b"jo-passphrase")
    return pdf, jo


def test_signing_someone_elses_box_needs_a_reason_and_verify_reports_it(
        qtbot, gui, store, tmp_path, capsys):
    pdf, jo = signed_by_jo(store, tmp_path)
    window = gui.window(store)
    window.ui.actionSignMinutes.trigger()
    sign = window.sign_dialog
    sign.open_file(pdf)
    assert sign.chosen_box().field == "Amara Okafor"
    sign.ui.identityEdit.setText(str(jo))
    assert not sign.ui.reasonEdit.isEnabled()
    qtbot.mouseClick(sign.ui.behalfCheck, LEFT)
    assert sign.ui.reasonEdit.isEnabled()
    gui.type_into(sign.ui.passphraseEdit, "jo-passphrase")
    before = pdf.read_bytes()
    qtbot.mouseClick(sign.sign_button, LEFT)
    assert "Say why you sign on their behalf" in sign.ui.problemLabel.text()
    assert pdf.read_bytes() == before
    gui.type_into(sign.ui.reasonEdit, "Amara is on leave and asked me to sign")
    gui.type_into(sign.ui.passphraseEdit, "jo-passphrase")
    qtbot.mouseClick(sign.sign_button, LEFT)
    assert "Signed the box for Amara Okafor" in sign.ui.verdictLabel.text()
    assert "on their behalf: Amara is on leave and asked me to sign" in sign.ui.verdictLabel.text()
    assert sign.model.index(1, 1).data() == "Jo Fischer"

    window.verify_minutes(str(pdf))
    check = window.verify_dialog
    assert check.model.index(1, 1).data() == "Jo Fischer, on behalf"
    assert "on their behalf" in check.ui.detailsLabel.text()
    capsys.readouterr()
    assert main(["verify", str(pdf)]) == check.result.exit_code == 0
