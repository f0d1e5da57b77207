"""Durable floor changes: each change is its own committed transaction.

An open turn's start is on disk the moment it opens; a heartbeat (at most a
second apart) records how long it has run, so reopening after a crash closes
it at its last heartbeat rather than losing it or stretching it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from coprodesk.domain.floor import FloorChange
from coprodesk.domain.model import Turn
from coprodesk.store import rows
from coprodesk.store.connection import Store


def apply_floor_change(store: Store, meeting_id: int, change: FloorChange) -> FloorChange:
    """Write ``change`` in one transaction; returns it with the new turn's id."""
    if change.is_noop:
        return change
    opened = change.opened
    with store.write() as conn:
        if change.closed is not None:
            _close(conn, meeting_id, change.closed)
        if opened is not None:
            opened = replace(opened, id=rows.put(conn, "turns", rows.turn_row(
                meeting_id, replace(opened, id=rows.NEW))))
    return FloorChange(change.closed, opened)


def _close(conn, meeting_id: int, turn: Turn) -> None:
    if turn.id is not None:
        conn.execute("UPDATE turns SET end_ms = ?, heartbeat_ms = ? WHERE id = ?",
                     (turn.end_ms, turn.end_ms, turn.id))
    else:
        conn.execute(
            "UPDATE turns SET end_ms = ?, heartbeat_ms = ? WHERE meeting_id = ?"
            " AND participant_id = ? AND start_ms = ? AND end_ms IS NULL",
            (turn.end_ms, turn.end_ms, meeting_id, turn.participant_id, turn.start_ms))


def revert_floor_change(store: Store, meeting_id: int, change: FloorChange) -> None:
    """Undo a change on disk: delete the turn it opened, reopen the one it closed."""
    with store.write() as conn:
        if change.opened is not None:
            if change.opened.id is not None:
                conn.execute("DELETE FROM turns WHERE id = ?", (change.opened.id,))
            else:
                conn.execute(
                    "DELETE FROM turns WHERE meeting_id = ? AND participant_id = ?"
                    " AND start_ms = ?",
                    (meeting_id, change.opened.participant_id, change.opened.start_ms))
        if change.closed is not None:
            conn.execute(
                "UPDATE turns SET end_ms = NULL WHERE meeting_id = ? AND participant_id = ?"
                " AND start_ms = ?",
                (meeting_id, change.closed.participant_id, change.closed.start_ms))


def heartbeat(store: Store, meeting_id: int, now_ms: int) -> None:
    """Record that the open turn (if any) is still running at ``now_ms``."""
    with store.write() as conn:
        conn.execute("UPDATE turns SET heartbeat_ms = ? WHERE meeting_id = ? AND end_ms IS NULL",
                     (now_ms, meeting_id))


def interrupted_turn(store: Store, meeting_id: int) -> Turn | None:
    """The turn left open by a crash, with its end set to its last heartbeat."""
    with store.reading() as conn:
        row = conn.execute(
            "SELECT id, participant_id, item_id, start_ms, heartbeat_ms FROM turns"
            " WHERE meeting_id = ? AND end_ms IS NULL", (meeting_id,)).fetchone()
    if row is None:
        return None
    end = max(row[3], row[4] if row[4] is not None else row[3])
    return Turn(participant_id=row[1], start_ms=row[3], end_ms=end, item_id=row[2], id=row[0])


def recover(store: Store, meeting_id: int) -> Turn | None:
    """Close a turn left open by a crash at its last heartbeat; returns it, closed."""
    turn = interrupted_turn(store, meeting_id)
    if turn is None:
        return None
    with store.write() as conn:
        conn.execute("UPDATE turns SET end_ms = ? WHERE id = ?", (turn.end_ms, turn.id))
    return turn


def insert_turns(store: Store, meeting_id: int, turns: Iterable[Turn]) -> int:
    """Bulk insert closed turns (imports, demo) in one transaction; streamed, so a million
    turns never sit in memory as rows."""
    count = 0

    def written() -> Iterator[dict]:
        nonlocal count
        for t in turns:
            count += 1
            yield rows.turn_row(meeting_id, t) | {"id": None}

    with store.write() as conn:
        rows.put_many(conn, "turns", written())
    return count
