"""`coprodesk import-turns` of a million turns, CSV and RTTM: time and peak memory of the
whole command (a fresh process each, peak RSS from getrusage), beside a bare baseline in
a fresh process: csv.reader (CSV) or str.split (RTTM) over the same file, counting rows.

    .venv/bin/python benchmarks/million_turns_import.py [TURNS]

A million turns must fit in a week (the longest a meeting may span), so turns here last
0.2-0.5 s; the RTTM has overlapping speech and short silences for the floor rule to do.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

SPEAKERS = [f"SPK{n:02d}" for n in range(12)]

CHILD = r"""
import json, resource, sys, time
t0 = time.perf_counter()
kind, path, db = sys.argv[1:4]
if kind == "import":
    from coprodesk.cli import main
    code = main(["--db", db, "import-turns", path, "--title", "Million"])
elif kind == "csv":
    import csv
    with open(path, newline="", encoding="utf-8") as f:
        code = sum(1 for _ in csv.reader(f)) and 0
else:
    with open(path, encoding="utf-8") as f:
        code = sum(1 for line in f if len(line.split()) >= 8) and 0
use = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"code": code, "s": time.perf_counter() - t0, "cpu": use.ru_utime + use.ru_stime,
                  "peak_mb": use.ru_maxrss / 1024}))
"""


def write_files(folder: Path, turns: int) -> tuple[Path, Path]:
    rnd = random.Random(7)
    csv_path, rttm_path = folder / "million.csv", folder / "million.rttm"
    with csv_path.open("w", encoding="utf-8") as c, rttm_path.open("w", encoding="utf-8") as r:
        c.write("start_s,end_s,speaker\n")
        t = 0.0
        for _ in range(turns):
            speaker = rnd.choice(SPEAKERS)
            length = rnd.uniform(0.2, 0.5)
            c.write(f"{t:.3f},{t + length:.3f},{speaker}\n")
            spoken = length + (rnd.uniform(0, 0.3) if rnd.random() < 0.2 else 0)  # overlaps
            r.write(f"SPEAKER million 1 {t:.3f} {spoken:.3f} <NA> <NA> {speaker} <NA> <NA>\n")
            t += length + (rnd.uniform(0, 0.1) if rnd.random() < 0.5 else 0)
    return csv_path, rttm_path


def run(kind: str, path: Path, db: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, kind, str(path), str(db)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    turns = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        csv_path, rttm_path = write_files(folder, turns)
        print(f"{turns:,} turns: CSV {csv_path.stat().st_size / 1e6:.0f} MB, "
              f"RTTM {rttm_path.stat().st_size / 1e6:.0f} MB")
        for label, path, bare_kind in (("CSV", csv_path, "csv"), ("RTTM", rttm_path, "rttm")):
            db = folder / f"{label}.db"
            ours = run("import", path, db)
            bare = run(bare_kind, path, folder / "unused.db")
            assert ours["code"] == 0, ours
            print(f"{label}: import-turns {ours['s']:.1f} s ({ours['cpu']:.1f} s CPU), peak RSS "
                  f"{ours['peak_mb']:.0f} MB (database {db.stat().st_size / 1e6:.0f} MB); bare "
                  f"reading {bare['s']:.1f} s ({bare['cpu']:.1f} s CPU), peak "
                  f"{bare['peak_mb']:.0f} MB; ratio CPU {ours['cpu'] / bare['cpu']:.1f}, "
                  f"memory {ours['peak_mb'] / bare['peak_mb']:.1f}")


if __name__ == "__main__":
    main()
