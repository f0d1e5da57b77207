"""Versioned schema through sqlite-utils' own ``Migrations``.

Each migration runs in a transaction and is recorded in ``_sqlite_migrations``.
A database that records a migration this app does not know was written by a
newer CoProDesk and is refused rather than damaged.

Migrations are only registered here; sqlite-utils is imported when one is
pending (a new or older database), so opening an up-to-date database at
start-up does not pay for importing it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database, Migrations

MIGRATION_SET = "coprodesk"
_registry: list[tuple[str, Callable[[Any], None]]] = []


def _migration(name: str):
    """Register a migration (applied in registration order) under ``name``."""
    def register(fn: Callable[[Any], None]) -> Callable[[Any], None]:
        _registry.append((name, fn))
        return fn
    return register


def build_migrations() -> Migrations:
    """The sqlite-utils ``Migrations`` holding every registered migration."""
    from sqlite_utils import Migrations

    migrations = Migrations(MIGRATION_SET)
    for name, fn in _registry:
        migrations(name=name)(fn)
    return migrations

_INITIAL = (
    """CREATE TABLE meetings (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        purpose TEXT NOT NULL DEFAULT '',
        date TEXT NOT NULL DEFAULT '',
        start_time TEXT NOT NULL DEFAULT '',
        end_time TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL DEFAULT '',
        ground_rules TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'planned',
        series TEXT NOT NULL DEFAULT '',
        turn_soft_limit_s INTEGER NOT NULL DEFAULT 120,
        groups_only INTEGER NOT NULL DEFAULT 0,
        queue_policy TEXT NOT NULL DEFAULT 'first-come',
        stance_meanings TEXT NOT NULL DEFAULT '{}',
        started_ms INTEGER,
        ended_ms INTEGER,
        created_ms INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE groups (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        colour TEXT NOT NULL DEFAULT '#0072B2',
        position INTEGER NOT NULL DEFAULT 0,
        UNIQUE (meeting_id, name)
    )""",
    """CREATE TABLE participants (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        group_id INTEGER NOT NULL REFERENCES groups(id),
        name TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT 'participant',
        named INTEGER NOT NULL DEFAULT 1,
        pseudonym TEXT NOT NULL DEFAULT '',
        access_needs TEXT NOT NULL DEFAULT '',
        apologies INTEGER NOT NULL DEFAULT 0,
        position INTEGER NOT NULL DEFAULT 0,
        person_uid TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX participants_meeting ON participants(meeting_id)",
    """CREATE TABLE presence (
        id INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        start_ms INTEGER NOT NULL,
        end_ms INTEGER
    )""",
    "CREATE INDEX presence_participant ON presence(participant_id)",
    """CREATE TABLE items (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        title TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'discussion',
        planned_s INTEGER NOT NULL DEFAULT 0 CHECK (planned_s >= 0),
        lead_ids TEXT NOT NULL DEFAULT '[]',
        started_ms INTEGER,
        ended_ms INTEGER,
        notes TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX items_meeting ON items(meeting_id)",
    """CREATE TABLE turns (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        item_id INTEGER REFERENCES items(id) ON DELETE SET NULL,
        start_ms INTEGER NOT NULL,
        end_ms INTEGER CHECK (end_ms IS NULL OR end_ms >= start_ms),
        heartbeat_ms INTEGER
    )""",
    "CREATE INDEX turns_meeting ON turns(meeting_id, start_ms)",
    # At most one open turn per meeting, enforced by the database itself.
    "CREATE UNIQUE INDEX turns_one_open ON turns(meeting_id) WHERE end_ms IS NULL",
    """CREATE TABLE hands (
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        raised_ms INTEGER NOT NULL,
        kind TEXT NOT NULL DEFAULT 'speak',
        PRIMARY KEY (meeting_id, participant_id)
    )""",
    """CREATE TABLE decisions (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        item_id INTEGER REFERENCES items(id) ON DELETE SET NULL,
        position INTEGER NOT NULL DEFAULT 0,
        method TEXT NOT NULL,
        threshold TEXT NOT NULL DEFAULT 'simple',
        deferred INTEGER NOT NULL DEFAULT 0,
        override_outcome TEXT,
        override_reason TEXT NOT NULL DEFAULT '',
        statement TEXT NOT NULL DEFAULT '',
        dissent TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE rounds (
        id INTEGER PRIMARY KEY,
        decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        proposal TEXT NOT NULL,
        UNIQUE (decision_id, number)
    )""",
    """CREATE TABLE stances (
        round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
        participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        option TEXT,
        reason TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (round_id, participant_id)
    )""",
    """CREATE TABLE actions (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        decision_id INTEGER REFERENCES decisions(id) ON DELETE SET NULL,
        item_id INTEGER REFERENCES items(id) ON DELETE SET NULL,
        position INTEGER NOT NULL DEFAULT 0,
        what TEXT NOT NULL,
        due TEXT NOT NULL DEFAULT '',
        done INTEGER NOT NULL DEFAULT 0,
        raised_by INTEGER REFERENCES participants(id) ON DELETE SET NULL
    )""",
    # "You said, we did": what happened to an action, recorded at a later meeting of the series.
    """CREATE TABLE action_updates (
        id INTEGER PRIMARY KEY,
        action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        status TEXT NOT NULL CHECK (status IN ('done', 'in-progress', 'dropped', 'not-yet')),
        note TEXT NOT NULL DEFAULT '',
        recorded_ms INTEGER NOT NULL DEFAULT 0,
        UNIQUE (action_id, meeting_id)
    )""",
    # Signatures recorded on exported minutes, and amendments made after signing.
    """CREATE TABLE signatures (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        field TEXT NOT NULL,
        signer TEXT NOT NULL,
        signed_ms INTEGER NOT NULL,
        sha256 TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE amendments (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        recorded_ms INTEGER NOT NULL,
        reason TEXT NOT NULL
    )""",
    """CREATE TABLE action_owners (
        action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
        participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        PRIMARY KEY (action_id, participant_id)
    )""",
)


# Every table's columns, named once: whole-row writes (create, restore on undo, import of
# a whole meeting; ``store.rows``) and reads of whole rows use this table, and
# tests/store/test_rows.py holds it to the migrated schema, so a migration that adds a
# column adds it here.
COLUMNS: dict[str, tuple[str, ...]] = {
    "meetings": ("id", "uid", "title", "purpose", "date", "start_time", "end_time", "place",
                 "ground_rules", "status", "series", "turn_soft_limit_s", "groups_only",
                 "queue_policy", "stance_meanings", "started_ms", "ended_ms", "created_ms"),
    "groups": ("id", "meeting_id", "name", "label", "colour", "position"),
    "participants": ("id", "meeting_id", "group_id", "name", "role", "named", "pseudonym",
                     "access_needs", "apologies", "position", "person_uid", "attendance"),
    "presence": ("id", "participant_id", "start_ms", "end_ms", "mode"),
    "items": ("id", "meeting_id", "position", "title", "kind", "planned_s", "lead_ids",
              "started_ms", "ended_ms", "notes"),
    "turns": ("id", "meeting_id", "participant_id", "item_id", "start_ms", "end_ms",
              "heartbeat_ms"),
    "hands": ("meeting_id", "participant_id", "raised_ms", "kind"),
    "decisions": ("id", "meeting_id", "item_id", "position", "method", "threshold", "deferred",
                  "override_outcome", "override_reason", "statement", "dissent", "plain_words"),
    "rounds": ("id", "decision_id", "number", "proposal"),
    "stances": ("round_id", "participant_id", "option", "reason", "from_device"),
    "actions": ("id", "meeting_id", "decision_id", "item_id", "position", "what", "due", "done",
                "raised_by", "plain_words"),
    "action_updates": ("id", "action_id", "meeting_id", "status", "note", "recorded_ms"),
    "signatures": ("id", "meeting_id", "field", "signer", "signed_ms", "sha256"),
    "amendments": ("id", "meeting_id", "recorded_ms", "reason"),
    "action_owners": ("action_id", "participant_id"),
    "device_links": ("id", "meeting_id", "participant_id", "nonce", "token_hash", "created_ms",
                     "revoked_ms"),
    "device_stances": ("round_id", "participant_id", "option", "reason", "given_ms"),
    "database_identity": ("id",),
}


@_migration("m001_initial")
def m001_initial(db: Database) -> None:
    for statement in _INITIAL:
        db.execute(statement)


def known_migration_names() -> set[str]:
    return {name for name, _fn in _registry}


# Tables whose rows belong to one meeting directly; a signed meeting refuses new or changed rows.
LOCKED_TABLES = ("groups", "participants", "items", "turns", "hands", "decisions", "actions")
SIGNED_LOCK_MESSAGE = "coprodesk-signed-meeting-locked"


@_migration("m002_signed_meetings_are_locked")
def m002_signed_meetings_are_locked(db: Database) -> None:
    """Once minutes are signed, the database itself refuses edits to that meeting, whatever
    code path tries; reopening (status back to closed) is the only change, with an amendment."""
    guard = (f"BEGIN SELECT RAISE(ABORT, '{SIGNED_LOCK_MESSAGE}'); END")
    for table in LOCKED_TABLES:
        for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW")):
            db.execute(
                f"CREATE TRIGGER {table}_locked_{event.lower()} BEFORE {event} ON {table} "
                f"WHEN (SELECT status FROM meetings WHERE id = {row}.meeting_id) = 'signed' "
                + guard)
    db.execute("CREATE TRIGGER meetings_locked_update BEFORE UPDATE ON meetings "
               "WHEN OLD.status = 'signed' AND NEW.status = 'signed' " + guard)


# Rows that belong to a meeting through another row: (table, SQL giving the meeting id of
# a row named NEW or OLD). Deleting a whole meeting still works: by the time its rows
# cascade away the meeting is gone, so no lock applies.
_INDIRECT = (
    ("presence", "(SELECT meeting_id FROM participants WHERE id = {row}.participant_id)"),
    ("rounds", "(SELECT meeting_id FROM decisions WHERE id = {row}.decision_id)"),
    ("stances", "(SELECT d.meeting_id FROM rounds r JOIN decisions d ON d.id = r.decision_id"
                " WHERE r.id = {row}.round_id)"),
    ("action_owners", "(SELECT meeting_id FROM actions WHERE id = {row}.action_id)"),
    ("action_updates", "{row}.meeting_id"),
)


@_migration("m003_signed_meetings_are_locked_throughout")
def m003_signed_meetings_are_locked_throughout(db: Database) -> None:
    """m002 locked inserts and updates *into* a signed meeting's own rows; this also locks
    deleting them or moving them out, and every change to the rows hanging off them
    (rounds, stances, presence, owners, action updates): signed minutes stay true to the
    database."""
    guard = f"BEGIN SELECT RAISE(ABORT, '{SIGNED_LOCK_MESSAGE}'); END"
    direct = [(table, "{row}.meeting_id", (("UPDATE", "OLD"), ("DELETE", "OLD")))
              for table in LOCKED_TABLES]
    indirect = [(table, meeting, (("INSERT", "NEW"), ("UPDATE", "NEW"), ("UPDATE", "OLD"),
                                  ("DELETE", "OLD"))) for table, meeting in _INDIRECT]
    for table, meeting, events in direct + indirect:
        for event, row in events:
            db.execute(
                f"CREATE TRIGGER {table}_locked_{event.lower()}_{row.lower()} BEFORE {event} "
                f"ON {table} WHEN (SELECT status FROM meetings WHERE id = "
                f"{meeting.format(row=row)}) = 'signed' " + guard)


@_migration("m004_plain_words")
def m004_plain_words(db: Database) -> None:
    """An optional "in plain words" text on decisions and actions: what the easy-read minutes
    print instead of composing a sentence from the record (empty: composed, as before)."""
    for table in ("decisions", "actions"):
        db.execute(f"ALTER TABLE {table} ADD COLUMN plain_words TEXT NOT NULL DEFAULT ''")


@_migration("m005_device_links")
def m005_device_links(db: Database) -> None:
    """Sharing with participants' own devices: the links of a shared meeting, and the stances
    given from a device while a round is open.

    A link is kept as the SHA-256 of its secret, beside a random nonce; the secret itself is
    the HMAC of that nonce under a key kept outside the database (``share.links``), so a
    copy of the database (a backup, an export) opens no link. ``participant_id`` is NULL
    for the room link. A revoked link keeps its row (``revoked_ms``) so that renewing is
    never undone by accident.

    Stances from devices wait in their own table, out of the record (``stances``), the
    report and the minutes, until the facilitator reveals the round."""
    db.execute("""CREATE TABLE device_links (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        participant_id INTEGER REFERENCES participants(id) ON DELETE CASCADE,
        nonce TEXT NOT NULL,
        token_hash TEXT NOT NULL UNIQUE,
        created_ms INTEGER NOT NULL,
        revoked_ms INTEGER
    )""")
    db.execute("CREATE INDEX device_links_meeting ON device_links(meeting_id)")
    db.execute("""CREATE TABLE device_stances (
        round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
        participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        option TEXT,
        reason TEXT NOT NULL DEFAULT '',
        given_ms INTEGER NOT NULL,
        PRIMARY KEY (round_id, participant_id)
    )""")


@_migration("m006_hybrid_attendance")
def m006_hybrid_attendance(db: Database) -> None:
    """Hybrid meetings: where each person takes part from, ``room`` or ``online``: on the
    person (where no interval says otherwise) and on each interval of presence (a switch
    ends one interval and starts the next). Existing rows are in the room, as before."""
    check = "CHECK ({col} IN ('room', 'online'))"
    db.execute("ALTER TABLE participants ADD COLUMN attendance TEXT NOT NULL DEFAULT 'room' "
               + check.format(col="attendance"))
    db.execute("ALTER TABLE presence ADD COLUMN mode TEXT NOT NULL DEFAULT 'room' "
               + check.format(col="mode"))


@_migration("m007_stances_from_device")
def m007_stances_from_device(db: Database) -> None:
    """A stance on record says whether its person gave it from their own device (revealed
    from a private round) rather than the facilitator typing it; a correction typed on
    the laptop clears it."""
    db.execute("ALTER TABLE stances ADD COLUMN from_device INTEGER NOT NULL DEFAULT 0")


@_migration("m008_database_identity")
def m008_database_identity(db: Database) -> None:
    """One row: this database's random id (``store.identity``), made once and never changed;
    the archive names each database's manifest after it."""
    db.execute("CREATE TABLE database_identity (id TEXT NOT NULL PRIMARY KEY)")
    db.execute("INSERT INTO database_identity (id) VALUES (lower(hex(randomblob(16))))")
