"""Backups of the meeting database: a consistent copy, written whole or not at all.

Deleting a meeting cannot be undone and a disk can fail, so the app keeps the last few
daily copies beside the database (``backups/``), and ``coprodesk backup`` writes one on
demand. SQLite's backup API copies a live database (WAL content included) consistently;
the copy goes to a temporary file first and is renamed into place, so a full disk never
leaves half a backup that looks whole.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from coprodesk.privacy import private_folder, tighten
from coprodesk.store.errors import StoreError, translate

BACKUP_FOLDER = "backups"
KEEP = 7  # daily copies kept by the app
EVERY_S = 24 * 3600


DATABASE_COMPANIONS = ("-wal", "-shm", "-journal")


def backup_folder(db_path: Path) -> Path:
    return db_path.parent / BACKUP_FOLDER


def tighten_database(db_path: Path, *, own_folder: bool = False) -> None:
    """Readable by the user only (``privacy``): the database, its companions, its backups
    folder and copies; with ``own_folder`` (the app's default data folder) the folder that
    holds them too."""
    db_path = Path(db_path)
    if own_folder:
        tighten(db_path.parent)
    for suffix in ("", *DATABASE_COMPANIONS):
        tighten(db_path.with_name(db_path.name + suffix))
    folder = backup_folder(db_path)
    if folder.is_dir():
        tighten(folder)
        with contextlib.suppress(OSError):
            for copy in folder.iterdir():
                if copy.is_file():
                    tighten(copy)


def dated_backup_path(db_path: Path, now: datetime | None = None) -> Path:
    """Where a copy made at ``now`` goes: ``backups/<name>-YYYYMMDD-HHMMSS.db`` beside it."""
    return backup_folder(db_path) / f"{db_path.stem}-{now or datetime.now():%Y%m%d-%H%M%S}.db"


def write_backup(db_path: Path, target: Path) -> Path:
    """A consistent copy of ``db_path`` at ``target`` (replaced atomically, readable by the
    user only: it holds names and access needs). Reads a read-only database without
    leaving ``-wal``/``-shm`` files beside it."""
    from coprodesk.fileio import remove_leftovers, temporary_beside
    from coprodesk.store.readonly import read_only_uri, readable_source

    partial: str | None = None
    try:
        if target.parent == backup_folder(db_path):
            private_folder(target.parent)  # ours: 0700, like the app's data folder
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
        remove_leftovers(target.parent)
        fd, partial = temporary_beside(target)  # 0600 from the start, locked while written
        with os.fdopen(fd, "r+b") as held:
            source, scratch = readable_source(db_path)
            src = sqlite3.connect(read_only_uri(source), uri=True)
            try:
                dst = sqlite3.connect(partial)
                try:
                    dst.execute("PRAGMA journal_mode = OFF")  # no -journal beside a temp file
                    src.backup(dst)
                finally:
                    dst.close()
            finally:
                src.close()
                if scratch is not None:
                    shutil.rmtree(scratch, ignore_errors=True)
            os.fsync(held.fileno())
            if os.name != "nt":  # renamed while still locked (Windows cannot rename it open)
                os.replace(partial, target)
        if os.name == "nt":
            os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        if partial is not None:
            with contextlib.suppress(OSError):
                os.unlink(partial)
        known = translate(exc, target)
        raise known or StoreError(target, f"cannot write the backup: {exc}") from exc
    return target


def backups(db_path: Path) -> list[Path]:
    """The app's daily copies of this database, oldest first."""
    folder = backup_folder(db_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{db_path.stem}-*.db"))


def backup_if_due(db_path: Path, now: datetime | None = None, keep: int = KEEP,
                  every_s: int = EVERY_S) -> Path | None:
    """Write today's copy unless the newest is younger than ``every_s``; keep ``keep``.

    Returns the new backup, or None when none was due."""
    now = now or datetime.now()
    existing = backups(db_path)
    if existing and now.timestamp() - existing[-1].stat().st_mtime < every_s:
        return None
    target = write_backup(db_path, dated_backup_path(db_path, now))
    os.utime(target, (now.timestamp(), now.timestamp()))
    for old in backups(db_path)[:-keep]:
        old.unlink(missing_ok=True)
    return target
