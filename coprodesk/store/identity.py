"""Which database this is: a random id made once, when the database is created or first
upgraded to hold it, and never changed. The archive names each database's manifest after
it (``archive.d/<database-id>.json``), so laptops writing one shared folder never write the
same file. A byte-for-byte copy of a database file is the same database to the archive."""

from __future__ import annotations

from coprodesk.store.connection import Store


def database_id(store: Store) -> str:
    """This database's id: 32 hexadecimal digits."""
    with store.reading() as conn:
        row = conn.execute("SELECT id FROM database_identity").fetchone()
    return row[0]
