"""File → Export minutes… and Verify minutes…: the same work as ``coprodesk export``
and ``coprodesk verify``, with problems shown in the dialog instead of lost."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QWidget

from coprodesk.gui.rows_model import RowsModel
from coprodesk.gui.signing.identity import remember_identity, remembered_identity, settings_of, shown_path
from coprodesk.store.connection import Store
from coprodesk.store.errors import StoreError

Index = QModelIndex | QPersistentModelIndex


class ExportMinutesDialog(QDialog):
    """Where to write the minutes, who signs them, and whether to certify them now."""

    def __init__(self, store: Store, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from coprodesk.gui.forms.ui_export_minutes import Ui_ExportMinutesDialog
        from coprodesk.minutes.document import default_signers
        from coprodesk.minutes.export import file_name
        from coprodesk.store.meetings import load_meeting

        self.ui = Ui_ExportMinutesDialog()
        self.ui.setupUi(self)
        self.store, self.meeting_id = store, meeting_id
        self.written: Path | None = None
        meeting = load_meeting(store, meeting_id)
        self.setWindowTitle(self.tr("Export minutes: %1").replace("%1", meeting.title))
        self.ui.fileEdit.setText(str(Path.home() / file_name(meeting.date, meeting.title,
                                                             meeting.id, ".pdf")))
        self.ui.signersEdit.setText(", ".join(default_signers(meeting)))
        self.settings = settings_of(parent)
        identity = remembered_identity(self.settings)
        if identity is not None:
            self.ui.identityEdit.setText(shown_path(identity))
        self.ui.certifyCheck.toggled.connect(self._certify_toggled)
        self._certify_toggled(False)
        self.ui.fileButton.clicked.connect(self._choose_file)
        self.ui.identityButton.clicked.connect(self._choose_identity)
        self.ui.newIdentityButton.clicked.connect(self._identity_dialog)
        self.ui.buttons.accepted.connect(self.export)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export"))

    def _certify_toggled(self, on: bool) -> None:
        for w in (self.ui.identityEdit, self.ui.identityButton, self.ui.passphraseEdit,
                  self.ui.identityLabel, self.ui.passphraseLabel, self.ui.newIdentityButton):
            w.setEnabled(on)

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save minutes as"),
                                              self.ui.fileEdit.text(), self.tr("PDF (*.pdf)"))
        if path:
            self.ui.fileEdit.setText(path)

    def _choose_identity(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Signing identity"), str(Path.home()),
                                              self.tr("PKCS#12 identity (*.p12 *.pfx)"))
        if path:
            self.ui.identityEdit.setText(path)

    def _identity_dialog(self) -> None:
        """Create an identity (or pick a file) without leaving the export."""
        from coprodesk.gui.signing.identity import SigningIdentityDialog

        self.identity_dialog = SigningIdentityDialog(self.settings, self)
        self.identity_dialog.identity_chosen.connect(
            lambda p: self.ui.identityEdit.setText(str(p)))
        self.identity_dialog.open()

    def export(self) -> None:
        """Write the file; on a problem, say it here and keep the dialog open."""
        from coprodesk.minutes.export import export_minutes
        from coprodesk.minutes.signing import SigningError

        target = Path(self.ui.fileEdit.text().strip()).expanduser()
        if not self.ui.fileEdit.text().strip():
            self.ui.problemLabel.setText(self.tr("Choose where to save the minutes."))
            return
        signers = tuple(s.strip() for s in self.ui.signersEdit.text().split(",") if s.strip())
        identity = None
        passphrase = b""
        if self.ui.certifyCheck.isChecked():
            if not self.ui.identityEdit.text().strip():
                self.ui.problemLabel.setText(self.tr(
                    "Choose your signing identity, or create one with “New…”."))
                return
            identity = Path(self.ui.identityEdit.text().strip()).expanduser()
            passphrase = self.ui.passphraseEdit.text().encode("utf-8")
        try:
            export_minutes(self.store, self.meeting_id, target, int(time.time() * 1000),
                           signers=signers, identity=identity, passphrase=passphrase)
        except (SigningError, StoreError) as exc:
            self.ui.problemLabel.setText(str(exc))
            return
        if identity is not None:
            remember_identity(self.settings, identity)
        self.written = target
        self.accept()


class SignaturesModel(RowsModel):
    HEADERS = (QT_TRANSLATE_NOOP("SignaturesModel", "Field"),
               QT_TRANSLATE_NOOP("SignaturesModel", "Signer"),
               QT_TRANSLATE_NOOP("SignaturesModel", "Signed at"),
               QT_TRANSLATE_NOOP("SignaturesModel", "Intact"),
               QT_TRANSLATE_NOOP("SignaturesModel", "Covers all before"),
               QT_TRANSLATE_NOOP("SignaturesModel", "Trusted"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.AccessibleTextRole):
            return None
        s = self.rows[index.row()]
        yes, no = self.tr("yes"), self.tr("no")
        when = (s.signed_at or "").replace("T", " ")
        values = (s.field, s.signer, when, yes if s.intact else self.tr("NO: changed"),
                  yes if s.covers_all_before else no, yes if s.trusted else no)
        return values[index.column()]


def verdict_text(result) -> tuple[str, bool]:
    """The one-sentence verdict of a verification, and whether it is good news; the Verify
    and Sign dialogs both say it in these words."""
    tr = QCoreApplication.translate
    if result.ok:
        return tr("VerifyMinutesDialog",
                  "Every signature is intact and nothing changed after the last one."), True
    if not result.signatures and not result.problems:
        return tr("VerifyMinutesDialog", "This PDF has no signatures."), False
    return tr("VerifyMinutesDialog",
              "NOT VERIFIED: the document differs from what was signed."), False


class VerifyMinutesDialog(QDialog):
    """Every signature of a PDF, the fields still to sign, and changes after the last one."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from coprodesk.gui.forms.ui_verify_minutes import Ui_VerifyMinutesDialog

        self.ui = Ui_VerifyMinutesDialog()
        self.ui.setupUi(self)
        self.model = SignaturesModel(self)
        self.ui.signaturesView.setModel(self.model)
        self.ui.signaturesView.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.ui.signaturesView.horizontalHeader().setStretchLastSection(True)
        self.ui.signaturesView.verticalHeader().hide()
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.trustButton.clicked.connect(self._add_trust)
        self.ui.otherButton.clicked.connect(self._other_file)
        self.trust: list[Path] = []
        self.result = None
        self.check(path)

    def check(self, path: Path) -> None:
        from coprodesk.minutes.verify import verify_pdf

        self.path = path
        self.ui.fileLabel.setText(str(path))
        try:
            result = verify_pdf(path, self.trust)
        except (OSError, ValueError) as exc:
            self.result = None
            self.model.set_rows([])
            self.ui.verdictLabel.setText(self.tr("Cannot check this file: %1").replace("%1",
                                                                                   str(exc)))
            self.ui.detailsLabel.clear()
            return
        self.result = result
        self.model.set_rows(result.signatures)
        verdict, ok = verdict_text(result)
        colour = "#005A32" if ok else "#8C2D04"
        self.ui.verdictLabel.setText(verdict)
        self.ui.verdictLabel.setStyleSheet(f"font-weight: bold; color: {colour};")
        details = []
        if result.unsigned_fields:
            details.append(self.tr("Still to sign: %1").replace(
                "%1", ", ".join(result.unsigned_fields)))
        if result.changed_after_last_signature:
            details.append(self.tr("An unsigned change follows the last signature."))
        details.extend(result.problems)
        self.ui.detailsLabel.setText("\n".join(details))

    def _add_trust(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Certificate to trust"),
                                              str(Path.home()), self.tr("Certificates (*.pem *.crt *.cer)"))
        if path:
            self.trust.append(Path(path))
            self.check(self.path)

    def _other_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Verify minutes"), str(Path.home()),
                                              self.tr("PDF (*.pdf)"))
        if path:
            self.check(Path(path))
