"""The one place that turns environment failures into plain messages.

Failures the environment causes (locked, read-only, corrupt, disk full, not a
database, newer schema) become a ``StoreError`` with one sentence naming the
file; anything else is a bug and propagates unchanged.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


class StoreError(Exception):
    """A database problem the user can act on; ``str()`` is one line naming the file."""

    def __init__(self, path: Path | str, message: str) -> None:
        self.path = Path(path)
        self.message = message
        super().__init__(f"{self.path}: {message}")


_KNOWN: tuple[tuple[str, str], ...] = (
    ("coprodesk-signed-meeting-locked", "the meeting's minutes are signed, so it is locked; "
                                        "reopen it for a correction (an amendment is recorded)"),
    ("database is locked", "the database is locked by another program; close it and try again"),
    ("database table is locked", "the database is locked by another program; close it and try again"),
    ("readonly database", "the database is read-only; copy it somewhere writable or fix its permissions"),
    ("database or disk is full", "the disk is full; free some space, nothing was saved half-way"),
    ("disk i/o error", "the disk reported an I/O error; check the drive and try again"),
    ("file is not a database", "this is not a CoProDesk database (or it is corrupt)"),
    ("malformed", "the database is corrupt; restore it from a backup"),
    ("unable to open database", "the database cannot be opened; check the path and permissions"),
)


def translate(exc: BaseException, path: Path | str) -> StoreError | None:
    """A ``StoreError`` for a known environment failure, else None (a bug)."""
    if isinstance(exc, StoreError):
        return exc
    if not isinstance(exc, sqlite3.Error):
        if isinstance(exc, OSError) and exc.errno == 28:  # ENOSPC
            return StoreError(path, "the disk is full; free some space, nothing was saved half-way")
        return None
    text = str(exc).lower()
    for needle, message in _KNOWN:
        if needle in text:
            return StoreError(path, message)
    return None


# Refusals that pass without anyone changing CoProDesk: another program's write lock
# (SQLITE_BUSY, SQLITE_LOCKED) ends, a full disk (SQLITE_FULL) gets room again. A change
# refused for one of these can wait in memory and be written later, in order.
_WAIT_BUSY = frozenset({5, 6})
_WAIT_FULL = frozenset({13})


def waiting_kind(exc: BaseException) -> str | None:
    """"busy" or "full" when ``exc`` (or what it was raised from) is worth waiting out."""
    cause = exc if isinstance(exc, sqlite3.Error) else exc.__cause__
    code = getattr(cause, "sqlite_errorcode", None)
    if code is None:
        return None
    code &= 0xFF  # extended codes (SQLITE_BUSY_SNAPSHOT...) share the primary one
    if code in _WAIT_BUSY:
        return "busy"
    if code in _WAIT_FULL:
        return "full"
    return None
