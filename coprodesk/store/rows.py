"""Domain values as whole table rows, and back: the one mapping between a value's fields and
its table's columns (``schema.COLUMNS``).

Creating, restoring after an undo, inserting a whole meeting from a file and reading one
back all go through these, so a column is named once. A row keeps the value's own ids;
a caller inserting under new ids overrides them (``row | {"id": None, ...}``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import replace
from enum import Enum
from typing import Any

from coprodesk.domain import model as dm
from coprodesk.store.schema import COLUMNS

Row = dict[str, Any]
NEW: Any = None  # the id of a value not written yet: the database gives it one


def new_uid() -> str:
    """A fresh uid for a meeting or a person. ``uuid`` is imported here, on first use: it
    pulls in ``platform``, which showing the window does not need."""
    import uuid

    return uuid.uuid4().hex


def _insert_sql(table: str) -> str:
    cols = COLUMNS[table]
    return f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"


def put(conn: Any, table: str, row: Mapping[str, Any]) -> int:
    """Insert one whole row; its id (a new one where ``row["id"]`` is None)."""
    return conn.execute(_insert_sql(table), [row[c] for c in COLUMNS[table]]).lastrowid


def put_many(conn: Any, table: str, rows: Iterable[Mapping[str, Any]]) -> None:
    """Insert whole rows, streamed (a million turns never sit in memory as rows)."""
    cols = COLUMNS[table]
    conn.executemany(_insert_sql(table), ([row[c] for c in cols] for row in rows))


def checked(fields: Mapping[str, Any], allowed: Iterable[str], what: str) -> None:
    """A writer's keyword fields are among those it may change (a typo is a bug: raise)."""
    unknown = set(fields) - set(allowed)
    if unknown:
        raise ValueError(f"unknown {what} fields: {sorted(unknown)}")


def cell(value: Any) -> Any:
    """A value as SQLite keeps it: flags as 0/1, the domain's words as their text."""
    if isinstance(value, bool):
        return int(value)
    return value.value if isinstance(value, Enum) else value


def update(conn: Any, table: str, row_id: int, changes: Mapping[str, Any]) -> None:
    """Set some columns (named as in ``COLUMNS``) of one row."""
    if not changes:
        return
    unknown = set(changes) - set(COLUMNS[table])
    if unknown:
        raise ValueError(f"no such {table} columns: {sorted(unknown)}")
    conn.execute(f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in changes)} WHERE id = ?",
                 [*map(cell, changes.values()), row_id])


def remove(conn: Any, table: str, row_id: int) -> None:
    """Delete one row (what hangs off it goes with it: ``ON DELETE CASCADE``)."""
    conn.execute(f"DELETE FROM {table} WHERE id = ?", [row_id])


def read(conn: Any, table: str, rest: str, args: Iterable[Any] = (), alias: str = "x") -> list[Row]:
    """Whole rows of ``table`` (called ``alias`` in ``rest``: joins, WHERE, ORDER BY)."""
    cols = COLUMNS[table]
    sql = f"SELECT {', '.join(f'{alias}.{c}' for c in cols)} FROM {table} {alias} {rest}"
    return [dict(zip(cols, r, strict=True)) for r in conn.execute(sql, list(args))]


# --- value -> row ---------------------------------------------------------------------

def meeting_row(m: dm.Meeting, *, created_ms: int = 0,
                meanings: Mapping[str, str] | None = None) -> Row:
    return {"id": m.id, "uid": m.uid, "title": m.title, "purpose": m.purpose, "date": m.date,
            "start_time": m.start_time, "end_time": m.end_time, "place": m.place,
            "ground_rules": m.ground_rules, "status": dm.MeetingStatus(m.status).value,
            "series": m.series, "turn_soft_limit_s": m.turn_soft_limit_s,
            "groups_only": int(m.groups_only), "queue_policy": dm.QueuePolicy(m.queue_policy).value,
            "stance_meanings": json.dumps(dict(meanings or {})), "started_ms": m.started_ms,
            "ended_ms": m.ended_ms, "created_ms": created_ms}


def group_row(meeting_id: int, g: dm.StakeholderGroup) -> Row:
    return {"id": g.id, "meeting_id": meeting_id, "name": g.name, "label": g.label,
            "colour": g.colour, "position": g.position}


def participant_row(meeting_id: int, p: dm.Participant) -> Row:
    return {"id": p.id, "meeting_id": meeting_id, "group_id": p.group_id, "name": p.name,
            "role": dm.Role(p.role).value, "named": int(p.named_in_minutes),
            "pseudonym": p.pseudonym, "access_needs": p.access_needs,
            "apologies": int(p.apologies), "position": p.position, "person_uid": p.person_uid,
            "attendance": dm.AttendanceMode(p.attendance).value}


def presence_rows(participant_id: int, presence: Iterable[dm.Presence]) -> list[Row]:
    return [{"id": None, "participant_id": participant_id, "start_ms": x.start_ms,
             "end_ms": x.end_ms, "mode": dm.AttendanceMode(x.mode).value} for x in presence]


def item_row(meeting_id: int, i: dm.AgendaItem) -> Row:
    return {"id": i.id, "meeting_id": meeting_id, "position": i.position, "title": i.title,
            "kind": dm.ItemKind(i.kind).value, "planned_s": int(i.planned_s),
            "lead_ids": json.dumps(list(i.lead_ids)), "started_ms": i.started_ms,
            "ended_ms": i.ended_ms, "notes": i.notes}


def turn_row(meeting_id: int, t: dm.Turn) -> Row:
    """The heartbeat of a written turn is its end (its start while it is open)."""
    return {"id": t.id, "meeting_id": meeting_id, "participant_id": t.participant_id,
            "item_id": t.item_id, "start_ms": t.start_ms, "end_ms": t.end_ms,
            "heartbeat_ms": t.end_ms if t.end_ms is not None else t.start_ms}


def hand_row(meeting_id: int, h: dm.Hand) -> Row:
    return {"meeting_id": meeting_id, "participant_id": h.participant_id,
            "raised_ms": h.raised_ms, "kind": dm.HandKind(h.kind).value}


def decision_row(meeting_id: int, d: dm.Decision) -> Row:
    return {"id": d.id, "meeting_id": meeting_id, "item_id": d.item_id, "position": d.position,
            "method": d.method, "threshold": d.threshold, "deferred": int(d.deferred),
            "override_outcome": d.override_outcome, "override_reason": d.override_reason,
            "statement": d.statement, "dissent": d.dissent, "plain_words": d.plain_words}


def round_row(decision_id: int, r: dm.Round) -> Row:
    return {"id": r.id, "decision_id": decision_id, "number": r.number, "proposal": r.proposal}


def stance_rows(round_id: int, stances: Iterable[dm.Stance]) -> list[Row]:
    return [{"round_id": round_id, "participant_id": s.participant_id, "option": s.option,
             "reason": s.reason, "from_device": int(s.from_device)} for s in stances]


def action_row(meeting_id: int, a: dm.Action) -> Row:
    return {"id": a.id, "meeting_id": meeting_id, "decision_id": a.decision_id,
            "item_id": a.item_id, "position": a.position, "what": a.what, "due": a.due,
            "done": int(a.done), "raised_by": a.raised_by_id, "plain_words": a.plain_words}


def owner_rows(action_id: int, owner_ids: Iterable[int]) -> list[Row]:
    return [{"action_id": action_id, "participant_id": o} for o in owner_ids]


def signature_row(meeting_id: int, s: dm.SignatureRecord) -> Row:
    return {"id": None, "meeting_id": meeting_id, "field": s.field, "signer": s.signer,
            "signed_ms": s.signed_ms, "sha256": s.sha256}


def amendment_row(meeting_id: int, recorded_ms: int, reason: str) -> Row:
    return {"id": None, "meeting_id": meeting_id, "recorded_ms": recorded_ms, "reason": reason}


def update_row(action_id: int, meeting_id: int, status: str, note: str,
               recorded_ms: int) -> Row:
    return {"id": None, "action_id": action_id, "meeting_id": meeting_id, "status": status,
            "note": note, "recorded_ms": recorded_ms}


# --- row -> value ---------------------------------------------------------------------

def meeting_of(r: Row, **parts: Any) -> dm.Meeting:
    """``parts``: the groups, participants, items ... read from their own tables."""
    return dm.Meeting(
        id=r["id"], uid=r["uid"], title=r["title"], purpose=r["purpose"], date=r["date"],
        start_time=r["start_time"], end_time=r["end_time"], place=r["place"],
        ground_rules=r["ground_rules"], status=dm.MeetingStatus(r["status"]), series=r["series"],
        turn_soft_limit_s=r["turn_soft_limit_s"], groups_only=bool(r["groups_only"]),
        queue_policy=dm.QueuePolicy(r["queue_policy"]), started_ms=r["started_ms"],
        ended_ms=r["ended_ms"], **parts)


def group_of(r: Row) -> dm.StakeholderGroup:
    return dm.StakeholderGroup(r["id"], r["name"], r["label"], r["colour"], r["position"])


def participant_of(r: Row, presence: Iterable[dm.Presence] = ()) -> dm.Participant:
    return dm.Participant(
        id=r["id"], name=r["name"], group_id=r["group_id"], role=dm.Role(r["role"]),
        named_in_minutes=bool(r["named"]), pseudonym=r["pseudonym"],
        access_needs=r["access_needs"], apologies=bool(r["apologies"]), position=r["position"],
        person_uid=r["person_uid"], presence=tuple(presence),
        attendance=dm.AttendanceMode(r["attendance"]))


def presence_of(r: Row) -> dm.Presence:
    return dm.Presence(r["start_ms"], r["end_ms"], dm.AttendanceMode(r["mode"]))


def item_of(r: Row) -> dm.AgendaItem:
    return dm.AgendaItem(id=r["id"], title=r["title"], kind=dm.ItemKind(r["kind"]),
                      planned_s=r["planned_s"], position=r["position"],
                      lead_ids=tuple(json.loads(r["lead_ids"] or "[]")),
                      started_ms=r["started_ms"], ended_ms=r["ended_ms"], notes=r["notes"])


def turn_of(r: Row) -> dm.Turn:
    return dm.Turn(participant_id=r["participant_id"], start_ms=r["start_ms"],
                end_ms=r["end_ms"], item_id=r["item_id"], id=r["id"])


def hand_of(r: Row) -> dm.Hand:
    return dm.Hand(r["participant_id"], r["raised_ms"], dm.HandKind(r["kind"]))


def decision_of(r: Row, rounds: Iterable[dm.Round] = ()) -> dm.Decision:
    return dm.Decision(id=r["id"], item_id=r["item_id"], position=r["position"],
                    method=r["method"], threshold=r["threshold"], deferred=bool(r["deferred"]),
                    override_outcome=r["override_outcome"],
                    override_reason=r["override_reason"], statement=r["statement"],
                    dissent=r["dissent"], rounds=tuple(rounds), plain_words=r["plain_words"])


def round_of(r: Row, stances: Iterable[dm.Stance] = ()) -> dm.Round:
    return dm.Round(number=r["number"], proposal=r["proposal"], stances=tuple(stances),
                 id=r["id"])


def stance_of(r: Row) -> dm.Stance:
    return dm.Stance(r["participant_id"], r["option"], r["reason"], bool(r["from_device"]))


def action_of(r: Row, owner_ids: Iterable[int] = ()) -> dm.Action:
    return dm.Action(id=r["id"], what=r["what"], due=r["due"], decision_id=r["decision_id"],
                  item_id=r["item_id"], done=bool(r["done"]), position=r["position"],
                  owner_ids=tuple(owner_ids), raised_by_id=r["raised_by"],
                  plain_words=r["plain_words"])


# --- whole values with the rows hanging off them ----------------------------------------

def put_participant(conn: Any, meeting_id: int, p: dm.Participant, **override: Any) -> int:
    """A person and their attendance."""
    pid = put(conn, "participants", participant_row(meeting_id, p) | override)
    put_many(conn, "presence", presence_rows(pid, p.presence))
    return pid


def put_decision(conn: Any, meeting_id: int, d: dm.Decision, *, fresh: bool = False,
                 participant: Mapping[int, int] | None = None, **override: Any) -> int:
    """A decision with its rounds and stances; ``fresh`` gives every row a new id, and
    ``participant`` maps the stances' people to theirs in this database."""
    who = participant or {}
    did = put(conn, "decisions", decision_row(meeting_id, d) | override)
    for r in d.rounds:
        rid = put(conn, "rounds", round_row(did, r) | ({"id": None} if fresh else {}))
        put_many(conn, "stances", stance_rows(rid, (
            replace(s, participant_id=who.get(s.participant_id, s.participant_id))
            for s in r.stances)))
    return did


def put_action(conn: Any, meeting_id: int, a: dm.Action,
               participant: Mapping[int, int] | None = None, **override: Any) -> int:
    """An action and its owners (mapped through ``participant`` when given)."""
    who = participant or {}
    aid = put(conn, "actions", action_row(meeting_id, a) | override)
    put_many(conn, "action_owners", owner_rows(aid, (who.get(o, o) for o in a.owner_ids)))
    return aid
