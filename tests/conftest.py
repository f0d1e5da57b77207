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


# The fast tier (`make test-fast`) leaves out every test marked slow: all that open windows
# (in tests/gui, tests/atspi or tests/x11, or using qtbot) are marked here; a test elsewhere
# that takes over a second carries @pytest.mark.slow itself (the summary below names any it misses).
_WINDOW_FOLDERS = ("gui", "atspi", "x11")
SLOW_S = 1.0


def pytest_collection_modifyitems(config, items) -> None:
    tests = Path(__file__).parent
    for item in items:
        folder = Path(item.path).relative_to(tests).parts[0]
        if folder in _WINDOW_FOLDERS or "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.slow)


_unmarked_slow: list[tuple[str, float]] = []


def pytest_runtest_logreport(report) -> None:
    if report.when == "call" and report.duration > SLOW_S and not report.keywords.get("slow"):
        _unmarked_slow.append((report.nodeid, report.duration))


def pytest_terminal_summary(terminalreporter) -> None:
    if _unmarked_slow:
        terminalreporter.section("tests over 1 s not marked slow (mark them: the fast tier)")
        for nodeid, duration in sorted(_unmarked_slow, key=lambda t: -t[1]):
            terminalreporter.write_line(f"{duration:6.2f} s  {nodeid}")
