"""The trust list: colleagues' public certificates this person decided to trust.

Self-signed identities prove nothing on their own; trusting a certificate is a
person's decision, made once (a file handed over in person), and kept as one
PEM per certificate, named by its SHA-256 fingerprint, in the app's data folder.
``verify`` uses the list by default.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

TRUST_ENV = "COPRODESK_TRUST_DIR"
_MAX_CERT_BYTES = 1_000_000


class TrustError(Exception):
    """A problem the user can fix (not a certificate, unreadable file): one line."""


@dataclass(frozen=True, slots=True)
class TrustedPerson:
    name: str
    email: str
    fingerprint: str  # SHA-256 of the DER certificate, lower-case hex
    not_before: str  # ISO dates
    not_after: str
    path: Path


def trust_dir() -> Path:
    """``$COPRODESK_TRUST_DIR`` if set, else ``trusted`` in the user's data folder (0700)."""
    env = os.environ.get(TRUST_ENV, "").strip()
    if env:
        folder = Path(env).expanduser()
    else:
        from platformdirs import user_data_dir

        from coprodesk import APP_NAME, ORG_NAME

        folder = Path(user_data_dir(APP_NAME, ORG_NAME)) / "trusted"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(folder, 0o700)
    except OSError as exc:
        raise TrustError(f"cannot create the trust folder {folder}: "
                         f"{exc.strerror or exc}") from exc
    return folder


def _folder(folder: Path | None) -> Path:
    if folder is None:
        return trust_dir()
    folder = Path(folder)
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise TrustError(f"cannot create the trust folder {folder}: "
                         f"{exc.strerror or exc}") from exc
    return folder


def load_certificate(data: bytes, source: str = "the file"):
    """A ``cryptography`` certificate from PEM or DER bytes; a private key or anything
    else is refused with a TrustError naming ``source``."""
    from cryptography import x509

    if b"PRIVATE KEY" in data:
        raise TrustError(f"{source} holds a private key: share only the public certificate "
                         "(coprodesk keys export-cert)")
    try:
        if b"-----BEGIN CERTIFICATE-----" in data:
            return x509.load_pem_x509_certificate(data)
        return x509.load_der_x509_certificate(data)
    except (ValueError, TypeError) as exc:
        raise TrustError(f"{source} is not a certificate (PEM or DER)") from exc


def person_of(cert, path: Path) -> TrustedPerson:
    """What the trust list shows of a certificate."""
    from cryptography.hazmat.primitives.serialization import Encoding
    from cryptography.x509.oid import NameOID

    def attr(oid) -> str:
        values = cert.subject.get_attributes_for_oid(oid)
        return str(values[0].value) if values else ""

    return TrustedPerson(
        name=attr(NameOID.COMMON_NAME), email=attr(NameOID.EMAIL_ADDRESS),
        fingerprint=hashlib.sha256(cert.public_bytes(Encoding.DER)).hexdigest(),
        not_before=cert.not_valid_before_utc.date().isoformat(),
        not_after=cert.not_valid_after_utc.date().isoformat(), path=path)


def list_trusted(folder: Path | None = None) -> list[TrustedPerson]:
    """Everyone on the list, by name; unreadable files in the folder are skipped."""
    people = []
    for path in trusted_cert_paths(folder):
        try:
            people.append(person_of(load_certificate(path.read_bytes(), str(path)), path))
        except (OSError, TrustError):
            continue
    return sorted(people, key=lambda p: (p.name.casefold(), p.fingerprint))


def add_trusted(cert_file: Path, folder: Path | None = None) -> TrustedPerson:
    """Trust the certificate in ``cert_file``; adding the same one twice changes nothing."""
    from cryptography.hazmat.primitives.serialization import Encoding

    from coprodesk.fileio import atomic_write_bytes

    cert_file = Path(cert_file)
    try:
        if cert_file.stat().st_size > _MAX_CERT_BYTES:
            raise TrustError(f"{cert_file} is too large to be a certificate")
        data = cert_file.read_bytes()
    except OSError as exc:
        raise TrustError(f"cannot read {cert_file}: {exc.strerror or exc}") from exc
    cert = load_certificate(data, str(cert_file))
    target_dir = _folder(folder)
    person = person_of(cert, target_dir / "x.pem")
    target = target_dir / f"{person.fingerprint}.pem"
    if not target.is_file():
        try:
            atomic_write_bytes(target, cert.public_bytes(Encoding.PEM), mode=0o600)
        except OSError as exc:
            raise TrustError(f"cannot write {target}: {exc.strerror or exc}") from exc
    return person_of(cert, target)


def remove_trusted(fingerprint: str, folder: Path | None = None) -> None:
    """Stop trusting a certificate; an unknown fingerprint is a TrustError."""
    fp = fingerprint.strip().lower().replace(":", "")
    if not fp or any(c not in "0123456789abcdef" for c in fp):
        raise TrustError(f"{fingerprint!r} is not a certificate fingerprint")
    matches = [p for p in trusted_cert_paths(folder) if p.stem.startswith(fp)]
    if not matches:
        raise TrustError(f"no trusted certificate with fingerprint {fingerprint}")
    if len(matches) > 1:
        raise TrustError(f"{fingerprint} matches {len(matches)} certificates; give more of it")
    try:
        matches[0].unlink()
    except OSError as exc:
        raise TrustError(f"cannot remove {matches[0]}: {exc.strerror or exc}") from exc


class UnsafeTrustFile(TrustError):
    """A file in the trust folder that someone else could have put there or changed."""


def _unsafe(path: Path) -> str:
    """Why ``path`` cannot be trusted as part of the list, or "" when it can: a symbolic
    link (its target may be anyone's file), a file owned by someone else, or one that
    others may write. Windows keeps no such modes: only links are refused there."""
    import stat

    try:
        st = path.lstat()
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    if stat.S_ISLNK(st.st_mode):
        return "is a symbolic link"
    if not stat.S_ISREG(st.st_mode):
        return "is not a regular file"
    if os.name == "posix":
        if st.st_uid != os.getuid():
            return "belongs to another user"
        if st.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
            return "can be changed by other users"
    return ""


def trusted_cert_paths(folder: Path | None = None) -> list[Path]:
    """The PEM files of the list. A file the list does not own, one others may write, or
    a symbolic link is refused (UnsafeTrustFile, one line naming it): whoever could put it
    there could make anyone "trusted". The folder itself likewise."""
    where = _folder(folder)
    why = _unsafe_folder(where)
    if why:
        raise UnsafeTrustFile(f"the trust folder {where} {why}: fix or remove it (nobody is "
                              "trusted until then)")
    out = []
    for p in sorted(where.glob("*.pem")):
        why = _unsafe(p)
        if why:
            raise UnsafeTrustFile(f"the trust list file {p} {why}: remove it, then add the "
                                  "certificate again with `coprodesk keys trust`")
        out.append(p)
    return out


def _unsafe_folder(folder: Path) -> str:
    import stat

    if os.name != "posix":
        return ""
    try:
        st = folder.lstat()
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    if stat.S_ISLNK(st.st_mode):
        return "is a symbolic link"
    if st.st_uid != os.getuid():
        return "belongs to another user"
    if st.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return "can be changed by other users"
    return ""
