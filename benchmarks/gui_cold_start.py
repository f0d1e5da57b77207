"""Cold start of the CoProDesk window against a bare PySide6 QMainWindow, same run.

Each sample is a fresh Python process (offscreen Qt) timed from just before it
is spawned to the moment its "shown:" line arrives: the window has been shown and
the event loop has run once. CoProDesk is started the way `coprodesk` starts it
(the command line, then the window; COPRODESK_EXIT_WHEN_SHOWN makes it print and
quit) on a database holding the two demo meetings, as after first start.
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
        sample(bare_cmd)  # warm the file cache for both equally
        sample(app_cmd)
        bare, app, bare_steps, app_steps = [], [], [], []
        for _ in range(runs):  # interleaved, so drift affects both alike
            for times, steps, cmd in ((bare, bare_steps, bare_cmd), (app, app_steps, app_cmd)):
                t, by_step = sample(cmd)
                times.append(t)
                steps.append(by_step)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COPRODESK_EXIT_WHEN_SHOWN="1")
        heavy = subprocess.run([sys.executable, "-c", HEAVY, "--db", str(db)], env=env,
                               capture_output=True, text=True, check=True).stdout
    b, a = statistics.median(bare), statistics.median(app)
    print(f"bare QMainWindow shown : median {b * 1000:6.0f} ms  ({', '.join(f'{x*1000:.0f}' for x in bare)})")
    print(f"`coprodesk` window shown: median {a * 1000:6.0f} ms  ({', '.join(f'{x*1000:.0f}' for x in app)})")
    print(f"ratio                  : {a / b:.2f}x  (target <= 1.3x)")
    loaded = heavy.rsplit("heavy:", 1)[-1].strip() or "none (reportlab, pyHanko not imported)"
    print(f"heavy modules at start : {loaded}")
    for name, steps in (("`coprodesk`", app_steps), ("bare QMainWindow", bare_steps)):
        print(f"\n{name}, median ms per step (the first from the spawn: Python, imports):")
        for step, seconds in step_medians(steps):
            print(f"  {step:<32} {seconds * 1000:6.1f}")
    print(f"load average (1, 5, 15 min): {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
