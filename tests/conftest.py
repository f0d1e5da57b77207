"""Test configuration: headless Qt, and shared fixtures built from real objects."""

from __future__ import annotations

import os

# Must be set before any QApplication exists; pytest-qt has no option for it.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("COPRODESK_DB", None)
# The trust list must never be the real user's: a throwaway folder for the whole run (also
# inherited by subprocesses), and a fresh one per test below.
import tempfile

os.environ["COPRODESK_TRUST_DIR"] = tempfile.mkdtemp(prefix="coprodesk-trust-")

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


@pytest.fixture(autouse=True)
def _own_trust_list(tmp_path_factory, monkeypatch) -> None:
    """Each test starts with an empty trust list of its own."""
    monkeypatch.setenv("COPRODESK_TRUST_DIR", str(tmp_path_factory.mktemp("trusted")))


@pytest.fixture(autouse=True)
def _minutes_in_english():
    """Minutes speak the default locale's language; tests read them in English, whatever
    the machine's locale, unless a test chooses another (and is put back after it)."""
    from coprodesk.minutes.language import use_language

    use_language("en")
    yield
    use_language("en")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "meetings.db"


@pytest.fixture
def store(db_path: Path) -> Store:
    s = open_store(db_path)
    yield s
    s.close()
