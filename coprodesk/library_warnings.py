"""Warnings raised inside the libraries we use go to the error log, not to the user.

A deprecation inside pyHanko or cryptography says nothing a facilitator can act on, yet
Python prints it, with a library's file path, on every ``export`` and ``verify``. When
CoProDesk runs as a program, warnings raised outside our own package are appended to the
error log, each once (the same text at the same place is not written again, across runs);
warnings raised in our own code still show. Whoever asked for warnings explicitly (``-W``,
``PYTHONWARNINGS``) sees them as asked.
"""

from __future__ import annotations

import os
import sys
import warnings
from datetime import datetime
from pathlib import Path

from coprodesk.privacy import PRIVATE_FILE, private_folder

_OURS = os.path.dirname(os.path.abspath(__file__)) + os.sep
LOG_READ_LIMIT = 2_000_000  # bytes: the log is kept near 1 MB (gui.errors.LOG_LIMIT)


def is_ours(filename: str) -> bool:
    return os.path.abspath(filename).startswith(_OURS)


def route_library_warnings(log: Path) -> None:
    """Send every later warning raised outside ``coprodesk`` to ``log``, once each."""
    if sys.warnoptions:
        return
    # Each warning once per place (Python's "default"); library deprecations are included,
    # which Python otherwise drops, so that they reach the log where we can see them.
    warnings.simplefilter("default")
    show_ours = warnings.showwarning

    def show(message: Warning | str, category: type[Warning], filename: str, lineno: int,
             file: object = None, line: str | None = None) -> None:
        if is_ours(filename):
            show_ours(message, category, filename, lineno, file, line)  # type: ignore[arg-type]
            return
        append_once(log, f"warning: {category.__name__}: {message} ({filename}:{lineno})")

    warnings.showwarning = show


def append_once(log: Path, entry: str) -> bool:
    """Append ``entry`` to ``log`` unless it is already there; never raises."""
    entry = " ".join(entry.split())  # one line, whatever the message held
    try:
        private_folder(log.parent)
        if log.exists():
            with open(log, encoding="utf-8", errors="replace") as f:
                if any(line.rstrip("\n").endswith(entry) for line in f.readlines(LOG_READ_LIMIT)):
                    return False
        fd = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, PRIVATE_FILE)
        with open(fd, "a", encoding="utf-8") as f:
            f.write(f"{datetime.now().isoformat(timespec='seconds')} {entry}\n")
    except OSError:
        return False  # no log: the warning is dropped, never shown to the user instead
    return True
