"""The archive's manifests: one per database (``archive.d/<database-id>.json``, written
only by that database), merged into ``archive.json``.

Each database writes only its own file, so laptops writing one shared folder (a network
share, a synchronised folder) never overwrite each other's records. ``archive.json`` is
derived: any run, and ``archive --check``, merges ``archive.d/`` again.

A file record: ``{"sha256", "size", "recorded", "uid", "version", "kind", "signed",
"verdict"}`` keyed by its path relative to the archive (``/`` separators). Where two
manifests record one path, the record made last wins (a countersigned PDF replaces the
file it extends; a meeting file rewritten after signing replaces the earlier one).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coprodesk.archive.layout import ARCHIVE_JSON, MANIFESTS, SUPERSEDED
from coprodesk.fileio import atomic_write_text

FORMAT = "coprodesk-archive-manifest"
MERGED_FORMAT = "coprodesk-archive"
FORMAT_VERSION = 1


class ArchiveError(Exception):
    """The archive folder cannot be used: one line, said to the user as it is."""


def empty_manifest(database: str) -> dict[str, Any]:
    return {"format": FORMAT, "format_version": FORMAT_VERSION, "database": database,
            "meetings": {}, "superseded": [], "moves": [], "added": {}}


def manifest_path(root: Path, database: str) -> Path:
    return root / MANIFESTS / f"{database}.json"


def read_manifest(path: Path) -> dict[str, Any]:
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ArchiveError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except ValueError as exc:
        raise ArchiveError(f"{path} is not a manifest of this archive: {exc}") from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ArchiveError(f"{path} is not a manifest of this archive")
    if doc.get("format_version", 0) > FORMAT_VERSION:
        raise ArchiveError(f"{path} was written by a newer CoProDesk; update this one first")
    base = empty_manifest(str(doc.get("database", path.stem)))
    base.update(doc)
    return base


def read_manifests(root: Path) -> dict[str, dict[str, Any]]:
    """Every database's manifest, by database id."""
    folder = root / MANIFESTS
    if not folder.is_dir():
        return {}
    return {p.stem: read_manifest(p) for p in sorted(folder.glob("*.json"))}


def dumps(doc: Any) -> str:
    return json.dumps(doc, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def write_if_changed(path: Path, text: str) -> bool:
    """Write ``text`` atomically unless the file already holds exactly it."""
    try:
        if path.read_text(encoding="utf-8") == text:
            return False
    except (OSError, ValueError):
        pass
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(path, text)
    except OSError as exc:
        raise ArchiveError(f"cannot write {path}: {exc.strerror or exc}") from exc
    return True


def sha256_of(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


# --------------------------------------------------------------------------- the merge

@dataclass
class Merged:
    """All manifests as one: every file's winning record, every meeting's versions."""

    databases: list[str] = field(default_factory=list)
    files: dict[str, dict[str, Any]] = field(default_factory=dict)  # path -> record (+database)
    # (uid, version) -> {"folder", "title", "date", "series", "databases": {db: status},
    # "certified": set of SHA-256}
    versions: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    superseded: list[dict[str, Any]] = field(default_factory=list)
    _folders: dict[str, dict[str, dict[str, Any]]] | None = field(default=None, repr=False)

    def holders(self, uid: str, version: str, *, besides: str = "") -> set[str]:
        v = self.versions.get((uid, version))
        return {db for db in v["databases"] if db != besides} if v else set()

    def folders(self) -> dict[str, dict[str, dict[str, Any]]]:
        """Each folder's files (path -> record), built once."""
        if self._folders is None:
            self._folders = {}
            for path, rec in self.files.items():
                self._folders.setdefault(path.rsplit("/", 1)[0], {})[path] = rec
        return self._folders

    def by_uid(self) -> dict[str, list[tuple[str, dict[str, Any]]]]:
        """Each meeting's versions (version, its entry), in folder order."""
        out: dict[str, list[tuple[str, dict[str, Any]]]] = {}
        for (uid, version), v in self.versions.items():
            out.setdefault(uid, []).append((version, v))
        for versions in out.values():
            versions.sort(key=lambda x: x[1]["folder"])
        return out


def _moved(path: str, recorded: str, moves: list[tuple[str, str, str]]) -> str:
    """Where a file recorded at ``recorded`` is now: a folder moved under ``superseded/``
    after it was recorded took it along (files recorded later are a new version's)."""
    for old, new, at in moves:
        if (path == old or path.startswith(old + "/")) and recorded <= at:
            path = new + path[len(old):]
    return path


def merge(manifests: dict[str, dict[str, Any]]) -> Merged:
    """One view of every database's manifest (pure: reads nothing from disk)."""
    out = Merged(databases=sorted(manifests))
    moves = sorted(((m["from"], m["to"], m["at"]) for doc in manifests.values()
                    for m in doc["moves"]), key=lambda m: m[2])
    candidates: dict[str, list[dict[str, Any]]] = {}

    def offer(path: str, rec: dict[str, Any], database: str) -> None:
        where = _moved(path, rec["recorded"], moves)
        candidates.setdefault(where, []).append({**rec, "database": database})

    for db, doc in manifests.items():
        for uid, entry in doc["meetings"].items():
            key = (uid, entry["version"])
            v = out.versions.setdefault(key, {
                "folder": entry["folder"], "title": entry["title"], "date": entry["date"],
                "series": entry.get("series", ""), "databases": {}, "certified": set()})
            v["databases"][db] = entry["status"]
            v["certified"].update(entry.get("certified", ()))
            for path, rec in entry["files"].items():
                offer(path, rec, db)
        for old in doc["superseded"]:
            recorded = max((r["recorded"] for r in old["files"].values()), default="")
            out.superseded.append({"uid": old["uid"], "version": old["version"],
                                   "folder": _moved(old["folder"], recorded, moves),
                                   "certified": old.get("certified", []), "database": db})
            for path, rec in old["files"].items():
                offer(path, rec, db)
        for path, rec in doc["added"].items():
            offer(path, rec, db)
    for path, recs in candidates.items():
        out.files[path] = max(recs, key=lambda r: (r["recorded"], r["size"], r["sha256"]))
    out.superseded.sort(key=lambda s: s["folder"])
    return out


def merged_document(merged: Merged) -> dict[str, Any]:
    """``archive.json``: one entry per meeting (uid, title, date, status, the databases it
    came from, each file's SHA-256 and size and whether its signatures verify); a meeting
    whose databases hold different versions lists each (``different_versions``)."""
    meetings = []
    for uid, versions in merged.by_uid().items():
        first = versions[0][1]
        statuses = {s for _ver, v in versions for s in v["databases"].values()}
        meetings.append({
            "uid": uid, "title": first["title"], "date": first["date"],
            "series": first["series"],
            "status": "signed" if "signed" in statuses else sorted(statuses)[0],
            "databases": sorted({db for _ver, v in versions for db in v["databases"]}),
            "different_versions": len(versions) > 1,
            "versions": [{
                "version": ver, "folder": v["folder"],
                "databases": dict(sorted(v["databases"].items())),
                "files": [_file_entry(path, rec) for path, rec in
                          sorted(merged.folders().get(v["folder"], {}).items())],
            } for ver, v in versions],
        })
    meetings.sort(key=lambda m: (m["date"], m["title"], m["uid"]))
    superseded = [{**s, "files": [_file_entry(p, r) for p, r in
                                  sorted(merged.folders().get(s["folder"], {}).items())]}
                  for s in merged.superseded]
    return {"format": MERGED_FORMAT, "format_version": FORMAT_VERSION,
            "databases": merged.databases, "meetings": meetings, "superseded": superseded}


def _file_entry(path: str, rec: dict[str, Any]) -> dict[str, Any]:
    return {"path": path, "sha256": rec["sha256"], "size": rec["size"],
            "signed": rec.get("signed", False), "signatures_verify": rec.get("verdict"),
            "database": rec["database"]}


def rebuild_index(root: Path) -> bool:
    """Write ``archive.json`` from ``archive.d/``; False when it already said the same."""
    return write_if_changed(root / ARCHIVE_JSON, dumps(merged_document(merge(
        read_manifests(root)))))


def is_superseded(path: str) -> bool:
    return path.startswith(SUPERSEDED + "/")
