"""Privacy at rest: what CoProDesk keeps on disk is readable by its user only.

The database, its ``-wal``/``-shm`` files, its backups and the error log hold names,
access needs and what people said, so other accounts on the same computer must not
read them: files are made 0600 and the app's own folders 0700 when they are created,
and existing ones are tightened on every start (the CLI and the app; the database and
its backups by ``store.backup.tighten_database``). Tightening only
ever removes permissions for others; it never makes a read-only file writable, and a
file that belongs to someone else or cannot be changed is left as it is.

Modes are a POSIX idea (Linux, macOS). On Windows ``chmod`` only sets the read-only flag,
so nothing here changes a file there: privacy comes from where the files are, the
per-user folders platformdirs names (under ``%LOCALAPPDATA%``), which Windows gives the
user alone by their access control lists.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
BY_MODE = os.name == "posix"  # elsewhere (Windows) the per-user folders keep files private


def private_folder(folder: Path) -> Path:
    """Create ``folder`` (and missing parents) as 0700, or tighten it if it exists."""
    folder = Path(folder)
    folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    tighten(folder)
    return folder


def create_private_file(path: Path) -> None:
    """An empty 0600 file, so that what is later written into it is never readable by others
    (SQLite gives a database's ``-wal`` and ``-shm`` the database file's own mode)."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))


def tighten(path: Path) -> bool:
    """Take group and other permissions away from ``path``; True if it changed."""
    if not BY_MODE:
        return False
    try:
        st = os.stat(path)
    except OSError:
        return False
    mode = stat.S_IMODE(st.st_mode)
    if not mode & 0o077 or (hasattr(os, "getuid") and st.st_uid != os.getuid()):
        return False
    try:
        os.chmod(path, mode & ~0o077)
    except OSError:
        return False
    return True


def tighten_log(log: Path) -> None:
    """The error log's folder and its files (the current one and the one moved aside)."""
    log = Path(log)
    if log.parent.is_dir():
        tighten(log.parent)
        for f in (log, log.with_name(log.name + ".1")):
            tighten(f)
