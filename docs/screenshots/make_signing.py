"""Screenshots of signing in the app: Signing identity…, Export minutes… (certifying),
Trusted people…, Sign minutes… before and after countersigning, and Verify minutes… (good,
a box signed by someone else, a signer not on the trust list).

Run: .venv/bin/python docs/screenshots/make_signing.py  (offscreen by default). Everything
happens in a throw-away home folder, so the dialogs show ~/.local/share/… paths.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TMP = tempfile.TemporaryDirectory()
HOME = Path(TMP.name) / "home" / "jo"
HOME.mkdir(parents=True)
os.environ["HOME"] = str(HOME)  # before platformdirs or Qt read it
for var in ("XDG_DATA_HOME", "COPRODESK_IDENTITIES_DIR", "COPRODESK_TRUST_DIR"):
    os.environ.pop(var, None)

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from coprodesk.demo import create_demo  # noqa: E402
from coprodesk.gui.app import application, apply_style, create_main_window  # noqa: E402
from coprodesk.minutes.signing import certificate_pem, new_identity  # noqa: E402
from coprodesk.store.connection import open_store  # noqa: E402

OUT = Path(__file__).resolve().parent


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def shot(widget, name: str) -> None:
    settle()
    widget.grab().save(str(OUT / f"{name}.png"))
    print(OUT / f"{name}.png")


def main() -> int:
    app = application()
    apply_style(app)
    store = open_store(HOME / "meetings.db")
    closed, _planned = create_demo(store)
    settings = QSettings(str(HOME / "settings.ini"), QSettings.Format.IniFormat)
    window = create_main_window(store, settings)
    window.resize(1280, 720)
    window.show()
    settle()

    window.ui.actionSigningIdentity.trigger()
    ident = window.identity_dialog
    ident.ui.nameEdit.setText("Jo Fischer")
    ident.ui.emailEdit.setText("jo@example.org")
    for edit in (ident.ui.passphraseEdit, ident.ui.againEdit):
        edit.setText("jo-passphrase")
    ident.create()
    shot(ident, "signing_identity")
    ident.close()
    jo = ident.identity

    window.open_meeting(closed)
    window.ui.actionExportMinutes.trigger()
    export = window.minutes_dialog
    pdf = HOME / "Documents" / "spring-workshop-minutes.pdf"
    pdf.parent.mkdir()
    export.ui.fileEdit.setText("~/Documents/spring-workshop-minutes.pdf")
    export.ui.certifyCheck.setChecked(True)
    export.ui.passphraseEdit.setText("jo-passphrase")
    shot(export, "export_minutes_certify")
    export.export()

    amara = HOME / "amara-okafor.p12"
    new_identity("Amara Okafor", "amara@example.org", amara, b"amara-passphrase")
    for who, p12, secret in (("jo", jo, b"jo-passphrase"), ("amara", amara, b"amara-passphrase")):
        (HOME / f"{who}.pem").write_bytes(certificate_pem(p12, secret))
    window.ui.actionTrustedPeople.trigger()
    trust = window.trust_dialog
    trust.add(HOME / "jo.pem")
    trust.add(HOME / "amara.pem")
    shot(trust, "trusted_people")
    trust.close()

    window.ui.actionSignMinutes.trigger()
    sign = window.sign_dialog
    sign.open_file(pdf)
    sign.ui.boxesView.selectRow([b.field for b in sign.model.rows].index("Amara Okafor"))
    sign.ui.identityEdit.setText("~/amara-okafor.p12")
    sign.ui.passphraseEdit.setText("amara-passphrase")
    shot(sign, "sign_minutes")
    sign.sign()
    shot(sign, "sign_minutes_signed")
    sign.close()

    window.verify_minutes(str(pdf))
    shot(window.verify_dialog, "verify_minutes")
    window.verify_dialog.close()

    # a box filled by someone else, with the library directly (the app refuses it)
    from coprodesk.minutes.export import export_minutes
    from coprodesk.minutes.signing import sign as sign_pdf

    other = HOME / "Documents" / "signed-by-someone-else.pdf"
    export_minutes(store, closed, other, 1_700_000_000_000, identity=jo,
                   passphrase=b"jo-passphrase")
    sam = HOME / "sam-lee.p12"
    new_identity("Sam Lee", "sam@example.org", sam, b"sam-passphrase")
    other.write_bytes(sign_pdf(other.read_bytes(), "Amara Okafor", sam, b"sam-passphrase",
                               certify=False))
    window.verify_minutes(str(other))
    shot(window.verify_dialog, "verify_minutes_check_signers")
    window.verify_dialog.close()

    # someone made an identity called "Amara Okafor" and filled her box: not trusted
    stranger = HOME / "Documents" / "signed-by-a-stranger.pdf"
    export_minutes(store, closed, stranger, 1_700_000_000_000, identity=jo,
                   passphrase=b"jo-passphrase")
    fake = HOME / "fake-amara.p12"
    new_identity("Amara Okafor", "amara@example.net", fake, b"fake-passphrase")
    stranger.write_bytes(sign_pdf(stranger.read_bytes(), "Amara Okafor", fake,
                                  b"fake-passphrase", certify=False))
    window.verify_minutes(str(stranger))
    shot(window.verify_dialog, "verify_minutes_untrusted")
    window.verify_dialog.close()
    window.close()
    store.close()
    TMP.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
