"""``coprodesk archive DIR``: every closed or signed meeting of this database into the
archive folder, incrementally and atomically, recorded in this database's manifest.

A meeting's *version* is a digest of its record's content (its open meeting file without
its status and signature rows): signing a meeting does not make a new version, reopening
it for a correction does. Per meeting and run:

- unchanged (same version, same meeting file): nothing is written;
- the same version, now signed: its meeting file and report are written again;
- a version another database already archived: recorded as held here too, nothing written
  (a meeting imported unchanged on another laptop appears once);
- a new version: written into a new folder (into a temporary folder first, then renamed
  into place in one step); the version this database archived before is moved under
  ``superseded/`` (unless another database still holds it);
- a version that differs from another database's current one: both are kept, the second
  in a folder named with its version, and reported.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coprodesk.archive.layout import (
    EASY_READ_FILE,
    MANIFESTS,
    MEETING_FILE,
    MINUTES_FILE,
    PART,
    REPORT_FILE,
    meeting_folder,
    superseded_folder,
)
from coprodesk.archive.manifest import (
    ArchiveError,
    Merged,
    dumps,
    empty_manifest,
    manifest_path,
    merge,
    read_manifests,
    rebuild_index,
    sha256_of,
    write_if_changed,
)
from coprodesk.store.connection import Store

ARCHIVED_STATUSES = ("closed", "signed")


def version_of(document: dict[str, Any]) -> str:
    """The digest of a meeting's record: its open meeting file without its status and its
    signature rows (which change when it is signed, not what it records)."""
    content = {**document, "meeting": {k: v for k, v in document["meeting"].items()
                                       if k != "status"}}
    content.pop("signatures", None)
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def now_iso() -> str:
    from datetime import UTC, datetime

    return datetime.now(UTC).isoformat(timespec="microseconds")


@dataclass
class ArchiveRun:
    """What one run did, meeting by meeting (folders relative to the archive)."""

    written: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)  # same version, new status/signatures
    held_elsewhere: list[str] = field(default_factory=list)  # archived by another database
    superseded: list[tuple[str, str]] = field(default_factory=list)  # (old, kept at)
    unchanged: list[str] = field(default_factory=list)
    different_versions: list[tuple[str, list[str]]] = field(default_factory=list)  # title, folders
    left_out: int = 0  # not closed yet
    failed: list[tuple[str, str]] = field(default_factory=list)
    index_written: bool = False

    @property
    def changed(self) -> bool:
        return bool(self.written or self.updated or self.held_elsewhere or self.superseded)


@dataclass
class _Meeting:
    """One meeting as this run writes it: its files' text and its version."""

    id: int
    uid: str
    title: str
    date: str
    series: str
    status: str
    version: str
    meeting_json: str
    certified: list[str]

    @property
    def state(self) -> str:
        """A digest of the meeting file: its record, status and signature rows (the report
        is the domain's, computed from them, so it changes only with them)."""
        return hashlib.sha256(self.meeting_json.encode("utf-8")).hexdigest()


def _read_meeting(store: Store, meeting_id: int) -> _Meeting:
    from coprodesk.portable.export import meeting_to_dict

    doc = meeting_to_dict(store, meeting_id)
    m = doc["meeting"]
    return _Meeting(meeting_id, m["uid"], m["title"], m["date"], m["series"], m["status"],
                    version_of(doc), json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                    sorted({s["sha256"] for s in doc["signatures"]}))


def _report_text(store: Store, meeting_id: int) -> str:
    """The meeting's report as ``report --json`` prints it, as of the meeting's end (as the
    open file's derived figures are): computed only when it is written."""
    from coprodesk.domain.report import build_report
    from coprodesk.store.meetings import load_meeting

    meeting = load_meeting(store, meeting_id)
    report = build_report(meeting, meeting.ended_ms or meeting.started_ms or 0)
    return json.dumps(report, indent=2, ensure_ascii=False) + "\n"


def archive_database(store: Store, root: Path, now_ms: int | None = None, *,
                     progress: Callable[[int, int, str], None] | None = None) -> ArchiveRun:
    """Bring every closed or signed meeting of ``store`` into the archive at ``root``."""
    from coprodesk.store.identity import database_id
    from coprodesk.store.library import list_meetings

    now_ms = int(time.time() * 1000) if now_ms is None else now_ms
    _make_folder(root / MANIFESTS)
    me = database_id(store)
    manifests = read_manifests(root)
    mine = manifests.pop(me, None) or empty_manifest(me)
    others = merge(manifests)
    run = ArchiveRun()
    summaries = list_meetings(store)
    todo = [s for s in summaries if str(s.status) in ARCHIVED_STATUSES]
    run.left_out = len(summaries) - len(todo)
    since_save, saved_at = 0, time.monotonic()
    for n, summary in enumerate(todo, 1):
        if progress:
            progress(n, len(todo), summary.title)
        try:
            wrote = _archive_one(store, root, summary.id, mine, others, now_ms, run)
        except Exception as exc:  # reported at the end; the other meetings still go in
            run.failed.append((summary.title, str(exc) or type(exc).__name__))
            continue
        since_save += wrote
        if since_save and time.monotonic() - saved_at > 10:  # a crash loses little
            write_if_changed(manifest_path(root, me), dumps(mine))
            since_save, saved_at = 0, time.monotonic()
    write_if_changed(manifest_path(root, me), dumps(mine))
    everyone = merge({**manifests, me: mine})
    for current in everyone.by_uid().values():
        if len(current) > 1:
            run.different_versions.append((current[0][1]["title"],
                                           [v["folder"] for _ver, v in current]))
    run.different_versions.sort()
    run.index_written = rebuild_index(root)
    return run


def _archive_one(store: Store, root: Path, meeting_id: int, mine: dict[str, Any],
                 others: Merged, now_ms: int, run: ArchiveRun) -> bool:
    m = _read_meeting(store, meeting_id)
    before = mine["meetings"].get(m.uid)
    if before and before["version"] == m.version:
        if before.get("state") == m.state:
            run.unchanged.append(before["folder"])
            return False
        _rewrite_record(store, root, m, before)
        run.updated.append(before["folder"])
        return True
    if before:
        run.superseded.append((before["folder"], _supersede(root, m.uid, before, mine, others)))
    entry = {"version": m.version, "title": m.title, "date": m.date, "series": m.series,
             "status": m.status, "certified": m.certified, "state": m.state}
    held = others.versions.get((m.uid, m.version))
    if held:
        folder = held["folder"]
        entry.update(folder=folder, files={p: _own(r) for p, r in
                                           others.folders().get(folder, {}).items()
                                           if r.get("kind") == "generated"})
        run.held_elsewhere.append(folder)
    else:
        folder = _free_folder(root, m, others)
        entry.update(folder=folder, files=_write_version(store, root, folder, m, now_ms))
        run.written.append(folder)
    mine["meetings"][m.uid] = entry
    return True


def _own(rec: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in rec.items() if k != "database"}


def _record(path: Path, folder: str, m: _Meeting, recorded: str) -> tuple[str, dict[str, Any]]:
    sha, size = sha256_of(path)
    return f"{folder}/{path.name}", {"sha256": sha, "size": size, "recorded": recorded,
                                     "uid": m.uid, "version": m.version, "kind": "generated",
                                     "signed": False, "verdict": None}


def _rewrite_record(store: Store, root: Path, m: _Meeting, entry: dict[str, Any]) -> None:
    """The same record, now signed (or its signature rows changed): its meeting file and
    report are written again; the PDFs (what the database holds, unsigned) stay."""
    from coprodesk.fileio import atomic_write_text

    recorded = now_iso()
    for name, text in ((MEETING_FILE, m.meeting_json), (REPORT_FILE, _report_text(store, m.id))):
        path = root / entry["folder"] / name
        try:
            atomic_write_text(path, text)
        except OSError as exc:
            raise ArchiveError(f"cannot write {path}: {exc.strerror or exc}") from exc
        key, rec = _record(path, entry["folder"], m, recorded)
        entry["files"][key] = rec
    entry.update(status=m.status, certified=m.certified, state=m.state, title=m.title)


def _free_folder(root: Path, m: _Meeting, others: Merged) -> str:
    """The meeting's folder; when another database's version already has that name, the
    same name with this version added. A folder nobody records (left by a run that was
    stopped before it saved its manifest) is taken over."""
    taken = others.folders()
    for folder in (meeting_folder(m.date, m.title, m.uid),
                   meeting_folder(m.date, m.title, m.uid, m.version)):
        if folder not in taken:
            return folder
    raise ArchiveError(f"no free folder for {m.title!r}")


def _write_version(store: Store, root: Path, folder: str, m: _Meeting, now_ms: int
                   ) -> dict[str, dict[str, Any]]:
    """The four files of one version, written into a temporary folder and renamed into
    place in one step: a stopped run never leaves half a meeting."""
    from coprodesk.minutes.export import export_easy_read, export_minutes

    target = root / folder
    _make_folder(target.parent)
    temp = target.parent / f".{os.urandom(4).hex()}{PART}"
    _make_folder(temp)
    try:
        (temp / MEETING_FILE).write_text(m.meeting_json, encoding="utf-8")
        (temp / REPORT_FILE).write_text(_report_text(store, m.id), encoding="utf-8")
        export_minutes(store, m.id, temp / MINUTES_FILE, now_ms)
        export_easy_read(store, m.id, temp / EASY_READ_FILE, now_ms)
        for f in temp.iterdir():
            with f.open("rb") as handle:
                os.fsync(handle.fileno())
        if target.exists():  # left by a stopped run, recorded by nobody
            shutil.rmtree(target)
        os.rename(temp, target)
    except OSError as exc:
        shutil.rmtree(temp, ignore_errors=True)
        raise ArchiveError(f"cannot write {target}: {exc.strerror or exc}") from exc
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    recorded = now_iso()
    return dict(_record(target / name, folder, m, recorded)
                for name in (MEETING_FILE, REPORT_FILE, MINUTES_FILE, EASY_READ_FILE))


def _supersede(root: Path, uid: str, before: dict[str, Any], mine: dict[str, Any],
               others: Merged) -> str:
    """Move the version this database archived before under ``superseded/``, unless
    another database still holds it (then it stays where it is, current for them, and the
    database that holds it last moves it)."""
    folder = before["folder"]
    old = {"uid": uid, "version": before["version"], "title": before["title"],
           "date": before["date"], "folder": folder, "files": {},
           "certified": before.get("certified", [])}
    if others.holders(uid, before["version"]):
        # stays where it is, current for them; what this database wrote there stays on record
        old["files"] = before["files"]
        mine["superseded"].append(old)
        return folder
    kept = superseded_folder(folder, before["version"])
    source, target = root / folder, root / kept
    if source.exists():
        _make_folder(target.parent)
        try:
            os.rename(source, target)
        except OSError as exc:
            raise ArchiveError(f"cannot move {source} to {target}: "
                               f"{exc.strerror or exc}") from exc
    mine["moves"].append({"from": folder, "to": kept, "at": now_iso()})
    old.update(folder=kept, files={kept + p[len(folder):]: rec
                                   for p, rec in before["files"].items()})
    mine["superseded"].append(old)
    return kept


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ArchiveError(f"cannot create {folder}: {exc.strerror or exc}") from exc
