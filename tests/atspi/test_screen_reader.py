"""The running app as Orca meets it: through AT-SPI, on a real X display.

``coprodesk open`` shows the demo's planned meeting in the run view on Xvfb with Qt's AT-SPI
bridge on; ``_screen_reader.py`` (Debian's python3 with python3-pyatspi, inside
``dbus-run-session``) reads the accessibility tree, presses the floor key "1" through AT-SPI,
then runs the second tile's Press action as Orca does, listening to the events and reading
the tree after each. What Orca would say is checked: the window's name, a name on every
control, the speaker's tile (a button) saying their floor time, the spoken announcement of
each floor change, and clocks that keep quiet. 10-20 s (the app's start-up is most of it).

Run it alone: ``.venv/bin/python -m pytest -q tests/atspi``. It needs the Debian packages
``at-spi2-core python3-pyatspi dbus xvfb`` and Qt's xcb libraries (``.ci/run`` installs
them); without them it is skipped locally and fails in CI (``CI`` set).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
from collections import Counter
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
ATSPI_LIVE_POLITE = 1
FLOOR_KEY = "1"  # the digit row gives the floor to tiles 1 to 10 (gui/run/keys.RUN_KEYS)
HAND_KEY = "@"  # Shift+2: the second tile's hand
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


def _tiles_in_order(meeting: Meeting) -> list[str]:
    """Whom the digit keys give the floor to: counted people, group by group as shown."""
    counted = sorted(meeting.counted, key=lambda p: p.position)
    return [p.name for g in sorted(meeting.groups, key=lambda g: g.position)
            for p in counted if p.group_id == g.id]


def _run_reader(tmp: Path, db: Path, meeting_id: int, steps: list[str],
                app: list[str] | None = None) -> dict:
    """What the screen reader reads of the app (``coprodesk open MEETING``, or ``app``: a
    command run with the venv's python) as it takes ``steps``."""
    home = tmp / "home"
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "AT_SPI_BUS_ADDRESS",
                        "DBUS_SESSION_BUS_ADDRESS", "LANGUAGE", "LC_MESSAGES")}
    # English words whatever the developer's language (the assertions read them)
    env.update(LANG="C.UTF-8", LC_ALL="C.UTF-8", HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), XDG_STATE_HOME=str(home / "state"),
               XDG_CACHE_HOME=str(home / "cache"), XDG_RUNTIME_DIR=str(tmp / "run"))
    (tmp / "run").mkdir(mode=0o700)
    logs = tmp / "logs"
    logs.mkdir()
    command = ["dbus-run-session", "--", SYSTEM_PYTHON, str(READER), str(logs), APP_NAME,
               *steps, "--", sys.executable,
               *(app or ["-m", "coprodesk", "--db", str(db), "open", str(meeting_id)])]
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
    """What the screen reader read and heard: the tree before the floor key; after it, the
    events and the tree again ("after", "events"); the same after pressing the second tile
    through AT-SPI ("pressed"); and who the first two tiles are ("speaker", "second").
    Then Shift+2 raises the second tile's hand ("hand"), and the decision panel is opened,
    a decision started and everyone's support recorded with its buttons, as Orca presses
    them ("decided": the events and tree after the stances)."""
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
    first, second = _tiles_in_order(meeting)[:2]
    # "@" is Shift+2 on the US layout Xvfb has: AT-SPI presses Shift with the 2 key
    result = _run_reader(tmp, db, planned, [
        f"key:{FLOOR_KEY}", f"press:{second},", f"key:{HAND_KEY}",
        "press:Decisions and actions", "press:New decision", "press:Everyone supports"])
    key_step, press_step, hand_step, _panel, _new, decided = result["steps"]
    result.update(meeting=meeting.title, speaker=first, second=second,
                  after=key_step["after"], events=key_step["events"], pressed=press_step,
                  hand=hand_step, decided=decided)
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
    trees = {"before": heard["before"], "after": heard["after"],
             "after pressing": heard["pressed"]["after"]}
    for moment, tree in trees.items():
        unnamed = [n for n in _showing(tree)
                   if (n["role"] in INTERACTIVE or "focusable" in n["states"])
                   and n["role"] != "table cell" and not n["name"].strip()]
        assert unnamed == [], f"{moment}: controls without a name: {unnamed}"


def test_after_the_floor_key_the_speakers_tile_says_their_floor_time(heard):
    person = heard["speaker"]
    before, after = _tile(heard["before"], person), _tile(heard["after"], person)
    # a button Orca can land on and press, in the before and after trees alike
    for tile in (before, after):
        assert tile["role"] == "push button" and "focusable" in tile["states"], tile
        assert "Press" in tile["actions"], tile
    assert "has the floor" not in before["name"] and "0 turns" in before["description"]
    # the turn is 2.5 s old when the tree is read again; time and share as a listener hears them
    assert "has the floor for less than a minute" in after["name"], after
    assert "1 turn" in after["description"] and "share 100 %" in after["description"], after
    others = [n for n in _showing(heard["after"])
              if n["role"] == "push button" and n is not after and "has the floor" in n["name"]]
    assert others == [], "only the person holding the floor is said to hold it"


def test_an_announcement_says_who_has_the_floor(heard):
    person = heard["speaker"]
    said = [e for e in heard["events"] if e["type"] == "object:announcement"]
    # Qt 6.8+ sends QAccessibleAnnouncementEvent as AT-SPI's Object:Announcement signal:
    # detail1 is the politeness (ATSPI_LIVE_POLITE), the text is its data
    assert [e for e in said if e["data"] == f"{person} has the floor"
            and e["detail1"] == ATSPI_LIVE_POLITE], f"announcements heard: {said}"


def test_clocks_do_not_rename_themselves_every_second(heard):
    """In the 2.5 s after each step a per-second clock would change two or three times; a
    screen reader should hear each name or description change at most once."""
    for events in (heard["events"], heard["pressed"]["events"]):
        changes = Counter((e["source"], e["type"]) for e in events if e["source"]
                          and e["type"].startswith("object:property-change:accessible-"))
        chatty = [e for e in events if changes[(e["source"], e["type"])] > 1]
        assert chatty == []


def test_the_screen_reader_hears_the_tile_change_when_the_floor_changes(heard):
    person = heard["speaker"]
    changed = [e for e in heard["events"]
               if e["type"].startswith("object:property-change:accessible-")
               and e["name"].startswith(f"{person},")]
    assert changed, f"no name or description change of {person}'s tile among {heard['events']}"


def test_pressing_a_tile_as_orca_does_gives_that_person_the_floor(heard):
    """Orca activates a button with its AT-SPI Press action: the floor moves, and is said."""
    first, second = heard["speaker"], heard["second"]
    tree, events = heard["pressed"]["after"], heard["pressed"]["events"]
    assert "has the floor for less than a minute" in _tile(tree, second)["name"]
    assert "has the floor" not in _tile(tree, first)["name"]
    said = [e["data"] for e in events if e["type"] == "object:announcement"]
    assert f"{second} has the floor" in said, said


def _said(events: list[dict]) -> list[str]:
    return [e["data"] for e in events if e["type"] == "object:announcement"]


def test_a_raised_hand_is_announced(heard):
    """Shift+2 raises the second tile's hand; a screen reader hears it, and where it waits."""
    said = _said(heard["hand"]["events"])
    # the second person holds the floor (pressed above): the hand is tile 2's all the same
    assert f"{heard['second']}: hand up, 1 in the queue" in said, said


def test_after_the_stances_the_outcome_and_the_joint_verdict_are_read_as_shown(heard):
    """The decision panel's outcome and JOINT / NOT JOINT are labels: Orca reads their
    text (not a fixed "Outcome"), and the outcome's change is announced."""
    labels = [n["name"] for n in _showing(heard["decided"]["after"]) if n["role"] == "label"]
    assert [x for x in labels if x.startswith("Outcome: Agreed — ")], labels
    assert [x for x in labels if x.startswith("✔ JOINT — ")], labels
    assert "Outcome now: Agreed, joint" in _said(heard["decided"]["events"])


@pytest.fixture(scope="module")
def verified(tmp_path_factory) -> dict:
    """The Verify minutes dialog on certified minutes, as a screen reader reads it."""
    reason = _missing()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"CI must install the AT-SPI test's packages: {reason}")
        pytest.skip(reason)
    from coprodesk.minutes.export import export_minutes
    from coprodesk.minutes.signing import certificate_pem, new_identity
    from coprodesk.minutes.trust import add_trusted

    tmp = tmp_path_factory.mktemp("atspi-verify")
    db = tmp / "meetings.db"
    store = open_store(db)
    try:
        closed, _planned = create_demo(store)
        jo = tmp / "jo.p12"
        new_identity("Jo Fischer", "jo@example.org", jo, b"jo-passphrase")
        # the reader trusts Jo (a self-made identity is never "verified" silently)
        (tmp / "jo.pem").write_bytes(certificate_pem(jo, b"jo-passphrase"))
        add_trusted(tmp / "jo.pem", tmp / "trusted")
        pdf = tmp / "minutes.pdf"
        export_minutes(store, closed, pdf, 1_700_000_000_000, identity=jo,
                       passphrase=b"jo-passphrase")
    finally:
        store.close()
    show = ("import os, sys; from pathlib import Path; "
            "os.environ['COPRODESK_TRUST_DIR'] = sys.argv[2]; "
            "from coprodesk.gui.app import application; "
            "from coprodesk.gui.minutes_dialogs import VerifyMinutesDialog; "
            "app = application(); d = VerifyMinutesDialog(Path(sys.argv[1])); d.show(); "
            "app.exec()")
    return _run_reader(tmp, db, 0, [], app=["-c", show, str(pdf), str(tmp / "trusted")])


def test_the_verify_dialogs_verdict_is_read_as_shown(verified):
    labels = [n["name"] for n in _showing(verified["before"]) if n["role"] == "label"]
    assert "Verified: every signature is intact and valid, and nothing was changed after it." \
        in labels, labels
