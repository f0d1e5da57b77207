"""Reading a database that may not be written: listed, reported and backed up, untouched.

A database is read-only when its file or its folder has no write permission (the mode
bits count, not only ``os.access``: root may write anywhere, but a file marked
read-only means "do not touch"). SQLite opens a WAL database read-only only with a
``-shm`` file, and creates one (and a ``-wal``) when it can, leaving them behind.
So: with no unsaved journal, the file is opened ``immutable`` (nothing else can be
writing it); with a journal and its ``-shm``, plainly read-only; with a journal but no
``-shm`` (a copy taken from a crashed computer), from a private temporary copy of the
two files, so that what the journal holds is still read and nothing appears beside
the original.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from coprodesk.store.connection import Store
from coprodesk.store.errors import StoreError, translate


def is_read_only(path: Path) -> bool:
    """The database file or its folder may not be written."""
    path = Path(path)
    folder = path.parent
    try:
        return (not os.access(path, os.W_OK) or not path.stat().st_mode & 0o222
                or not os.access(folder, os.W_OK) or not folder.stat().st_mode & 0o222)
    except OSError:
        return False


def _journal_size(path: Path) -> int:
    try:
        return path.with_name(path.name + "-wal").stat().st_size
    except OSError:
        return 0


def read_only_uri(path: Path) -> str:
    """The URI to read ``path`` without writing it (nor files beside it, when read-only)."""
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    if is_read_only(path) and _journal_size(path) == 0:
        uri += "&immutable=1"
    return uri


def readable_source(path: Path) -> tuple[Path, Path | None]:
    """Where to read ``path`` from without leaving files beside it: the file itself, or a copy
    of it and its journal in a private temporary folder (returned second; remove it after)."""
    if not (_journal_size(path) and is_read_only(path)
            and not path.with_name(path.name + "-shm").exists()):
        return path, None
    scratch = Path(tempfile.mkdtemp(prefix="coprodesk-read-"))  # 0700
    source = scratch / path.name
    try:
        shutil.copyfile(path, source)
        shutil.copyfile(path.with_name(path.name + "-wal"), source.with_name(source.name + "-wal"))
    except OSError as exc:
        shutil.rmtree(scratch, ignore_errors=True)
        raise StoreError(path, f"cannot read the database ({exc.strerror})") from exc
    return source, scratch


class ReadOnlyStore(Store):
    """A store whose connection cannot write; any write is refused as "read-only"."""

    read_only = True

    def __init__(self, conn: sqlite3.Connection, path: Path, scratch: Path | None) -> None:
        super().__init__(conn, path)
        self._scratch = scratch

    def close(self) -> None:
        super().close()
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)
            self._scratch = None


def open_read_only(path: Path | str, *, busy_timeout_ms: int = 3000) -> ReadOnlyStore:
    """Open an existing CoProDesk database for reading only (checked as ``open_store`` does;
    a database that would first need an upgrade is refused with a sentence saying so)."""
    from coprodesk.store.connection import _inspect_existing
    from coprodesk.store.schema import known_migration_names

    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0:
        raise StoreError(path, "there is no database here to read")
    source, scratch = readable_source(path)
    try:
        try:
            applied, empty = _inspect_existing(source, busy_timeout_ms)
        except StoreError as exc:
            raise StoreError(path, exc.message) from exc
        if empty:
            raise StoreError(path, "the database is empty")
        if known_migration_names() - applied:
            raise StoreError(path, "the database is read-only and was written by an older "
                                   "CoProDesk; copy it somewhere writable to upgrade it")
    except StoreError:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
        raise
    try:
        conn = sqlite3.connect(read_only_uri(source), uri=True,
                               timeout=busy_timeout_ms / 1000, isolation_level=None,
                               check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
    except sqlite3.Error as exc:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
        raise translate(exc, path) or StoreError(path, f"cannot open: {exc}") from exc
    return ReadOnlyStore(conn, path, scratch)
