"""Cold start of the CoProDesk window against a bare PySide6 QMainWindow, same run.

Each sample is a fresh Python process (offscreen Qt) timed from just before it
is spawned to the moment its window has been shown and the event loop has run
once (the child prints the wall clock then quits from a zero-delay QTimer).
CoProDesk opens a database holding the two demo meetings, as after first start.
Prints the median of N runs of each and their ratio; also checks that reportlab
and pyHanko were not imported at start-up.

    .venv/bin/python benchmarks/gui_cold_start.py [runs]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.setWindowTitle("bare"); w.resize(1280, 720); w.show()
QTimer.singleShot(0, lambda: (print(time.time()), app.quit()))
app.exec()
"""

APP = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
def shown():
    print(time.time())
    heavy = [m for m in ("reportlab", "pyhanko") if m in sys.modules]
    print("heavy:" + ",".join(heavy))
    app.quit()
QTimer.singleShot(0, shown)
from coprodesk.gui.app import run_app
run_app(__import__("pathlib").Path(sys.argv[1]))
"""


def sample(code: str, *args: str) -> tuple[float, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its .pyc files
    t0 = time.time()
    out = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True,
                         text=True, check=True).stdout.split()
    return float(out[0]) - t0, (out[1] if len(out) > 1 else "")


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
        sample(BARE)  # warm the file cache for both equally
        sample(APP, str(db))
        bare, app, heavy = [], [], set()
        for _ in range(runs):  # interleaved, so drift affects both alike
            bare.append(sample(BARE)[0])
            t, h = sample(APP, str(db))
            app.append(t)
            heavy.add(h)
    b, a = statistics.median(bare), statistics.median(app)
    print(f"bare QMainWindow shown : median {b * 1000:6.0f} ms  ({', '.join(f'{x*1000:.0f}' for x in bare)})")
    print(f"CoProDesk window shown : median {a * 1000:6.0f} ms  ({', '.join(f'{x*1000:.0f}' for x in app)})")
    print(f"ratio                  : {a / b:.2f}x  (target <= 1.3x)")
    loaded = sorted(heavy - {"heavy:"}) or "none (reportlab, pyHanko not imported)"
    print(f"heavy modules at start : {loaded}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
