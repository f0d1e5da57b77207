"""File → Export minutes… and Verify minutes…: the same work as ``coprodesk export``
and ``coprodesk verify``, with problems shown in the dialog instead of lost."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QWidget,
)

from coprodesk.gui import colours
from coprodesk.gui.announce import show_result
from coprodesk.gui.rows_model import RowsModel
from coprodesk.gui.signing.identity import (
    offer_identities,
    remember_identity,
    remembered_identity,
    settings_of,
    shown_path,
)
from coprodesk.store.connection import Store
from coprodesk.store.errors import StoreError

EASY_SUFFIX = "-easy-read.pdf"


class ExportMinutesDialog(QDialog):
    """Which version (full or easy-read), where to write it, who signs it, and whether to
    certify it now: certifying works the same for both versions.

    A file that carries signatures is never replaced: its name is not kept, a free one
    beside it is proposed instead (also in place of the usual name when that is signed);
    any other file already there is replaced only after asking."""

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
        self.certified = False  # the export certified the minutes (and locked the meeting)
        meeting = load_meeting(store, meeting_id)
        self.setWindowTitle(self.tr("Export minutes: %1").replace("%1", meeting.title))
        self.ui.fileEdit.setText(str(Path.home() / file_name(meeting.date, meeting.title,
                                                             meeting.id, ".pdf")))
        self.ui.signersEdit.setText(", ".join(default_signers(meeting)))
        self.replace_box: QMessageBox | None = None
        self._confirmed: Path | None = None  # a file the user agreed to replace
        self._propose_if_signed(Path(self.ui.fileEdit.text()))
        self.settings = settings_of(parent)
        identity = remembered_identity(self.settings)
        if identity is not None:
            self.ui.identityEdit.setText(shown_path(identity))
        self.ui.certifyCheck.toggled.connect(self._certify_toggled)
        self._certify_toggled(False)
        self.ui.easyRadio.toggled.connect(self._version_toggled)
        self.ui.fileButton.clicked.connect(self._choose_file)
        offer_identities(self, self.settings, self.ui.identityEdit, self.ui.identityButton,
                         self.ui.newIdentityButton)
        self.ui.buttons.accepted.connect(self.export)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export"))
        self.ui.problemLabel.hide()  # shown when there is a problem to say

    def _certify_toggled(self, on: bool) -> None:
        for w in (self.ui.identityEdit, self.ui.identityButton, self.ui.passphraseEdit,
                  self.ui.identityLabel, self.ui.passphraseLabel, self.ui.newIdentityButton):
            w.setEnabled(on)

    def _version_toggled(self, easy: bool) -> None:
        """Name the file after the version chosen, unless the user chose another name."""
        text = self.ui.fileEdit.text()
        if easy and text.endswith(".pdf") and not text.endswith(EASY_SUFFIX):
            self.ui.fileEdit.setText(text[:-len(".pdf")] + EASY_SUFFIX)
        elif not easy and text.endswith(EASY_SUFFIX):
            self.ui.fileEdit.setText(text[:-len(EASY_SUFFIX)] + ".pdf")

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save minutes as"),
                                              self.ui.fileEdit.text(), self.tr("PDF (*.pdf)"))
        if path:
            self.ui.fileEdit.setText(path)
            self._confirmed = Path(path)  # the file chooser asked before replacing it

    def _propose_if_signed(self, target: Path) -> bool:
        """When ``target`` carries signatures (or might): a free name beside it in the box,
        said why; True then. The signed file itself is never written."""
        from coprodesk.minutes.signed_files import free_name, might_be_signed

        if not might_be_signed(target):
            return False
        proposed = free_name(target)
        self.ui.fileEdit.setText(str(proposed))
        self.ui.problemLabel.setText(self.tr(
            "“%1” carries signatures: an export never replaces it. A new name is proposed: "
            "%2").replace("%1", target.name).replace("%2", proposed.name))
        return True

    def _ask_before_replacing(self, target: Path) -> None:
        """Another file (no signature in it) is where the minutes would go: replace it only
        when the user says so; Cancel (the default, Esc) keeps it."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Replace the file?"),
                          self.tr("“%1” already exists.").replace("%1", target.name), parent=self)
        box.setInformativeText(self.tr("It carries no signature. Replace it with these "
                                       "minutes?"))
        replace = box.addButton(self.tr("&Replace"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAccessibleName(self.tr("Replace the file?"))

        def done(_result: int) -> None:
            self.replace_box = None
            if box.clickedButton() is replace:
                self._confirmed = target
                self.export()
            else:
                self.ui.fileEdit.setFocus()

        box.finished.connect(done)
        self.replace_box = box
        box.open()


    def export(self) -> None:
        """Write the file; on a problem, say it here and keep the dialog open."""
        from coprodesk.minutes.export import export_easy_read, export_minutes
        from coprodesk.minutes.signing import SigningError

        target = Path(self.ui.fileEdit.text().strip()).expanduser()
        if not self.ui.fileEdit.text().strip():
            show_result(self.ui.problemLabel, self.tr("Choose where to save the minutes."))
            return
        signers = tuple(s.strip() for s in self.ui.signersEdit.text().split(",") if s.strip())
        identity = None
        passphrase = b""
        if self.ui.certifyCheck.isChecked():
            if not self.ui.identityEdit.text().strip():
                show_result(self.ui.problemLabel, self.tr(
                    "Choose your signing identity, or create one with “New…”."))
                return
            identity = Path(self.ui.identityEdit.text().strip()).expanduser()
            passphrase = self.ui.passphraseEdit.text().encode("utf-8")
        if self._propose_if_signed(target):
            self.ui.fileEdit.setFocus()
            return
        if target.exists() and target != self._confirmed:
            self._ask_before_replacing(target)
            return
        write = export_easy_read if self.ui.easyRadio.isChecked() else export_minutes
        try:
            write(self.store, self.meeting_id, target, int(time.time() * 1000),
                  signers=signers, identity=identity, passphrase=passphrase)
        except (SigningError, StoreError) as exc:
            show_result(self.ui.problemLabel, str(exc))
            return
        if identity is not None:
            remember_identity(self.settings, identity)
        self.written, self.certified = target, identity is not None
        self.accept()


# colours of the verdict, each at least 4.5:1 on the window background
GOOD, CHECK, BAD = "@good", "@long_ink", "@bad"  # colours of the scheme in use (gui/colours.py)


class SignaturesModel(RowsModel):
    HEADERS = (QT_TRANSLATE_NOOP("SignaturesModel", "Box"),
               QT_TRANSLATE_NOOP("SignaturesModel", "Signer"),
               QT_TRANSLATE_NOOP("SignaturesModel", "Signed at"),
               QT_TRANSLATE_NOOP("SignaturesModel", "Result"),
               QT_TRANSLATE_NOOP("SignaturesModel", "Trusted"))

    def cell(self, s, column: int, role: int):
        if role == Qt.ItemDataRole.ToolTipRole:  # as text: a name may hold markup
            return plain_tooltip("\n".join(s.problems)) or None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        when = (s.signed_at or "").replace("T", " ")
        signer = s.signer
        if s.on_behalf:
            signer = self.tr("%1, on behalf").replace("%1", s.signer)
        values = (s.field, signer, when, self.result_words(s.severity),
                  self.tr("yes") if s.trusted else self.tr("no"))
        return values[column]

    def result_words(self, severity: int) -> str:
        if severity == 0:
            return self.tr("good")
        if severity == 3:
            return self.tr("check the signer")
        return self.tr("NOT VALID")


def plain_tooltip(text: str) -> str:
    """``text`` for a tooltip, shown as written: Qt renders a tooltip that looks like
    markup as rich text, and box names and signers come from the file."""
    import html

    return f"<qt>{html.escape(text).replace(chr(10), '<br>')}</qt>" if text else ""


def verdict_text(result) -> tuple[str, str]:
    """The headline of a verification and its colour: the Verify and Sign dialogs both say
    it in these words, from the exit code ``coprodesk verify`` gives."""
    from coprodesk.minutes.verify import no_signature

    translate = QCoreApplication.translate  # lupdate reads translate("Context", "…")
    code = result.exit_code
    if code == 0:
        return translate("VerifyMinutesDialog", "Verified: every signature is intact and valid, and "
                                         "nothing was changed after it."), GOOD
    if code == 2:
        return translate("VerifyMinutesDialog", "Cannot check this file: it is not a readable "
                                         "PDF."), BAD
    if code == 3 and not any(s.severity == 3 for s in result.signatures):
        return translate("VerifyMinutesDialog", "Intact and valid, but not on your trust list: "
                                         "%1. Add a colleague's certificate with “Trusted "
                                         "people…” once you have it from them in person."
                         ).replace("%1", ", ".join(result.untrusted)), CHECK
    if code == 3:
        return translate("VerifyMinutesDialog", "Intact and valid, but check the signers: a box was "
                                         "signed by someone else, or a certificate was outside "
                                         "its validity period."), CHECK
    if not result.signatures and no_signature() in result.problems:
        return translate("VerifyMinutesDialog", "NOT VERIFIED: these minutes carry no signature."), BAD
    return translate("VerifyMinutesDialog", "NOT VERIFIED: the minutes differ from what was signed, "
                                     "or a signature is not valid."), BAD


class VerifyMinutesDialog(QDialog):
    """Every signature of a PDF with its result, the boxes still to sign, each problem in
    words, and whether each signer is on the trust list: the same check as ``verify``."""

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
        self.ui.trustButton.clicked.connect(self._trusted_people)
        self.ui.otherButton.clicked.connect(self._other_file)
        self.result = None
        self.check(path)

    def check(self, path: Path) -> None:
        from coprodesk.minutes.verify import verify_pdf

        self.path = path
        self.ui.fileLabel.setText(shown_path(path))
        try:
            result = verify_pdf(path)
        except (OSError, ValueError) as exc:  # ValueError: a file in the trust folder refused
            self.result = None
            self.model.set_rows([])
            why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            show_result(self.ui.verdictLabel, self.tr("Cannot check this file: %1").replace(
                "%1", why))
            self.ui.verdictLabel.setStyleSheet(colours.style(f"font-weight: bold; color: {BAD};"))
            show_result(self.ui.detailsLabel, "", spoken=False)
            return
        self.result = result
        self.model.set_rows(result.signatures)
        verdict, colour = verdict_text(result)
        show_result(self.ui.verdictLabel, verdict)
        self.ui.verdictLabel.setStyleSheet(colours.style(f"font-weight: bold; color: {colour};"))
        details = []
        if result.unsigned_fields:
            details.append(self.tr("Still to sign: %1").replace(
                "%1", ", ".join(result.unsigned_fields)))
        details.extend(result.lines())
        details.extend(result.attachment_lines())  # what travels inside: signed or not
        show_result(self.ui.detailsLabel, "\n".join(details), spoken=False)

    def _trusted_people(self) -> None:
        """The trust list, then the same file checked again with it."""
        from coprodesk.gui.signing.trust import TrustedPeopleDialog

        self.trust_dialog = TrustedPeopleDialog(self)
        self.trust_dialog.finished.connect(lambda _r: self.check(self.path))
        self.trust_dialog.open()

    def _other_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Verify minutes"), str(Path.home()),
                                              self.tr("PDF (*.pdf)"))
        if path:
            self.check(Path(path))
