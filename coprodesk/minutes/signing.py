"""Signing identities and PAdES signatures (pyHanko), all offline.

The facilitator's signature *certifies* the minutes and allows only form
filling afterwards; every named signer has an empty field of their own and
fills it later, each as an incremental update that leaves the earlier
signatures valid: joint sign-off of joint decisions.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from coprodesk.fileio import atomic_write_bytes

if TYPE_CHECKING:  # reportlab costs ~0.5 s to import; verifying never needs it
    from coprodesk.minutes.document import SignatureBox


def quiet_pyhanko() -> None:
    """pyHanko logs tracebacks for findings we report ourselves (a wrong passphrase, an
    untrusted certificate); keep them off the user's terminal."""
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logger = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())
        logger.propagate = False


class SigningError(Exception):
    """A problem the user can fix (wrong passphrase, missing file, unknown field): one line."""


@dataclass(frozen=True, slots=True)
class Identity:
    name: str
    email: str
    path: Path


def new_identity(name: str, email: str, out: Path, passphrase: bytes, years: int = 5) -> Identity:
    """A self-signed X.509 signing identity in a passphrase-encrypted PKCS#12 (mode 0600)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    if not name.strip():
        raise SigningError("give the signer's name (--name)")
    _check_identity_text(name.strip(), email.strip())
    if len(passphrase) < 8:
        raise SigningError("the passphrase must have at least 8 characters")
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name.strip()),
                         x509.NameAttribute(NameOID.EMAIL_ADDRESS, email.strip() or "unknown")])
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder()
            .subject_name(subject).issuer_name(subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(minutes=5))
            .not_valid_after(now + timedelta(days=365 * years))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True,
                                         key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, key_cert_sign=False,
                                         crl_sign=False, encipher_only=False,
                                         decipher_only=False), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]),
                           critical=False)
            .sign(key, hashes.SHA256()))
    data = pkcs12.serialize_key_and_certificates(
        name.strip().encode("utf-8"), key, cert, None,
        serialization.BestAvailableEncryption(passphrase))
    try:
        atomic_write_bytes(out, data, mode=0o600)
    except OSError as exc:
        raise SigningError(f"cannot write {out}: {exc.strerror or exc}") from exc
    return Identity(name.strip(), email.strip(), out)


NAME_LIMIT = 64  # X.509: a certificate's common name holds at most 64 characters


def _check_identity_text(name: str, email: str) -> None:
    """What a certificate can hold and a reader can be shown: a name of at most 64
    characters, and no control characters (a line break, a terminal escape) in it or in
    the e-mail address."""
    import unicodedata

    if len(name) > NAME_LIMIT:
        raise SigningError(f"the name has {len(name)} characters; a signing identity's name "
                           f"holds at most {NAME_LIMIT} (shorten it, e.g. leave out a middle "
                           "name)")
    for what, text in (("name", name), ("e-mail address", email)):
        if any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in text):
            raise SigningError(f"the {what} holds a control character (a line break, a tab "
                               "or an invisible formatting mark); type it on one line")


def certificate_pem(p12: Path, passphrase: bytes) -> bytes:
    """The public certificate of an identity, to hand to others as a trust anchor."""
    from cryptography.hazmat.primitives.serialization import Encoding, pkcs12

    _load_signer(p12, passphrase)  # the same clear messages for a bad file or passphrase
    _key, cert, _more = pkcs12.load_key_and_certificates(p12.read_bytes(), passphrase)
    return cert.public_bytes(Encoding.PEM)


def _load_signer(p12: Path, passphrase: bytes):
    from pyhanko.sign import signers

    quiet_pyhanko()
    if not p12.is_file():
        raise SigningError(f"no signing identity at {p12}; create one with `coprodesk keys new`")
    try:
        signer = signers.SimpleSigner.load_pkcs12(str(p12), passphrase=passphrase)
    except (ValueError, TypeError) as exc:
        raise SigningError(f"cannot open {p12}: wrong passphrase or not a PKCS#12 file") from exc
    if signer is None:
        raise SigningError(f"cannot open {p12}: wrong passphrase or not a PKCS#12 file")
    return signer


def add_fields(pdf: bytes, boxes: tuple[SignatureBox, ...], also=None) -> bytes:
    """The PDF with one empty signature field per signer, placed on their drawn box.

    ``also(writer)`` adds more in the same revision (the attached HTML twin)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    if also is not None:
        also(writer)
    for box in boxes:
        fields.append_signature_field(
            writer, fields.SigFieldSpec(box.field, on_page=box.page,
                                        box=tuple(round(v) for v in box.box)))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def add_invisible_fields(pdf: bytes, names: tuple[str, ...]) -> bytes:
    """The PDF with one empty signature field per name and no box on any page: the
    easy-read minutes keep their pages for what a participant needs to read."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    for name in names:
        fields.append_signature_field(writer, fields.SigFieldSpec(name))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def sign(pdf: bytes, field: str, p12: Path, passphrase: bytes, *, certify: bool,
         reason: str = "") -> bytes:
    """Fill ``field`` with a PAdES baseline-B signature as an incremental update."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign import fields, signers

    signer = _load_signer(p12, passphrase)
    reader = PdfFileReader(io.BytesIO(pdf))
    status = {name: filled for name, filled, _ref in _field_states(reader)}
    if field not in status:
        names = ", ".join(sorted(status)) or "none"
        raise SigningError(f"the minutes have no signature field {field!r} (fields: {names})")
    if status[field]:
        raise SigningError(f"the field {field!r} is already signed")
    meta = signers.PdfSignatureMetadata(
        field_name=field, certify=certify, reason=reason or None,
        subfilter=fields.SigSeedSubFilter.PADES, md_algorithm="sha256",
        docmdp_permissions=fields.MDPPerm.FILL_FORMS)
    stamp_signing_time(signer, datetime.now(UTC))
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    try:
        out = signers.PdfSigner(meta, signer, stamp_style=_stamp_style()).sign_pdf(writer)
    except Exception as exc:  # pyHanko raises its own SigningError family
        raise SigningError(f"cannot sign: {exc}") from exc
    return out.getvalue()


def stamp_signing_time(signer, when: datetime) -> None:
    """Put the signing time inside the signed attributes of ``signer``'s next CMS.

    PAdES keeps the time only in the signature dictionary's ``/M``, which lies outside
    the signed bytes: anyone can rewrite it. ``verify`` reads and checks the time the
    signer signed (``signing_time.py``), so it must be there. It is still the signer's own
    clock, not a timestamp authority's."""
    from pyhanko.sign.attributes import (
        SignedAttributeProviderSpec,
        SigningCertificateV2Provider,
        SigningTimeProvider,
    )

    cert = signer.signing_cert

    class _WithTime(SignedAttributeProviderSpec):
        def signed_attr_providers(self, data_digest: bytes, digest_algorithm: str):
            yield SigningCertificateV2Provider(signing_cert=cert)
            yield SigningTimeProvider(timestamp=when)

    signer.signed_attr_prov_spec = _WithTime()


def _stamp_style():
    """The stamp inside a signature box: Courier at 12 pt, which pdftotext measures as 9.4 pt
    (pyHanko's default, 10 pt with its logo behind, printed at 4.9-7.9 pt in our boxes)."""
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.stamp import TextStampStyle

    return TextStampStyle(stamp_text="Digitally signed by %(signer)s.\nTime: %(ts)s.",
                          text_box_style=TextBoxStyle(font_size=12), border_width=1)


def _field_states(reader):
    from pyhanko.sign import fields

    for name, value, ref in fields.enumerate_sig_fields(reader):
        yield name, value is not None, ref


def signer_name(p12: Path, passphrase: bytes) -> str:
    signer = _load_signer(p12, passphrase)
    return signer.signing_cert.subject.native.get("common_name", "") or p12.stem
