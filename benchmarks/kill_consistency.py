"""Killing the CLI at random points: `demo`, `import-turns` and `export` are each started as
a real process and sent SIGKILL after a random delay; afterwards the database must pass
PRAGMA integrity_check and hold all or nothing of the killed command's writes, and an
export's target must be absent, the old file, or a whole new one (never half). What a
killed export left (``.part`` files) must go at the next export into that folder.

tests/test_kills.py runs this with 20 kills of each command; this script runs as many as
asked and prints the counts:

    .venv/bin/python benchmarks/kill_consistency.py [kills per command, default 200]
"""

from __future__ import annotations

import io
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

TABLES = ("meetings", "groups", "participants", "presence", "items", "turns", "decisions",
          "rounds", "stances", "actions", "action_owners")
IMPORT_TITLE = "Killed import"
TURNS = 2000
SPEAKERS = 12


def _old_pdf() -> bytes:
    """Last week's minutes, unsigned: a whole PDF (a damaged one might be signed, and an
    export never replaces that)."""
    import io

    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.add_metadata({"/Title": "the minutes exported last week"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


OLD_PDF = _old_pdf()
OLD_JSON = b'{"format": "coprodesk-meeting", "exported": "last week"}\n'


@dataclass
class Tally:
    """What the kills of one command found."""

    kills: int = 0  # ended by SIGKILL
    finished: int = 0  # done before the signal came
    outcomes: Counter = field(default_factory=Counter)  # "nothing", "whole", "old file", ...
    leftovers: int = 0  # .part files a killed export left
    leftovers_removed: int = 0  # ... gone after the next export
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "coprodesk", *args]


def env() -> dict[str, str]:
    e = dict(os.environ)
    e.pop("COPRODESK_DB", None)
    e["QT_QPA_PLATFORM"] = "offscreen"
    root = str(Path(__file__).resolve().parents[1])
    e["PYTHONPATH"] = root + os.pathsep + e.get("PYTHONPATH", "")
    return e


def counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def integrity(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def write_turns(path: Path, n: int = TURNS) -> None:
    rng = random.Random(16)
    lines = ["start_s,end_s,speaker"]
    t = 0.0
    for _ in range(n):
        d = rng.uniform(1, 30)
        lines.append(f"{t:.3f},{t + d:.3f},Speaker {rng.randint(1, SPEAKERS)}")
        t += d + 0.5
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


class Bench:
    """The fixtures every kill starts from, and the reference results of un-killed runs."""

    def __init__(self, root: Path) -> None:
        from coprodesk.demo import create_demo
        from coprodesk.store.connection import open_store

        self.root = root
        self.empty = root / "empty.db"
        open_store(self.empty).close()
        self.demo_db = root / "demo.db"
        store = open_store(self.demo_db)
        create_demo(store)
        store.close()
        self.turns = root / "turns.csv"
        write_turns(self.turns)
        self.before = {"demo": counts(self.empty), "import": counts(self.demo_db)}
        self.reference: dict[str, object] = {}
        self.duration: dict[str, float] = {}
        self.pdf_pages = 0
        self.after_open: dict[str, float] = {}

    def calibrate(self) -> None:
        """One whole run of each command: what it leaves, how long it takes, and how long
        after it opened the database (first guesses, learnt better under the real load)."""

        for kind in ("demo", "import", "json", "pdf"):
            command, db = self.prepare(kind, self.root / f"reference-{kind}")
            t0 = time.perf_counter()
            proc = subprocess.Popen(command, env=env(), cwd=db.parent,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            opened = wait_open(proc, db)
            if proc.wait() != 0:
                raise RuntimeError(f"{' '.join(command)} failed")
            self.duration[kind] = time.perf_counter() - t0
            self.after_open[kind] = time.perf_counter() - opened
            if kind in ("demo", "import"):
                self.reference[kind] = counts(db)
            elif kind == "json":
                self.reference[kind] = (db.parent / "out" / "minutes.json").read_bytes()
            else:
                from pypdf import PdfReader

                self.pdf_pages = len(PdfReader(db.parent / "out" / "minutes.pdf").pages)

    def prepare(self, kind: str, folder: Path) -> tuple[list[str], Path]:
        """A fresh copy of the database for one run; returns (command, database)."""
        folder.mkdir(parents=True)
        db = folder / "m.db"
        shutil.copyfile(self.empty if kind == "demo" else self.demo_db, db)
        if kind == "demo":
            return cli("--db", str(db), "demo"), db
        if kind == "import":
            return cli("--db", str(db), "import-turns", str(self.turns), "--title",
                       IMPORT_TITLE), db
        out = folder / "out"
        out.mkdir()
        if kind == "json":
            if folder.name.endswith(("1", "3", "5", "7", "9")):  # half of them replace a file
                (out / "minutes.json").write_bytes(OLD_JSON)
            return cli("--db", str(db), "export", "1", "--format", "json", "-o",
                       str(out / "minutes.json")), db
        (out / "minutes.pdf").write_bytes(OLD_PDF)  # the old file must stay whole until replaced
        return cli("--db", str(db), "export", "1", "-o", str(out / "minutes.pdf")), db

    def check(self, kind: str, folder: Path, db: Path, tally: Tally) -> None:
        """The database and the files after one run, killed or not."""
        verdict = integrity(db)
        if verdict != "ok":
            tally.problems.append(f"{folder.name}: integrity_check says {verdict}")
            return
        now = counts(db)
        if kind in ("demo", "import"):
            before, after = self.before[kind], self.reference[kind]
            if now == before:
                tally.outcomes["nothing"] += 1
            elif now == after:
                tally.outcomes["whole"] += 1
            else:
                tally.problems.append(f"{folder.name}: part of the writes: {now}")
            return
        if now != self.before["import"]:
            tally.problems.append(f"{folder.name}: an export changed the database")
        out = folder / "out"
        target = out / ("minutes.json" if kind == "json" else "minutes.pdf")
        tally.leftovers += len(list(out.glob(".*.part")))
        if not target.exists():
            tally.outcomes["nothing"] += 1
        elif target.read_bytes() in (OLD_PDF, OLD_JSON):
            tally.outcomes["old file"] += 1
        elif kind == "json":
            same = target.read_bytes() == self.reference["json"]
            tally.outcomes["whole" if same else "HALF"] += 1
            if not same:
                tally.problems.append(f"{folder.name}: a half JSON file")
        else:
            try:
                from pypdf import PdfReader

                whole = len(PdfReader(io.BytesIO(target.read_bytes())).pages) == self.pdf_pages
            except Exception:
                whole = False
            tally.outcomes["whole" if whole else "HALF"] += 1
            if not whole:
                tally.problems.append(f"{folder.name}: a half PDF")

    def sweep(self, folders: list[Path], tally: Tally) -> None:
        """The next export into each folder where a killed one left a .part file."""
        from coprodesk.cli import main

        for folder in folders:
            out = folder / "out"
            left = list(out.glob(".*.part"))
            if not left:
                continue
            code = main(["--db", str(folder / "m.db"), "export", "1", "--format", "json",
                         "-o", str(out / "next.json")])
            if code != 0:
                tally.problems.append(f"{folder.name}: the next export failed ({code})")
            remaining = list(out.glob(".*.part"))
            tally.leftovers_removed += len(left) - len(remaining)
            if remaining:
                tally.problems.append(f"{folder.name}: {len(remaining)} .part left after the "
                                      "next export")


def wait_open(proc: subprocess.Popen, db: Path) -> float:
    """When the process opened the database (its -shm file appeared), or ended."""
    shm = db.with_name(db.name + "-shm")
    while not shm.exists() and proc.poll() is None:
        time.sleep(0.002)
    return time.perf_counter()


def run_one(bench: Bench, kind: str, n: int, delay: float, after_open: bool
            ) -> tuple[bool, Path, Path, float]:
    """Start the command, SIGKILL it ``delay`` seconds after it started (or, with
    ``after_open``, after it opened the database: most of a run is Python starting, and
    the writing happens after that); returns (ended by the signal, its folder, its
    database, how long it ran after the delay's starting point)."""
    folder = bench.root / f"{kind}-{n}"
    command, db = bench.prepare(kind, folder)
    t0 = time.perf_counter()
    proc = subprocess.Popen(command, env=env(), cwd=folder, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    if after_open:
        t0 = wait_open(proc, db)
    try:
        proc.wait(timeout=max(0.0, delay - (time.perf_counter() - t0)))
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
    code = proc.wait()
    return code == -signal.SIGKILL, folder, db, time.perf_counter() - t0


COMMAND = {"demo": "demo", "import": "import-turns", "json": "export", "pdf": "export"}


def kill_many(root: Path, kills: int, seed: int = 16, workers: int = 5, pdf_every: int = 5
              ) -> dict[str, Tally]:
    """At least ``kills`` SIGKILLs of each command (exports: JSON, and every ``pdf_every``-th
    a PDF, the slow one); returns the tallies. ``workers`` processes run at a time.

    Every other run is killed at a random moment of its whole life; the others at a random
    moment after they opened the database, where the writing happens. How long each part
    takes is learnt under the real load (longer after each kill that found nothing
    written, the real time after each run that finished before its signal)."""
    bench = Bench(root)
    rng = random.Random(seed)
    tallies = {name: Tally() for name in ("demo", "import-turns", "export")}
    started = Counter()
    t0 = time.perf_counter()
    bench.calibrate()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        end = {True: dict(bench.after_open), False: dict(bench.duration)}
        def next_kind() -> str | None:
            for name in ("demo", "import-turns", "export"):
                t = tallies[name]
                running = sum(1 for k, _ in flying.values() if COMMAND[k] == name)
                if t.kills + running < kills and t.finished < 2 * kills:
                    if name == "export":
                        return "pdf" if started["export"] % pdf_every == pdf_every - 1 \
                            else "json"
                    return "demo" if name == "demo" else "import"
            return None

        flying: dict = {}
        while True:
            while len(flying) < workers and (kind := next_kind()) is not None:
                started[COMMAND[kind]] += 1
                after_open = started[COMMAND[kind]] % 2 == 0
                delay = rng.uniform(0, 1.05 * end[after_open][kind])
                job = pool.submit(run_one, bench, kind, sum(started.values()), delay, after_open)
                flying[job] = (kind, after_open)
            if not flying:
                break
            done, _ = wait(flying, return_when=FIRST_COMPLETED)
            for job in done:
                kind, after_open = flying.pop(job)
                killed, folder, db, ran = job.result()
                tally = tallies[COMMAND[kind]]
                tally.kills += killed
                nothing = tally.outcomes["nothing"] + tally.outcomes["old file"]
                bench.check(kind, folder, db, tally)
                if not killed:
                    tally.finished += 1
                    end[after_open][kind] = 0.7 * end[after_open][kind] + 0.3 * ran
                elif tally.outcomes["nothing"] + tally.outcomes["old file"] > nothing:
                    end[after_open][kind] *= 1.05  # nothing written yet: this load is slower
                if COMMAND[kind] == "export":
                    bench.sweep([folder], tally)
    elapsed = time.perf_counter() - t0
    for tally in tallies.values():
        tally.seconds = elapsed
    return tallies


def main() -> int:
    kills = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    with tempfile.TemporaryDirectory(prefix="coprodesk-kills-") as tmp:
        tallies = kill_many(Path(tmp), kills)
    bad = 0
    print(f"{'command':<13} {'SIGKILLs':>8} {'finished':>8}  outcomes"
          f"{'':<32} .part left / removed")
    for name, t in tallies.items():
        outcome = ", ".join(f"{k} {v}" for k, v in sorted(t.outcomes.items()))
        print(f"{name:<13} {t.kills:>8} {t.finished:>8}  {outcome:<40} {t.leftovers} / "
              f"{t.leftovers_removed}")
        for p in t.problems:
            print("  PROBLEM:", p)
        bad += len(t.problems)
    print(f"{sum(t.kills for t in tallies.values())} kills in "
          f"{next(iter(tallies.values())).seconds:.1f} s; problems: {bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
