"""Where the meeting database lives: per-user data folder unless told otherwise."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir, user_log_dir

from coprodesk import APP_NAME, ORG_NAME

DB_ENV = "COPRODESK_DB"


def default_db_path() -> Path:
    """``COPRODESK_DB`` if set, else ``coprodesk.db`` in the user's data folder."""
    env = os.environ.get(DB_ENV, "").strip()
    if env:
        return Path(env).expanduser()
    return data_folder() / "coprodesk.db"


def data_folder() -> Path:
    """The app's own data folder (kept readable by the user only)."""
    return Path(user_data_dir(APP_NAME, ORG_NAME))


def log_path() -> Path:
    """Where unexpected errors are written for a bug report (the user's log folder)."""
    return Path(user_log_dir(APP_NAME, ORG_NAME)) / "coprodesk.log"


IDENTITIES_ENV = "COPRODESK_IDENTITIES_DIR"


def identities_dir() -> Path:
    """Where the app keeps signing identities it creates: ``COPRODESK_IDENTITIES_DIR`` if
    set, else ``identities`` in the user's data folder. Not created here (see callers)."""
    env = os.environ.get(IDENTITIES_ENV, "").strip()
    if env:
        return Path(env).expanduser()
    return Path(user_data_dir(APP_NAME, ORG_NAME)) / "identities"
