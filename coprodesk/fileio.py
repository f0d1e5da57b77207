"""Writing files so that a crash or a full disk never leaves half a file.

The data goes to a temporary file in the same folder, is flushed to disk, then
replaces the target in one step: the old file stays whole until the new one is.
A writer killed half-way leaves only its ``.NAME.XXXXXXXX.coprodesk.part`` file;
the next write into that folder (or the next start, for the database's folder)
removes it. A temporary file is held under an advisory lock while it is written,
so a clean-up never takes the file of a writer that is still alive; and it takes
only files named as ours and owned by this user: another program's ``.part``
files (a browser's download, a sync tool's) are never touched.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from pathlib import Path

try:  # POSIX; on Windows an open file cannot be deleted, which protects it as well
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

# mkstemp names: ".<target>." + 8 random characters (tempfile's: a-z, 0-9, _) + our suffix
PART_SUFFIX = ".coprodesk.part"
_LEFTOVER = re.compile(r"^\..+\.[a-z0-9_]{8}" + re.escape(PART_SUFFIX) + "$")


def atomic_write_bytes(path: Path, data: bytes, mode: int | None = None) -> None:
    """Write ``data`` to ``path`` atomically; ``mode`` (e.g. 0o600) is set before any byte lands."""
    path = Path(path)
    if mode is None:  # mkstemp makes 0600 files: keep the old file's mode, else the usual one
        mode = _existing_mode(path)
    remove_leftovers(path.parent)
    fd, tmp = temporary_beside(path)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
            if fcntl is not None:  # renamed while still locked: no clean-up can take it
                os.replace(tmp, path)
        if fcntl is None:  # Windows cannot rename an open file
            os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(path.parent)


def atomic_write_text(path: Path, text: str, mode: int | None = None) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), mode)


def temporary_beside(path: Path) -> tuple[int, str]:
    """A new ``.part`` file next to ``path``, locked for as long as ``fd`` is open."""
    while True:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=PART_SUFFIX, dir=path.parent)
        if fcntl is None:
            return fd, tmp
        fcntl.flock(fd, fcntl.LOCK_EX)  # waits only if a clean-up is looking at it
        if os.fstat(fd).st_nlink:
            return fd, tmp
        os.close(fd)  # a clean-up removed it in the instant before the lock: take another


def remove_leftovers(folder: Path) -> int:
    """Remove the ``.part`` files that our killed writers left in ``folder``; returns how
    many. Only regular files named as ours (``PART_SUFFIX``) and owned by this user are
    candidates; a file whose writer is alive is locked and is left alone; nothing here
    raises."""
    removed = 0
    try:
        names = [e.name for e in os.scandir(folder) if _LEFTOVER.match(e.name) and _ours(e)]
    except OSError:
        return 0
    for name in names:
        leftover = Path(folder) / name
        try:
            fd = os.open(leftover, os.O_RDONLY)
        except OSError:
            continue
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            os.unlink(leftover)
            removed += 1
        except OSError:
            pass  # locked by a live writer, or not ours to remove
        finally:
            os.close(fd)
    return removed


def _ours(entry: os.DirEntry) -> bool:
    """A regular file (never a link) of this user's: one of our writers could have left it."""
    try:
        if not entry.is_file(follow_symlinks=False):
            return False
        return not hasattr(os, "getuid") or entry.stat(follow_symlinks=False).st_uid == os.getuid()
    except OSError:
        return False


def _existing_mode(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
