"""``coprodesk archive --check DIR``: every file against the manifests, every signed PDF
through ``verify`` (trusting the archive's list, ``DIR/trusted/``, and the user's).

Exit codes: 0 everything holds; 1 a file changed, is missing, is extra (in no manifest)
or fails verification (each named); 3 the only problem is a signer on no trust list.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from coprodesk.archive.layout import ARCHIVE_JSON, is_bookkeeping
from coprodesk.archive.manifest import (
    dumps,
    merge,
    merged_document,
    read_manifests,
    sha256_of,
)
from coprodesk.archive.trust import archive_trust


@dataclass
class ArchiveCheck:
    checked: int = 0
    changed: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    failing: list[tuple[str, str]] = field(default_factory=list)  # path, why
    untrusted: list[tuple[str, str]] = field(default_factory=list)  # path, signers

    @property
    def exit_code(self) -> int:
        if self.changed or self.missing or self.extra or self.failing:
            return 1
        return 3 if self.untrusted else 0

    def lines(self) -> list[str]:
        out = [f"changed: {p}" for p in self.changed]
        out += [f"missing: {p}" for p in self.missing]
        out += [f"extra: {p}" for p in self.extra]
        out += [f"fails verification: {p}: {why}" for p, why in self.failing]
        if self.untrusted:
            out.append("Signed by someone on no trust list (archive --trust CERT.pem, or "
                       "keys trust):")
            out += [f"  {p}: {who}" for p, who in self.untrusted]
        return out

    def summary(self) -> str:
        if self.exit_code == 0:
            return f"All {self.checked} files hold."
        if self.exit_code == 3:
            return (f"All {self.checked} files hold, but {len(self.untrusted)} signed "
                    "file(s) carry a signer on no trust list.")
        bad = len(self.changed) + len(self.missing) + len(self.extra) + len(self.failing)
        return f"{bad} problem(s) in {self.checked} files."

    def as_json(self) -> dict:
        return {"exit_code": self.exit_code, "checked": self.checked, "changed": self.changed,
                "missing": self.missing, "extra": self.extra,
                "failing": [{"path": p, "why": w} for p, w in self.failing],
                "untrusted": [{"path": p, "signers": w} for p, w in self.untrusted]}


def check_archive(root: Path) -> ArchiveCheck:
    from coprodesk.minutes.verify import verify_pdf

    result = ArchiveCheck()
    merged = merge(read_manifests(root))
    trust = archive_trust(root)
    for path, rec in sorted(merged.files.items()):
        result.checked += 1
        target = root / path
        try:
            sha, size = sha256_of(target)
        except FileNotFoundError:
            result.missing.append(path)
            continue
        if (sha, size) != (rec["sha256"], rec["size"]):
            result.changed.append(path)
            continue
        if rec.get("signed"):
            # verify's own rules; a signer on no trust list is reported apart (exit 3 here)
            check = verify_pdf(target, trust, allow_untrusted=True)
            if check.exit_code != 0:
                result.failing.append((path, "; ".join(check.problems) or check.summary()))
            elif check.untrusted:
                result.untrusted.append((path, ", ".join(check.untrusted)))
    result.checked += 1
    try:
        index = (root / ARCHIVE_JSON).read_text(encoding="utf-8")
    except OSError:
        index = None
    if index is None:
        result.missing.append(ARCHIVE_JSON)
    elif index != dumps(merged_document(merged)):
        result.changed.append(f"{ARCHIVE_JSON} (it is not the merge of archive.d/; "
                              "`coprodesk archive DIR` writes it again)")
    known = set(merged.files)
    for folder, _dirs, names in os.walk(root):
        for name in names:
            rel = Path(folder, name).relative_to(root).as_posix()
            if rel not in known and not is_bookkeeping(rel):
                result.extra.append(rel)
    result.extra.sort()
    return result
