"""Exporting minutes: one meeting (optionally certified) and countersigning. (The admins'
batch export, which also writes meeting files, lives above this layer: ``archive.batch``.)

Every file is written atomically: a crash or a full disk never leaves half a
PDF or destroys an older one. A file that carries signatures is never replaced
(``minutes/signed_files``): each export here refuses it, and the batch export
leaves it as it is unless asked to keep it aside first.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from pathlib import Path

from coprodesk.fileio import atomic_write_bytes, atomic_write_text
from coprodesk.minutes.attachments import attach_easy_read
from coprodesk.minutes.document import (
    MinutesInput,
    box_keys,
    build_minutes,
    default_signers,
    field_name,
)
from coprodesk.minutes.easy_read import build_easy_read
from coprodesk.minutes.html_twin import attach_twin, build_twin
from coprodesk.minutes.signed_files import make_way
from coprodesk.minutes.signing import (
    SigningError,
    add_fields,
    add_invisible_fields,
    sign,
    signer_name,
)
from coprodesk.store.connection import Store
from coprodesk.store.meetings import load_meeting


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


def box_signers(meeting, signers: tuple[str, ...], certifier: str | None) -> tuple[str, ...]:
    """Whose boxes the minutes carry: the certifier's own first (named after them), then one
    for each other person who will countersign (default: the co-chairs). Without a
    certifier, the named signers, else the facilitator(s) then the co-chairs.

    One box per person: a name given twice is one box, the certifier's own name among the
    others is their box already, and two names that differ only in case, spaces, dots or
    Unicode form are refused (SigningError): they would give one person two boxes."""
    from coprodesk.domain.model import Role

    if certifier is None:
        return one_box_each(signers or default_signers(meeting))
    others = signers or tuple(p.public_name for p in meeting.participants
                              if p.role is Role.CO_CHAIR)
    mine = box_keys(certifier)
    return (certifier, *(n for n in one_box_each(others) if not box_keys(n) & mine))


def one_box_each(names) -> tuple[str, ...]:
    """``names`` in order, each once; two different spellings of one box refused."""
    seen: dict[str, str] = {}
    out: list[str] = []
    for name in names:
        if name in out:
            continue
        for key in box_keys(name):
            first = seen.setdefault(key, name)
            if first != name:
                raise SigningError(f"{first!r} and {name!r} would share one signature box "
                                   "(boxes are compared ignoring case, spaces, dots, invisible "
                                   "characters and Unicode form): name each signer once")
        out.append(name)
    return tuple(out)


def export_minutes(store: Store, meeting_id: int, out: Path, now_ms: int, *,
                   signers: tuple[str, ...] = (), identity: Path | None = None,
                   passphrase: bytes = b"") -> Path:
    """Write the minutes to ``out``; with an identity, its holder certifies them in their own
    box, and ``signers`` are the others who countersign later.

    A certified export locks the meeting in the app (status ``signed``)."""
    who = signer_name(identity, passphrase) if identity is not None else None
    meeting = load_meeting(store, meeting_id)
    data = minutes_input(store, meeting_id, now_ms, box_signers(meeting, signers, who))
    built = build_minutes(dataclasses.replace(data, certifier=who or ""))
    twin = build_twin(dataclasses.replace(data, certifier=who or ""), built.report)
    easy = build_easy_read(meeting, now_ms)

    def attach(writer) -> None:
        # in name order: readers look attachments up in a sorted name tree
        attach_easy_read(writer, easy, _utc(now_ms))
        attach_twin(writer, twin, _utc(now_ms))

    pdf = add_fields(built.pdf, built.boxes, also=attach)
    _certify_and_write(store, meeting_id, out, pdf, now_ms, who, identity, passphrase,
                       {b.field for b in built.boxes}, f"Minutes of {data.meeting.title}")
    return out


def _certify_and_write(store: Store, meeting_id: int, out: Path, pdf: bytes, now_ms: int,
                       who: str | None, identity: Path | None, passphrase: bytes,
                       boxes: set[str], reason: str) -> None:
    """Certify ``pdf`` in the certifier's own box (when there is one), write it, and lock
    the meeting: the full minutes and the easy-read version go the same way. A signed
    file at ``out`` is refused first: nothing is written, nothing locked."""
    make_way(out)
    mine = field_name(who) if who is not None else None
    if who is not None:
        if mine not in boxes:
            raise SigningError("the minutes have no signature box for the certifier")
        pdf = sign(pdf, mine, identity, passphrase, certify=True, reason=reason)
    _write(out, pdf)
    if who is not None:
        from coprodesk.store.signing import record_signature

        record_signature(store, meeting_id, mine, who, now_ms, hashlib.sha256(pdf).hexdigest())


def export_twin(store: Store, meeting_id: int, out: Path, now_ms: int, *,
                signers: tuple[str, ...] = ()) -> Path:
    """Write only the accessible HTML twin of the minutes (the one a PDF export attaches)."""
    data = minutes_input(store, meeting_id, now_ms, signers)
    make_way(out)
    try:
        atomic_write_text(out, build_twin(data))
    except OSError as exc:
        raise SigningError(f"cannot write {out}: {exc.strerror or exc}") from exc
    return out


def export_easy_read(store: Store, meeting_id: int, out: Path, now_ms: int, *,
                     signers: tuple[str, ...] = (), identity: Path | None = None,
                     passphrase: bytes = b"") -> Path:
    """Write the easy-read minutes; with an identity, certified like the full minutes.

    Its signature fields are invisible (an easy-read page keeps only what a participant
    needs), one per signer, so the others can countersign it as they do the full minutes."""
    who = signer_name(identity, passphrase) if identity is not None else None
    meeting = load_meeting(store, meeting_id)
    pdf = build_easy_read(meeting, now_ms)
    names = box_signers(meeting, signers, who) if who is not None or signers else ()
    boxes = tuple(dict.fromkeys(field_name(n) for n in names))
    if boxes:
        pdf = add_invisible_fields(pdf, boxes)
    _certify_and_write(store, meeting_id, out, pdf, now_ms, who, identity, passphrase,
                       set(boxes), f"Easy-read minutes of {meeting.title}")
    return out


def _utc(ms: int):
    from datetime import UTC, datetime

    return datetime.fromtimestamp(ms / 1000, UTC)


class NotVerifiedError(SigningError):
    """The minutes to sign do not verify: the problems, one line each."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        super().__init__(f"will not sign {path}: it does not verify: " + "; ".join(problems))
        self.problems = problems


def countersign(pdf_path: Path, field: str, identity: Path, passphrase: bytes, *,
                on_behalf: str = "") -> Path:
    """Fill the box ``field`` of minutes in place, as an incremental update.

    Refused when the identity is not the person the box names (unless ``on_behalf`` says
    why, which goes into the signature's reason), and when the file does not verify:
    a signature must never lend its weight to changed minutes. The first signature of
    unsigned minutes certifies them."""
    from coprodesk.minutes.verify import ON_BEHALF, no_signature, verify_pdf

    try:
        data = pdf_path.read_bytes()
    except OSError as exc:
        raise SigningError(f"cannot read {pdf_path}: {exc.strerror or exc}") from exc
    try:
        check = verify_pdf(pdf_path, use_trust_list=False, allow_untrusted=True)
    except OSError as exc:
        raise SigningError(f"cannot read {pdf_path}: {exc.strerror or exc}") from exc
    if not check.readable:
        raise SigningError(f"cannot sign {pdf_path}: {check.problems[0]}")
    box = field_name(field)
    signed = {s.field for s in check.signatures}
    if box not in signed and box not in check.unsigned_fields:
        names = ", ".join(sorted(signed | set(check.unsigned_fields))) or "none"
        raise SigningError(f"the minutes have no signature field {box!r} (fields: {names})")
    if box in signed:
        raise SigningError(f"the field {box!r} is already signed")
    who = signer_name(identity, passphrase)
    on_behalf = " ".join(on_behalf.split())
    if field_name(who).casefold() != box.casefold() and not on_behalf:
        raise SigningError(f"you are {who}, but the box {box!r} is for {box}: sign your own "
                           f"box, or give --on-behalf \"why\" to sign it for them")
    blocking = [p for p in check.problems if p != no_signature()]
    if blocking or (check.signatures and check.exit_code != 0):
        raise NotVerifiedError(pdf_path, blocking or [check.summary()])
    reason = f"{ON_BEHALF}{box}: {on_behalf}" if on_behalf else ""
    _write(pdf_path, sign(data, box, identity, passphrase, certify=not check.signatures,
                          reason=reason))
    return pdf_path


def _write(out: Path, data: bytes) -> None:
    try:
        atomic_write_bytes(out, data)
    except OSError as exc:
        raise SigningError(f"cannot write {out}: {exc.strerror or exc}") from exc


def file_name(date: str, title: str, meeting_id: int, suffix: str) -> str:
    """The file name offered for one meeting's export: date, title as a slug, id."""
    slug = re.sub(r"[^A-Za-z0-9]+", "-", title).strip("-").lower()[:60] or "meeting"
    return f"{date or 'undated'}-{slug}-{meeting_id}{suffix}"
