"""Turn files are streamed: small columns instead of objects, the same floor, progress shown.

(A million turns' time and peak memory: benchmarks/million_turns_import.py.)
"""

from __future__ import annotations

import os
import pty
import random
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from coprodesk.importers.turns import read_floor, read_turns
from coprodesk.store import meetings as repo
from coprodesk.store.connection import open_store
from coprodesk.store.turn_import import import_into_meeting

AMI = Path(__file__).parents[1] / "data" / "ami"
NOW = 1_780_000_000_000


def many_turns(folder: Path, n: int, rttm: bool) -> Path:
    rnd = random.Random(3)
    path = folder / ("many.rttm" if rttm else "many.csv")
    t = 0.0
    with path.open("w", encoding="utf-8") as f:
        if not rttm:
            f.write("start_s,end_s,speaker\n")
        for _ in range(n):
            who, length = f"S{rnd.randrange(9)}", rnd.uniform(0.2, 3)
            if rttm:
                f.write(f"SPEAKER m 1 {t:.3f} {length + rnd.uniform(0, 0.5):.3f} <NA> <NA> "
                        f"{who} <NA> <NA>\n")
            else:
                f.write(f"{t:.3f},{t + length:.3f},{who}\n")
            t += length + rnd.uniform(0, 0.2)
    return path


@pytest.mark.slow
@pytest.mark.parametrize("rttm", [False, True], ids=["csv", "rttm"])
def test_reading_and_writing_a_big_file_keeps_a_few_dozen_bytes_a_turn(tmp_path, rttm):
    """Objects per turn (segments, tuples, rows) took 550-800 bytes each; columns take ~60."""
    n = 15_000
    path = many_turns(tmp_path, n, rttm)
    store = open_store(tmp_path / "m.db")
    tracemalloc.start()
    try:
        floor = read_floor(path)
        meeting_id, count, _ = import_into_meeting(store, floor, title="Big", now_ms=NOW)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == len(floor) > n // 2
    assert peak / n < 150, f"{peak / n:.0f} bytes a turn"
    meeting = repo.load_meeting(store, meeting_id)
    assert [t.end_ms - t.start_ms for t in meeting.turns] == [t.duration_ms for t in floor]
    store.close()


@pytest.mark.parametrize("meeting", ["ES2011b", "IS1008c", "TS3004a"])
def test_lines_in_any_order_give_the_same_floor_as_in_the_file(tmp_path, meeting):
    """The sweep takes sorted input as it comes and sorts anything else: both give one floor."""
    for suffix in (".rttm", ".csv"):
        lines = (AMI / f"{meeting}{suffix}").read_text(encoding="utf-8-sig").splitlines()
        head, body = (lines[:1], lines[1:]) if suffix == ".csv" else ([], lines)
        random.Random(1).shuffle(body)
        shuffled = tmp_path / f"shuffled{suffix}"
        shuffled.write_text("\n".join(head + body) + "\n", encoding="utf-8")
        in_order = read_turns(AMI / f"{meeting}{suffix}")
        if suffix == ".csv":  # rows are floor intervals: no order among equal starts to keep
            assert read_turns(shuffled) == in_order
        else:  # speech: equal starts go to the first in the file, so compare time held
            assert sum(t.duration_ms for t in read_turns(shuffled)) == \
                sum(t.duration_ms for t in in_order)


def test_progress_goes_from_the_start_to_the_whole_file(tmp_path):
    path = many_turns(tmp_path, 70_000, rttm=False)  # told every 65,536 lines, and at the end
    seen: list[tuple[int, int]] = []
    read_floor(path, progress=lambda done, total: seen.append((done, total)))
    size = path.stat().st_size
    assert len(seen) >= 2 and seen[0][0] < size and seen[-1] == (size, size)
    assert all(total == size for _, total in seen)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def run_import(tmp_path: Path, path: Path, on_terminal: bool) -> str:
    """import-turns in its own process, stderr a terminal or a pipe; returns what it said."""
    cmd = [sys.executable, "-m", "coprodesk", "--db", str(tmp_path / "t.db"), "import-turns",
           str(path), "--title", "Big"]
    if not on_terminal:
        return subprocess.run(cmd, capture_output=True, text=True, check=True).stderr
    leader, follower = pty.openpty()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=follower)
    os.close(follower)
    said = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        said += chunk
    os.close(leader)
    assert proc.wait(timeout=120) == 0
    return said.decode()


def test_progress_is_shown_on_a_terminal_and_nowhere_else(tmp_path):
    path = many_turns(tmp_path, 5_000, rttm=False)
    assert run_import(tmp_path, path, on_terminal=False) == ""
    shown = run_import(tmp_path, path, on_terminal=True)
    assert "Reading many.csv: 100%" in shown and "Writing " in shown, shown
    assert "Traceback" not in shown
