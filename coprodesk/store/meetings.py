"""Repository functions for meetings and everything in them.

They take and return domain values; they decide nothing. Each public writer is
one transaction through ``Store.write``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from coprodesk.domain.model import (
    PALETTE,
    Action,
    AgendaItem,
    Decision,
    Hand,
    ItemKind,
    Meeting,
    Participant,
    Presence,
    Role,
    Round,
    StakeholderGroup,
    Stance,
)
from coprodesk.domain.vocabulary import DEFAULT_GROUPS, AttendanceMode
from coprodesk.store import rows
from coprodesk.store.connection import Store
from coprodesk.store.errors import StoreError
from coprodesk.store.library import MeetingSummary as MeetingSummary  # re-exported
from coprodesk.store.library import list_meetings as list_meetings  # re-exported

MEETING_FIELDS = (
    "title", "purpose", "date", "start_time", "end_time", "place", "ground_rules", "status",
    "series", "turn_soft_limit_s", "groups_only", "queue_policy", "started_ms", "ended_ms",
)


# --- reading ---------------------------------------------------------------------

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
    found = rows.read(conn, "meetings", "WHERE x.id = ?", [meeting_id])
    if not found:
        raise StoreError(store.path, f"no meeting with id {meeting_id}")
    mine = [meeting_id]
    presence: dict[int, list[Presence]] = {}
    for r in rows.read(conn, "presence", "JOIN participants p ON p.id = x.participant_id"
                       " WHERE p.meeting_id = ? ORDER BY x.start_ms, x.id", mine):
        presence.setdefault(r["participant_id"], []).append(rows.presence_of(r))
    return rows.meeting_of(
        found[0],
        groups=tuple(map(rows.group_of, rows.read(
            conn, "groups", "WHERE x.meeting_id = ? ORDER BY x.position, x.id", mine))),
        participants=tuple(rows.participant_of(r, presence.get(r["id"], ())) for r in rows.read(
            conn, "participants", "WHERE x.meeting_id = ? ORDER BY x.position, x.id", mine)),
        items=tuple(map(rows.item_of, rows.read(
            conn, "items", "WHERE x.meeting_id = ? ORDER BY x.position, x.id", mine))),
        turns=tuple(map(rows.turn_of, rows.read(
            conn, "turns", "WHERE x.meeting_id = ? ORDER BY x.start_ms, x.id", mine))),
        decisions=_load_decisions(conn, meeting_id), actions=_load_actions(conn, meeting_id),
        hands=tuple(map(rows.hand_of, rows.read(
            conn, "hands", "WHERE x.meeting_id = ? ORDER BY x.raised_ms", mine))))


def _load_decisions(conn: Any, meeting_id: int) -> tuple[Decision, ...]:
    stances: dict[int, list[Stance]] = {}
    for r in rows.read(conn, "stances", "JOIN rounds r ON r.id = x.round_id"
                       " JOIN decisions d ON d.id = r.decision_id WHERE d.meeting_id = ?"
                       " ORDER BY x.round_id, x.participant_id", [meeting_id]):
        stances.setdefault(r["round_id"], []).append(rows.stance_of(r))
    rounds: dict[int, list[Round]] = {}
    for r in rows.read(conn, "rounds", "JOIN decisions d ON d.id = x.decision_id"
                       " WHERE d.meeting_id = ? ORDER BY x.decision_id, x.number", [meeting_id]):
        rounds.setdefault(r["decision_id"], []).append(rows.round_of(r, stances.get(r["id"], ())))
    return tuple(rows.decision_of(r, rounds.get(r["id"], ())) for r in rows.read(
        conn, "decisions", "WHERE x.meeting_id = ? ORDER BY x.position, x.id", [meeting_id]))


def _load_actions(conn: Any, meeting_id: int) -> tuple[Action, ...]:
    owners: dict[int, list[int]] = {}
    for r in conn.execute(
            "SELECT o.action_id, o.participant_id FROM action_owners o"
            " JOIN actions a ON a.id = o.action_id WHERE a.meeting_id = ?"
            " ORDER BY o.rowid", [meeting_id]):
        owners.setdefault(r[0], []).append(r[1])
    return tuple(rows.action_of(r, owners.get(r["id"], ())) for r in rows.read(
        conn, "actions", "WHERE x.meeting_id = ? ORDER BY x.position, x.id", [meeting_id]))


# --- writing ---------------------------------------------------------------------

def create_meeting(store: Store, title: str, *, default_groups: bool = True,
                   now_ms: int = 0, **fields: Any) -> int:
    """A new meeting (with the four default stakeholder groups unless told otherwise)."""
    rows.checked(fields, MEETING_FIELDS, "meeting")
    meeting = Meeting(id=rows.NEW, title=title, uid=rows.new_uid(), **fields)
    with store.write() as conn:
        meeting_id = rows.put(conn, "meetings", rows.meeting_row(meeting, created_ms=now_ms))
        if default_groups:
            for pos, (name, label) in enumerate(DEFAULT_GROUPS):
                _insert_group(conn, meeting_id, name, label, PALETTE[pos], pos)
    return meeting_id


def update_meeting(store: Store, meeting_id: int, **fields: Any) -> None:
    rows.checked(fields, MEETING_FIELDS, "meeting")
    with store.write() as conn:
        rows.update(conn, "meetings", meeting_id, fields)


def delete_meeting(store: Store, meeting_id: int, *, even_signed: bool = False) -> None:
    """``even_signed``: lift a signed meeting's lock first (a file replaces it whole)."""
    with store.write() as conn:
        if even_signed:
            conn.execute("UPDATE meetings SET status = 'closed' WHERE id = ? AND "
                         "status = 'signed'", [meeting_id])
        rows.remove(conn, "meetings", meeting_id)


def _insert_group(conn: Any, meeting_id: int, name: str, label: str, colour: str,
                  position: int) -> int:
    return rows.put(conn, "groups", rows.group_row(
        meeting_id, StakeholderGroup(rows.NEW, name, label, colour, position)))


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
    return rows.put_participant(conn, meeting_id, Participant(
        rows.NEW, name, group_id, Role(role), named_in_minutes, pseudonym,
        access_needs, apologies, position, person_uid or rows.new_uid()))


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
    return rows.put(conn, "items", rows.item_row(meeting_id, AgendaItem(
        rows.NEW, title, ItemKind(kind), int(planned_s), position,
        tuple(lead_ids), started_ms, ended_ms, notes)))


def update_item(store: Store, item_id: int, **fields: Any) -> None:
    rows.checked(fields, ("title", "kind", "planned_s", "position", "lead_ids", "started_ms",
                          "ended_ms", "notes"), "item")
    if "lead_ids" in fields:
        fields["lead_ids"] = json.dumps(list(fields["lead_ids"]))
    with store.write() as conn:
        rows.update(conn, "items", item_id, fields)


def add_presence(store: Store, participant_id: int, start_ms: int,
                 end_ms: int | None = None, mode: str = "room") -> None:
    with store.write() as conn:
        rows.put_many(conn, "presence", rows.presence_rows(
            participant_id, [Presence(start_ms, end_ms, AttendanceMode(mode))]))


def add_decision(store: Store, meeting_id: int, method: str, proposal: str, *,
                 stances: Mapping[int, tuple[str | None, str]] | None = None,
                 item_id: int | None = None, threshold: str = "simple",
                 statement: str = "", dissent: str = "", plain_words: str = "") -> int:
    """A decision with its first round; ``stances`` maps participant id to (option, reason)."""
    first = Round(1, proposal, tuple(Stance(pid, option, reason)
                                     for pid, (option, reason) in (stances or {}).items()))
    with store.write() as conn:
        position = conn.execute(
            "SELECT COALESCE(MAX(position) + 1, 0) FROM decisions WHERE meeting_id = ?",
            [meeting_id]).fetchone()[0]
        return rows.put_decision(conn, meeting_id, Decision(
            rows.NEW, method, (first,), item_id, threshold, statement=statement,
            dissent=dissent, position=position, plain_words=plain_words))


def add_action(store: Store, meeting_id: int, what: str, owner_ids: Iterable[int] = (), *,
               due: str = "", decision_id: int | None = None, item_id: int | None = None,
               done: bool = False, raised_by_id: int | None = None,
               plain_words: str = "") -> int:
    with store.write() as conn:
        position = conn.execute(
            "SELECT COALESCE(MAX(position) + 1, 0) FROM actions WHERE meeting_id = ?",
            [meeting_id]).fetchone()[0]
        return rows.put_action(conn, meeting_id, Action(
            rows.NEW, what, tuple(owner_ids), due, decision_id, item_id,
            done, position, raised_by_id, plain_words))


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
        rows.put_many(conn, "presence", rows.presence_rows(participant_id, presence))


# --- editing a meeting's plan (the facilitator window) ------------------------------
# Each writer is one transaction; the restore_* functions put a value back with its
# own id, so that undoing a removal leaves every reference (leads, turns) intact.

GROUP_FIELDS = ("name", "label", "colour", "position")
PARTICIPANT_FIELDS = ("name", "group_id", "role", "named_in_minutes", "pseudonym", "access_needs",
                      "apologies", "position", "attendance")
_PARTICIPANT_COLUMNS = {"named_in_minutes": "named"}


def _meeting_of(conn: Any, store: Store, table: str, row_id: int) -> int:
    row = conn.execute(f"SELECT meeting_id FROM {table} WHERE id = ?", [row_id]).fetchone()
    if row is None:
        raise StoreError(store.path, f"this {table[:-1]} no longer exists")
    return row[0]


def _stripped(store: Store, fields: dict[str, Any], key: str, empty: str) -> None:
    """A text field without surrounding spaces; refused (``empty`` says why) when blank."""
    if key in fields:
        fields[key] = str(fields[key]).strip()
        if not fields[key]:
            raise StoreError(store.path, empty)


def update_group(store: Store, group_id: int, **fields: Any) -> None:
    """Rename a group, change its label, colour or position (a name stays unique)."""
    rows.checked(fields, GROUP_FIELDS, "group")
    _stripped(store, fields, "name", "a stakeholder group needs a name")
    _stripped(store, fields, "label", "a stakeholder group needs a short label")
    if not fields:
        return
    with store.write() as conn:
        meeting_id = _meeting_of(conn, store, "groups", group_id)
        if "name" in fields and conn.execute(
                "SELECT 1 FROM groups WHERE meeting_id = ? AND lower(name) = lower(?) AND id != ?",
                [meeting_id, fields["name"], group_id]).fetchone():
            raise StoreError(store.path, f"there is already a group called {fields['name']!r}")
        rows.update(conn, "groups", group_id, fields)


def delete_group(store: Store, group_id: int) -> None:
    """Remove a group; refused while anyone is in it."""
    with store.write() as conn:
        _meeting_of(conn, store, "groups", group_id)
        name = conn.execute("SELECT name FROM groups WHERE id = ?", [group_id]).fetchone()[0]
        n = conn.execute("SELECT COUNT(*) FROM participants WHERE group_id = ?",
                         [group_id]).fetchone()[0]
        if n:
            people = "1 person is" if n == 1 else f"{n} people are"
            raise StoreError(store.path, f"the group {name!r} cannot be removed: {people} in it; "
                                         "move them to another group first")
        rows.remove(conn, "groups", group_id)


def restore_group(store: Store, meeting_id: int, group: StakeholderGroup) -> None:
    with store.write() as conn:
        rows.put(conn, "groups", rows.group_row(meeting_id, group))


def update_participant(store: Store, participant_id: int, **fields: Any) -> None:
    rows.checked(fields, PARTICIPANT_FIELDS, "participant")
    _stripped(store, fields, "name", "a person needs a name")
    if "role" in fields:
        fields["role"] = Role(fields["role"])
    if "attendance" in fields:
        fields["attendance"] = AttendanceMode(fields["attendance"]).value
    if not fields:
        return
    with store.write() as conn:
        meeting_id = _meeting_of(conn, store, "participants", participant_id)
        if "group_id" in fields and not conn.execute(
                "SELECT 1 FROM groups WHERE id = ? AND meeting_id = ?",
                [fields["group_id"], meeting_id]).fetchone():
            raise StoreError(store.path, "that stakeholder group is not part of this meeting")
        rows.update(conn, "participants", participant_id,
                    {_PARTICIPANT_COLUMNS.get(k, k): v for k, v in fields.items()})


def delete_participant(store: Store, participant_id: int) -> None:
    """Remove a person from a meeting; refused once they have spoken or given a stance."""
    with store.write() as conn:
        _meeting_of(conn, store, "participants", participant_id)
        spoke = conn.execute("SELECT 1 FROM turns WHERE participant_id = ? LIMIT 1",
                             [participant_id]).fetchone()
        stance = conn.execute("SELECT 1 FROM stances WHERE participant_id = ? LIMIT 1",
                              [participant_id]).fetchone()
        if spoke or stance:
            name = conn.execute("SELECT name FROM participants WHERE id = ?",
                                [participant_id]).fetchone()[0]
            raise StoreError(store.path, f"{name!r} cannot be removed: they have spoken or given "
                                         "a stance in this meeting")
        rows.remove(conn, "participants", participant_id)


def restore_participant(store: Store, meeting_id: int, person: Participant) -> None:
    with store.write() as conn:
        rows.put_participant(conn, meeting_id, person)


def delete_item(store: Store, item_id: int) -> None:
    with store.write() as conn:
        rows.remove(conn, "items", item_id)


ITEM_LINKED = ("turns", "decisions", "actions")  # rows whose item_id is cleared when it goes


def item_links(store: Store, item_id: int) -> dict[str, tuple[int, ...]]:
    """The ids of the turns, decisions and actions tied to an agenda item."""
    with store.reading() as conn:
        return {t: tuple(r[0] for r in conn.execute(
            f"SELECT id FROM {t} WHERE item_id = ? ORDER BY id", [item_id]))
            for t in ITEM_LINKED}


def relink_item(store: Store, item_id: int, links: dict[str, tuple[int, ...]]) -> None:
    """Tie rows back to a restored item (undo of its deletion)."""
    with store.write() as conn:
        for table, ids in links.items():
            if table in ITEM_LINKED:
                conn.executemany(f"UPDATE {table} SET item_id = ? WHERE id = ?",
                                 [(item_id, i) for i in ids])


def restore_item(store: Store, meeting_id: int, item: AgendaItem) -> None:
    with store.write() as conn:
        rows.put(conn, "items", rows.item_row(meeting_id, item))


def _reorder(store: Store, table: str, meeting_id: int, ids: Iterable[int]) -> None:
    ids = list(ids)
    with store.write() as conn:
        have = {r[0] for r in conn.execute(f"SELECT id FROM {table} WHERE meeting_id = ?",
                                           [meeting_id])}
        if set(ids) != have or len(ids) != len(have):
            raise StoreError(store.path, "the list changed meanwhile; nothing was reordered")
        conn.executemany(f"UPDATE {table} SET position = ? WHERE id = ?",
                         [(pos, row_id) for pos, row_id in enumerate(ids)])


def reorder_items(store: Store, meeting_id: int, ids: Iterable[int]) -> None:
    """Put the agenda in this order (every item of the meeting, each once)."""
    _reorder(store, "items", meeting_id, ids)


def reorder_groups(store: Store, meeting_id: int, ids: Iterable[int]) -> None:
    _reorder(store, "groups", meeting_id, ids)


def meeting_contents(store: Store, meeting_id: int) -> dict[str, int]:
    """How much a meeting holds, to say what deleting it would lose."""
    out: dict[str, int] = {}
    with store.reading() as conn:
        for key, table in (("people", "participants"), ("items", "items"), ("turns", "turns"),
                           ("decisions", "decisions"), ("actions", "actions")):
            out[key] = conn.execute(f"SELECT COUNT(*) FROM {table} WHERE meeting_id = ?",
                                    [meeting_id]).fetchone()[0]
    return out


def duplicate_meeting_as_template(store: Store, meeting_id: int, title: str | None = None,
                                  *, now_ms: int = 0) -> int:
    """A new planned meeting with the same details, groups, people and agenda; no turns,
    decisions, actions, attendance or notes are copied."""
    m = load_meeting(store, meeting_id)
    with store.write() as conn:
        new_id = create_meeting(
            store, title or f"{m.title} (copy)", default_groups=False, now_ms=now_ms,
            purpose=m.purpose, date=m.date, start_time=m.start_time, end_time=m.end_time,
            place=m.place, ground_rules=m.ground_rules, series=m.series,
            turn_soft_limit_s=m.turn_soft_limit_s, groups_only=m.groups_only,
            queue_policy=m.queue_policy)
        gmap = {g.id: _insert_group(conn, new_id, g.name, g.label, g.colour, g.position)
                for g in m.groups}
        pmap = {p.id: _insert_participant(
                    conn, new_id, p.name, gmap[p.group_id], p.role,
                    named_in_minutes=p.named_in_minutes, pseudonym=p.pseudonym,
                    access_needs=p.access_needs, person_uid=p.person_uid, position=p.position)
                for p in m.participants}
        for i in m.items:
            _insert_item(conn, new_id, i.title, i.planned_s, i.kind, position=i.position,
                         lead_ids=[pmap[x] for x in i.lead_ids if x in pmap])
    return new_id


def restore_meeting_plan(store: Store, meeting: Meeting, *, now_ms: int = 0) -> None:
    """Put back a meeting's details, groups, people and agenda with their own ids (the
    redo of "new meeting" or "duplicate as template")."""
    m = meeting
    with store.write() as conn:
        rows.put(conn, "meetings", rows.meeting_row(m, created_ms=now_ms))
        for g in m.groups:
            rows.put(conn, "groups", rows.group_row(m.id, g))
        for p in m.participants:
            rows.put_participant(conn, m.id, p)
        for i in m.items:
            rows.put(conn, "items", rows.item_row(m.id, i))


def import_people(store: Store, meeting_id: int,
                  rows: Iterable[tuple[int, str, str, Role]]) -> list[int]:
    """Add people given as (line number, name, group name, role), all or nothing: a group
    this meeting does not have names the line, and nobody is added."""
    rows = list(rows)
    with store.write() as conn:
        groups = {r[1].lower(): r[0] for r in conn.execute(
            "SELECT id, name FROM groups WHERE meeting_id = ?", [meeting_id])}
        ids = []
        for line, name, group, role in rows:
            gid = groups.get(group.strip().lower())
            if gid is None:
                known = ", ".join(sorted(r[0] for r in conn.execute(
                    "SELECT name FROM groups WHERE meeting_id = ?", [meeting_id])))
                raise StoreError(store.path, f"line {line}: there is no group called {group!r} "
                                             f"in this meeting (groups: {known}); nobody was imported")
            ids.append(_insert_participant(conn, meeting_id, name, gid, role))
    return ids
