"""One app per database: a second start brings the first window forward instead.

Two windows writing one meeting disagree at once (the second shows a running meeting
as if nobody had spoken, and its first floor key fails on the turn the first has
open). The app that holds ``<db>.lock`` (a ``QLockFile``) owns the database and
listens on a local socket named after it; a second start asks it to raise its window
and leaves. A lock whose owner died (killed, crashed) is taken over: ``QLockFile``
sees that its process is gone. If the owner cannot be asked (another user, another
computer on a shared folder), the second start only reads, and says where the
meeting is running.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
import tempfile
import threading
from dataclasses import dataclass
from multiprocessing.connection import Client, Connection, Listener
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal

RAISE = b"raise"
RAISED = b"raised"
ASK_TIMEOUT_S = 2.0
_WINDOWS = sys.platform == "win32"


def lock_path(db_path: Path) -> Path:
    db_path = Path(db_path).resolve()
    return db_path.with_name(db_path.name + ".lock")


def _address(db_path: Path) -> tuple[str, str]:
    """Where the owner of ``db_path`` listens: a named pipe, or a Unix socket in a folder
    only this user may enter (short: socket paths are limited to about 100 bytes)."""
    digest = hashlib.sha256(str(Path(db_path).resolve()).encode("utf-8")).hexdigest()[:20]
    if _WINDOWS:
        return rf"\\.\pipe\coprodesk-{digest}", "AF_PIPE"
    base = os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir()
    folder = Path(base) / f"coprodesk-{os.getuid()}"
    return str(folder / f"{digest}.sock"), "AF_UNIX"


def _private_folder(address: str) -> bool:
    folder = Path(address).parent
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        st = folder.stat()
    except OSError:
        return False
    return st.st_uid == os.getuid() and not st.st_mode & 0o077


@dataclass(frozen=True)
class Holder:
    """Who holds a database: from its lock file."""

    pid: int
    host: str


class DatabaseClaim(QObject):
    """The lock on one database for this app's lifetime, and the socket others ask on."""

    raise_requested = Signal()  # in the window's thread
    _asked = Signal()  # from the thread that answers the socket

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path).resolve()
        self.lock = QLockFile(str(lock_path(self.db_path)))
        self.lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        self._listener: Listener | None = None
        self._address = _address(self.db_path)
        self._asked.connect(self._on_asked)  # a bound slot: queued into this object's thread

    def acquire(self) -> bool:
        """True when this app now owns the database (a dead owner's lock is taken over)."""
        if not self.db_path.parent.is_dir():
            return True  # no folder yet: nobody else can be using a database in it
        if not self.lock.tryLock(0):
            # (any other failure: a read-only folder, where nobody can write either)
            return self.lock.error() != QLockFile.LockError.LockFailedError
        with contextlib.suppress(OSError):
            os.chmod(self.lock.fileName(), 0o600)
        self._listen()
        return True

    def holder(self) -> Holder | None:
        """The process holding the database and its computer, read from the lock file."""
        info = self.lock.getLockInfo()
        if len(info) == 4:  # (ok, pid, host, app) in some bindings
            info = info[1:] if info[0] else (0, "", "")
        pid, host = int(info[0] or 0), str(info[1] or "")
        return Holder(pid, host) if pid else None

    def release(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            with contextlib.suppress(OSError):
                Client(*self._address).close()  # wakes the thread waiting in accept()
            with contextlib.suppress(OSError):
                listener.close()
        self.lock.unlock()

    def _listen(self) -> None:
        address, family = self._address
        if not _WINDOWS:
            if not _private_folder(address):
                return  # nobody can ask us; a second start then only reads
            with contextlib.suppress(OSError):
                os.unlink(address)  # a killed owner's socket (we hold the lock now)
        try:
            self._listener = Listener(address, family)
        except OSError:
            return
        threading.Thread(target=self._serve, args=(self._listener,), daemon=True,
                         name="coprodesk-raise").start()

    def _on_asked(self) -> None:
        self.raise_requested.emit()

    def _serve(self, listener: Listener) -> None:
        while self._listener is listener:
            try:
                conn = listener.accept()
            except OSError:
                return
            with conn:
                self._answer(conn)

    def _answer(self, conn: Connection) -> None:
        try:
            if conn.poll(ASK_TIMEOUT_S) and conn.recv_bytes(64) == RAISE:
                self._asked.emit()
                conn.send_bytes(RAISED)
        except (EOFError, OSError):
            pass


def ask_owner_to_raise(db_path: Path, timeout_s: float = ASK_TIMEOUT_S) -> bool:
    """Ask the app that owns ``db_path`` to bring its window forward; True when it did."""
    address, family = _address(db_path)
    try:
        conn = Client(address, family)
    except OSError:
        return False
    with conn:
        try:
            conn.send_bytes(RAISE)
            return conn.poll(timeout_s) and conn.recv_bytes(64) == RAISED
        except (EOFError, OSError):
            return False
