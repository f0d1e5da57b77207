"""File → Export minutes… and Verify minutes…: the same work as ``coprodesk export``
and ``coprodesk verify``, with problems shown in the dialog instead of lost."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QWidget

from coprodesk.gui.rows_model import RowsModel
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
        self.ui.certifyCheck.toggled.connect(self._certify_toggled)
        self._certify_toggled(False)
        self.ui.fileButton.clicked.connect(self._choose_file)
        self.ui.identityButton.clicked.connect(self._choose_identity)
        self.ui.buttons.accepted.connect(self.export)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export"))

    def _certify_toggled(self, on: bool) -> None:
        for w in (self.ui.identityEdit, self.ui.identityButton, self.ui.passphraseEdit,
                  self.ui.identityLabel, self.ui.passphraseLabel):
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
            identity = Path(self.ui.identityEdit.text().strip()).expanduser()
            passphrase = self.ui.passphraseEdit.text().encode("utf-8")
        try:
            export_minutes(self.store, self.meeting_id, target, int(time.time() * 1000),
                           signers=signers, identity=identity, passphrase=passphrase)
        except (SigningError, StoreError) as exc:
            self.ui.problemLabel.setText(str(exc))
            return
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
        if result.ok:
            verdict = self.tr("Every signature is intact and nothing changed after the last one.")
            colour = "#005A32"
        elif not result.signatures and not result.problems:
            verdict = self.tr("This PDF has no signatures.")
            colour = "#8C2D04"
        else:
            verdict = self.tr("NOT VERIFIED: the document differs from what was signed.")
            colour = "#8C2D04"
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
