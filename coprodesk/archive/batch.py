"""The admins' batch export (``export --all``): one file per closed meeting, minutes PDF or
meeting JSON, skipping meetings already exported and unchanged.

It lives above ``minutes/`` and ``portable/`` because it writes both kinds of file.
Every file is written atomically; failures are collected and never stop the run.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from coprodesk.fileio import atomic_write_text
from coprodesk.minutes.export import export_minutes, file_name
from coprodesk.minutes.signed_files import SignedFileError, make_way
from coprodesk.minutes.signing import SigningError
from coprodesk.store.connection import Store
from coprodesk.store.meetings import list_meetings, load_meeting

MANIFEST = ".coprodesk-export.json"


def fingerprint(store: Store, meeting_id: int) -> str:
    """A digest of everything stored about a meeting: unchanged meeting, same digest."""
    meeting = load_meeting(store, meeting_id)
    from coprodesk.store.signing import amendments

    text = json.dumps([dataclasses.asdict(meeting), amendments(store, meeting_id)],
                      sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class BatchResult:
    written: list[Path] = dataclasses.field(default_factory=list)
    skipped: list[Path] = dataclasses.field(default_factory=list)
    failed: list[tuple[str, str]] = dataclasses.field(default_factory=list)
    refused: list[Path] = dataclasses.field(default_factory=list)  # signed: not replaced
    kept: list[tuple[Path, Path]] = dataclasses.field(default_factory=list)  # (file, kept as)


def export_all(store: Store, out_dir: Path, now_ms: int, *, since: str = "",
               fmt: str = "pdf", progress: Callable[[int, int, str], None] | None = None,
               force: bool = False) -> BatchResult:
    """One file per closed (or signed) meeting; failures are collected, never stop the run.

    A file in the way that carries signatures is not replaced (``refused``); with
    ``force`` it is kept as ``NAME.signed-TIMESTAMP.pdf`` first (``kept``)."""
    if not out_dir.is_dir():
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise SigningError(f"cannot create {out_dir}: {exc.strerror or exc}") from exc
    manifest_path = out_dir / MANIFEST
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        if not isinstance(manifest, dict):
            manifest = {}
    except (OSError, ValueError):
        manifest = {}
    todo = [m for m in list_meetings(store)
            if str(m.status) in ("closed", "signed") and (not since or m.date >= since)]
    result = BatchResult()
    suffix = ".json" if fmt == "json" else ".pdf"
    for n, summary in enumerate(todo, 1):
        target = out_dir / file_name(summary.date, summary.title, summary.id, suffix)
        if progress:
            progress(n, len(todo), summary.title)
        try:
            digest = fingerprint(store, summary.id)
            key = f"{summary.uid}{suffix}"
            if manifest.get(key) == digest and target.exists():
                result.skipped.append(target)
                continue
            try:
                kept = make_way(target, force)
            except SignedFileError:
                result.refused.append(target)
                continue
            if kept is not None:
                result.kept.append((target, kept))
            if fmt == "json":
                from coprodesk.portable.export import write_meeting_json

                write_meeting_json(store, summary.id, target)
            else:
                export_minutes(store, summary.id, target, now_ms)
            manifest[key] = digest
            atomic_write_text(manifest_path, json.dumps(manifest, indent=1, sort_keys=True))
            result.written.append(target)
        except Exception as exc:  # reported at the end; the other meetings still export
            result.failed.append((summary.title, str(exc) or type(exc).__name__))
    return result
