"""Qt's own options (``-reverse``, ``-style fusion``) reach the window; ours stay ours."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from coprodesk.cli import split_qt_args
from coprodesk.demo import create_demo
from coprodesk.store.connection import open_store


def test_qt_options_are_taken_out_with_their_values():
    ours, qt = split_qt_args(["--db", "m.db", "-reverse", "-style", "fusion",
                              "-platform=offscreen", "-stylesheet", "big.qss", "open", "1"])
    assert ours == ["--db", "m.db", "open", "1"]
    assert qt == ["-reverse", "-style", "fusion", "-platform=offscreen", "-stylesheet", "big.qss"]


def test_our_double_dash_options_of_the_same_name_stay_ours():
    argv = ["import-turns", "t.csv", "--title", "-reverse", "--format", "csv"]
    # a title may not start with a dash anyway: -reverse after --title is Qt's
    assert split_qt_args(argv) == (["import-turns", "t.csv", "--title", "--format", "csv"],
                                   ["-reverse"])
    assert split_qt_args(["keys", "new", "--name", "A"]) == (["keys", "new", "--name", "A"], [])
    assert split_qt_args(["--", "-reverse"]) == (["--", "-reverse"], [])


def test_the_window_starts_right_to_left_with_reverse_and_a_qt_style(tmp_path: Path):
    db = tmp_path / "m.db"
    store = open_store(db)
    create_demo(store)  # no first-start question holds the window
    store.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COPRODESK_EXIT_WHEN_SHOWN": "1",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    shown = subprocess.run([sys.executable, "-m", "coprodesk", "--db", str(db), "-reverse",
                            "-style", "fusion"], env=env, capture_output=True, text=True,
                           timeout=120)
    assert shown.returncode == 0, shown.stderr
    assert "shown: CoProDesk" in shown.stdout
    assert "right to left" in shown.stdout
    plain = subprocess.run([sys.executable, "-m", "coprodesk", "--db", str(db)], env=env,
                           capture_output=True, text=True, timeout=120)
    assert plain.returncode == 0 and "right to left" not in plain.stdout
