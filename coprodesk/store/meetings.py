"""Repository functions for meetings and everything in them.

They take and return domain values; they decide nothing. Each public writer is
one transaction through ``Store.write``.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from coprodesk.domain.model import (
    DEFAULT_GROUPS,
    PALETTE,
    Action,
    AgendaItem,
    Decision,
    Hand,
    HandKind,
    ItemKind,
    Meeting,
    MeetingStatus,
    Participant,
    Presence,
    QueuePolicy,
    Role,
    Round,
    StakeholderGroup,
    Stance,
    Turn,
)
from coprodesk.store.connection import Store
from coprodesk.store.errors import StoreError

MEETING_FIELDS = (
    "title", "purpose", "date", "start_time", "end_time", "place", "ground_rules", "status",
    "series", "turn_soft_limit_s", "groups_only", "queue_policy", "started_ms", "ended_ms",
)


@dataclass(frozen=True, slots=True)
class MeetingSummary:
    id: int
    uid: str
    date: str
    title: str
    status: MeetingStatus
    people: int
    decisions: int
    series: str = ""


# --- reading ---------------------------------------------------------------------

def list_meetings(store: Store) -> list[MeetingSummary]:
    sql = """
        SELECT m.id, m.uid, m.date, m.title, m.status, m.series,
          (SELECT COUNT(*) FROM participants p WHERE p.meeting_id = m.id) AS people,
          (SELECT COUNT(*) FROM decisions d WHERE d.meeting_id = m.id) AS decisions
        FROM meetings m ORDER BY m.date, m.id"""
    with store.reading() as conn:
        rows = conn.execute(sql).fetchall()
    return [MeetingSummary(r[0], r[1], r[2], r[3], MeetingStatus(r[4]), r[6], r[7], r[5])
            for r in rows]


def find_meeting(store: Store, ref: str | int) -> int:
    """A meeting id from an id, a uid, or an exact (then case-insensitive) title."""
    text = str(ref).strip()
    with store.reading() as conn:
        if text.isdigit():
            row = conn.execute("SELECT id FROM meetings WHERE id = ?", [int(text)]).fetchone()
            if row:
                return row[0]
        row = conn.execute("SELECT id FROM meetings WHERE uid = ?", [text]).fetchone()
        if row:
            return row[0]
        for clause in ("title = ?", "lower(title) = lower(?)"):
            rows = conn.execute(f"SELECT id FROM meetings WHERE {clause}", [text]).fetchall()
            if len(rows) == 1:
                return rows[0][0]
            if len(rows) > 1:
                raise StoreError(store.path, f"several meetings are titled {text!r}; use the id")
    raise StoreError(store.path, f"no meeting {text!r}; `coprodesk list` shows them")


def load_meeting(store: Store, meeting_id: int) -> Meeting:
    with store.reading() as conn:
        return _load(conn, store, meeting_id)


def _load(conn: Any, store: Store, meeting_id: int) -> Meeting:
    conn_rows = conn.execute
    m = conn_rows(
        "SELECT id, uid, title, purpose, date, start_time, end_time, place, ground_rules, status,"
        " series, turn_soft_limit_s, groups_only, queue_policy, started_ms, ended_ms"
        " FROM meetings WHERE id = ?", [meeting_id]).fetchone()
    if m is None:
        raise StoreError(store.path, f"no meeting with id {meeting_id}")
    groups = tuple(
        StakeholderGroup(r[0], r[1], r[2], r[3], r[4]) for r in conn_rows(
            "SELECT id, name, label, colour, position FROM groups WHERE meeting_id = ?"
            " ORDER BY position, id", [meeting_id]))
    presence: dict[int, list[Presence]] = {}
    for r in conn_rows(
            "SELECT pr.participant_id, pr.start_ms, pr.end_ms FROM presence pr"
            " JOIN participants p ON p.id = pr.participant_id WHERE p.meeting_id = ?"
            " ORDER BY pr.start_ms, pr.id", [meeting_id]):
        presence.setdefault(r[0], []).append(Presence(r[1], r[2]))
    participants = tuple(
        Participant(
            id=r[0], name=r[1], group_id=r[2], role=Role(r[3]), named_in_minutes=bool(r[4]),
            pseudonym=r[5], access_needs=r[6], apologies=bool(r[7]), position=r[8],
            person_uid=r[9], presence=tuple(presence.get(r[0], ())))
        for r in conn_rows(
            "SELECT id, name, group_id, role, named, pseudonym, access_needs, apologies,"
            " position, person_uid FROM participants WHERE meeting_id = ?"
            " ORDER BY position, id", [meeting_id]))
    items = tuple(
        AgendaItem(id=r[0], title=r[1], kind=ItemKind(r[2]), planned_s=r[3], position=r[4],
                   lead_ids=tuple(json.loads(r[5] or "[]")), started_ms=r[6], ended_ms=r[7],
                   notes=r[8])
        for r in conn_rows(
            "SELECT id, title, kind, planned_s, position, lead_ids, started_ms, ended_ms, notes"
            " FROM items WHERE meeting_id = ? ORDER BY position, id", [meeting_id]))
    turns = tuple(
        Turn(participant_id=r[1], start_ms=r[2], end_ms=r[3], item_id=r[4], id=r[0])
        for r in conn_rows(
            "SELECT id, participant_id, start_ms, end_ms, item_id FROM turns"
            " WHERE meeting_id = ? ORDER BY start_ms, id", [meeting_id]))
    hands = tuple(
        Hand(r[0], r[1], HandKind(r[2])) for r in conn_rows(
            "SELECT participant_id, raised_ms, kind FROM hands WHERE meeting_id = ?"
            " ORDER BY raised_ms", [meeting_id]))
    return Meeting(
        id=m[0], uid=m[1], title=m[2], purpose=m[3], date=m[4], start_time=m[5], end_time=m[6],
        place=m[7], ground_rules=m[8], status=MeetingStatus(m[9]), series=m[10],
        turn_soft_limit_s=m[11], groups_only=bool(m[12]), queue_policy=QueuePolicy(m[13]),
        started_ms=m[14], ended_ms=m[15], groups=groups, participants=participants,
        items=items, turns=turns, decisions=_load_decisions(conn, meeting_id),
        actions=_load_actions(conn, meeting_id), hands=hands)


def _load_decisions(conn: Any, meeting_id: int) -> tuple[Decision, ...]:
    stances: dict[int, list[Stance]] = {}
    for r in conn.execute(
            "SELECT s.round_id, s.participant_id, s.option, s.reason FROM stances s"
            " JOIN rounds r ON r.id = s.round_id JOIN decisions d ON d.id = r.decision_id"
            " WHERE d.meeting_id = ? ORDER BY s.round_id, s.participant_id", [meeting_id]):
        stances.setdefault(r[0], []).append(Stance(r[1], r[2], r[3]))
    rounds: dict[int, list[Round]] = {}
    for r in conn.execute(
            "SELECT r.id, r.decision_id, r.number, r.proposal FROM rounds r"
            " JOIN decisions d ON d.id = r.decision_id WHERE d.meeting_id = ?"
            " ORDER BY r.decision_id, r.number", [meeting_id]):
        rounds.setdefault(r[1], []).append(
            Round(number=r[2], proposal=r[3], stances=tuple(stances.get(r[0], ())), id=r[0]))
    return tuple(
        Decision(id=r[0], item_id=r[1], position=r[2], method=r[3], threshold=r[4],
                 deferred=bool(r[5]), override_outcome=r[6], override_reason=r[7],
                 statement=r[8], dissent=r[9], rounds=tuple(rounds.get(r[0], ())))
        for r in conn.execute(
            "SELECT id, item_id, position, method, threshold, deferred, override_outcome,"
            " override_reason, statement, dissent FROM decisions WHERE meeting_id = ?"
            " ORDER BY position, id", [meeting_id]))


def _load_actions(conn: Any, meeting_id: int) -> tuple[Action, ...]:
    owners: dict[int, list[int]] = {}
    for r in conn.execute(
            "SELECT o.action_id, o.participant_id FROM action_owners o"
            " JOIN actions a ON a.id = o.action_id WHERE a.meeting_id = ?"
            " ORDER BY o.rowid", [meeting_id]):
        owners.setdefault(r[0], []).append(r[1])
    return tuple(
        Action(id=r[0], what=r[1], due=r[2], decision_id=r[3], item_id=r[4], done=bool(r[5]),
               position=r[6], owner_ids=tuple(owners.get(r[0], ())), raised_by_id=r[7])
        for r in conn.execute(
            "SELECT id, what, due, decision_id, item_id, done, position, raised_by FROM actions"
            " WHERE meeting_id = ? ORDER BY position, id", [meeting_id]))


# --- writing ---------------------------------------------------------------------

def create_meeting(store: Store, title: str, *, default_groups: bool = True,
                   now_ms: int = 0, **fields: Any) -> int:
    """A new meeting (with the four default stakeholder groups unless told otherwise)."""
    unknown = set(fields) - set(MEETING_FIELDS)
    if unknown:
        raise ValueError(f"unknown meeting fields: {sorted(unknown)}")
    with store.write() as conn:
        cols = ["uid", "title", "created_ms", *fields]
        vals = [uuid.uuid4().hex, title, now_ms, *(_db_value(v) for v in fields.values())]
        cur = conn.execute(
            f"INSERT INTO meetings ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            vals)
        meeting_id = cur.lastrowid
        if default_groups:
            for pos, (name, label) in enumerate(DEFAULT_GROUPS):
                _insert_group(conn, meeting_id, name, label, PALETTE[pos], pos)
    return meeting_id


def update_meeting(store: Store, meeting_id: int, **fields: Any) -> None:
    unknown = set(fields) - set(MEETING_FIELDS)
    if unknown:
        raise ValueError(f"unknown meeting fields: {sorted(unknown)}")
    if not fields:
        return
    with store.write() as conn:
        conn.execute(
            f"UPDATE meetings SET {', '.join(f'{k} = ?' for k in fields)} WHERE id = ?",
            [*(_db_value(v) for v in fields.values()), meeting_id])


def delete_meeting(store: Store, meeting_id: int) -> None:
    with store.write() as conn:
        conn.execute("DELETE FROM meetings WHERE id = ?", [meeting_id])


def _db_value(v: Any) -> Any:
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (MeetingStatus, QueuePolicy, Role, ItemKind)):
        return v.value
    return v


def _insert_group(conn: Any, meeting_id: int, name: str, label: str, colour: str,
                  position: int) -> int:
    return conn.execute(
        "INSERT INTO groups (meeting_id, name, label, colour, position) VALUES (?, ?, ?, ?, ?)",
        [meeting_id, name, label, colour, position]).lastrowid


def add_group(store: Store, meeting_id: int, name: str, label: str = "", colour: str = "",
              position: int | None = None) -> int:
    name = name.strip()
    if not name:
        raise StoreError(store.path, "a stakeholder group needs a name")
    with store.write() as conn:
        if conn.execute("SELECT 1 FROM groups WHERE meeting_id = ? AND lower(name) = lower(?)",
                        [meeting_id, name]).fetchone():
            raise StoreError(store.path, f"there is already a group called {name!r}")
        if position is None:
            position = conn.execute(
                "SELECT COALESCE(MAX(position) + 1, 0) FROM groups WHERE meeting_id = ?",
                [meeting_id]).fetchone()[0]
        if not colour:
            used = {r[0] for r in conn.execute(
                "SELECT colour FROM groups WHERE meeting_id = ?", [meeting_id])}
            colour = next((c for c in PALETTE if c not in used), PALETTE[position % len(PALETTE)])
        return _insert_group(conn, meeting_id, name, label or name[:2].upper(), colour, position)


def group_id_by_name(store: Store, meeting_id: int, name: str) -> int | None:
    with store.reading() as conn:
        row = conn.execute("SELECT id FROM groups WHERE meeting_id = ? AND lower(name) = lower(?)",
                           [meeting_id, name.strip()]).fetchone()
    return row[0] if row else None


def add_participant(store: Store, meeting_id: int, name: str, group_id: int,
                    role: Role = Role.PARTICIPANT, **fields: Any) -> int:
    with store.write() as conn:
        return _insert_participant(conn, meeting_id, name, group_id, role, **fields)


def _insert_participant(conn: Any, meeting_id: int, name: str, group_id: int,
                        role: Role = Role.PARTICIPANT, *, named_in_minutes: bool = True,
                        pseudonym: str = "", access_needs: str = "", apologies: bool = False,
                        person_uid: str = "", position: int | None = None) -> int:
    if position is None:
        position = conn.execute(
            "SELECT COALESCE(MAX(position) + 1, 0) FROM participants WHERE meeting_id = ?",
            [meeting_id]).fetchone()[0]
    return conn.execute(
        "INSERT INTO participants (meeting_id, group_id, name, role, named, pseudonym,"
        " access_needs, apologies, position, person_uid) VALUES (?,?,?,?,?,?,?,?,?,?)",
        [meeting_id, group_id, name, Role(role).value, int(named_in_minutes), pseudonym,
         access_needs, int(apologies), position, person_uid or uuid.uuid4().hex]).lastrowid


def add_item(store: Store, meeting_id: int, title: str, planned_s: int = 0,
             kind: ItemKind = ItemKind.DISCUSSION, **fields: Any) -> int:
    with store.write() as conn:
        return _insert_item(conn, meeting_id, title, planned_s, kind, **fields)


def _insert_item(conn: Any, meeting_id: int, title: str, planned_s: int = 0,
                 kind: ItemKind = ItemKind.DISCUSSION, *, lead_ids: Iterable[int] = (),
                 notes: str = "", started_ms: int | None = None, ended_ms: int | None = None,
                 position: int | None = None) -> int:
    if position is None:
        position = conn.execute(
            "SELECT COALESCE(MAX(position) + 1, 0) FROM items WHERE meeting_id = ?",
            [meeting_id]).fetchone()[0]
    return conn.execute(
        "INSERT INTO items (meeting_id, position, title, kind, planned_s, lead_ids, started_ms,"
        " ended_ms, notes) VALUES (?,?,?,?,?,?,?,?,?)",
        [meeting_id, position, title, ItemKind(kind).value, int(planned_s),
         json.dumps(list(lead_ids)), started_ms, ended_ms, notes]).lastrowid


def update_item(store: Store, item_id: int, **fields: Any) -> None:
    allowed = {"title", "kind", "planned_s", "position", "lead_ids", "started_ms", "ended_ms",
               "notes"}
    if set(fields) - allowed:
        raise ValueError(f"unknown item fields: {sorted(set(fields) - allowed)}")
    if "lead_ids" in fields:
        fields["lead_ids"] = json.dumps(list(fields["lead_ids"]))
    with store.write() as conn:
        conn.execute(f"UPDATE items SET {', '.join(f'{k} = ?' for k in fields)} WHERE id = ?",
                     [*(_db_value(v) for v in fields.values()), item_id])


def add_presence(store: Store, participant_id: int, start_ms: int,
                 end_ms: int | None = None) -> None:
    with store.write() as conn:
        conn.execute("INSERT INTO presence (participant_id, start_ms, end_ms) VALUES (?, ?, ?)",
                     [participant_id, start_ms, end_ms])


def add_decision(store: Store, meeting_id: int, method: str, proposal: str, *,
                 stances: Mapping[int, tuple[str | None, str]] | None = None,
                 item_id: int | None = None, threshold: str = "simple",
                 statement: str = "", dissent: str = "") -> int:
    """A decision with its first round; ``stances`` maps participant id to (option, reason)."""
    with store.write() as conn:
        position = conn.execute(
            "SELECT COALESCE(MAX(position) + 1, 0) FROM decisions WHERE meeting_id = ?",
            [meeting_id]).fetchone()[0]
        decision_id = conn.execute(
            "INSERT INTO decisions (meeting_id, item_id, position, method, threshold, statement,"
            " dissent) VALUES (?,?,?,?,?,?,?)",
            [meeting_id, item_id, position, method, threshold, statement, dissent]).lastrowid
        round_id = conn.execute(
            "INSERT INTO rounds (decision_id, number, proposal) VALUES (?, 1, ?)",
            [decision_id, proposal]).lastrowid
        for pid, (option, reason) in (stances or {}).items():
            conn.execute(
                "INSERT INTO stances (round_id, participant_id, option, reason) VALUES (?,?,?,?)",
                [round_id, pid, option, reason])
    return decision_id


def add_action(store: Store, meeting_id: int, what: str, owner_ids: Iterable[int] = (), *,
               due: str = "", decision_id: int | None = None, item_id: int | None = None,
               done: bool = False, raised_by_id: int | None = None) -> int:
    with store.write() as conn:
        position = conn.execute(
            "SELECT COALESCE(MAX(position) + 1, 0) FROM actions WHERE meeting_id = ?",
            [meeting_id]).fetchone()[0]
        action_id = conn.execute(
            "INSERT INTO actions (meeting_id, decision_id, item_id, position, what, due, done,"
            " raised_by) VALUES (?,?,?,?,?,?,?,?)",
            [meeting_id, decision_id, item_id, position, what, due, int(done),
             raised_by_id]).lastrowid
        for pid in owner_ids:
            conn.execute("INSERT INTO action_owners (action_id, participant_id) VALUES (?, ?)",
                         [action_id, pid])
    return action_id


def set_hand(store: Store, meeting_id: int, hand: Hand) -> None:
    with store.write() as conn:
        conn.execute(
            "INSERT INTO hands (meeting_id, participant_id, raised_ms, kind) VALUES (?,?,?,?)"
            " ON CONFLICT (meeting_id, participant_id) DO UPDATE SET kind = excluded.kind",
            [meeting_id, hand.participant_id, hand.raised_ms, str(hand.kind)])


def remove_hand(store: Store, meeting_id: int, participant_id: int) -> None:
    with store.write() as conn:
        conn.execute("DELETE FROM hands WHERE meeting_id = ? AND participant_id = ?",
                     [meeting_id, participant_id])


def replace_presence(store: Store, participant_id: int, presence: Iterable[Presence]) -> None:
    """Store a participant's attendance intervals as given (the domain computed them)."""
    with store.write() as conn:
        conn.execute("DELETE FROM presence WHERE participant_id = ?", [participant_id])
        conn.executemany(
            "INSERT INTO presence (participant_id, start_ms, end_ms) VALUES (?, ?, ?)",
            [(participant_id, p.start_ms, p.end_ms) for p in presence])
