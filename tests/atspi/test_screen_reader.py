"""The running app as Orca meets it: through AT-SPI, on a real X display.

``coprodesk open`` shows the demo's planned meeting in the run view on Xvfb with Qt's AT-SPI
bridge on; ``_screen_reader.py`` (Debian's python3 with python3-pyatspi, inside
``dbus-run-session``) reads the accessibility tree, presses the floor key "1" through AT-SPI,
listens to the events and reads the tree again. About 8 s in all.

Run it alone: ``.venv/bin/python -m pytest -q tests/atspi``. It needs the Debian packages
``at-spi2-core python3-pyatspi dbus xvfb`` (``.ci/run`` installs them); without them it is
skipped locally and fails in CI (``CI`` set).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from coprodesk import APP_NAME
from coprodesk.demo import create_demo
from coprodesk.domain.model import Meeting
from coprodesk.store.connection import open_store
from coprodesk.store.meetings import load_meeting

READER = Path(__file__).with_name("_screen_reader.py")
SYSTEM_PYTHON = "/usr/bin/python3"  # python3-pyatspi installs for Debian's python only
BUS_LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
FLOOR_KEY = "1"  # the digit row gives the floor to tiles 1 to 10 (gui/run/keys.RUN_KEYS)
TIMEOUT_S = 120
# What a person can press, tick or type into: Orca says its name, so it must have one.
# (A table cell's text is content, read after its column header; it may be empty.)
INTERACTIVE = {"push button", "toggle button", "check box", "radio button", "combo box", "text",
               "entry", "password text", "spin button", "slider", "menu item", "check menu item",
               "radio menu item", "page tab", "list item", "link", "tree item"}


def _missing() -> str | None:
    for tool, package in (("dbus-run-session", "dbus"), ("Xvfb", "xvfb")):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (Debian package {package})"
    if not any(os.access(p, os.X_OK) for p in BUS_LAUNCHERS):
        return "at-spi-bus-launcher is not installed (Debian package at-spi2-core)"
    if not os.access(SYSTEM_PYTHON, os.X_OK) or subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode != 0:
        return f"{SYSTEM_PYTHON} cannot import pyatspi (Debian package python3-pyatspi)"
    return None


def _first_tile(meeting: Meeting) -> str:
    """Who key 1 gives the floor to: the first counted person of the first group shown."""
    counted = sorted(meeting.counted, key=lambda p: p.position)
    for group in sorted(meeting.groups, key=lambda g: g.position):
        members = [p for p in counted if p.group_id == group.id]
        if members:
            return members[0].name
    raise AssertionError("the demo meeting has nobody counted")


def _run_reader(tmp: Path, db: Path, meeting_id: int) -> dict:
    home = tmp / "home"
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "AT_SPI_BUS_ADDRESS",
                        "DBUS_SESSION_BUS_ADDRESS")}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), XDG_STATE_HOME=str(home / "state"),
               XDG_CACHE_HOME=str(home / "cache"), XDG_RUNTIME_DIR=str(tmp / "run"))
    (tmp / "run").mkdir(mode=0o700)
    logs = tmp / "logs"
    logs.mkdir()
    command = ["dbus-run-session", "--", SYSTEM_PYTHON, str(READER), str(logs), APP_NAME,
               FLOOR_KEY, "--", sys.executable, "-m", "coprodesk", "--db", str(db), "open",
               str(meeting_id)]
    # Its own process group: whatever happens, everything it started is killed with it.
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          env=env, start_new_session=True) as proc:
        try:
            out, err = proc.communicate(timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            out, err = proc.communicate()
            err += f"\n(killed after {TIMEOUT_S} s)"
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)  # stragglers (none expected)
    if proc.returncode != 0 or not out.strip():
        app_log = logs / "app.log"
        raise AssertionError(
            f"the screen reader run failed ({proc.returncode}): {err[-3000:]}\n"
            f"app log: {app_log.read_text()[-3000:] if app_log.exists() else '(none)'}")
    return json.loads(out.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def heard(tmp_path_factory) -> dict:
    """What the screen reader read and heard: the tree before and after the floor key, the
    events in between, and who key 1 gives the floor to."""
    reason = _missing()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"CI must install the AT-SPI test's packages: {reason}")
        pytest.skip(reason)
    tmp = tmp_path_factory.mktemp("atspi")
    db = tmp / "meetings.db"
    store = open_store(db)
    try:
        _closed, planned = create_demo(store)
        meeting = load_meeting(store, planned)
    finally:
        store.close()
    result = _run_reader(tmp, db, planned)
    result["meeting"] = meeting.title
    result["speaker"] = _first_tile(meeting)
    return result


def _showing(nodes: list[dict]) -> list[dict]:
    return [n for n in nodes if "showing" in n["states"]]


def _tile(nodes: list[dict], person: str) -> dict:
    found = [n for n in _showing(nodes) if n["name"].startswith(f"{person},")]
    assert len(found) == 1, f"one tile named after {person}, found {found}"
    return found[0]


def test_the_window_a_screen_reader_finds_is_named_after_the_meeting(heard):
    assert heard["window"] == f"{heard['meeting']} — {APP_NAME}"
    assert heard["app_running"]
    roles = {n["role"] for n in _showing(heard["before"])}
    assert {"frame", "menu bar", "push button"} <= roles


def test_every_control_a_screen_reader_can_reach_has_a_name(heard):
    for moment in ("before", "after"):
        unnamed = [n for n in _showing(heard[moment])
                   if (n["role"] in INTERACTIVE or "focusable" in n["states"])
                   and n["role"] != "table cell" and not n["name"].strip()]
        assert unnamed == [], f"{moment} the floor key: controls without a name: {unnamed}"


def _holds_floor(tile: dict) -> bool:
    # the tile's own words: "speaking" until the tiles say their time ("has the floor for …")
    return any(words in tile["name"] for words in ("speaking", "has the floor"))


def test_after_the_floor_key_the_speakers_tile_says_they_hold_the_floor(heard):
    person = heard["speaker"]
    before, after = _tile(heard["before"], person), _tile(heard["after"], person)
    assert not _holds_floor(before)
    assert _holds_floor(after), after
    others = [n for n in _showing(heard["after"])
              if n["role"] == after["role"] and n is not after and _holds_floor(n)]
    assert others == [], "only the person holding the floor is said to hold it"


def test_the_screen_reader_hears_the_tile_change_when_the_floor_changes(heard):
    person = heard["speaker"]
    changed = [e for e in heard["events"]
               if e["type"].startswith("object:property-change:accessible-")
               and e["name"].startswith(f"{person},")]
    assert changed, f"no name or description change of {person}'s tile among {heard['events']}"
