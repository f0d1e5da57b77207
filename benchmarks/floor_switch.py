"""Floor-switch latency including the durable commit, beside a bare sqlite3 loop.

5,000 switches among 60 participants through the domain and the store
(WAL, synchronous=FULL), then a bare sqlite3 insert-and-commit loop with the
same pragmas on the same disk, in the same run. Prints median and p99.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from coprodesk.domain import floor
from coprodesk.store import floor as floor_store
from coprodesk.store import meetings as repo
from coprodesk.store.connection import open_store

N = 5_000
PEOPLE = 60


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))]


def run(tmp: Path) -> tuple[list[float], list[float]]:
    """Alternate one bare insert+commit and one floor switch, so that both see
    the same disk and the same background load."""
    bare = sqlite3.connect(tmp / "bare.db", isolation_level=None)
    bare.execute("PRAGMA journal_mode=WAL")
    bare.execute("PRAGMA synchronous=FULL")
    bare.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, b INTEGER, c INTEGER)")
    store = open_store(tmp / "ours.db")
    mid = repo.create_meeting(store, "Benchmark")
    gid = repo.load_meeting(store, mid).groups[0].id
    people = [repo.add_participant(store, mid, f"P{i}", gid) for i in range(PEOPLE)]
    rng = random.Random(1)
    current = None
    now = 1_000_000
    bare_ms: list[float] = []
    ours_ms: list[float] = []
    for i in range(N):
        t0 = time.perf_counter_ns()
        bare.execute("BEGIN")
        bare.execute("INSERT INTO t (a, b, c) VALUES (?, ?, ?)", (i, i, i))
        bare.execute("COMMIT")
        bare_ms.append((time.perf_counter_ns() - t0) / 1e6)

        now += rng.randint(1_000, 90_000)
        who = rng.choice(people)
        t0 = time.perf_counter_ns()
        change = floor.give_floor(current, who, None, now)
        change = floor_store.apply_floor_change(store, mid, change)
        ours_ms.append((time.perf_counter_ns() - t0) / 1e6)
        if change.opened is not None:
            current = change.opened
    bare.close()
    store.close()
    return bare_ms, ours_ms


def main() -> int:
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as tmp:
        bare, ours = run(Path(tmp))
    bm, om = statistics.median(bare), statistics.median(ours)
    print(f"bare sqlite3 insert+commit  median {bm:.3f} ms  p99 {pct(bare, 0.99):.3f} ms  (n={N})")
    print(f"floor switch + commit       median {om:.3f} ms  p99 {pct(ours, 0.99):.3f} ms  "
          f"({N} switches, {PEOPLE} people)")
    print(f"ratio (median)              {om / bm:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
