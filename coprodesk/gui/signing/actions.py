"""The main window's signing commands: File → Sign minutes…, Signing identity…, Trusted
people…. Each opens its dialog on the window's settings; nothing heavy loads before (this module
itself is imported when one is first chosen)."""

from __future__ import annotations

from pathlib import Path


def sign_minutes(window, path: Path | str | None = None) -> None:
    from coprodesk.gui.signing.sign import SignMinutesDialog

    window.sign_dialog = SignMinutesDialog(window.settings, Path(path) if path else None, window)
    window.sign_dialog.open()
    if path is None:
        window.sign_dialog.ui.fileButton.setFocus()


def signing_identity(window) -> None:
    from coprodesk.gui.signing.identity import SigningIdentityDialog

    window.identity_dialog = SigningIdentityDialog(window.settings, window)
    window.identity_dialog.open()


def trusted_people(window) -> None:
    from coprodesk.gui.signing.trust import TrustedPeopleDialog

    window.trust_dialog = TrustedPeopleDialog(window)
    window.trust_dialog.open()

