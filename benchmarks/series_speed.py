"""Involvement over a series of 12 meetings (24 people, 400 turns, 3 decisions and 3 actions
each, every carried action updated at the next meeting): load, report and PDF, beside a bare
sqlite3 read of the same turns summed per person and meeting, in the same run.

    .venv/bin/python benchmarks/series_speed.py [runs]
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

from coprodesk.domain.model import ActionStatus, Turn
from coprodesk.domain.series_report import build_series_report
from coprodesk.minutes.series_pdf import involvement_pdf, series_groups
from coprodesk.store import floor as floor_store
from coprodesk.store import meetings as repo
from coprodesk.store.connection import open_store
from coprodesk.store.series import action_updates, new_meeting_in_series, record_update, series_meetings

MEETINGS = 12
PEOPLE = 24
TURNS = 400
DAY_MS = 86_400_000


def build(path: Path) -> None:
    rng = random.Random(12)
    store = open_store(path)
    mid = repo.create_meeting(store, "Meeting 1", date="2026-01-05", series="Bench series")
    groups = [g.id for g in repo.load_meeting(store, mid).groups]
    for i in range(PEOPLE):
        repo.add_participant(store, mid, f"Person {i}", groups[i % len(groups)])
    start = 1_767_600_000_000
    previous_actions: list[int] = []
    for n in range(MEETINGS):
        if n:
            mid = new_meeting_in_series(store, mid, f"Meeting {n + 1}",
                                        f"2026-{1 + n:02d}-05", now_ms=start)
        m = repo.load_meeting(store, mid)
        people = [p.id for p in m.participants]
        item = repo.add_item(store, mid, "Discussion", 7200, started_ms=start,
                             ended_ms=start + 7_200_000)
        step = 7_200_000 // TURNS
        turns = [Turn(rng.choice(people), start + k * step, start + (k + 1) * step - 200, item)
                 for k in range(TURNS)]
        floor_store.insert_turns(store, mid, turns)
        for pid in people:
            repo.add_presence(store, pid, start, start + 7_200_000)
        for a in previous_actions:
            record_update(store, a, mid, ActionStatus.DONE if rng.random() < .6
                          else ActionStatus.IN_PROGRESS, "checked", start)
        previous_actions = []
        for d in range(3):
            stances = {pid: ("consent", "") for pid in people}
            dec = repo.add_decision(store, mid, "consent", f"Proposal {d}", stances=stances,
                                    item_id=item)
            previous_actions.append(repo.add_action(store, mid, f"Action {d}", people[:2],
                                                    decision_id=dec, item_id=item))
        repo.update_meeting(store, mid, started_ms=start, ended_ms=start + 7_200_000)
        start += 28 * DAY_MS
    store.close()


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "series.db"
        build(path)
        store = open_store(path)
        load, report, pdf, bare = [], [], [], []
        for _ in range(runs):
            t0 = time.perf_counter()
            meetings = series_meetings(store, "Bench series")
            updates = action_updates(store, [m.id for m in meetings])
            t1 = time.perf_counter()
            rep = build_series_report("Bench series", meetings, updates, int(time.time() * 1000))
            json.dumps(rep)
            t2 = time.perf_counter()
            data = involvement_pdf(rep, series_groups(meetings))
            t3 = time.perf_counter()
            load.append(t1 - t0)
            report.append(t2 - t1)
            pdf.append(t3 - t2)
            t0 = time.perf_counter()
            conn = sqlite3.connect(path)
            totals: dict[tuple[int, int], int] = {}
            for mid, pid, s, e in conn.execute(
                    "SELECT meeting_id, participant_id, start_ms, end_ms FROM turns"):
                totals[mid, pid] = totals.get((mid, pid), 0) + e - s
            json.dumps({f"{k[0]}:{k[1]}": v for k, v in totals.items()})
            conn.close()
            bare.append(time.perf_counter() - t0)
        store.close()
    med = [statistics.median(x) * 1000 for x in (load, report, pdf, bare)]
    print(f"series of {MEETINGS} meetings, {PEOPLE} people, {MEETINGS * TURNS} turns; median of {runs}")
    print(f"bare sqlite3 read + per-person sum    {med[3]:.1f} ms")
    print(f"load (meetings + action updates)      {med[0]:.1f} ms")
    print(f"series report (compute + JSON)        {med[1]:.1f} ms")
    print(f"involvement PDF (3 charts, {len(data) // 1024} KB)  {med[2]:.1f} ms")
    print(f"load + report vs bare                 {(med[0] + med[1]) / med[3]:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
