"""A German and a French keyboard on a real X display: the app as a facilitator runs it.

``coprodesk open`` shows a ten-person meeting in the run view on Xvfb with the xcb platform;
``setxkbmap`` sets the layout and ``xdotool`` presses the digit row's keys as that keyboard
does (each key by what it types unshifted there, with and without Shift), so the events
carry X11's real key codes through Qt's own path. Whose floor and whose hand each press
gave is read from the database the app writes at once. 10-20 s.

Needs ``xvfb xdotool x11-xkb-utils`` and Qt's xcb libraries (``.ci/run`` installs them);
without them it is skipped locally and fails in CI (``CI`` set).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coprodesk.store import meetings as repo
from coprodesk.store.connection import open_store

# What each key of the digit row types without Shift, as xdotool names it (keysyms)
ROWS = {
    "de": ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0"],
    "fr": ["ampersand", "eacute", "quotedbl", "apostrophe", "parenleft", "minus", "egrave",
           "underscore", "ccedilla", "agrave"],
}
WAIT_S = 10.0


def _missing() -> str | None:
    for tool, package in (("Xvfb", "xvfb"), ("xdotool", "xdotool"), ("setxkbmap", "x11-xkb-utils")):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (Debian package {package})"
    return None


def _ten_people(store, title: str) -> tuple[int, list[int]]:
    mid = repo.create_meeting(store, title, date="2026-06-01")
    groups = [g.id for g in repo.load_meeting(store, mid).groups]
    for n in range(10):
        repo.add_participant(store, mid, f"Person {n + 1}", groups[n % len(groups)])
    repo.add_item(store, mid, "The item", 1800)
    m = repo.load_meeting(store, mid)
    counted = sorted(m.counted, key=lambda p: p.position)
    order = [p.id for g in sorted(m.groups, key=lambda g: g.position)
             for p in counted if p.group_id == g.id]  # the tiles, as the run view shows them
    return mid, order


def _until(check) -> bool:
    end = time.monotonic() + WAIT_S
    while time.monotonic() < end:
        if check():
            return True
        time.sleep(0.05)
    return False


@pytest.fixture
def display(tmp_path):
    reason = _missing()
    if reason and os.environ.get("CI"):
        pytest.fail(reason)  # CI installs them (.ci/run)
    if reason:
        pytest.skip(reason)
    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-noreset", "-screen", "0",
                             "1280x800x24"], pass_fds=(write,), stderr=subprocess.DEVNULL,
                            start_new_session=True)
    os.close(write)
    number = b""
    while not number.endswith(b"\n"):
        chunk = os.read(read, 16)
        if not chunk:
            break
        number += chunk
    os.close(read)
    yield f":{number.decode().strip()}"
    os.killpg(xvfb.pid, signal.SIGTERM)
    xvfb.wait(10)


def _press(env: dict, keys: str) -> None:
    subprocess.run(["xdotool", "key", keys], env=env, check=True, timeout=10)


@pytest.mark.parametrize("layout", ["de", "fr"])
def test_the_digit_row_names_the_same_tiles_on_a_german_and_a_french_x11_keyboard(
        tmp_path: Path, display: str, layout: str):
    db = tmp_path / "db.sqlite"
    store = open_store(db)
    mid, order = _ten_people(store, f"Keys on {layout}")
    home = tmp_path / "home"
    (tmp_path / "run").mkdir(mode=0o700)
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "LANGUAGE", "LC_MESSAGES")}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", LANG="C.UTF-8", LC_ALL="C.UTF-8",
               HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), XDG_STATE_HOME=str(home / "state"),
               XDG_CACHE_HOME=str(home / "cache"), XDG_RUNTIME_DIR=str(tmp_path / "run"))
    subprocess.run(["setxkbmap", "-layout", layout], env=env, check=True, timeout=10)
    app = subprocess.Popen([sys.executable, "-m", "coprodesk", "--db", str(db), "open", str(mid)],
                           env=env, cwd=tmp_path, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        def shown() -> bool:
            found = subprocess.run(["xdotool", "search", "--name", f"Keys on {layout}"], env=env,
                                   capture_output=True, timeout=10)
            return found.returncode == 0

        assert _until(shown), "the run view did not open"

        def meeting():
            return repo.load_meeting(store, mid)

        wrong = []
        for position, key in enumerate(ROWS[layout]):
            printed = "1234567890"[position]
            _press(env, key)
            if not _until(lambda p=position: (t := meeting().open_turn) is not None
                          and t.participant_id == order[p]):
                turn = meeting().open_turn
                wrong.append(f"{printed}: floor to {turn.participant_id if turn else None}")
            _press(env, f"shift+{key}")
            if not _until(lambda p=position: order[p] in {h.participant_id
                                                          for h in meeting().hands}):
                wrong.append(f"Shift+{printed}: hands {[h.participant_id for h in meeting().hands]}")
        assert wrong == [], f"tiles {order}"
    finally:
        os.killpg(app.pid, signal.SIGKILL)
        app.communicate(timeout=10)
