"""Signatures on exported minutes, the lock they put on a meeting, and amendments.

The lock itself is in the schema (triggers refuse edits to a signed meeting);
these functions move a meeting in and out of it, always with a record.
"""

from __future__ import annotations

from coprodesk.domain.lifecycle import RecordState
from coprodesk.domain.model import MeetingStatus, SignatureRecord
from coprodesk.store import rows
from coprodesk.store.connection import Store
from coprodesk.store.errors import StoreError

__all__ = ["SignatureRecord", "amendments", "record_correction", "record_signature",
           "record_state", "reopen_for_correction", "signatures"]


def record_signature(store: Store, meeting_id: int, field: str, signer: str, signed_ms: int,
                     sha256: str) -> None:
    """Note a signature on the minutes and lock the meeting (status ``signed``)."""
    with store.write() as conn:
        rows.put(conn, "signatures", rows.signature_row(
            meeting_id, SignatureRecord(field, signer, signed_ms, sha256)))
        conn.execute("UPDATE meetings SET status = 'signed' WHERE id = ? AND status != 'signed'",
                     [meeting_id])


def signatures(store: Store, meeting_id: int) -> list[SignatureRecord]:
    with store.reading() as conn:
        found = conn.execute("SELECT field, signer, signed_ms, sha256 FROM signatures"
                             " WHERE meeting_id = ? ORDER BY signed_ms, id", [meeting_id])
        return [SignatureRecord(*r) for r in found]


def record_state(store: Store, meeting_id: int) -> RecordState | None:
    """The meeting's status and how many signatures it ever had, read now in one query
    (None: no such meeting). Undo compares it with what a change left."""
    with store.reading() as conn:
        row = conn.execute("SELECT status, (SELECT count(*) FROM signatures WHERE meeting_id"
                           " = meetings.id) FROM meetings WHERE id = ?", [meeting_id]).fetchone()
    return None if row is None else RecordState(MeetingStatus(row[0]), row[1])


def reopen_for_correction(store: Store, meeting_id: int, reason: str, now_ms: int) -> None:
    """Unlock a signed meeting; the reason is kept and the next minutes print it."""
    if not reason.strip():
        raise StoreError(store.path, "say why the signed meeting is reopened; the minutes will "
                                     "print it as an amendment")
    with store.write() as conn:
        row = conn.execute("SELECT status FROM meetings WHERE id = ?", [meeting_id]).fetchone()
        if row is None:
            raise StoreError(store.path, f"no meeting {meeting_id}")
        if row[0] != "signed":
            raise StoreError(store.path, "the meeting is not signed; it can be edited as it is")
        conn.execute("UPDATE meetings SET status = 'closed' WHERE id = ?", [meeting_id])
        rows.put(conn, "amendments", rows.amendment_row(meeting_id, now_ms, reason.strip()))


def amendments(store: Store, meeting_id: int) -> list[tuple[int, str]]:
    with store.reading() as conn:
        return [(r[0], r[1]) for r in conn.execute(
            "SELECT recorded_ms, reason FROM amendments WHERE meeting_id = ?"
            " ORDER BY recorded_ms, id", [meeting_id])]


def record_correction(store: Store, meeting_id: int, note: str, now_ms: int) -> None:
    """Keep a correction note on a closed (unsigned) meeting, e.g. why it was reopened or
    whose floor time now counts for another group; stored with the amendments, so the
    minutes and the portable file carry it the same way."""
    with store.write() as conn:
        rows.put(conn, "amendments", rows.amendment_row(meeting_id, now_ms, note.strip()))
