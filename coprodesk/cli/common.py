"""What every command module shares: the one-line user error and opening the database."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from coprodesk.paths import default_db_path


class UserError(Exception):
    """A problem with the user's input, reported as one line (exit code 2)."""


def print_json_or_text(args: argparse.Namespace, data: Any, text: Callable[[], str]) -> None:
    """With ``--json``, ``data`` as indented JSON; else the words ``text`` makes for people."""
    print(json.dumps(data, indent=2, ensure_ascii=False) if args.json else text())


def series_report_now(store, name: str) -> tuple[dict[str, Any], list]:
    """The report of the series ``name`` as it stands now, and its meetings."""
    import time

    from coprodesk.domain.series_report import build_series_report
    from coprodesk.store.series import action_updates, series_meetings

    meetings = series_meetings(store, name)
    report = build_series_report(meetings[0].series, meetings,
                                 action_updates(store, [m.id for m in meetings]),
                                 int(time.time() * 1000))
    return report, meetings


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
