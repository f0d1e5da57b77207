"""Cold start of the bundled app (dist/coprodesk/) beside the same app run from the venv.

Each sample is a fresh process, offscreen, timed until the main window has been shown
and the app has quit (COPRODESK_EXIT_WHEN_SHOWN). Also prints the bundle's size.
Build the bundle first: `make bundle`.

    .venv/bin/python benchmarks/bundle_start.py [runs]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "coprodesk" / "coprodesk"
VENV = ROOT / ".venv" / "bin" / "coprodesk"


def sample(binary: Path, db: Path, env: dict) -> float:
    t0 = time.perf_counter()
    subprocess.run([str(binary), "--db", str(db)], env=env, check=True, capture_output=True)
    return time.perf_counter() - t0


def size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def main() -> int:
    if not BUNDLE.exists():
        print("no bundle: run `make bundle` first")
        return 1
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "m.db"
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COPRODESK_EXIT_WHEN_SHOWN="1",
                   XDG_CONFIG_HOME=str(Path(tmp) / "config"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run([str(VENV), "--db", str(db), "demo"], env=env, check=True,
                       capture_output=True)
        sample(BUNDLE, db, env)
        sample(VENV, db, env)  # warm the file cache for both
        bundle, venv = [], []
        for _ in range(runs):
            bundle.append(sample(BUNDLE, db, env))
            venv.append(sample(VENV, db, env))
    b, v = statistics.median(bundle), statistics.median(venv)
    print(f"bundle size (unpacked)      : {size_mb(BUNDLE.parent):.0f} MB (target < 150 MB)")
    print(f"venv app, window shown      : median {v * 1000:5.0f} ms")
    print(f"bundled app, window shown   : median {b * 1000:5.0f} ms  ({b / v:.2f}x the venv)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
