"""Checking signed minutes: every signature, the unsigned fields, later changes.

No single field of pyHanko's status is the verdict. A signature passes only
when, all at once: the signed bytes are unchanged (``intact``), the signature
value checks against the certificate it carries (``valid``), it covers the
whole file up to its revision, every later revision stays within form filling
(DocMDP), and nothing unsigned follows the last signature. Then, less grave:
the certificate was within its validity period when it signed, and the box
was signed by the person it names (or openly on their behalf).

Exit codes (``Verification.exit_code``): 0 all good, 1 something changed or a
signature is invalid (or, with ``strict``, a signer is not trusted), 2 the
file cannot be read, 3 intact and valid but a box signed by someone else or a
certificate outside its validity period. The CLI and the Verify dialog share
this module, so they always agree.
"""

from __future__ import annotations

import io
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

ON_BEHALF = "On behalf of "  # how a signature's reason says it fills someone else's box
NO_SIGNATURE = "the minutes carry no signature"

# Verdict words per exit code, for the CLI, JSON and the dialog.
VERDICTS = {
    0: "verified",
    1: "not verified",
    2: "unreadable",
    3: "check the signers",
}


@dataclass(frozen=True, slots=True)
class SignatureCheck:
    field: str
    signer: str
    signed_at: str | None  # ISO 8601, as the signer's clock said
    intact: bool  # the signed bytes are unchanged
    covers_all_before: bool  # the signature covers its whole revision of the file
    trusted: bool  # the certificate is on the trust list or given with --trust
    certifies: bool
    changes_after: str  # what later revisions did: "none", "form filling", "other"
    valid: bool = False  # the signature value checks against the certificate
    certificate_valid_at_signing: bool = False
    box_matches_signer: bool = False
    on_behalf: str = ""  # the reason given when signing someone else's box
    revision: int = 0  # 1-based revision of the file this signature closes
    email: str = ""
    fingerprint: str = ""  # SHA-256 of the certificate, hex
    changes_allowed: bool = True  # later revisions stay within what this signature allows
    problems: tuple[str, ...] = ()  # one line each, in words
    severity: int = 0  # 0 good, 1 changed/invalid, 3 check the signer

    @property
    def verdict(self) -> str:
        return VERDICTS[self.severity]


@dataclass(frozen=True, slots=True)
class AttachmentCheck:
    """A file attached to the minutes (the HTML twin, the easy-read version) and which
    signatures cover its bytes: those that signed a revision at or after the last one
    that wrote it."""

    name: str
    description: str
    size: int  # bytes as stored in the PDF (compressed)
    revision: int  # 1-based revision that last wrote it
    covered: bool  # at least one intact, valid signature covers it
    covered_by: tuple[str, ...] = ()  # the boxes whose signatures cover it


# What verify calls the attachments it knows, in its sentence about coverage.
ATTACHMENT_WORDS = {"minutes.html": "the accessible HTML version",
                    "easy-read.pdf": "the easy-read version"}


@dataclass(frozen=True, slots=True)
class Verification:
    path: str
    signatures: tuple[SignatureCheck, ...]
    unsigned_fields: tuple[str, ...]
    changed_after_last_signature: bool
    problems: tuple[str, ...] = field(default=())  # every problem, one line each
    readable: bool = True
    strict: bool = False  # every signer must be trusted
    notes: tuple[str, ...] = ()  # worth saying, not a problem (e.g. signed on behalf)
    revisions: int = 0
    file_severity: int = 0  # problems of the file itself (removed signature, later change)
    attachments: tuple[AttachmentCheck, ...] = ()

    @property
    def exit_code(self) -> int:
        if not self.readable:
            return 2
        codes = {self.file_severity, *(s.severity for s in self.signatures)}
        if not self.signatures or self.changed_after_last_signature or 1 in codes:
            return 1
        if self.strict and not all(s.trusted for s in self.signatures):
            return 1
        return 3 if 3 in codes else 0

    @property
    def ok(self) -> bool:
        """Exit code 0: signed, every signature good, nothing changed since the last one."""
        return self.exit_code == 0

    @property
    def verdict(self) -> str:
        return VERDICTS[self.exit_code]

    def summary(self) -> str:
        """The verdict as one sentence, for the dialog's headline and the CLI's last line."""
        code = self.exit_code
        if code == 2:
            return "This file cannot be read as a PDF: " + (self.problems[0] if self.problems
                                                            else "unknown error")
        if code == 0:
            return ("Every signature is intact and valid, and nothing was changed after it"
                    + (" (every signer trusted)." if self.strict else "."))
        if not self.signatures and not self.problems:
            return "NOT VERIFIED: these minutes carry no signature."
        if code == 1 and self.strict and not self.problems:
            return "NOT VERIFIED: not every signer is on your trust list (--strict)."
        if code == 3:
            return ("Intact and valid, but check the signers: a box was signed by someone "
                    "else or a certificate was outside its validity period.")
        return "NOT VERIFIED: the minutes differ from what was signed, or a signature is invalid."

    def lines(self) -> list[str]:
        """One line per problem, then the notes: what the dialog lists under its verdict."""
        out = list(self.problems)
        if self.strict:
            out += [f"{s.signer} is not on your trust list" for s in self.signatures
                    if not s.trusted]
        return out + list(self.notes)

    def attachment_lines(self) -> list[str]:
        """One sentence for the attachments inside the signed part, one per file outside."""
        def called(a: AttachmentCheck) -> str:
            return f"{ATTACHMENT_WORDS.get(a.name, 'the attached file')} ({a.name})"

        inside = [called(a) for a in self.attachments if a.covered]
        out = []
        if inside:
            joined = inside[0] if len(inside) == 1 else ", ".join(inside[:-1]) + " and " \
                + inside[-1]
            verb = "is" if len(inside) == 1 else "are"
            out.append(f"{joined[0].upper()}{joined[1:]} {verb} inside the signed part.")
        if self.signatures:
            out += [f"{called(a)[0].upper()}{called(a)[1:]} is NOT covered by any signature."
                    for a in self.attachments if not a.covered]
        return out

    def as_json(self) -> dict:
        data = asdict(self)
        for sig, check in zip(data["signatures"], self.signatures, strict=True):
            sig["verdict"] = check.verdict
            del sig["severity"]
        del data["file_severity"]
        data["ok"] = self.ok
        data["verdict"] = self.verdict
        data["exit_code"] = self.exit_code
        data["summary"] = self.summary()
        return data


def unreadable(path: Path | str, reason: str) -> Verification:
    return Verification(str(path), (), (), False, (reason,), readable=False, file_severity=2)


def verify_pdf(path: Path, trust_pems: list[Path] | tuple[Path, ...] = (), *,
               strict: bool = False, use_trust_list: bool = True) -> Verification:
    """Check every signature of the PDF at ``path``; never raises for a broken file.

    ``trust_pems`` are trusted on top of the trust list (``use_trust_list``). A
    certificate that cannot be read raises ValueError, a file that cannot be opened
    OSError (the caller's input); a damaged PDF is a verdict (``readable`` False)."""
    from coprodesk.minutes.signing import quiet_pyhanko

    quiet_pyhanko()
    trusted = _trusted_fingerprints(trust_pems, use_trust_list)
    data = Path(path).read_bytes()  # OSError for a missing file: the caller says it its way
    try:
        return _verify(str(path), data, trusted, strict)
    except _Unreadable as exc:
        return unreadable(path, str(exc))
    except Exception as exc:  # a hostile file must give a verdict, not a crash
        return Verification(str(path), (), (), False,
                            (f"the file is damaged: {_first_line(exc)}",), strict=strict,
                            file_severity=1)


class _Unreadable(Exception):
    pass


def _trusted_fingerprints(trust_pems, use_trust_list: bool) -> set[str]:
    import contextlib
    import hashlib

    from cryptography.hazmat.primitives.serialization import Encoding

    from coprodesk.minutes.trust import TrustError, load_certificate, trusted_cert_paths

    paths = list(trust_pems)
    if use_trust_list:
        # no trust folder (read-only home): nobody is trusted from it
        with contextlib.suppress(TrustError):
            paths += trusted_cert_paths()
    out = set()
    for p in paths:
        try:
            cert = load_certificate(Path(p).read_bytes(), str(p))
        except OSError as exc:
            raise ValueError(f"cannot read {p}: {exc.strerror or exc}") from exc
        except TrustError as exc:
            if Path(p) in list(trust_pems):
                raise ValueError(str(exc)) from exc
            continue
        out.add(hashlib.sha256(cert.public_bytes(Encoding.DER)).hexdigest())
    return out


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:200]


def _verify(path: str, data: bytes, trusted: set[str], strict: bool) -> Verification:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign import fields

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise _Unreadable(f"{path} is not a PDF")
    end = data.rfind(b"%%EOF")
    if end < 0 or data[end + 5:].strip(b"\r\n\t \x00"):
        # a cut file may end in the middle of a later revision, after an earlier one that is
        # whole: read as that earlier revision it would look unsigned, not damaged
        raise _Unreadable(f"{path} is damaged or truncated: it does not end where a PDF ends")
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        all_fields = list(fields.enumerate_sig_fields(reader))
        total = reader.xrefs.total_revisions
    except Exception as exc:  # pyHanko raises many kinds for a broken file
        raise _Unreadable(f"{path} is damaged or truncated: {_first_line(exc)}") from exc
    unsigned = tuple(name for name, value, _ref in all_fields if value is None)
    embedded, damaged = _collect(reader, all_fields)
    checks = [_check_signature(reader, sig, trusted, total) for sig in embedded]
    checks += damaged

    problems: list[str] = []
    notes: list[str] = []
    for c in checks:
        problems += c.problems
        if c.on_behalf:
            notes.append(f"{c.signer} signed the box of {c.field} on their behalf: "
                         f"{c.on_behalf}")
    file_severity = 0
    removed = _removed_signatures(reader, total, {c.field for c in checks})
    for name, rev in removed:
        problems.append(f"the signature in the box {name} (revision {rev} of {total}) was "
                        "removed later")
        file_severity = 1
    later = False
    readable = [c for c in checks if c.signer != "?"]
    if readable and len(readable) == len(checks):  # a damaged signature already fails
        last = max(readable, key=lambda c: c.revision)
        later = last.revision < total
        if later:
            problems.append(f"the file was changed after the last signature ({last.signer}): "
                            f"revision {total} of {total} is not signed")
    elif not embedded and not removed and not damaged:
        problems.append(NO_SIGNATURE)
    attached = _attachments(reader, checks, total)
    for a in attached:
        if checks and not a.covered:
            problems.append(f"the attached file {a.name} was added or changed after the "
                            f"signatures (revision {a.revision} of {total}): no signature "
                            "covers it")
            file_severity = 1
    return Verification(path, tuple(checks), unsigned, later, tuple(problems), strict=strict,
                        notes=tuple(notes), revisions=total, file_severity=file_severity,
                        attachments=attached)


def _attachments(reader, checks: list[SignatureCheck], total: int
                 ) -> tuple[AttachmentCheck, ...]:
    """Each attached file and the good signatures whose revision includes its last write."""
    from coprodesk.minutes.attachments import attachments_of

    try:
        found = attachments_of(reader)
    except Exception as exc:  # a damaged name tree is a finding, not a crash
        return (AttachmentCheck(f"(unreadable: {_first_line(exc)})", "", 0, total, False),)
    good = [c for c in checks if c.intact and c.valid and c.covers_all_before]
    out = []
    for a in found:
        by = tuple(c.field for c in good if c.revision >= a.revision)
        out.append(AttachmentCheck(a.name, a.description, a.size, a.revision, bool(by), by))
    return tuple(out)


def _collect(reader, all_fields) -> tuple[list, list[SignatureCheck]]:
    """The signatures to check, in signing order, and those too damaged to read (a failure
    each: flipping a byte of a signature must not make it vanish)."""
    from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature

    sigs, damaged = [], []
    for name, value, ref in all_fields:
        if value is None:
            continue
        try:
            sub = str(value.get_object().get("/SubFilter", ""))
            if sub == "/ETSI.RFC3161":
                continue  # a document timestamp, not a person's signature
            if sub not in ("/ETSI.CAdES.detached", "/adbe.pkcs7.detached",
                           "/adbe.pkcs7.sha1"):
                raise ValueError(f"unknown kind of signature {sub or '(none)'}")
            sigs.append(EmbeddedPdfSignature(reader, ref.get_object(), name))
        except Exception as exc:
            damaged.append(SignatureCheck(
                name, "?", None, False, False, False, False, "other", changes_allowed=False,
                problems=(f"the signature in the box {name} is damaged and cannot be checked "
                          f"({_first_line(exc)})",), severity=1))
    return sorted(sigs, key=lambda e: e.signed_revision), damaged


def _check_signature(reader, sig, trusted: set[str], total: int) -> SignatureCheck:
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    box = sig.field_name or "?"
    revision = sig.signed_revision + 1
    certifies = _certifies(sig.sig_object)
    try:
        status = validate_pdf_signature(sig, ValidationContext(trust_roots=[], allow_fetching=False))
    except Exception as exc:  # a broken CMS blob is a failed signature
        if "Signing certificate attribute does not match" in str(exc):
            line = (f"the signature in the box {box} carries a certificate other than the one "
                    "it was made with")
        else:
            line = (f"the signature in the box {box} is damaged and cannot be checked "
                    f"({_first_line(exc)})")
        return SignatureCheck(box, "?", None, False, False, False, certifies, "other",
                              revision=revision, changes_allowed=False, problems=(line,),
                              severity=1)
    cert = status.signing_cert
    subject = cert.subject.native if cert is not None else {}
    name = str(subject.get("common_name", "") or "?")
    email = str(subject.get("email_address", "") or "")
    fingerprint = cert.sha256.hex() if cert is not None else ""
    when = status.signer_reported_dt
    at = when if when is not None else datetime.now(UTC)
    cert_ok = cert is not None and cert.not_valid_before <= at <= cert.not_valid_after
    coverage = str(getattr(status.coverage, "name", ""))
    covers = coverage in ("ENTIRE_FILE", "ENTIRE_REVISION")
    level = status.modification_level
    level_name = str(getattr(level, "name", "") or "")
    allowed = covers and level_name in ("NONE", "LTA_UPDATES", "FORM_FILLING") and (
        status.docmdp_ok is not False)
    reason = str(sig.sig_object.get("/Reason", "") or "")
    on_behalf = reason[len(ON_BEHALF):].split(":", 1)[-1].strip() if reason.startswith(
        ON_BEHALF) else ""
    if on_behalf == "" and reason.startswith(ON_BEHALF):
        on_behalf = reason
    matches = _box_key(box) == _box_key(name)

    problems: list[str] = []
    severity = 0
    if not status.intact:
        problems.append(f"the signature of {name} does not match the document: what "
                        f"{name} signed was changed afterwards")
    if not status.valid:
        problems.append(f"the signature of {name} is not valid: it was not made with "
                        f"{name}'s key")
    if not covers:
        problems.append(f"the signature of {name} does not cover the whole file before it")
    if covers and not allowed:
        verb = "certified the minutes" if certifies else "signed"
        problems += _describe_changes(reader, sig.signed_revision, total, name, verb,
                                      status.diff_result)
    if problems:
        severity = 1
    if not cert_ok:
        nb, na = cert.not_valid_before.date(), cert.not_valid_after.date()
        problems.append(f"the certificate of {name} was not valid when they signed "
                        f"({at.date()}): it is valid from {nb} to {na}")
    if not matches and not on_behalf:
        problems.append(f"the box of {box} was signed by {name}, not by {box}")
    if (not cert_ok or (not matches and not on_behalf)) and severity == 0:
        severity = 3
    return SignatureCheck(
        field=box, signer=name,
        signed_at=when.astimezone().isoformat(timespec="seconds") if when else None,
        intact=bool(status.intact), covers_all_before=covers,
        trusted=fingerprint in trusted and cert_ok and bool(status.valid and status.intact),
        certifies=certifies, changes_after=_changes(level), valid=bool(status.valid),
        certificate_valid_at_signing=cert_ok, box_matches_signer=matches,
        on_behalf=on_behalf, revision=revision, email=email, fingerprint=fingerprint,
        changes_allowed=allowed, problems=tuple(problems), severity=severity)


def _box_key(name: str) -> str:
    """Box names are signer names made into PDF field names (no dots, one space)."""
    return " ".join(str(name).replace(".", " ").split())[:60].casefold()


def _certifies(sig_object) -> bool:
    try:
        refs = sig_object.get("/Reference") or ()
        return any(str(r.get_object().get("/TransformMethod")) == "/DocMDP" for r in refs)
    except Exception:  # a damaged reference certifies nothing
        return False


def _describe_changes(reader, signed_rev: int, total: int, name: str, verb: str,
                      diff_result) -> list[str]:
    """Which pages each later revision touched, in words; the diff's reason otherwise."""
    lines: list[str] = []
    for rev in range(signed_rev + 1, total):
        try:
            pages, annotated = _pages_touched(reader, rev)
        except Exception:  # a revision we cannot read is described as a whole
            pages, annotated = [], []
        where = f"(revision {rev + 1} of {total})"
        for n in annotated:
            lines.append(f"an annotation was added to page {n} after {name} {verb} {where}")
        for n in pages:
            if n not in annotated:
                lines.append(f"page {n} was changed after {name} {verb} {where}")
    if not lines:
        why = ""
        if isinstance(diff_result, Exception):
            first = diff_result.args[0] if diff_result.args else ""
            why = first if isinstance(first, str) else _first_line(diff_result)
        lines.append(f"the file was changed after {name} {verb} beyond signing its boxes"
                     + (f": {why}" if why else ""))
    return lines


def _pages_touched(reader, rev: int) -> tuple[list[int], list[int]]:
    """1-based numbers of the pages whose dictionary or content revision ``rev`` rewrote, and
    of those whose annotations grew."""
    changed = reader.xrefs.explicit_refs_in_revision(rev)
    before = reader.get_historical_resolver(rev - 1)
    after = reader.get_historical_resolver(rev)
    pages, annotated = [], []
    for n, (page_after, page_before) in enumerate(zip(_pages(after), _pages(before),
                                                      strict=False), 1):
        ref, obj = page_after
        content_refs = _content_refs(obj)
        if ref in changed or content_refs & changed or content_refs != _content_refs(
                page_before[1]):
            pages.append(n)
            if len(_annots(obj)) > len(_annots(page_before[1])):
                annotated.append(n)
    return pages, annotated


def _pages(resolver):
    def walk(node_ref):
        node = node_ref.get_object()
        if str(node.get("/Type")) == "/Pages":
            for kid in node.raw_get("/Kids"):
                yield from walk(kid)
        else:
            yield node_ref.reference, node

    root = resolver.root
    return list(walk(root.raw_get("/Pages")))


def _content_refs(page) -> set:
    from pyhanko.pdf_utils import generic

    raw = page.raw_get("/Contents") if "/Contents" in page else None
    if isinstance(raw, generic.IndirectObject):
        target = raw.get_object()
        if isinstance(target, generic.ArrayObject):
            return {raw.reference} | {x.reference for x in target
                                      if isinstance(x, generic.IndirectObject)}
        return {raw.reference}
    if isinstance(raw, generic.ArrayObject):
        return {x.reference for x in raw if isinstance(x, generic.IndirectObject)}
    return set()


def _annots(page) -> list:
    try:
        return list(page.get("/Annots") or ())
    except Exception:
        return []


def _removed_signatures(reader, total: int, present: set[str]) -> list[tuple[str, int]]:
    """Signatures some earlier revision had and the file no longer has."""
    from pyhanko.sign import fields

    seen: dict[str, int] = {}
    for rev in range(total):
        try:
            hist = reader.get_historical_resolver(rev)
            for name, value, _ref in fields.enumerate_sig_fields(hist):
                if value is not None:
                    seen.setdefault(name, rev + 1)
        except Exception:  # an unreadable old revision hides nothing we report
            continue
    return [(name, rev) for name, rev in seen.items() if name not in present]


def _changes(level) -> str:
    name = str(getattr(level, "name", level or ""))
    return {"": "none", "NONE": "none", "LTA_UPDATES": "none",
            "FORM_FILLING": "form filling", "ANNOTATIONS": "annotations"}.get(name, "other")


def format_verification(v: Verification) -> str:
    """The report the CLI prints: per signature, its facts; then one line per problem."""
    lines = [v.path]
    if not v.readable:
        lines.append(f"  {v.summary()}")
        return "\n".join(lines)
    if not v.signatures:
        lines.append("  no signatures")
    for s in v.signatures:
        lines.append(f"  {s.field}: signed by {s.signer}" + (f" <{s.email}>" if s.email else "")
                     + (f" at {s.signed_at}" if s.signed_at else ""))
        lines.append(f"    intact: {'yes' if s.intact else 'NO, the signed content was changed'}")
        lines.append(f"    valid: {'yes' if s.valid else 'NO, not made with this key'}")
        lines.append(f"    certificate valid when signing: "
                     f"{'yes' if s.certificate_valid_at_signing else 'NO'}")
        lines.append(f"    covers everything before it: {'yes' if s.covers_all_before else 'no'}")
        lines.append(f"    box matches the signer: {'yes' if s.box_matches_signer else 'no'}"
                     + (f" (signed on behalf: {s.on_behalf})" if s.on_behalf else ""))
        lines.append(f"    trusted: {'yes' if s.trusted else 'no (not on your trust list)'}")
        if s.certifies:
            lines.append("    certifies the document (only further signatures allowed)")
        if s.changes_after != "none":
            lines.append(f"    changes after it: {s.changes_after}"
                         + ("" if s.changes_allowed else " (NOT allowed)"))
    if v.unsigned_fields:
        lines.append("  still to sign: " + ", ".join(v.unsigned_fields))
    lines.append("  changed after the last signature: "
                 + ("YES, an unsigned change follows it" if v.changed_after_last_signature
                    else "no"))
    for a in v.attachments:
        where = (f"covered by {', '.join(a.covered_by)}" if a.covered
                 else "NOT covered by any signature")
        lines.append(f"  attached: {a.name} ({a.size} bytes, revision {a.revision}): {where}")
    for line in v.attachment_lines():
        lines.append(f"  {line}")
    for line in v.lines():
        lines.append(f"  - {line}")
    lines.append(f"  result: {v.summary()}")
    return "\n".join(lines)
