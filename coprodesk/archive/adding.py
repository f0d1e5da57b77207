"""``coprodesk archive DIR --add FILE.pdf…``: signed minutes into the archive.

The database keeps no signed PDF, only the SHA-256 of each certified file; so a PDF is
matched to its meeting by the SHA-256 of its certified revision (the file as it was when
it was certified: it ends at one of the file's ``%%EOF`` marks). It then goes into that
meeting's folder as ``minutes signed <c>.pdf`` (or ``easy-read signed <c>.pdf``), where
``<c>`` begins that SHA-256:

- nothing there yet: added;
- the archived bytes are a prefix of it (a countersignature appended) and it verifies:
  it replaces them (nothing is lost: the old file is the start of the new one);
- the same bytes, or a prefix of what is archived: nothing to do;
- anything else (another countersignature of the same certified file): kept beside it.

A PDF that does not verify, or that carries no certified revision of an archived meeting
(an unsigned PDF among them), is refused: an unsigned PDF never replaces a signed one.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coprodesk.archive.layout import signed_name
from coprodesk.archive.manifest import (
    ArchiveError,
    dumps,
    empty_manifest,
    manifest_path,
    merge,
    read_manifests,
    rebuild_index,
    write_if_changed,
)
from coprodesk.archive.trust import archive_trust


@dataclass(frozen=True)
class Added:
    """What became of one file given to ``--add``."""

    source: Path
    outcome: str  # added, replaced, kept beside, already archived, refused
    where: str = ""  # its path in the archive
    reason: str = ""

    @property
    def refused(self) -> bool:
        return self.outcome == "refused"


def revision_digests(data: bytes) -> list[str]:
    """The SHA-256 of every revision of a PDF: the file up to each ``%%EOF`` mark, with and
    without the line end that follows it."""
    out = []
    start = 0
    while (pos := data.find(b"%%EOF", start)) >= 0:
        end = pos + 5
        for tail in (b"", b"\n", b"\r", b"\r\n"):
            if data[end:end + len(tail)] == tail:
                out.append(hashlib.sha256(data[:end + len(tail)]).hexdigest())
        start = end
    return out


def add_pdfs(root: Path, files: list[Path], database: str) -> list[Added]:
    """Add each file (see the module's rules); recorded in ``database``'s manifest."""
    if not root.is_dir():
        raise ArchiveError(f"{root} is not an archive yet: run `coprodesk archive {root}` first")
    manifests = read_manifests(root)
    mine = manifests.get(database) or empty_manifest(database)
    manifests[database] = mine
    done = []
    for source in files:
        merged = merge(manifests)
        done.append(_add_one(root, source, merged, mine))
    write_if_changed(manifest_path(root, database), dumps(mine))
    rebuild_index(root)
    return done


def _certified_index(merged) -> dict[str, tuple[str, str, str]]:
    """SHA-256 of a certified file -> (uid, version, folder)."""
    index = {}
    for (uid, version), v in merged.versions.items():
        for sha in v["certified"]:
            index[sha] = (uid, version, v["folder"])
    for s in merged.superseded:
        for sha in s.get("certified", ()):
            index.setdefault(sha, (s["uid"], s["version"], s["folder"]))
    return index


def _add_one(root: Path, source: Path, merged, mine: dict[str, Any]) -> Added:
    from coprodesk.archive.manifest import sha256_of
    from coprodesk.fileio import atomic_write_bytes
    from coprodesk.minutes.verify import verify_pdf

    try:
        data = source.read_bytes()
    except OSError as exc:
        return Added(source, "refused", reason=f"cannot read it: {exc.strerror or exc}")
    sha = hashlib.sha256(data).hexdigest()
    same = [p for p, r in merged.files.items() if r["sha256"] == sha]
    if same:
        return Added(source, "already archived", same[0])
    index = _certified_index(merged)
    match = next((d for d in revision_digests(data) if d in index), None)
    if match is None:
        return Added(source, "refused", reason="it is not certified minutes of a meeting in "
                     "this archive (unsigned minutes come from `coprodesk archive DIR` itself)")
    uid, version, folder = index[match]
    check = verify_pdf(source, archive_trust(root), allow_untrusted=True)
    if check.exit_code in (1, 2):
        return Added(source, "refused", reason="it does not verify: "
                     + "; ".join(check.problems or (check.summary(),)))
    kind = "minutes" if check.attachments else "easy-read"
    where = f"{folder}/{signed_name(kind, match)}"
    outcome = "added"
    try:
        old = (root / where).read_bytes()
    except FileNotFoundError:
        old = None
    except OSError as exc:
        raise ArchiveError(f"cannot read {root / where}: {exc.strerror or exc}") from exc
    if old is not None:
        if old == data or old.startswith(data):
            return Added(source, "already archived", where,
                         "" if old == data else "the archive holds a later version of it")
        if data.startswith(old):
            outcome = "replaced"
        else:
            where, outcome = f"{folder}/{signed_name(kind, match, sha)}", "kept beside"
    target = root / where
    try:
        atomic_write_bytes(target, data)
    except OSError as exc:
        raise ArchiveError(f"cannot write {target}: {exc.strerror or exc}") from exc
    from coprodesk.archive.archiving import now_iso

    sha, size = sha256_of(target)
    mine["added"][where] = {"sha256": sha, "size": size, "recorded": now_iso(), "uid": uid,
                            "version": version, "kind": f"signed {kind}", "signed": True,
                            "certified": match, "verdict": check.verdict}
    return Added(source, outcome, where)
