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
