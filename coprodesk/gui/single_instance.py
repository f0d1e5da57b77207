"""One app per database: a second start brings the first window forward instead.

Two windows writing one meeting disagree at once (the second shows a running meeting
as if nobody had spoken, and its first floor key fails on the turn the first has
open). The app that holds ``<db>.lock`` (a ``QLockFile``) owns the database and
listens on a local socket named after it; a second start asks it to raise its window
and leaves. A lock whose owner died (killed, crashed) is taken over: ``QLockFile``
sees that its process is gone. If the owner cannot be asked (another user, another
computer on a shared folder), the second start only reads, and says where the
meeting is running.

Start-up pays only for the lock. The owner listens once its window is shown, from a
thread of its own that also imports what listening needs (``multiprocessing.connection``,
about 30 ms); a second start that comes meanwhile keeps trying while the lock is young.
Only this user may connect: a Unix socket (0600) in a folder only this user may enter,
or a named pipe on Windows. (Not QtNetwork's ``QLocalServer``: the bundle leaves QtNetwork
out, and its library needs Kerberos.)
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:
    import threading
    from multiprocessing.connection import Connection, Listener

RAISE = b"raise"
RAISED = b"raised"
ASK_TIMEOUT_S = 2.0  # for reaching the owner, then for its answer
START_WAIT_S = 10.0  # an owner whose lock is younger may still be building its window
RETRY_S = 0.02  # between tries while the owner does not listen yet
_WINDOWS = sys.platform == "win32"


def lock_path(db_path: Path) -> Path:
    db_path = Path(db_path).resolve()
    return db_path.with_name(db_path.name + ".lock")


def address(db_path: Path) -> tuple[str, str]:
    """Where the owner of ``db_path`` listens: a named pipe, or a Unix socket in a folder
    only this user may enter (short: socket paths are limited to about 100 bytes)."""
    from PySide6.QtCore import QCryptographicHash  # (no hashlib: 6 ms more to import)

    path = str(Path(db_path).resolve()).encode("utf-8")
    digest = bytes(QCryptographicHash.hash(path, QCryptographicHash.Algorithm.Sha256)
                   .toHex()).decode("ascii")[:20]
    if _WINDOWS:
        return rf"\\.\pipe\coprodesk-{digest}", "AF_PIPE"
    import tempfile

    base = os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir()
    return str(Path(base) / f"coprodesk-{os.getuid()}" / f"{digest}.sock"), "AF_UNIX"


def _private_folder(socket_path: str) -> bool:
    folder = Path(socket_path).parent
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        st = folder.stat()
    except OSError:
        return False
    return st.st_uid == os.getuid() and not st.st_mode & 0o077


class Holder(NamedTuple):  # (defined at start-up, where a frozen dataclass costs 1-3 ms)
    """Who holds a database: from its lock file."""

    pid: int
    host: str


def _lock_info(lock: QLockFile) -> Holder | None:
    info = lock.getLockInfo()
    if len(info) == 4:  # (ok, pid, host, app) in some bindings
        info = info[1:] if info[0] else (0, "", "")
    pid, host = int(info[0] or 0), str(info[1] or "")
    return Holder(pid, host) if pid else None


class DatabaseClaim(QObject):
    """The lock on one database for this app's lifetime, and the socket others ask on."""

    raise_requested = Signal()  # in the window's thread
    listening = Signal(bool)  # whether others can now ask us (False: they only read)
    _asked = Signal()  # from the thread that answers the socket
    _opened = Signal(bool)  # from that thread, once it listens (or cannot)

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path).resolve()
        self.lock = QLockFile(str(lock_path(self.db_path)))
        self.lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        self._listener: Listener | None = None
        self._released = False
        self._guard: threading.Lock | None = None  # once listening starts (see listen)
        self._settled: threading.Event | None = None  # the listener is open, or cannot be
        self._asked.connect(self._on_asked)  # bound slots: queued into this object's thread
        self._opened.connect(self._on_opened)

    def acquire(self) -> bool:
        """True when this app now owns the database (a dead owner's lock is taken over).
        The lock only: ``listen`` once the window is shown."""
        if not self.db_path.parent.is_dir():
            return True  # no folder yet: nobody else can be using a database in it
        if not self.lock.tryLock(0):
            # (any other failure: a read-only folder, where nobody can write either)
            return self.lock.error() != QLockFile.LockError.LockFailedError
        with contextlib.suppress(OSError):
            os.chmod(self.lock.fileName(), 0o600)
        return True

    def listen(self) -> None:
        """Answer other starts from now on, from a thread; ``listening`` says when it does
        (the owner only, once: a claim without the lock never listens)."""
        if self._guard is not None or not self.lock.isLocked():
            return
        import threading  # (not before the window is shown)

        self._guard, self._settled = threading.Lock(), threading.Event()
        threading.Thread(target=self._listen_and_serve, daemon=True,
                         name="coprodesk-raise").start()

    def holder(self) -> Holder | None:
        """The process holding the database and its computer, read from the lock file."""
        return _lock_info(self.lock)

    def release(self) -> None:
        listener = None
        if self._guard is not None:
            self._settled.wait(ASK_TIMEOUT_S)  # a listener being opened: closed here too
            with self._guard:
                self._released = True
                listener, self._listener = self._listener, None
        if listener is not None:
            from multiprocessing.connection import Client

            with contextlib.suppress(OSError):
                Client(*address(self.db_path)).close()  # wakes the thread waiting in accept()
            with contextlib.suppress(OSError):
                listener.close()
        self.lock.unlock()

    def _listen_and_serve(self) -> None:
        listener = None
        try:
            listener = self._open_listener()
        finally:  # (release waits for this)
            with self._guard:
                if self._released and listener is not None:
                    listener.close()
                    listener = None
                self._listener = listener
            self._settled.set()
        self._opened.emit(listener is not None)
        while listener is not None and self._listener is listener:
            try:
                conn = listener.accept()
            except OSError:
                return
            with conn:
                self._answer(conn)

    def _open_listener(self) -> Listener | None:
        from multiprocessing.connection import Listener

        name, family = address(self.db_path)
        if not _WINDOWS:
            if not _private_folder(name):
                return None  # nobody can ask us; a second start then only reads
            with contextlib.suppress(OSError):
                os.unlink(name)  # a killed owner's socket (we hold the lock now)
        try:
            listener = Listener(name, family)
        except OSError:
            return None
        if not _WINDOWS:
            with contextlib.suppress(OSError):
                os.chmod(name, 0o600)  # (its folder already keeps others out)
        return listener

    def _on_asked(self) -> None:
        self.raise_requested.emit()

    def _on_opened(self, ok: bool) -> None:
        self.listening.emit(ok)

    def _answer(self, conn: Connection) -> None:
        try:
            if conn.poll(ASK_TIMEOUT_S) and conn.recv_bytes(64) == RAISE:
                self._asked.emit()
                conn.send_bytes(RAISED)
        except (EOFError, OSError):
            pass


def owner_expected_by(db_path: Path) -> float | None:
    """By when (``time.time()``) the owner of ``db_path`` should listen at the latest: its
    lock's age plus ``START_WAIT_S``, since an owner still starting listens only once its
    window is shown. None when it can never be asked (no lock, or held by another user or
    computer): a second start then need not wait."""
    from PySide6.QtCore import QSysInfo

    lock = lock_path(db_path)
    holder = _lock_info(QLockFile(str(lock)))
    if holder is None or holder.host != QSysInfo.machineHostName():
        return None
    try:
        st = lock.stat()
    except OSError:
        return None
    if not _WINDOWS and st.st_uid != os.getuid():
        return None
    return st.st_mtime + START_WAIT_S


def ask_owner_to_raise(db_path: Path, timeout_s: float = ASK_TIMEOUT_S) -> bool:
    """Ask the app that owns ``db_path`` to bring its window forward; True when it did.
    An owner that does not listen yet is tried again for ``timeout_s``, and while it may
    still be starting (``owner_expected_by``)."""
    from multiprocessing.connection import Client

    started = time.monotonic()
    while True:
        try:
            conn = Client(*address(db_path))
            break
        except OSError:
            waited, expected_by = time.monotonic() - started, owner_expected_by(db_path)
            if (expected_by is None or waited >= max(timeout_s, START_WAIT_S)  # (a clock askew)
                    or (waited >= timeout_s and time.time() >= expected_by)):
                return False
            time.sleep(RETRY_S)
    with conn:
        try:
            conn.send_bytes(RAISE)
            return conn.poll(timeout_s) and conn.recv_bytes(64) == RAISED
        except (EOFError, OSError):
            return False
