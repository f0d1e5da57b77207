"""Opening the meeting database safely.

Everything that could refuse a file (not SQLite, not ours, corrupt, newer
schema, read-only) is checked through a read-only connection first, so a
refused file is left byte-for-byte untouched. A pending migration copies the
database aside (SQLite backup API, so a WAL file is included) before it runs.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from coprodesk.fileio import remove_leftovers
from coprodesk.paths import data_folder
from coprodesk.privacy import create_private_file, private_folder
from coprodesk.store.backup import backup_folder, tighten_database, write_backup
from coprodesk.store.errors import StoreError, translate
from coprodesk.store.schema import MIGRATION_SET, build_migrations, known_migration_names

if TYPE_CHECKING:
    from sqlite_utils import Database

SQLITE_MAGIC = b"SQLite format 3\x00"
DEFAULT_BUSY_TIMEOUT_MS = 3000


class Store:
    """An open CoProDesk database: its connection, a sqlite-utils handle on it, its path."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self._db: Database | None = None

    @property
    def db(self) -> Database:
        """sqlite-utils over the same connection, created on first use (keeps start-up lean)."""
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn)
        return self._db

    def write(self) -> _Transaction:
        """One logical change in one transaction (a savepoint when nested);
        known failures become StoreError. A plain class, not a generator: the
        floor switch is on the hot path."""
        return _Transaction(self)

    @contextlib.contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        try:
            yield self.conn
        except Exception as exc:
            known = translate(exc, self.path)
            if known is None:
                raise
            raise known from exc

    @contextlib.contextmanager
    def patience(self, ms: int) -> Iterator[None]:
        """Wait at most ``ms`` for another program's write lock inside the block (the
        window's writes must not stop it for the seconds a command-line import may)."""
        before = self.conn.execute("PRAGMA busy_timeout").fetchone()[0]
        self.conn.execute(f"PRAGMA busy_timeout = {int(ms)}")
        try:
            yield
        finally:
            self.conn.execute(f"PRAGMA busy_timeout = {int(before)}")

    def close(self) -> None:
        self.conn.close()


class _Transaction:
    __slots__ = ("_savepoint", "_store")

    def __init__(self, store: Store) -> None:
        self._store = store
        self._savepoint: str | None = None

    def __enter__(self) -> sqlite3.Connection:
        conn = self._store.conn
        try:
            if conn.in_transaction:
                self._savepoint = f"sp_{id(self):x}"
                conn.execute(f"SAVEPOINT {self._savepoint}")
            else:
                conn.execute("BEGIN")
        except Exception as exc:
            raise _known(exc, self._store.path) from exc
        return conn

    def __exit__(self, exc_type, exc, tb) -> bool:
        conn = self._store.conn
        sp = self._savepoint
        if exc_type is None:
            try:
                conn.execute(f"RELEASE {sp}" if sp else "COMMIT")
                return False
            except Exception as commit_exc:
                exc = commit_exc
        if conn.in_transaction:
            if sp:
                conn.execute(f"ROLLBACK TO {sp}")
                conn.execute(f"RELEASE {sp}")
            else:
                conn.execute("ROLLBACK")
        known = translate(exc, self._store.path)
        if known is None or known is exc:
            if exc_type is None:
                raise exc
            return False
        raise known from exc


def _known(exc: BaseException, path: Path) -> BaseException:
    return translate(exc, path) or exc


def _inspect_existing(path: Path, busy_timeout_ms: int) -> tuple[set[str], bool]:
    """Read-only checks of an existing file; returns (applied migrations, empty)."""
    from coprodesk.store.readonly import read_only_uri
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except PermissionError as exc:
        raise StoreError(path, "the file cannot be read; check its permissions") from exc
    except OSError as exc:
        raise StoreError(path, f"the file cannot be read ({exc.strerror})") from exc
    if len(head) < 16 or head != SQLITE_MAGIC:
        raise StoreError(path, "this is not a CoProDesk database")
    try:  # a read-only file is read immutable: no -wal/-shm appear beside it
        conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=busy_timeout_ms / 1000)
    except sqlite3.Error as exc:
        raise translate(exc, path) or StoreError(path, f"cannot open: {exc}") from exc
    try:
        check = conn.execute("PRAGMA quick_check").fetchone()
        if not check or check[0] != "ok":
            raise StoreError(path, "the database is corrupt; restore it from a backup")
        tables = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables:
            return set(), True
        if "_sqlite_migrations" not in tables or "meetings" not in tables:
            raise StoreError(path, "this is not a CoProDesk database")
        applied = {r[0] for r in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET])}
        if not applied:
            raise StoreError(path, "this is not a CoProDesk database")
        newer = applied - known_migration_names()
        if newer:
            raise StoreError(
                path, "the database was written by a newer CoProDesk; update the app to open it")
        return applied, False
    except sqlite3.Error as exc:
        raise translate(exc, path) or StoreError(path, f"cannot read the database: {exc}") from exc
    finally:
        conn.close()


def _back_up(path: Path, suffix: str) -> Path:
    """Copy the database aside before migrating it (includes committed WAL content)."""
    target = path.with_name(f"{path.name}.{suffix}.bak")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.name}.{suffix}.{n}.bak")
        n += 1
    return write_backup(path, target)  # whole or not at all; a failure is a StoreError


def open_store(path: Path | str, *, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
               synchronous: str = "FULL") -> Store:
    """Open (or create) the database at ``path``, migrated to the current schema.

    ``synchronous=FULL`` makes each committed floor change survive a power cut,
    not only an app crash.
    """
    path = Path(path)
    exists = path.exists() and path.stat().st_size > 0
    if path.exists() and path.is_dir():
        raise StoreError(path, "this is a folder, not a database file")
    if exists:
        from coprodesk.store.readonly import is_read_only

        applied, _empty = _inspect_existing(path, busy_timeout_ms)
        # Mode bits too: root passes os.access, but a file marked read-only means "do not touch".
        if is_read_only(path):
            raise StoreError(
                path, "the database is read-only; copy it somewhere writable or fix its permissions")
        if applied and (known_migration_names() - applied):
            _back_up(path, "before-migration")
    else:
        applied = set()
        parent = path.parent
        try:
            if not parent.exists():
                private_folder(parent)  # a folder made for the database is the user's only
        except OSError as exc:
            raise StoreError(path, f"cannot create the folder for the database ({exc.strerror})"
                             ) from exc
        if not os.access(parent, os.W_OK):
            raise StoreError(path, "the folder is read-only; choose another place for the database")
        with contextlib.suppress(OSError):
            create_private_file(path)  # 0600 before SQLite writes (its -wal/-shm follow suit)
    tighten_database(path, own_folder=path.parent == data_folder())
    for folder in (path.parent, backup_folder(path)):  # what killed writers left behind
        remove_leftovers(folder)
    try:
        conn = sqlite3.connect(path, timeout=busy_timeout_ms / 1000, isolation_level=None,
                               check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        conn.execute("PRAGMA foreign_keys = ON")
        store = Store(conn, path)
        if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            conn.execute("PRAGMA journal_mode = wal")
        conn.execute(f"PRAGMA synchronous = {synchronous}")
        if known_migration_names() - applied:
            build_migrations().apply(store.db)
    except Exception as exc:
        known = translate(exc, path)
        if known is None:
            raise
        raise known from exc
    return store
