"""File → Signing identity…: create a personal identity or pick an existing .p12, and
remember the choice (QSettings), so export and countersigning find it again.

Created identities go to a per-user ``identities`` folder (0700), one file per person
(0600). An existing file is never replaced: the private key in it may be the only one
that can sign as that person.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QWidget,
)

from coprodesk.gui import settings_keys
from coprodesk.gui.signing.messages import fit_height, hide_empty, say

SETTINGS_IDENTITY = settings_keys.SIGNING_IDENTITY
MIN_PASSPHRASE = 8


def settings_of(widget: QWidget | None) -> QSettings:
    """The main window's settings when the dialog sits on it (tests give it a file)."""
    while widget is not None:
        settings = getattr(widget, "settings", None)
        if isinstance(settings, QSettings):
            return settings
        widget = widget.parentWidget()
    return QSettings()


def remembered_identity(settings: QSettings) -> Path | None:
    value = settings.value(SETTINGS_IDENTITY)
    return Path(str(value)) if value else None


def remember_identity(settings: QSettings, path: Path) -> None:
    settings.setValue(SETTINGS_IDENTITY, str(path))
    settings.sync()


def shown_path(path: Path) -> str:
    """A path as people read it: ``~/…`` inside the home folder."""
    try:
        return str(Path("~") / Path(path).relative_to(Path.home()))
    except ValueError:
        return str(path)


def identity_file(folder: Path, name: str) -> Path:
    """``jo-fischer.p12`` for "Jo Fischer": readable, and safe on every file system."""
    slug = re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-").lower()[:60] or "identity"
    return folder / f"{slug}.p12"


def private_folder(folder: Path) -> Path:
    """Create ``folder`` readable by its owner only (0700), also when it already exists."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    return folder


class SigningIdentityDialog(QDialog):
    """Create an identity or choose a .p12; ``identity_chosen`` says which one is in use."""

    identity_chosen = Signal(object)  # Path

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from coprodesk.gui.forms.ui_signing_identity import Ui_SigningIdentityDialog
        from coprodesk.paths import identities_dir

        self.ui = Ui_SigningIdentityDialog()
        self.ui.setupUi(self)
        self.settings = settings
        self.folder = identities_dir()
        self.identity: Path | None = remembered_identity(settings)
        self._passphrase: bytes | None = None  # of an identity created here, for its certificate
        self.ui.nameEdit.textChanged.connect(self._show_where)
        self.ui.createButton.clicked.connect(self.create)
        self.ui.chooseButton.clicked.connect(self._choose_file)
        self.ui.certButton.clicked.connect(self._save_certificate)
        self.ui.buttons.rejected.connect(self.reject)
        hide_empty(self.ui.problemLabel, self.ui.doneLabel)
        self._show_current()
        self._show_where()
        self.ui.nameEdit.setFocus()

    # --- display ------------------------------------------------------------------------
    def _show_current(self) -> None:
        if self.identity is None:
            self.ui.currentLabel.setText(self.tr("None yet: create one below, or use a file "
                                                 "you already have."))
        else:
            missing = "" if self.identity.is_file() else self.tr(" (the file is missing)")
            self.ui.currentLabel.setText(shown_path(self.identity) + missing)
        self.ui.certButton.setEnabled(self.identity is not None and self.identity.is_file())

    def target(self) -> Path:
        return identity_file(self.folder, self.ui.nameEdit.text())

    def _show_where(self) -> None:
        self.ui.whereLabel.setText(self.tr("%1 (readable only by you)")
                                   .replace("%1", shown_path(self.target())))
        fit_height(self)  # a long path wraps onto a second line: the window makes room

    def _problem(self, text: str) -> None:
        say(self.ui.problemLabel, text, self.ui.doneLabel)

    def _done(self, text: str) -> None:
        say(self.ui.doneLabel, text, self.ui.problemLabel)

    def _use(self, path: Path) -> None:
        self.identity = path
        remember_identity(self.settings, path)
        self._show_current()
        self.identity_chosen.emit(path)

    # --- actions ------------------------------------------------------------------------
    def create(self) -> bool:
        """Check the form, then write the identity; nothing is written on any problem."""
        name = " ".join(self.ui.nameEdit.text().split())
        email = self.ui.emailEdit.text().strip()
        first, again = self.ui.passphraseEdit.text(), self.ui.againEdit.text()
        if not name:
            self._problem(self.tr("Give your name, as it should appear in signatures."))
            self.ui.nameEdit.setFocus()
            return False
        if "@" not in email:
            self._problem(self.tr("Give your e-mail address."))
            self.ui.emailEdit.setFocus()
            return False
        if len(first) < MIN_PASSPHRASE:
            self._problem(self.tr("The passphrase must have at least %1 characters.")
                          .replace("%1", str(MIN_PASSPHRASE)))
            self.ui.passphraseEdit.setFocus()
            return False
        if first != again:
            self._problem(self.tr("The two passphrases differ; type them again."))
            self.ui.againEdit.clear()
            self.ui.againEdit.setFocus()
            return False
        target = self.target()
        if target.exists():
            self._problem(self.tr("An identity is already stored at %1. It is kept as it is: "
                                  "use it with “Use an existing file…”, or give another name.")
                          .replace("%1", shown_path(target)))
            return False
        from coprodesk.minutes.signing import SigningError, new_identity

        try:
            private_folder(self.folder)
            new_identity(name, email, target, first.encode("utf-8"))
        except OSError as exc:
            self._problem(self.tr("Cannot create %1: %2").replace("%1", str(self.folder))
                          .replace("%2", exc.strerror or str(exc)))
            return False
        except SigningError as exc:
            self._problem(str(exc))
            return False
        self._passphrase = first.encode("utf-8")
        for edit in (self.ui.passphraseEdit, self.ui.againEdit):
            edit.clear()
        self._use(target)
        self._done(self.tr("Created the signing identity of %1 in %2 (readable only by you). "
                           "Keep the passphrase safe: nobody can recover it.")
                   .replace("%1", name).replace("%2", shown_path(target)))
        return True

    def choose(self, path: Path) -> bool:
        """Use an existing identity file (its passphrase is asked when it signs)."""
        if not path.is_file():
            self._problem(self.tr("No file at %1.").replace("%1", shown_path(path)))
            return False
        self._passphrase = None
        self._use(path)
        self._done(self.tr("Minutes will be signed with %1.").replace("%1", shown_path(path)))
        return True

    def _choose_file(self) -> None:
        path = pick_identity_file(self, self.identity.parent if self.identity else None)
        if path is not None:
            self.choose(path)

    def save_certificate(self, out: Path, passphrase: bytes) -> bool:
        """Write the public certificate of the identity in use, for colleagues to trust."""
        from coprodesk.fileio import atomic_write_bytes
        from coprodesk.minutes.signing import SigningError, certificate_pem

        if self.identity is None:
            return False
        try:
            pem = certificate_pem(self.identity, passphrase)
            atomic_write_bytes(out, pem)
        except SigningError as exc:
            self._problem(str(exc))
            return False
        except OSError as exc:
            self._problem(self.tr("Cannot write %1: %2").replace("%1", str(out))
                          .replace("%2", exc.strerror or str(exc)))
            return False
        self._done(self.tr("Certificate saved in %1. Give it to your colleagues; they add it "
                           "under File → Trusted people.").replace("%1", str(out)))
        return True

    def _save_certificate(self) -> None:
        if self.identity is None:
            return
        passphrase = self._passphrase
        if passphrase is None:
            text, ok = QInputDialog.getText(self, self.tr("Save my certificate"),
                                            self.tr("Passphrase of %1:")
                                            .replace("%1", self.identity.name),
                                            QLineEdit.EchoMode.Password)
            if not ok:
                return
            passphrase = text.encode("utf-8")
        start = str(self.identity.with_suffix(".pem").name)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save my certificate"),
                                              str(Path.home() / start),
                                              self.tr("Certificate (*.pem)"))
        if path:
            self.save_certificate(Path(path), passphrase)


def pick_identity_file(parent: QWidget, start: Path | None = None) -> Path | None:
    """The one file dialog for a .p12 identity (this dialog, Export minutes, Sign minutes)."""
    path, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("SigningIdentityDialog", "Signing identity"),
        str(start or Path.home()),
        QCoreApplication.translate("SigningIdentityDialog", "PKCS#12 identity (*.p12 *.pfx)"))
    return Path(path) if path else None


def new_identity_into(owner: QWidget, settings: QSettings, edit: QLineEdit) -> None:
    """Create (or pick) an identity without leaving ``owner``; the chosen file fills ``edit``.
    The dialog is kept as ``owner.identity_dialog`` so it lives as long as it is open."""
    owner.identity_dialog = SigningIdentityDialog(settings, owner)
    owner.identity_dialog.identity_chosen.connect(lambda p: edit.setText(str(p)))
    owner.identity_dialog.open()


def offer_identities(owner: QWidget, settings: QSettings, edit: QLineEdit,
                     pick: QAbstractButton, new: QAbstractButton) -> None:
    """The identity row of Export minutes and Sign minutes: ``pick`` chooses a .p12 file,
    ``new`` creates one (or picks one) in the identity dialog; either fills ``edit``."""
    def picked() -> None:
        path = pick_identity_file(owner)
        if path is not None:
            edit.setText(str(path))

    pick.clicked.connect(picked)
    new.clicked.connect(lambda: new_identity_into(owner, settings, edit))
