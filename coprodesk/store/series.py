"""Series: meetings in order, action updates, and a new meeting from the previous one."""

from __future__ import annotations

from coprodesk.domain.model import ActionStatus, ActionUpdate, ItemKind, Meeting
from coprodesk.domain.series import SINCE_LAST_TIME
from coprodesk.store import meetings as repo
from coprodesk.store.connection import Store
from coprodesk.store.errors import StoreError


def series_names(store: Store) -> list[str]:
    with store.reading() as conn:
        return [r[0] for r in conn.execute(
            "SELECT DISTINCT series FROM meetings WHERE series != '' ORDER BY series")]


def series_meetings(store: Store, name: str) -> list[Meeting]:
    """The meetings of a series in order: by date, then by id."""
    with store.reading() as conn:
        ids = [r[0] for r in conn.execute(
            "SELECT id FROM meetings WHERE series = ? ORDER BY date, id", [name])]
        if not ids:
            ids = [r[0] for r in conn.execute(
                "SELECT id FROM meetings WHERE lower(series) = lower(?) ORDER BY date, id", [name])]
    if not ids:
        raise StoreError(store.path, f"no series called {name!r}")
    return [repo.load_meeting(store, i) for i in ids]


def action_updates(store: Store, meeting_ids: list[int]) -> list[ActionUpdate]:
    if not meeting_ids:
        return []
    marks = ",".join("?" * len(meeting_ids))
    with store.reading() as conn:
        rows = conn.execute(
            f"SELECT action_id, meeting_id, status, note, recorded_ms FROM action_updates"
            f" WHERE meeting_id IN ({marks}) ORDER BY recorded_ms, id", meeting_ids).fetchall()
    return [ActionUpdate(r[0], r[1], ActionStatus(r[2]), r[3], r[4]) for r in rows]


def record_update(store: Store, action_id: int, meeting_id: int, status: ActionStatus,
                  note: str, now_ms: int) -> None:
    """Record (or change) what happened to a carried action at this meeting."""
    with store.write() as conn:
        conn.execute(
            "INSERT INTO action_updates (action_id, meeting_id, status, note, recorded_ms)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (action_id, meeting_id) DO UPDATE SET"
            " status = excluded.status, note = excluded.note, recorded_ms = excluded.recorded_ms",
            [action_id, meeting_id, str(status), note, now_ms])


def clear_update(store: Store, action_id: int, meeting_id: int) -> None:
    with store.write() as conn:
        conn.execute("DELETE FROM action_updates WHERE action_id = ? AND meeting_id = ?",
                     [action_id, meeting_id])


def new_meeting_in_series(store: Store, previous_id: int, title: str, date: str,
                          now_ms: int = 0) -> int:
    """The next meeting of the previous one's series: same groups and people (linked by
    person), and an agenda that opens with "Since last time"."""
    prev = repo.load_meeting(store, previous_id)
    series = prev.series or prev.title
    with store.write():
        if not prev.series:
            repo.update_meeting(store, prev.id, series=series)
        new_id = repo.create_meeting(
            store, title, default_groups=False, now_ms=now_ms, date=date, series=series,
            purpose=prev.purpose, place=prev.place, ground_rules=prev.ground_rules,
            start_time=prev.start_time, end_time=prev.end_time,
            turn_soft_limit_s=prev.turn_soft_limit_s, groups_only=prev.groups_only,
            queue_policy=prev.queue_policy)
        gmap = {g.id: repo.add_group(store, new_id, g.name, g.label, g.colour, g.position)
                for g in prev.groups}
        for p in prev.participants:
            repo.add_participant(store, new_id, p.name, gmap[p.group_id], p.role,
                                 named_in_minutes=p.named_in_minutes, pseudonym=p.pseudonym,
                                 access_needs=p.access_needs, person_uid=p.person_uid,
                                 position=p.position)
        repo.add_item(store, new_id, SINCE_LAST_TIME, 15 * 60, ItemKind.INFORMATION)
    return new_id
