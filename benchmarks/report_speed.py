"""`report` time for a meeting of 5,000 turns: load from SQLite + compute + JSON.

Printed beside a bare baseline in the same run: reading the same turns with a
plain sqlite3 SELECT and summing durations per speaker in Python.
"""

from __future__ import annotations

import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from coprodesk.domain.model import Turn
from coprodesk.domain.report import build_report
from coprodesk.store import floor as floor_store
from coprodesk.store import meetings as repo
from coprodesk.store.connection import open_store

TURNS = 5_000
PEOPLE = 60
ITEMS = 40


def build(path: Path) -> int:
    store = open_store(path)
    mid = repo.create_meeting(store, "Eight-hour meeting", date="2026-05-01")
    groups = [g.id for g in repo.load_meeting(store, mid).groups]
    people = [repo.add_participant(store, mid, f"Person {i}", groups[i % 4]) for i in range(PEOPLE)]
    start = 1_777_622_400_000
    span = 8 * 3600_000 // ITEMS
    items = [repo.add_item(store, mid, f"Item {i}", span // 1000, started_ms=start + i * span,
                           ended_ms=start + (i + 1) * span) for i in range(ITEMS)]
    rng = random.Random(5)
    t = start
    turns = []
    step = 8 * 3600_000 // TURNS
    for _ in range(TURNS):
        turns.append(Turn(rng.choice(people), t, t + step - rng.randint(0, 500),
                          items[min(ITEMS - 1, (t - start) // span)]))
        t += step
    floor_store.insert_turns(store, mid, turns)
    repo.update_meeting(store, mid, started_ms=start, ended_ms=t)
    store.close()
    return mid


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.db"
        mid = build(path)
        store = open_store(path)
        ours, bare = [], []
        for _ in range(7):
            t0 = time.perf_counter()
            json.dumps(build_report(repo.load_meeting(store, mid), int(time.time() * 1000)))
            ours.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            conn = sqlite3.connect(path)
            totals: dict[int, int] = {}
            for pid, s, e in conn.execute(
                    "SELECT participant_id, start_ms, end_ms FROM turns WHERE meeting_id = ?", [mid]):
                totals[pid] = totals.get(pid, 0) + e - s
            json.dumps(totals)
            conn.close()
            bare.append(time.perf_counter() - t0)
        store.close()
    o, b = statistics.median(ours), statistics.median(bare)
    print(f"bare sqlite3 read + per-speaker sum   {b * 1000:.1f} ms")
    print(f"report (load + compute + JSON)        {o * 1000:.1f} ms  ({TURNS} turns, {PEOPLE} people,"
          f" {ITEMS} items)")
    print(f"ratio                                 {o / b:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
