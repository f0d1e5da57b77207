"""Sixty devices following a shared meeting: how soon a floor change reaches them, what
sharing costs the computer that shares, and what it costs the facilitator's floor key.

`coprodesk share` runs as its own process on 127.0.0.1 (as the command would in the room);
60 simulated phones, each from its own loopback address, follow their personal link's
event stream. The facilitator's session (the run view's floor key calls it) gives the floor
to someone else every 2 s, 20 times. Printed: change-to-device latency (median, p95, max)
over every device and change, the sharing process's CPU time and peak memory, and the
session's key-to-commit time with the devices connected beside the same floor changes with
no sharing at all (ratio). Never asserted in tests.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import aiohttp

from coprodesk.demo import create_demo
from coprodesk.session import MeetingSession
from coprodesk.store import meetings as repo
from coprodesk.store.connection import open_store

DEVICES = 60
CHANGES = 20
EVERY_S = 2.0


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))]


def proc_figures(pid: int) -> tuple[float, int]:
    """(CPU seconds used, peak resident memory in KiB) of a process (Linux /proc)."""
    stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    cpu = (int(stat[11]) + int(stat[12])) / ticks
    peak = next(int(line.split()[1]) for line in Path(f"/proc/{pid}/status").read_text().splitlines()
                if line.startswith("VmHWM:"))
    return cpu, peak


class Devices:
    """Sixty event streams on their own asyncio loop; each state received is noted with
    the time it arrived."""

    def __init__(self, urls: list[str]) -> None:
        self.urls = urls
        self.seen: list[list[tuple[float, str | None]]] = [[] for _ in urls]
        self.connected = 0
        self.loop = asyncio.new_event_loop()
        self.stop = asyncio.Event()
        self.thread = threading.Thread(target=self.loop.run_until_complete, args=(self.main(),),
                                       daemon=True)

    async def follow(self, n: int, url: str) -> None:
        connector = aiohttp.TCPConnector(local_addr=(f"127.0.{1 + n // 200}.{10 + n % 200}", 0))
        async with aiohttp.ClientSession(connector=connector) as http, \
                http.get(url + "events", timeout=aiohttp.ClientTimeout(total=None)) as reply:
            self.connected += 1
            async for line in reply.content:
                if line.startswith(b"data: "):
                    floor = json.loads(line[6:])["floor"]
                    self.seen[n].append((time.perf_counter(), floor["who"] if floor else None))

    async def main(self) -> None:
        self.stop = asyncio.Event()
        tasks = [asyncio.create_task(self.follow(n, url)) for n, url in enumerate(self.urls)]
        await self.stop.wait()
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    def start(self) -> None:
        self.thread.start()
        while self.connected < len(self.urls):
            time.sleep(0.05)

    def finish(self) -> None:
        self.loop.call_soon_threadsafe(self.stop.set)
        self.thread.join(30)


def floor_changes(session: MeetingSession, speakers: list[int], pause_s: float
                  ) -> list[tuple[float, int, float]]:
    """(time committed, speaker, seconds the session took) of each change."""
    done = []
    for k in range(CHANGES):
        pid = speakers[k % len(speakers)]
        t0 = time.perf_counter()
        session.give_floor(pid)
        t1 = time.perf_counter()
        done.append((t1, pid, t1 - t0))
        time.sleep(pause_s)
    return done


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="coprodesk-devices-"))
    db = tmp / "m.db"
    store = open_store(db)
    _closed, planned = create_demo(store)
    meeting = repo.load_meeting(store, planned)
    gid = meeting.groups[0].id
    for i in range(DEVICES - len(meeting.participants)):
        repo.add_participant(store, planned, f"Device person {i + 1}", gid)
    meeting = repo.load_meeting(store, planned)

    # the same floor changes with no sharing: the bare baseline of the key's cost
    bare_db = tmp / "bare.db"
    bare_store = open_store(bare_db)
    _c, bare_planned = create_demo(bare_store)
    bare_session = MeetingSession(bare_store, bare_planned)
    bare_people = [p.id for p in bare_session.meeting.participants if p.counted]
    bare = floor_changes(bare_session, bare_people, EVERY_S / 4)

    server = subprocess.Popen(
        [sys.executable, "-m", "coprodesk", "--db", str(db), "share", str(planned), "--port", "0",
         "--json"], stdout=subprocess.PIPE, text=True)
    links = json.loads(server.stdout.readline())
    names = {p.id: p.public_name for p in meeting.participants}
    urls = [p["url"] for p in links["people"]][:DEVICES]
    cpu_before, _ = proc_figures(server.pid)
    devices = Devices(urls)
    devices.start()
    session = MeetingSession(store, planned)
    speakers = [p.id for p in meeting.participants if p.counted]
    changes = floor_changes(session, speakers, EVERY_S)
    time.sleep(EVERY_S)
    cpu_after, peak_kib = proc_figures(server.pid)
    devices.finish()
    server.terminate()
    server.wait(30)

    latencies = []
    missed = 0
    for committed, pid, _took in changes:
        who = names[pid]
        for seen in devices.seen:
            arrival = next((t for t, shown in seen if t >= committed and shown == who), None)
            if arrival is None:
                missed += 1
            else:
                latencies.append(arrival - committed)
    ms = [x * 1000 for x in latencies]
    key_shared = [c[2] * 1000 for c in changes]
    key_bare = [c[2] * 1000 for c in bare]
    wall = CHANGES * EVERY_S + EVERY_S
    print(f"{DEVICES} devices, {CHANGES} floor changes {EVERY_S:g} s apart "
          f"({len(ms)} deliveries, {missed} missed)")
    print(f"change to device: median {statistics.median(ms):.0f} ms, p95 {pct(ms, 0.95):.0f} ms, "
          f"max {max(ms):.0f} ms (goal: within 1,000 ms)")
    print(f"sharing process: {cpu_after - cpu_before:.2f} s CPU over {wall:.0f} s "
          f"({100 * (cpu_after - cpu_before) / wall:.1f} % of one core), peak memory "
          f"{peak_kib / 1024:.0f} MiB")
    print(f"floor key to commit: {statistics.median(key_shared):.2f} ms median with the devices "
          f"connected, {statistics.median(key_bare):.2f} ms with no sharing "
          f"(ratio {statistics.median(key_shared) / statistics.median(key_bare):.2f})")


if __name__ == "__main__":
    main()
