"""What the one-app-per-database claim costs at start-up, beside a bare QLockFile.

Each sample is a fresh Python process (offscreen Qt) that has imported ``coprodesk.gui.app``
and made its QApplication, as `coprodesk` has when it claims the database; it then times:

- bare: a ``QLockFile`` taken, nothing else (the floor for any claim), in a process of its own;
- claim before the window: importing ``coprodesk.gui.single_instance``, ``DatabaseClaim``
  and ``acquire()`` (all a start pays before its window can be built);
- after the window: ``listen()`` in the window's thread (it starts a thread), and how long
  until that thread listens (it imports ``multiprocessing.connection``; the owner does
  this once its window is shown);

and, against an owner process that listens, a second start's ``ask_owner_to_raise`` (from
asking to "raised"). Prints medians of N runs and the claim's ratio to the bare lock.

    .venv/bin/python benchmarks/single_instance_claim.py [runs]
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

CLAIM = """
import json, sys, time
from pathlib import Path
import coprodesk.gui.app  # (what `coprodesk` has imported when it claims the database)
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
db, mode = Path(sys.argv[1]), sys.argv[2]
t0 = time.perf_counter()
if mode == "bare":
    from PySide6.QtCore import QLockFile

    lock = QLockFile(str(db) + ".lock")
    assert lock.tryLock(0)
    print(json.dumps({"bare": time.perf_counter() - t0}))
    lock.unlock()
    sys.exit()
from coprodesk.gui.single_instance import DatabaseClaim
claim = DatabaseClaim(db, app)
assert claim.acquire()
t1 = time.perf_counter()
times = {"claim": t1 - t0, "listen": None, "ready": None}
if hasattr(claim, "listen"):  # (earlier versions listened in acquire)
    claim.listening.connect(lambda ok: (times.update(ready=time.perf_counter() - t1),
                                        app.quit()))
    claim.listen()
    times["listen"] = time.perf_counter() - t1
    app.exec()
claim.release()
print(json.dumps(times))
"""

OWNER = """
import sys
from pathlib import Path
from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QApplication
from coprodesk.gui.single_instance import DatabaseClaim
app = QApplication(sys.argv[:1])
claim = DatabaseClaim(Path(sys.argv[1]), app)
assert claim.acquire()
if hasattr(claim, "listen"):
    claim.listening.connect(lambda ok: print("listening", flush=True))
    claim.listen()
else:
    print("listening", flush=True)
eof = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
eof.activated.connect(app.quit)  # the benchmark closed our stdin: done
app.exec()
claim.release()
"""

ASK = """
import json, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
t0 = time.perf_counter()
from coprodesk.gui.single_instance import ask_owner_to_raise
ok = ask_owner_to_raise(Path(sys.argv[1]))
print(json.dumps({"ask": time.perf_counter() - t0, "raised": ok}))
"""


def _run(code: str, *args: object) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its .pyc files
    done = subprocess.run([sys.executable, "-c", code, *map(str, args)], env=env,
                          capture_output=True, text=True, timeout=120, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _ms(values: list[float]) -> str:
    return (f"median {statistics.median(values) * 1000:6.2f} ms  "
            f"({', '.join(f'{v * 1000:.1f}' for v in values)})")


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        _run(CLAIM, db, "bare")  # warm the file cache
        _run(CLAIM, db, "claim")
        bare, samples = [], []
        for _ in range(runs):  # interleaved, so drift affects both alike
            bare.append(_run(CLAIM, db, "bare")["bare"])
            samples.append(_run(CLAIM, db, "claim"))
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        owner = subprocess.Popen([sys.executable, "-c", OWNER, str(db)], env=env, text=True,
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                 stderr=subprocess.DEVNULL)
        try:
            assert owner.stdout.readline().strip() == "listening"
            asks = [_run(ASK, db) for _ in range(runs)]
        finally:
            owner.stdin.close()
            owner.wait(timeout=30)
    claim = [s["claim"] for s in samples]
    print(f"bare QLockFile taken      : {_ms(bare)}")
    print(f"claim before the window   : {_ms(claim)}")
    if samples[0]["listen"] is not None:
        print(f"listen(), window's thread : {_ms([s['listen'] for s in samples])}")
        print(f"  listening, from its own : {_ms([s['ready'] for s in samples])}")
    print(f"second start asks, raised : {_ms([a['ask'] for a in asks])}"
          f"  (all raised: {all(a['raised'] for a in asks)})")
    print(f"claim / bare lock         : {statistics.median(claim) / statistics.median(bare):.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
