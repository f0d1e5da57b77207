"""Cold start of the CoProDesk window against a bare PySide6 QMainWindow, same run.

Each sample is a fresh Python process (offscreen Qt) timed from just before it
is spawned to the moment its "shown:" line arrives: the window has been shown and
the event loop has run once. CoProDesk is started the way `coprodesk` starts it
(the command line, then the window; COPRODESK_EXIT_WHEN_SHOWN makes it print and
quit) on a database holding the two demo meetings, as after first start.
A third process builds the same kind of window from PySide6 alone ("furnished": window
icon, menus and toolbar with shortcuts, a search field, a sorted table of two rows, a
status-bar label; no code of ours, no database), to show how much of the gap any real
PySide6 window pays (the Qt namespace's enums, the font database, the icon engine); the
headline ratio stays the one against the bare window.
Prints the median of N runs of each and their ratio, then each step's median share of
it (the app's steps from ``gui.app.startup_marks``, the bare window's alike; both read
``time.perf_counter()``, the system-wide monotonic clock on Linux, so a child's marks are
measured from the moment it was spawned); also checks that reportlab and pyHanko were not
imported at start-up.

    .venv/bin/python benchmarks/gui_cold_start.py [runs]
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import json, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
marks = [("modules imported", time.perf_counter())]
app = QApplication(sys.argv[:1])
marks.append(("QApplication", time.perf_counter()))
w = QMainWindow(); w.setWindowTitle("bare"); w.resize(1280, 720)
marks.append(("window built", time.perf_counter()))
w.show()
marks.append(("window.show()", time.perf_counter()))
QTimer.singleShot(0, lambda: (marks.append(("first turn of the event loop", time.perf_counter())),
                              print("marks: " + json.dumps(marks), flush=True),
                              print("shown: bare", flush=True), app.quit()))
app.exec()
"""

FURNISHED = """
import json, sys, time
from PySide6.QtCore import QTimer, Qt
from PySide6.QtGui import QIcon, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QApplication, QLabel, QLineEdit, QMainWindow, QTableView,
                               QVBoxLayout, QWidget)
marks = [("modules imported", time.perf_counter())]
app = QApplication(sys.argv[:1])
app.setWindowIcon(QIcon(sys.argv[1]))
marks.append(("QApplication", time.perf_counter()))
w = QMainWindow(); w.setWindowTitle("furnished"); w.resize(1280, 720)
bar = w.addToolBar("Main")
for title, names in (("&File", ("New", "Open", "Import", "Quit")),
                     ("&Edit", ("Undo", "Redo", "Duplicate", "Delete")),
                     ("&Meeting", ("Start", "End", "Export minutes", "Sign minutes")),
                     ("&Help", ("Keyboard shortcuts", "About"))):
    menu = w.menuBar().addMenu(title)
    for n, name in enumerate(names):
        action = menu.addAction(name)
        action.setShortcut(QKeySequence(f"Ctrl+{n + 1}"))
        if n < 2:
            bar.addAction(action)
page = QWidget(); box = QVBoxLayout(page)
search = QLineEdit(); search.setPlaceholderText("Search"); search.setClearButtonEnabled(True)
model = QStandardItemModel(0, 5)
model.setHorizontalHeaderLabels(["Title", "Date", "Status", "People", "Decisions"])
for row in (("Workshop", "2026-11-02", "closed", "9", "3"), ("Follow-up", "2026-12-07", "planned", "9", "0")):
    items = [QStandardItem(x) for x in row]
    items[3].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    model.appendRow(items)
table = QTableView(); table.setModel(model); table.setSortingEnabled(True); table.selectRow(0)
box.addWidget(search); box.addWidget(table); w.setCentralWidget(page)
w.statusBar().addPermanentWidget(QLabel("Every change is saved at once"))
marks.append(("window built", time.perf_counter()))
w.show()
marks.append(("window.show()", time.perf_counter()))
QTimer.singleShot(0, lambda: (marks.append(("first turn of the event loop", time.perf_counter())),
                              print("marks: " + json.dumps(marks), flush=True),
                              print("shown: furnished", flush=True), app.quit()))
app.exec()
"""


def sample(args: list[str]) -> tuple[float, dict[str, float]]:
    """Seconds from spawning ``args`` to its "shown:" line (printed once the window has been
    shown and the event loop has run once), read as it arrives; and the seconds each step
    took (its "marks:" line; the first step from the spawn)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COPRODESK_EXIT_WHEN_SHOWN="1")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its .pyc files
    marks: list[tuple[str, float]] = []
    t0 = time.perf_counter()
    with subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                          text=True) as child:
        for line in child.stdout:
            if line.startswith("marks:"):
                marks = json.loads(line.split(":", 1)[1])
            if line.startswith("shown:"):
                t = time.perf_counter() - t0
                break
        else:
            raise RuntimeError(f"{args} never showed its window")
        child.wait()
    steps, before = {}, t0
    for step, at in marks:
        steps[step] = at - before
        before = at
    return t, steps


def step_medians(runs: list[dict[str, float]]) -> list[tuple[str, float]]:
    """Each step's median over the runs, in the order the steps happen."""
    return [(step, statistics.median(r[step] for r in runs if step in r)) for step in runs[0]]


HEAVY = ("import sys, runpy; sys.argv = ['coprodesk'] + sys.argv[1:]; "
         "import atexit; atexit.register(lambda: print('heavy:' + ','.join("
         "m for m in ('reportlab', 'pyhanko') if m in sys.modules), flush=True)); "
         "runpy.run_module('coprodesk', run_name='__main__')")


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        home = Path(tmp) / "home"
        os.environ["XDG_CONFIG_HOME"] = str(home)  # settings of this run only: no demo question
        from coprodesk.demo import create_demo
        from coprodesk.store.connection import open_store

        store = open_store(db)
        create_demo(store)
        store.close()
        bare_cmd = [sys.executable, "-c", BARE]
        app_cmd = [sys.executable, "-m", "coprodesk", "--db", str(db)]  # what `coprodesk` runs
        from coprodesk.resources import resource_path

        furnished_cmd = [sys.executable, "-c", FURNISHED, str(resource_path("coprodesk.svg"))]
        for cmd in (bare_cmd, app_cmd, furnished_cmd):
            sample(cmd)  # warm the file cache for all equally
        bare, app, furnished, bare_steps, app_steps, furnished_steps = [], [], [], [], [], []
        for _ in range(runs):  # interleaved, so drift affects all alike
            for times, steps, cmd in ((bare, bare_steps, bare_cmd), (app, app_steps, app_cmd),
                                      (furnished, furnished_steps, furnished_cmd)):
                t, by_step = sample(cmd)
                times.append(t)
                steps.append(by_step)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COPRODESK_EXIT_WHEN_SHOWN="1")
        heavy = subprocess.run([sys.executable, "-c", HEAVY, "--db", str(db)], env=env,
                               capture_output=True, text=True, check=True).stdout
    b, a, f = statistics.median(bare), statistics.median(app), statistics.median(furnished)
    for name, median, times in (("bare QMainWindow shown ", b, bare), ("`coprodesk` window shown", a, app),
                                ("furnished window shown ", f, furnished)):
        print(f"{name}: median {median * 1000:6.0f} ms  ({', '.join(f'{x*1000:.0f}' for x in times)})")
    print(f"ratio                  : {a / b:.2f}x  (target <= 1.3x)")
    print(f"furnished / bare       : {f / b:.2f}x  (what the same kind of window costs in PySide6 alone)")
    print(f"`coprodesk` / furnished: {a / f:.2f}x")
    loaded = heavy.rsplit("heavy:", 1)[-1].strip() or "none (reportlab, pyHanko not imported)"
    print(f"heavy modules at start : {loaded}")
    for name, steps in (("`coprodesk`", app_steps), ("bare QMainWindow", bare_steps),
                        ("furnished window", furnished_steps)):
        print(f"\n{name}, median ms per step (the first from the spawn: Python, imports):")
        for step, seconds in step_medians(steps):
            print(f"  {step:<32} {seconds * 1000:6.1f}")
    print(f"load average (1, 5, 15 min): {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
