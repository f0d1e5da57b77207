"""Exporting minutes: one meeting (optionally certified), countersigning, and the
admins' batch export that skips meetings already exported and unchanged.

Every file is written atomically: a crash or a full disk never leaves half a
PDF or destroys an older one.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from coprodesk.fileio import atomic_write_bytes, atomic_write_text
from coprodesk.minutes.document import MinutesInput, build_minutes, default_signers, field_name
from coprodesk.minutes.signing import SigningError, add_fields, sign, signer_name
from coprodesk.store.connection import Store
from coprodesk.store.meetings import list_meetings, load_meeting

MANIFEST = ".coprodesk-export.json"


def minutes_input(store: Store, meeting_id: int, now_ms: int,
                  signers: tuple[str, ...] = ()) -> MinutesInput:
    """Everything the minutes print, read from the store."""
    from coprodesk.domain.series import carried_actions
    from coprodesk.store.series import action_updates, series_meetings
    from coprodesk.store.signing import amendments

    meeting = load_meeting(store, meeting_id)
    carried: tuple = ()
    names: dict[int, str] = {}
    if meeting.series:
        series = series_meetings(store, meeting.series)
        carried = tuple(carried_actions(series, action_updates(store, [m.id for m in series]),
                                        meeting_id))
        names = {p.id: p.public_name for m in series for p in m.participants}
    return MinutesInput(meeting, now_ms, tuple(signers) or default_signers(meeting),
                        tuple(amendments(store, meeting_id)), carried, names)


def export_minutes(store: Store, meeting_id: int, out: Path, now_ms: int, *,
                   signers: tuple[str, ...] = (), identity: Path | None = None,
                   passphrase: bytes = b"") -> Path:
    """Write the minutes to ``out``; with an identity, certify them into the first field.

    A certified export locks the meeting in the app (status ``signed``)."""
    data = minutes_input(store, meeting_id, now_ms, signers)
    who = signer_name(identity, passphrase) if identity is not None else ""
    built = build_minutes(dataclasses.replace(data, certifier=who))
    pdf = add_fields(built.pdf, built.boxes)
    first = built.boxes[0].field if built.boxes else None
    if identity is not None:
        if first is None:
            raise SigningError("the minutes have no signature field to certify")
        pdf = sign(pdf, first, identity, passphrase, certify=True,
                   reason=f"Minutes of {data.meeting.title}")
    _write(out, pdf)
    if identity is not None:
        from coprodesk.store.signing import record_signature

        record_signature(store, meeting_id, first, who, now_ms, hashlib.sha256(pdf).hexdigest())
    return out


def countersign(pdf_path: Path, field: str, identity: Path, passphrase: bytes) -> Path:
    """Fill ``field`` of signed minutes in place, as an incremental update."""
    try:
        data = pdf_path.read_bytes()
    except OSError as exc:
        raise SigningError(f"cannot read {pdf_path}: {exc.strerror or exc}") from exc
    _write(pdf_path, sign(data, field_name(field), identity, passphrase, certify=False))
    return pdf_path


def _write(out: Path, data: bytes) -> None:
    try:
        atomic_write_bytes(out, data)
    except OSError as exc:
        raise SigningError(f"cannot write {out}: {exc.strerror or exc}") from exc


# --------------------------------------------------------------------------- batch

def fingerprint(store: Store, meeting_id: int) -> str:
    """A digest of everything stored about a meeting: unchanged meeting, same digest."""
    meeting = load_meeting(store, meeting_id)
    from coprodesk.store.signing import amendments

    text = json.dumps([dataclasses.asdict(meeting), amendments(store, meeting_id)],
                      sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def file_name(date: str, title: str, meeting_id: int, suffix: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9]+", "-", title).strip("-").lower()[:60] or "meeting"
    return f"{date or 'undated'}-{slug}-{meeting_id}{suffix}"


@dataclass
class BatchResult:
    written: list[Path] = dataclasses.field(default_factory=list)
    skipped: list[Path] = dataclasses.field(default_factory=list)
    failed: list[tuple[str, str]] = dataclasses.field(default_factory=list)


def export_all(store: Store, out_dir: Path, now_ms: int, *, since: str = "",
               fmt: str = "pdf", progress: Callable[[int, int, str], None] | None = None
               ) -> BatchResult:
    """One file per closed (or signed) meeting; failures are collected, never stop the run."""
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
