"""Checking signed minutes: every signature, the unsigned fields, later changes.

Read ``intact`` and the coverage, never pyHanko's ``valid`` alone: on a
tampered file parts of the status still say valid.
"""

from __future__ import annotations

import io
from dataclasses import asdict, dataclass, field
from pathlib import Path


@dataclass(frozen=True, slots=True)
class SignatureCheck:
    field: str
    signer: str
    signed_at: str | None  # ISO 8601 UTC, as the signer's clock said
    intact: bool  # the signed bytes are unchanged
    covers_all_before: bool  # the signature covers its whole revision of the file
    trusted: bool  # chains to a certificate given with --trust
    certifies: bool
    changes_after: str  # what later revisions did: "none", "form filling", "other"


@dataclass(frozen=True, slots=True)
class Verification:
    path: str
    signatures: tuple[SignatureCheck, ...]
    unsigned_fields: tuple[str, ...]
    changed_after_last_signature: bool
    problems: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        """Exit code 0: signed, every signature intact, nothing changed since the last one."""
        return (bool(self.signatures) and all(s.intact for s in self.signatures)
                and not self.changed_after_last_signature and not self.problems)

    def as_json(self) -> dict:
        data = asdict(self)
        data["ok"] = self.ok
        return data


def verify_pdf(path: Path, trust_pems: list[Path] | tuple[Path, ...] = ()) -> Verification:
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign import fields
    from pyhanko.sign.general import load_cert_from_pemder
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    from coprodesk.minutes.signing import quiet_pyhanko

    quiet_pyhanko()
    roots = [load_cert_from_pemder(str(p)) for p in trust_pems]
    data = Path(path).read_bytes()
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        embedded = list(reader.embedded_signatures)
        unsigned = tuple(name for name, value, _ref in fields.enumerate_sig_fields(reader)
                         if value is None)
    except (PdfReadError, ValueError, KeyError) as exc:
        return Verification(str(path), (), (), False, (f"not a readable PDF: {exc}",))
    checks: list[SignatureCheck] = []
    problems: list[str] = []
    for sig in embedded:
        ctx = ValidationContext(trust_roots=roots, allow_fetching=False)
        try:
            status = validate_pdf_signature(sig, ctx)
        except Exception as exc:  # a broken CMS blob is a failed signature, not a crash
            checks.append(SignatureCheck(sig.field_name, "?", None, False, False, False, False,
                                         "unknown"))
            problems.append(f"{sig.field_name}: cannot be checked ({exc})")
            continue
        cert = status.signing_cert
        name = cert.subject.native.get("common_name", "") if cert is not None else "?"
        when = status.signer_reported_dt
        level = getattr(status, "modification_level", None)
        covers = str(getattr(status.coverage, "name", "")) in ("ENTIRE_FILE", "ENTIRE_REVISION")
        checks.append(SignatureCheck(
            field=sig.field_name, signer=name,
            signed_at=when.astimezone().isoformat(timespec="seconds") if when else None,
            intact=bool(status.intact), covers_all_before=covers,
            trusted=bool(status.trusted) if roots else False,
            certifies=sig.docmdp_level is not None,
            changes_after=_changes(level)))
    last_covers_file = bool(embedded) and str(
        getattr(embedded[-1].coverage, "name", "")) == "ENTIRE_FILE"
    later_change = bool(embedded) and not last_covers_file
    return Verification(str(path), tuple(checks), unsigned, later_change, tuple(problems))


def _changes(level) -> str:
    name = str(getattr(level, "name", level or ""))
    return {"": "none", "NONE": "none", "LTA_UPDATES": "none",
            "FORM_FILLING": "form filling", "ANNOTATIONS": "annotations"}.get(name, "other")


def format_verification(v: Verification) -> str:
    lines = [v.path]
    for p in v.problems:
        lines.append(f"  problem: {p}")
    if not v.signatures:
        lines.append("  no signatures")
    for s in v.signatures:
        lines.append(f"  {s.field}: signed by {s.signer}" + (f" at {s.signed_at}" if s.signed_at
                                                              else ""))
        lines.append(f"    intact: {'yes' if s.intact else 'NO, the signed content was changed'}")
        lines.append(f"    covers everything before it: {'yes' if s.covers_all_before else 'no'}")
        lines.append(f"    trusted: {'yes' if s.trusted else 'no (not in the --trust list)'}")
        if s.certifies:
            lines.append("    certifies the document (only further signatures allowed)")
        if s.changes_after != "none":
            lines.append(f"    changes after it: {s.changes_after}")
    if v.unsigned_fields:
        lines.append("  still to sign: " + ", ".join(v.unsigned_fields))
    lines.append("  changed after the last signature: "
                 + ("YES, an unsigned change follows it" if v.changed_after_last_signature
                    else "no"))
    lines.append("  result: " + ("every signature is intact" if v.ok else "NOT VERIFIED"))
    return "\n".join(lines)
