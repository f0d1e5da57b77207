"""A whole meeting in or out of the database at once: everything a portable file carries
(the meeting, its wording of the options, the updates it recorded on earlier meetings'
actions, signatures and amendments). The JSON itself is ``portable``'s business."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from coprodesk.domain.model import Meeting, MeetingStatus, SignatureRecord
from coprodesk.store import rows
from coprodesk.store.connection import Store
from coprodesk.store.decisions import meanings as meanings_of
from coprodesk.store.meetings import load_meeting
from coprodesk.store.signing import amendments, signatures


@dataclass(frozen=True, slots=True)
class UpdateByKey:
    """What happened to an action of a meeting (by its uid), recorded at this one; the
    action is the ``action_number``-th of that meeting (1-based, in its order)."""

    meeting_uid: str
    action_number: int
    status: str
    note: str = ""
    recorded_ms: int = 0


@dataclass(frozen=True, slots=True)
class WholeMeeting:
    meeting: Meeting
    created_ms: int = 0
    meanings: Mapping[str, str] = field(default_factory=dict)
    updates: tuple[UpdateByKey, ...] = ()
    signatures: tuple[SignatureRecord, ...] = ()
    amendments: tuple[tuple[int, str], ...] = ()  # (recorded ms, reason)


def read_whole_meeting(store: Store, meeting_id: int) -> WholeMeeting:
    m = load_meeting(store, meeting_id)
    with store.reading() as conn:
        created_ms = conn.execute("SELECT created_ms FROM meetings WHERE id = ?",
                                  [meeting_id]).fetchone()[0]
        updates = conn.execute(
            "SELECT m.uid, (SELECT COUNT(*) FROM actions b WHERE b.meeting_id = a.meeting_id"
            "   AND (b.position < a.position OR (b.position = a.position AND b.id <= a.id))),"
            " u.status, u.note, u.recorded_ms FROM action_updates u"
            " JOIN actions a ON a.id = u.action_id JOIN meetings m ON m.id = a.meeting_id"
            " WHERE u.meeting_id = ? ORDER BY m.uid, 2", [meeting_id]).fetchall()
    return WholeMeeting(m, created_ms, meanings_of(store, meeting_id),
                        tuple(UpdateByKey(*u) for u in updates),
                        tuple(signatures(store, meeting_id)),
                        tuple(amendments(store, meeting_id)))


def meeting_by_uid(store: Store, uid: str) -> tuple[int, str, MeetingStatus] | None:
    """(id, title, status) of the meeting with this uid, if the database holds it."""
    with store.reading() as conn:
        row = conn.execute("SELECT id, title, status FROM meetings WHERE uid = ?",
                           [uid]).fetchone()
    return None if row is None else (row[0], row[1], MeetingStatus(row[2]))


def insert_whole_meeting(store: Store, whole: WholeMeeting) -> tuple[int, int]:
    """Write a whole meeting under new ids, in one transaction (the meeting's own ids only
    tie its parts together). A signed meeting is locked last, and only when it carries a
    signature; an update about an action of a meeting this database lacks is skipped.
    Returns (new meeting id, updates skipped)."""
    m = whole.meeting
    status = MeetingStatus.CLOSED if m.status is MeetingStatus.SIGNED else m.status
    with store.write() as conn:
        mid = rows.put(conn, "meetings", rows.meeting_row(m, created_ms=whole.created_ms,
                                                          meanings=whole.meanings)
                       | {"id": None, "status": status.value})
        gmap = {g.id: rows.put(conn, "groups", rows.group_row(mid, g) | {"id": None})
                for g in m.groups}
        pmap = {p.id: rows.put_participant(conn, mid, p, id=None, group_id=gmap[p.group_id],
                                           person_uid=p.person_uid or rows.new_uid())
                for p in m.participants}
        imap = {i.id: rows.put(conn, "items", rows.item_row(
                    mid, replace(i, lead_ids=tuple(pmap[x] for x in i.lead_ids))) | {"id": None})
                for i in m.items}
        rows.put_many(conn, "turns", (rows.turn_row(mid, t) | {
            "id": None, "participant_id": pmap[t.participant_id],
            "item_id": imap.get(t.item_id)} for t in m.turns))
        rows.put_many(conn, "hands", (rows.hand_row(mid, h) | {
            "participant_id": pmap[h.participant_id]} for h in m.hands))
        dmap = {d.id: rows.put_decision(conn, mid, d, fresh=True, participant=pmap, id=None,
                                        item_id=imap.get(d.item_id))
                for d in m.decisions}
        for a in m.actions:
            rows.put_action(conn, mid, a, pmap, id=None, decision_id=dmap.get(a.decision_id),
                            item_id=imap.get(a.item_id), raised_by=pmap.get(a.raised_by_id))
        skipped = _put_updates(conn, mid, whole.updates)
        rows.put_many(conn, "signatures", (rows.signature_row(mid, s) for s in whole.signatures))
        rows.put_many(conn, "amendments", (rows.amendment_row(mid, t, reason)
                                           for t, reason in whole.amendments))
        if m.status is MeetingStatus.SIGNED and whole.signatures:
            conn.execute("UPDATE meetings SET status = 'signed' WHERE id = ?", [mid])
    return mid, skipped


def _put_updates(conn, meeting_id: int, updates: tuple[UpdateByKey, ...]) -> int:
    skipped = 0
    for u in updates:
        row = conn.execute(
            "SELECT a.id FROM actions a JOIN meetings m ON m.id = a.meeting_id WHERE m.uid = ?"
            " ORDER BY a.position, a.id LIMIT 1 OFFSET ?",
            [u.meeting_uid, u.action_number - 1]).fetchone()
        if row is None:
            skipped += 1  # that earlier meeting is not in this database
            continue
        rows.put(conn, "action_updates", rows.update_row(row[0], meeting_id, u.status, u.note,
                                                         u.recorded_ms))
    return skipped
