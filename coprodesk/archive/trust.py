"""The archive's own trust list: certificates in ``DIR/trusted/`` (``archive --trust``),
trusted by ``archive --check`` and ``--add`` besides the user's own list.

Certificates are public: unlike the user's own list (0700), the archive's is readable by
everyone who can read the archive."""

from __future__ import annotations

import os
from pathlib import Path

from coprodesk.archive.layout import TRUSTED


def archive_trust(root: Path) -> list[Path]:
    """The archive's trusted certificates (files that are not one are left out)."""
    from coprodesk.minutes.trust import list_trusted

    folder = root / TRUSTED
    return sorted(p.path for p in list_trusted(folder)) if folder.is_dir() else []


def trust_in_archive(root: Path, cert: Path):
    """Add ``cert`` to the archive's trust list; the person it names (TrustError if it is
    not a certificate or cannot be written)."""
    from coprodesk.minutes.trust import TrustError, add_trusted

    person = add_trusted(cert, root / TRUSTED)
    try:
        os.chmod(root / TRUSTED, 0o755)
        os.chmod(person.path, 0o644)
    except OSError as exc:
        raise TrustError(f"cannot share {person.path}: {exc.strerror or exc}") from exc
    return person
