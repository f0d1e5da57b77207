"""Checking signed minutes: every signature, the unsigned fields, later changes.

No single field of pyHanko's status is the verdict. A signature passes only
when, all at once: the signed bytes are unchanged (``intact``), the signature
value checks against the certificate it carries (``valid``), it covers the
whole file up to its revision, every later revision stays within form filling
(DocMDP), and nothing unsigned follows the last signature. Then, less grave:
the certificate was within its validity period when it signed, and the box
was signed by the person it names (or openly on their behalf).

The form itself is held to our boxes (``boxes.py``: no new fields, no field but the
boxes declared at certification, one box per person, on the sign-off pages), the
signing times to what the file can show (``signing_time.py``: the time inside the
signature, never ``/M``), and everything read from the file is printed with its
control and bidi characters escaped (``shown.py``).

Exit codes (``Verification.exit_code``): 0 all good, 1 something changed or a
signature is invalid (or, with ``strict``, a signer is not trusted), 2 the
file cannot be read, 3 intact and valid but a box signed by someone else, a
certificate outside its validity period, or a signer not on the trust list (unless
``allow_untrusted``). The CLI and the Verify dialog share
this module, so they always agree. Each problem line and the sentence on what travels
inside the signed part are in the minutes' language (``source_words`` V_*); the verdict
words and the JSON keys stay as scripts know them.
"""

from __future__ import annotations

import dataclasses
import io
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from coprodesk.minutes import words as W
from coprodesk.minutes.shown import person_key, shown

ON_BEHALF = "On behalf of "  # how a signature's reason says it fills someone else's box (data)

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
    signed_at: str | None  # ISO 8601: the signing time inside the signature (never /M)
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
    notes: tuple[str, ...] = ()  # worth saying, not a problem (a clock a few minutes off)

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


def no_signature() -> str:
    """The problem line of minutes that carry no signature (in the minutes' language, as
    every problem line is: ``source_words`` V_*)."""
    return W.V_NO_SIGNATURE


def _capital(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]


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
    allow_untrusted: bool = False  # a signer not on the trust list alone is not exit 3

    @property
    def untrusted(self) -> tuple[str, ...]:
        """The signers not on the trust list (nor given with --trust)."""
        return tuple(dict.fromkeys(s.signer for s in self.signatures if not s.trusted))

    @property
    def exit_code(self) -> int:
        if not self.readable:
            return 2
        codes = {self.file_severity, *(s.severity for s in self.signatures)}
        if not self.signatures or self.changed_after_last_signature or 1 in codes:
            return 1
        if self.strict and self.untrusted:
            return 1
        if 3 in codes or (self.untrusted and not self.allow_untrusted):
            return 3
        return 0

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
        if code == 3 and not {3} & {s.severity for s in self.signatures}:
            return ("Intact and valid, but check the signers: not on your trust list: "
                    + ", ".join(self.untrusted) + ".")
        if code == 3:
            return ("Intact and valid, but check the signers: a box was signed by someone "
                    "else, a certificate was outside its validity period, or a signer is not "
                    "on your trust list.")
        return "NOT VERIFIED: the minutes differ from what was signed, or a signature is invalid."

    def lines(self) -> list[str]:
        """One line per problem, then the notes: what the dialog lists under its verdict."""
        out = list(self.problems)
        said = W.V_NOT_TRUSTED_NOTE if self.allow_untrusted and not self.strict else (
            W.V_NOT_TRUSTED)
        out += [said.format(signer=name) for name in self.untrusted]
        return out + list(self.notes)

    def attachment_lines(self) -> list[str]:
        """One sentence for the attachments inside the signed part, one per file outside."""
        def called(a: AttachmentCheck) -> str:
            return W.V_CALLED.format(what=W.V_ATTACHMENT_WORDS.get(a.name, W.V_ATTACHED_FILE),
                                     name=a.name)

        inside = [called(a) for a in self.attachments if a.covered]
        out = []
        if len(inside) == 1:
            out.append(_capital(W.V_INSIDE_ONE.format(what=inside[0])))
        elif inside:
            joined = W.V_LIST_AND.format(items=", ".join(inside[:-1]), last=inside[-1])
            out.append(_capital(W.V_INSIDE_MANY.format(what=joined)))
        if self.signatures:
            out += [_capital(W.V_NOT_COVERED.format(what=called(a)))
                    for a in self.attachments if not a.covered]
        return out

    def as_json(self) -> dict:
        data = asdict(self)
        for sig, check in zip(data["signatures"], self.signatures, strict=True):
            sig["verdict"] = check.verdict
            del sig["severity"]
        del data["file_severity"]
        data["untrusted"] = list(self.untrusted)
        data["ok"] = self.ok
        data["verdict"] = self.verdict
        data["exit_code"] = self.exit_code
        data["summary"] = self.summary()
        return data


def unreadable(path: Path | str, reason: str) -> Verification:
    return Verification(str(path), (), (), False, (reason,), readable=False, file_severity=2)


def verify_pdf(path: Path, trust_pems: list[Path] | tuple[Path, ...] = (), *,
               strict: bool = False, use_trust_list: bool = True,
               allow_untrusted: bool = False) -> Verification:
    """Check every signature of the PDF at ``path``; never raises for a broken file.

    ``trust_pems`` are trusted on top of the trust list (``use_trust_list``); a signer on
    neither makes it exit 3 unless ``allow_untrusted`` (exit 1 with ``strict``). A
    certificate that cannot be read raises ValueError, a file that cannot be opened
    OSError (the caller's input); a damaged PDF is a verdict (``readable`` False)."""
    from coprodesk.minutes.signing import quiet_pyhanko

    quiet_pyhanko()
    trusted = _trusted_fingerprints(trust_pems, use_trust_list)
    data = Path(path).read_bytes()  # OSError for a missing file: the caller says it its way
    try:
        return dataclasses.replace(_verify(str(path), data, trusted, strict),
                                   allow_untrusted=allow_untrusted)
    except _Unreadable as exc:
        return unreadable(path, str(exc))
    except Exception as exc:  # a hostile file must give a verdict, not a crash
        return Verification(str(path), (), (), False,
                            (W.V_FILE_DAMAGED.format(why=_first_line(exc)),), strict=strict,
                            file_severity=1, allow_untrusted=allow_untrusted)


class _Unreadable(Exception):
    pass


def _trusted_fingerprints(trust_pems, use_trust_list: bool) -> set[str]:
    import hashlib

    from cryptography.hazmat.primitives.serialization import Encoding

    from coprodesk.minutes.trust import (
        TrustError,
        UnsafeTrustFile,
        load_certificate,
        trusted_cert_paths,
    )

    paths = list(trust_pems)
    if use_trust_list:
        try:
            paths += trusted_cert_paths()
        except UnsafeTrustFile as exc:  # someone else could have made anyone trusted
            raise ValueError(str(exc)) from exc
        except TrustError:  # no trust folder (read-only home): nobody is trusted from it
            pass
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
    return shown((text[0] if text else type(exc).__name__)[:200])


def _verify(path: str, data: bytes, trusted: set[str], strict: bool) -> Verification:
    layout, reader, all_fields = _read(path, data)
    if reader is None:  # ambiguous, and pyHanko's strict reader refuses it: a failure
        return Verification(path, (), (), False, layout.problems, strict=strict,
                            file_severity=1)
    total = reader.xrefs.total_revisions
    unsigned = tuple(shown(name) for name, value, _ref in all_fields if value is None)
    embedded, damaged = _collect(reader, all_fields)
    _within_limits(path, total, embedded)
    checks = _check_signatures(reader, embedded, trusted, total)
    checks += damaged

    problems: list[str] = []
    notes: list[str] = []
    for c in checks:
        problems += c.problems
        notes += c.notes
        if c.on_behalf:
            notes.append(W.V_ON_BEHALF.format(signer=c.signer, box=c.field, reason=c.on_behalf))
    file_severity = 0
    if embedded:
        from coprodesk.minutes.boxes import SignedBox, check_boxes

        first = embedded[0]
        try:
            _a, _b, start, length = (int(v) for v in first.sig_object["/ByteRange"])
            found = check_boxes(reader, data, first.signed_revision, start + length,
                                [SignedBox(c.field, c.signer, c.revision) for c in checks
                                 if c.signer != "?"])
        except Exception as exc:  # a form we cannot read cannot be trusted either
            found = [W.V_FILE_DAMAGED.format(why=_first_line(exc))]
        if found:
            problems += found
            file_severity = 1
    removed = _removed_signatures(reader, total, {c.field for c in checks})
    for name, rev in removed:
        problems.append(W.V_REMOVED.format(box=name, rev=rev, total=total))
        file_severity = 1
    later = False
    readable = [c for c in checks if c.signer != "?"]
    if readable and len(readable) == len(checks):  # a damaged signature already fails
        last = max(readable, key=lambda c: c.revision)
        later = last.revision < total
        if later:
            problems.append(W.V_CHANGED_AFTER_LAST.format(signer=last.signer, total=total))
    elif not embedded and not removed and not damaged:
        problems.append(no_signature())
    attached = _attachments(reader, checks, total)
    for a in attached:
        if checks and not a.covered:
            problems.append(W.V_ATTACHMENT_LATER.format(name=a.name, rev=a.revision,
                                                        total=total))
            file_severity = 1
    doubts = _doubts(path, data, layout, reader, checks)
    if doubts.lines:
        problems[:0] = doubts.lines
        file_severity = 1
    if not doubts.attachments_agree:  # nothing is "inside the signed part" unless both say so
        attached = tuple(replace(a, covered=False, covered_by=()) for a in attached)
    return Verification(path, tuple(checks), unsigned, later, tuple(problems), strict=strict,
                        notes=tuple(notes), revisions=total, file_severity=file_severity,
                        attachments=attached)


def _read(path: str, data: bytes):
    """The file's layout (``structure``: before any PDF library reads it), pyHanko's strict
    reader and the signature fields; the reader is None for an ambiguous file pyHanko
    cannot read. Raises ``_Unreadable`` for what is not a whole PDF, is beyond the limits,
    or is damaged."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign import fields

    from coprodesk.minutes import structure

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise _Unreadable(W.V_NOT_A_PDF.format(path=path))
    end = data.rfind(b"%%EOF")
    if end < 0 or data[end + 5:].strip(b"\r\n\t \x00"):
        # a cut file may end in the middle of a later revision, after an earlier one that is
        # whole: read as that earlier revision it would look unsigned, not damaged
        raise _Unreadable(W.V_TRUNCATED.format(path=path))
    try:
        layout = structure.before_reading(data, path)
    except structure.Refused as exc:
        raise _Unreadable(str(exc)) from exc
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=True)
        return layout, reader, list(fields.enumerate_sig_fields(reader))
    except Exception as exc:  # pyHanko raises many kinds for a broken file
        if layout.problems and not layout.malformed:
            return layout, None, []
        raise _Unreadable(W.V_DAMAGED_PDF.format(path=path, why=_first_line(exc))) from exc


def _within_limits(path: str, total: int, embedded: list) -> None:
    """pyHanko compares every revision after each signature: refuse more than the limit."""
    from coprodesk.minutes import structure

    try:
        structure.before_validating(path, total, [e.signed_revision for e in embedded])
    except structure.Refused as exc:
        raise _Unreadable(str(exc)) from exc


def _doubts(path: str, data: bytes, layout, reader, checks: list[SignatureCheck]):
    """The structure's problems, or where a second reader sees another document than the
    one pyHanko checked, in the revisions the signatures close and the final one."""
    from coprodesk.minutes import structure

    try:
        return structure.doubts(data, path, layout, reader,
                                {c.revision - 1 for c in checks if c.revision})
    except structure.Refused as exc:
        raise _Unreadable(str(exc)) from exc


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
        out.append(AttachmentCheck(shown(a.name), shown(a.description), a.size, a.revision,
                                   bool(by), by))
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
                shown(name), "?", None, False, False, False, False, "other", changes_allowed=False,
                problems=(W.V_DAMAGED.format(box=shown(name), why=_first_line(exc)),),
                severity=1))
    return sorted(sigs, key=lambda e: e.signed_revision), damaged


def _check_signatures(reader, embedded: list, trusted: set[str], total: int
                      ) -> list[SignatureCheck]:
    """Each signature in signing order, its time judged against the minutes' creation and
    every signature before it (``signing_time.py``)."""
    from coprodesk.minutes.signing_time import cms_signing_time, made_at

    now = datetime.now(UTC)
    earliest: list[tuple[str, datetime]] = []
    if embedded:
        made = made_at(reader, embedded[0].signed_revision)
        if made is not None:
            earliest.append((W.V_WHEN_MADE, made))
    out = []
    for sig in embedded:
        when = cms_signing_time(sig)
        check = _check_signature(reader, sig, trusted, total, when, now, list(earliest))
        out.append(check)
        if when is not None and check.signer != "?":
            earliest.append((W.V_WHEN_SIGNED.format(name=check.signer), when))
    return out


def _check_signature(reader, sig, trusted: set[str], total: int, when: datetime | None,
                     now: datetime, earliest: list[tuple[str, datetime]]) -> SignatureCheck:
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    from coprodesk.minutes.signing_time import check_time

    raw_box = sig.field_name or "?"
    box = shown(raw_box)
    revision = sig.signed_revision + 1
    certifies = _certifies(sig.sig_object)
    try:
        status = validate_pdf_signature(sig, ValidationContext(trust_roots=[], allow_fetching=False))
    except Exception as exc:  # a broken CMS blob is a failed signature
        if "Signing certificate attribute does not match" in str(exc):
            line = W.V_OTHER_CERTIFICATE.format(box=box)
        else:
            line = W.V_DAMAGED.format(box=box, why=_first_line(exc))
        return SignatureCheck(box, "?", None, False, False, False, certifies, "other",
                              revision=revision, changes_allowed=False, problems=(line,),
                              severity=1)
    cert = status.signing_cert
    subject = cert.subject.native if cert is not None else {}
    raw_name = str(subject.get("common_name", "") or "?")
    name = shown(raw_name)
    email = shown(subject.get("email_address", "") or "")
    fingerprint = cert.sha256.hex() if cert is not None else ""
    at = when if when is not None else now
    timing = check_time(name, when, now=now, earliest=earliest,
                        not_before=cert.not_valid_before if cert is not None else None,
                        not_after=cert.not_valid_after if cert is not None else None)
    cert_ok = cert is not None and timing.certificate_ok
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
    on_behalf = shown(on_behalf)
    matches = person_key(raw_box) == person_key(raw_name)

    problems: list[str] = []
    severity = 0
    if not status.intact:
        problems.append(W.V_NOT_INTACT.format(name=name))
    if not status.valid:
        problems.append(W.V_NOT_VALID.format(name=name))
    if not covers:
        problems.append(W.V_NOT_COVERING.format(name=name))
    if covers and not allowed:
        problems += _describe_changes(reader, sig.signed_revision, total, name, certifies,
                                      status.diff_result)
    problems += timing.problems
    if problems:
        severity = 1
    if not cert_ok:
        nb, na = cert.not_valid_before.date(), cert.not_valid_after.date()
        problems.append(W.V_CERTIFICATE_NOT_VALID.format(name=name, day=at.date(), start=nb,
                                                         end=na))
    if not matches and not on_behalf:
        problems.append(W.V_WRONG_BOX.format(box=box, name=name))
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
        changes_allowed=allowed, problems=tuple(problems), severity=severity,
        notes=timing.notes)


def _certifies(sig_object) -> bool:
    try:
        refs = sig_object.get("/Reference") or ()
        return any(str(r.get_object().get("/TransformMethod")) == "/DocMDP" for r in refs)
    except Exception:  # a damaged reference certifies nothing
        return False


def _describe_changes(reader, signed_rev: int, total: int, name: str, certified: bool,
                      diff_result) -> list[str]:
    """Which pages each later revision touched, in words; the diff's reason otherwise."""
    said = W.V_CHANGES
    lines: list[str] = []
    for rev in range(signed_rev + 1, total):
        try:
            pages, annotated = _pages_touched(reader, rev)
        except Exception:  # a revision we cannot read is described as a whole
            pages, annotated = [], []
        for n in annotated:
            lines.append(said["annotation", certified].format(page=n, name=name, rev=rev + 1,
                                                              total=total))
        for n in pages:
            if n not in annotated:
                lines.append(said["page", certified].format(page=n, name=name, rev=rev + 1,
                                                            total=total))
    if not lines:
        why = ""
        if isinstance(diff_result, Exception):
            first = diff_result.args[0] if diff_result.args else ""
            why = (shown((first.strip().splitlines() or [""])[0][:300])
                   if isinstance(first, str) else _first_line(diff_result))
        line = said["beyond", certified].format(name=name)
        lines.append(W.V_BECAUSE.format(problem=line, why=why) if why else line)
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
                    seen.setdefault(shown(name), rev + 1)  # as the checks name boxes
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
