"""Transcripts: a 3-hour, 12-speaker Teams WebVTT at 1x, 4x and 16x its size. For each, in a
fresh process: reading it as a floor (``read_transcript``), the whole ``import-turns``
command, and beside them a bare parse of the same file by the library alone
(``webvtt.read``, every cue held as a Caption). Per MB of file: the time (median of three
fresh processes) and the peak of Python memory while reading (tracemalloc, in a fourth
process, the modules imported before; SQLite's own memory is not Python memory and is not
counted). ``import`` also creates the database and the meeting.

    .venv/bin/python benchmarks/transcript_import.py

Cues last 1-8 s with pauses of up to a second, one in five overlapping the next; a cue in
forty names nobody, one in sixty says "[inaudible]". The 16x file spans 48 hours.
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

SPEAKERS = ["María Ortega", "Jo Smith", "Amir Haddad", "Wen Li", "Siobhán O'Neill",
            "Kwame Mensah", "Priya Nair", "Tomás Novák", "Aoife Byrne", "Lena Vogel",
            "Yusuf Demir", "Grace Okafor"]
HOURS = 3
SIZES = (1, 4, 16)

CHILD = r"""
import json, sys, time, tracemalloc
kind, path, db, traced = sys.argv[1:5]
import webvtt
from coprodesk.cli import main
from coprodesk.cli import transcripts as _t
from coprodesk.importers.transcripts import read_transcript
from coprodesk.store import connection, meetings, turn_import  # imported before measuring
if traced == "1":
    tracemalloc.start()
t0 = time.perf_counter()
if kind == "import":
    code = main(["--db", db, "import-turns", path, "--title", "Online"])
elif kind == "read":
    code = 0 if len(read_transcript(path).floor) else 1
else:
    code = 0 if len(webvtt.read(path).captions) else 1
s = time.perf_counter() - t0
peak = tracemalloc.get_traced_memory()[1] if traced == "1" else 0
print(json.dumps({"code": code, "s": s, "peak_mb": peak / 1e6}))
"""


def write_transcript(path: Path, times: int) -> int:
    rnd = random.Random(29)
    lines = ["WEBVTT", ""]
    t, n, end = 0, 0, HOURS * 3600_000 * times
    while t < end:
        length = rnd.randrange(1000, 8000)
        over = rnd.randrange(200, 1500) if rnd.random() < 0.2 else 0
        who = rnd.choice(SPEAKERS)
        text = "[inaudible]" if n % 60 == 59 else "Some words said in the meeting, a line long."
        voice = f"<v {who}>{text}</v>" if n % 40 != 39 else text
        lines += [f"6f1c2a/{n}-0", f"{stamp(t)} --> {stamp(t + length + over)}", voice, ""]
        t += length + (rnd.randrange(0, 1000) if rnd.random() < 0.5 else 0)
        n += 1
    path.write_text("\n".join(lines), encoding="utf-8")
    return n


def stamp(ms: int) -> str:
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    return f"{h:02d}:{m:02d}:{rest // 1000:02d}.{rest % 1000:03d}"


def run(kind: str, path: Path, db: Path) -> dict:
    """Median time of three runs, and the peak of Python memory in a fourth."""
    def once(traced: str) -> dict:
        if db.exists():
            db.unlink()
        out = subprocess.run([sys.executable, "-c", CHILD, kind, str(path), str(db), traced],
                             capture_output=True, text=True, check=True)
        return json.loads(out.stdout.strip().splitlines()[-1])

    runs = [once("0") for _ in range(3)]
    memory = once("1")
    return {"code": max(r["code"] for r in runs) or memory["code"],
            "s": statistics.median(r["s"] for r in runs), "peak_mb": memory["peak_mb"]}


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        tiny = folder / "one.vtt"
        tiny.write_text("WEBVTT\n\n00:00:00.000 --> 00:00:01.000\n<v Jo>hi</v>\n")
        fixed = run("import", tiny, folder / "one.db")
        print(f"import-turns of a one-cue transcript (opening the database, creating the "
              f"meeting): {fixed['s']:.2f} s, {fixed['peak_mb']:.1f} MB; the import columns "
              "below are what a file adds to that")
        print(f"{'size':>4} {'cues':>7} {'MB':>6} | {'read s/MB':>9} {'MB/MB':>6} | "
              f"{'import s/MB':>11} {'MB/MB':>6} | {'bare parse s/MB':>15} {'MB/MB':>6}")
        for times in SIZES:
            path = folder / f"x{times}.vtt"
            cues = write_transcript(path, times)
            mb = path.stat().st_size / 1e6
            read = run("read", path, folder / "unused.db")
            whole = run("import", path, folder / f"x{times}.db")
            bare = run("bare", path, folder / "unused.db")
            assert read["code"] == whole["code"] == bare["code"] == 0
            whole = {"s": whole["s"] - fixed["s"], "peak_mb": whole["peak_mb"] - fixed["peak_mb"]}
            print(f"{times:>3}x {cues:>7,} {mb:>6.2f} | {read['s'] / mb:>9.3f} "
                  f"{read['peak_mb'] / mb:>6.2f} | {whole['s'] / mb:>11.3f} "
                  f"{whole['peak_mb'] / mb:>6.2f} | {bare['s'] / mb:>15.3f} "
                  f"{bare['peak_mb'] / mb:>6.2f}")


if __name__ == "__main__":
    main()
