"""Links to a shared meeting and stances given from participants' devices (all their SQL).

The store keeps what it is given: a link's nonce and the SHA-256 of its secret, never the
secret (``share.links`` makes both); a device's stance as given, out of the record until
the round is revealed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from coprodesk.domain.model import Stance
from coprodesk.store.connection import Store


@dataclass(frozen=True, slots=True)
class LinkRow:
    id: int
    meeting_id: int
    participant_id: int | None  # None: the room link
    nonce: str
    token_hash: str


_LINK = "id, meeting_id, participant_id, nonce, token_hash"


def live_links(store: Store, meeting_id: int) -> list[LinkRow]:
    """The meeting's links not revoked, oldest first."""
    with store.reading() as conn:
        return [LinkRow(*r) for r in conn.execute(
            f"SELECT {_LINK} FROM device_links WHERE meeting_id = ? AND revoked_ms IS NULL"
            " ORDER BY id", [meeting_id])]


def add_links(store: Store, meeting_id: int,
              links: Iterable[tuple[int | None, str, str]], now_ms: int) -> None:
    """Add links given as (participant id or None, nonce, token hash), in one transaction."""
    with store.write() as conn:
        conn.executemany(
            "INSERT INTO device_links (meeting_id, participant_id, nonce, token_hash, created_ms)"
            " VALUES (?, ?, ?, ?, ?)",
            [(meeting_id, pid, nonce, digest, now_ms) for pid, nonce, digest in links])


def revoke_links(store: Store, meeting_id: int, now_ms: int) -> int:
    """Revoke every live link of the meeting; how many were."""
    with store.write() as conn:
        return conn.execute(
            "UPDATE device_links SET revoked_ms = ? WHERE meeting_id = ? AND revoked_ms IS NULL",
            [now_ms, meeting_id]).rowcount


def link_by_hash(store: Store, token_hash: str) -> LinkRow | None:
    """The live link whose secret hashes to ``token_hash``, if any."""
    with store.reading() as conn:
        row = conn.execute(
            f"SELECT {_LINK} FROM device_links WHERE token_hash = ? AND revoked_ms IS NULL",
            [token_hash]).fetchone()
    return LinkRow(*row) if row else None


def set_device_stance(store: Store, round_id: int, stance: Stance, now_ms: int) -> None:
    """Keep (or replace) one person's stance given from their device in an open round."""
    with store.write() as conn:
        conn.execute(
            "INSERT INTO device_stances (round_id, participant_id, option, reason, given_ms)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (round_id, participant_id) DO UPDATE SET"
            " option = excluded.option, reason = excluded.reason, given_ms = excluded.given_ms",
            [round_id, stance.participant_id, stance.option, stance.reason, now_ms])


def device_stances(store: Store, round_id: int) -> dict[int, Stance]:
    """The stances given from devices in a round, by participant id."""
    with store.reading() as conn:
        return {r[0]: Stance(r[0], r[1], r[2]) for r in conn.execute(
            "SELECT participant_id, option, reason FROM device_stances WHERE round_id = ?",
            [round_id])}


def data_version(store: Store) -> int:
    """SQLite's counter of commits made by other connections to this database: the cheap
    way to notice that the app (or another process) changed something."""
    with store.reading() as conn:
        return conn.execute("PRAGMA data_version").fetchone()[0]


def reveal_device_stances(store: Store, round_id: int) -> tuple[dict[int, Stance | None],
                                                                 dict[int, Stance]]:
    """Enter the round's stances given from devices into the record, marked as given from
    the person's own device, in one transaction; the device copies go. Returns what the
    record held for those people before (None: nothing) and the device stances, which
    ``hide_again`` takes to undo it exactly."""
    with store.write() as conn:
        given = {r[0]: Stance(r[0], r[1], r[2]) for r in conn.execute(
            "SELECT participant_id, option, reason FROM device_stances WHERE round_id = ?",
            [round_id])}
        before: dict[int, Stance | None] = {}
        for pid in given:
            row = conn.execute("SELECT option, reason, from_device FROM stances"
                               " WHERE round_id = ? AND participant_id = ?",
                               [round_id, pid]).fetchone()
            before[pid] = Stance(pid, row[0], row[1], bool(row[2])) if row else None
        conn.executemany(
            "INSERT INTO stances (round_id, participant_id, option, reason, from_device)"
            " VALUES (?, ?, ?, ?, 1) ON CONFLICT (round_id, participant_id) DO UPDATE SET"
            " option = excluded.option, reason = excluded.reason, from_device = 1",
            [(round_id, s.participant_id, s.option, s.reason) for s in given.values()])
        conn.execute("DELETE FROM device_stances WHERE round_id = ?", [round_id])
    return before, given


def hide_again(store: Store, round_id: int, before: dict[int, Stance | None],
               given: dict[int, Stance], now_ms: int) -> None:
    """Undo ``reveal_device_stances``: the record as it was, the answers private again."""
    with store.write() as conn:
        for pid, old in before.items():
            if old is None:
                conn.execute("DELETE FROM stances WHERE round_id = ? AND participant_id = ?",
                             [round_id, pid])
            else:
                conn.execute("UPDATE stances SET option = ?, reason = ?, from_device = ?"
                             " WHERE round_id = ? AND participant_id = ?",
                             [old.option, old.reason, int(old.from_device), round_id, pid])
        conn.executemany(
            "INSERT OR REPLACE INTO device_stances (round_id, participant_id, option, reason,"
            " given_ms) VALUES (?, ?, ?, ?, ?)",
            [(round_id, s.participant_id, s.option, s.reason, now_ms) for s in given.values()])
