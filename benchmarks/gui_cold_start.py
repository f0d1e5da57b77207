"""Cold start of the CoProDesk window against a bare PySide6 QMainWindow, same run.

Each sample is a fresh Python process (offscreen Qt) timed from just before it
is spawned to the moment its "shown:" line arrives: the window has been shown and
the event loop has run once. CoProDesk is started the way `coprodesk` starts it
(the command line, then the window; COPRODESK_EXIT_WHEN_SHOWN makes it print and
quit) on a database holding the two demo meetings, as after first start.
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
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.setWindowTitle("bare"); w.resize(1280, 720); w.show()
QTimer.singleShot(0, lambda: (print("shown: bare", flush=True), app.quit()))
app.exec()
"""


def sample(args: list[str]) -> float:
    """Seconds from spawning ``args`` to its "shown:" line (printed once the window has been
    shown and the event loop has run once), read as it arrives."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COPRODESK_EXIT_WHEN_SHOWN="1")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its .pyc files
    t0 = time.perf_counter()
    with subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                          text=True) as child:
        for line in child.stdout:
            if line.startswith("shown:"):
                t = time.perf_counter() - t0
                break
        else:
            raise RuntimeError(f"{args} never showed its window")
        child.wait()
    return t


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
        bare, app = [], []
        for _ in range(runs):  # interleaved, so drift affects both alike
            bare.append(sample(bare_cmd))
            app.append(sample(app_cmd))
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COPRODESK_EXIT_WHEN_SHOWN="1")
        heavy = subprocess.run([sys.executable, "-c", HEAVY, "--db", str(db)], env=env,
                               capture_output=True, text=True, check=True).stdout
    b, a = statistics.median(bare), statistics.median(app)
    print(f"bare QMainWindow shown : median {b * 1000:6.0f} ms  ({', '.join(f'{x*1000:.0f}' for x in bare)})")
    print(f"`coprodesk` window shown: median {a * 1000:6.0f} ms  ({', '.join(f'{x*1000:.0f}' for x in app)})")
    print(f"ratio                  : {a / b:.2f}x  (target <= 1.3x)")
    loaded = heavy.rsplit("heavy:", 1)[-1].strip() or "none (reportlab, pyHanko not imported)"
    print(f"heavy modules at start : {loaded}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
