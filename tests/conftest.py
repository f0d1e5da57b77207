"""Test configuration: headless Qt, and shared fixtures built from real objects."""

from __future__ import annotations

import os

# Must be set before any QApplication exists; pytest-qt has no option for it.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("COPRODESK_DB", None)

from pathlib import Path

import pytest
from hypothesis import settings

from coprodesk.store.connection import Store, open_store

# CI explores the same examples on every run (a failure there is reproducible and never a
# coin toss); local runs keep exploring new ones.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

DATA = Path(__file__).parent / "data"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "meetings.db"


@pytest.fixture
def store(db_path: Path) -> Store:
    s = open_store(db_path)
    yield s
    s.close()
