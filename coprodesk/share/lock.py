"""One server per meeting: the app and `coprodesk share` never share the same meeting at
once (the second is refused and says why).

An operating-system lock on a small file beside the database
(``<database>.share-<meeting id>.lock``): ``flock`` on Linux and macOS, ``msvcrt.locking``
on Windows. It goes with the process that holds it, so a crash never leaves a meeting
locked.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from coprodesk.privacy import PRIVATE_FILE


class SharedElsewhere(Exception):
    """The meeting is already being shared by another server (the app or the command)."""


def lock_path(db_path: Path, meeting_id: int) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(f"{db_path.name}.share-{meeting_id}.lock")


class ShareLock:
    def __init__(self, db_path: Path, meeting_id: int) -> None:
        self.path = lock_path(db_path, meeting_id)
        self.fd: int | None = None

    def acquire(self) -> None:
        """Hold the meeting's lock, or raise ``SharedElsewhere``."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE)
        try:
            if os.name == "nt":
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            raise SharedElsewhere("this meeting is already being shared (by the app or by "
                                  "`coprodesk share`); stop that first") from exc
        self.fd = fd

    def release(self) -> None:
        if self.fd is not None:
            with contextlib.suppress(OSError):
                os.close(self.fd)  # closing lets go of the lock
            self.fd = None
