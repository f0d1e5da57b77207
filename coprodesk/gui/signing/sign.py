"""File → Sign minutes…: open a PDF, see its signature boxes, fill yours; then the same
check as ``coprodesk verify`` says whether the file is sound. Countersigning on another
laptop needs no command line."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QWidget

from coprodesk.gui import colours
from coprodesk.gui.announce import announce
from coprodesk.gui.rows_model import RowsModel
from coprodesk.gui.signing.identity import (
    offer_identities,
    remember_identity,
    remembered_identity,
    shown_path,
)
from coprodesk.gui.signing.messages import hide_empty, say


@dataclass(frozen=True, slots=True)
class Box:
    """One signature box of the minutes: whose name it bears, and who signed it (if anyone)."""

    field: str
    signer: str = ""
    signed_at: str = ""

    @property
    def empty(self) -> bool:
        return not self.signer


class BoxesModel(RowsModel):
    HEADERS = (QT_TRANSLATE_NOOP("BoxesModel", "Box for"),
               QT_TRANSLATE_NOOP("BoxesModel", "Signed by"),
               QT_TRANSLATE_NOOP("BoxesModel", "Signed at"))

    def cell(self, box: Box, column: int, role: int):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        signer = box.signer or self.tr("empty: still to sign")
        return (box.field, signer, box.signed_at.replace("T", " "))[column]


class SignMinutesDialog(QDialog):
    """Countersign minutes in the box that names you, with your identity and passphrase."""

    def __init__(self, settings: QSettings, path: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from coprodesk.gui.forms.ui_sign_minutes import Ui_SignMinutesDialog

        self.ui = Ui_SignMinutesDialog()
        self.ui.setupUi(self)
        self.settings = settings
        self.path: Path | None = None
        self.result = None  # the last verification, after opening or signing
        self.model = BoxesModel(self)
        view = self.ui.boxesView
        view.setModel(self.model)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.verticalHeader().hide()
        identity = remembered_identity(settings)
        if identity is not None:
            self.ui.identityEdit.setText(shown_path(identity))
        self.sign_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_button.setText(self.tr("&Sign"))
        self.sign_button.setAccessibleName(self.tr("Sign the chosen box"))
        self.sign_button.setEnabled(False)
        self.ui.buttons.accepted.connect(self.sign)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.fileButton.clicked.connect(self._choose_file)
        self.ui.fileEdit.editingFinished.connect(self._file_typed)
        offer_identities(self, self.settings, self.ui.identityEdit, self.ui.identityButton,
                         self.ui.newIdentityButton)
        self.ui.behalfCheck.toggled.connect(self._behalf_toggled)
        self._behalf_toggled(False)
        hide_empty(self.ui.problemLabel, self.ui.verdictLabel)
        if path is not None:
            self.open_file(path)

    # --- the file and its boxes ---------------------------------------------------------
    def open_file(self, path: Path) -> bool:
        """Show the boxes of ``path`` and what the check says of it; False if unreadable."""
        from coprodesk.gui.minutes_dialogs import verdict_text
        from coprodesk.minutes.verify import verify_pdf

        say(self.ui.problemLabel, "")
        self.path = Path(path)
        if Path(self.ui.fileEdit.text().strip()).expanduser() != self.path:
            self.ui.fileEdit.setText(shown_path(self.path))
        try:
            result = verify_pdf(self.path)
            problem = "" if result.readable else (result.problems or ("",))[0]
        except OSError as exc:
            problem = exc.strerror or str(exc)
        except ValueError as exc:  # a file in the trust folder that was refused
            problem = str(exc)
        if problem:
            self.result = None
            self.model.set_rows([])
            self.sign_button.setEnabled(False)
            say(self.ui.verdictLabel, "")
            say(self.ui.problemLabel, self.tr("Cannot read %1: %2").replace("%1", str(path))
                .replace("%2", problem))
            return False
        self.result = result
        boxes = [Box(s.field, s.signer, s.signed_at or "") for s in result.signatures]
        boxes += [Box(name) for name in result.unsigned_fields]
        self.model.set_rows(boxes)
        empty = [n for n, b in enumerate(boxes) if b.empty]
        if empty:
            self.ui.boxesView.selectRow(empty[0])
        self.sign_button.setEnabled(bool(empty))
        text, colour = verdict_text(result)
        if not boxes:
            text = self.tr("These minutes have no signature boxes.")
        elif not empty:
            text += " " + self.tr("Every box is signed.")
        elif not result.signatures:
            text = self.tr("Nobody has signed yet: the first signature certifies the minutes.")
            colour = "palette(text)"
        lines = "\n".join(result.lines()) if result.signatures else ""
        self._show_verdict(text + ("\n" + lines if lines else ""), colour)
        return True

    def _show_verdict(self, text: str, colour: str) -> None:
        say(self.ui.verdictLabel, text)
        self.ui.verdictLabel.setStyleSheet(colours.style(f"font-weight: bold; color: {colour};"))

    def chosen_box(self) -> Box | None:
        rows = self.ui.boxesView.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    # --- signing ------------------------------------------------------------------------
    def sign(self) -> bool:
        """Fill the chosen box; on any problem say it here, and the file stays as it was."""
        from coprodesk.minutes.document import field_name
        from coprodesk.minutes.export import countersign
        from coprodesk.minutes.signing import SigningError, signer_name

        box = self.chosen_box()
        if self.path is None:
            return self._problem(self.tr("Open the minutes to sign first."))
        if box is None:
            return self._problem(self.tr("Choose the box that bears your name."))
        if not box.empty:
            return self._problem(self.tr("The box for %1 is already signed by %2.")
                                 .replace("%1", box.field).replace("%2", box.signer))
        identity_text = self.ui.identityEdit.text().strip()
        if not identity_text:
            return self._problem(self.tr("Choose your signing identity, or create one with "
                                         "“New…”."))
        identity = Path(identity_text).expanduser()
        passphrase = self.ui.passphraseEdit.text().encode("utf-8")
        behalf = " ".join(self.ui.reasonEdit.text().split()) if self.ui.behalfCheck.isChecked() \
            else ""
        if self.ui.behalfCheck.isChecked() and not behalf:
            self.ui.reasonEdit.setFocus()
            return self._problem(self.tr("Say why you sign on their behalf; the reason is "
                                         "recorded in the signature."))
        try:
            who = signer_name(identity, passphrase)
            if not behalf and field_name(who).casefold() != box.field.casefold():
                return self._problem(
                    self.tr("You are %1, but this box is for %2. Choose your own box, or tick "
                            "“Sign on behalf” and say why.")
                    .replace("%1", who).replace("%2", box.field))
            countersign(self.path, box.field, identity, passphrase, on_behalf=behalf)
        except SigningError as exc:
            return self._problem(str(exc))
        self.ui.passphraseEdit.clear()
        remember_identity(self.settings, identity)
        self.open_file(self.path)
        signed = self.tr("Signed the box for %1.").replace("%1", box.field)
        self.ui.verdictLabel.setText(signed + " " + self.ui.verdictLabel.text())
        announce(self.ui.verdictLabel, signed)  # the check of the signed file was said
        return True

    def _problem(self, text: str) -> bool:
        say(self.ui.problemLabel, text)
        return False

    def _behalf_toggled(self, on: bool) -> None:
        self.ui.reasonEdit.setEnabled(on)
        self.ui.reasonLabel.setEnabled(on)

    # --- choosers -------------------------------------------------------------------------
    def _file_typed(self) -> None:
        text = self.ui.fileEdit.text().strip()
        if text and Path(text).expanduser() != self.path:
            self.open_file(Path(text).expanduser())

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Minutes to sign"),
                                              str(self.path.parent if self.path else Path.home()),
                                              self.tr("PDF (*.pdf)"))
        if path:
            self.open_file(Path(path))
