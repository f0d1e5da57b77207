"""What every command module shares: the one-line user error and opening the database."""

from __future__ import annotations

import argparse

from coprodesk.paths import default_db_path


class UserError(Exception):
    """A problem with the user's input, reported as one line (exit code 2)."""


def open_db(args: argparse.Namespace):
    """The store named by ``--db`` (else the default), checked and migrated."""
    from coprodesk.store.connection import open_store

    return open_store(args.db or default_db_path())


def open_db_for_reading(args: argparse.Namespace):
    """For commands that only read (list, report, backup): a read-only database is read as it
    is, without upgrading it and without leaving -wal/-shm files beside it."""
    from coprodesk.store.readonly import is_read_only, open_read_only

    path = args.db or default_db_path()
    if path.is_file() and is_read_only(path):
        return open_read_only(path)
    return open_db(args)
