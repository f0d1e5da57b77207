"""The organisation's archive at scale: archive time per meeting, and org-report over
10,000 generated meetings beside a bare DuckDB query over the same files, in the same run.

1. A database with ``SAMPLE`` meetings (the demo's closed meeting, varied: uid, title,
   date, its first turns only) is archived by ``archive_database`` with all four files per
   meeting (open file, report, minutes PDF, easy-read PDF), then archived again (nothing
   changed): seconds per meeting for each run.
2. 10,000 generated meetings in the archive's layout: each a copy of one archived meeting's
   ``meeting.json`` and ``report.json`` with its own uid, date, title and floor figures
   (group floors scaled at random; the report's totals kept consistent), and one manifest
   listing them (written through ``archive.manifest``). The PDFs are left out: org-report
   never reads them, and rendering 20,000 PDFs would take hours here.
3. ``coprodesk org-report DIR --json`` in a process of its own, and a bare DuckDB query in
   a process of its own answering "each group's share across the organisation" straight
   from the same report files (``read_json`` over a glob, one GROUP BY; rows in any order,
   as org-report loads them): wall time and peak memory (max RSS) of each, and their ratio
   (the goal: org-report within 2x the bare query).

    .venv/bin/python benchmarks/archive_speed.py [meetings] [sample]
"""

from __future__ import annotations

import copy
import hashlib
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from coprodesk.archive.archiving import archive_database, version_of
from coprodesk.archive.layout import MEETING_FILE, REPORT_FILE, meeting_folder
from coprodesk.archive.manifest import dumps, empty_manifest, manifest_path, rebuild_index
from coprodesk.demo import create_demo
from coprodesk.portable.export import meeting_to_dict
from coprodesk.portable.importer import import_meeting
from coprodesk.store.connection import open_store
from coprodesk.store.library import list_meetings

MEETINGS = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
SAMPLE = int(sys.argv[2]) if len(sys.argv) > 2 else 12

BARE = """
import resource, sys, time
import duckdb
t = time.perf_counter()
duckdb.sql("SET preserve_insertion_order = false")  # as org-report: the same footing
rows = duckdb.sql('''
  SELECT lower(g.label) AS label, SUM(g.floor_s) / SUM(SUM(g.floor_s)) OVER () AS share
  FROM (SELECT unnest(groups) AS g FROM read_json(?, columns = {groups:
        'STRUCT(label VARCHAR, floor_s DOUBLE)[]'}, format = 'auto'))
  GROUP BY lower(g.label) ORDER BY 1''', params=[sys.argv[1]]).fetchall()
print("FIGURES", time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
      len(rows), file=sys.stderr)
"""

ORG = """
import resource, sys, time
from coprodesk.cli import main
t = time.perf_counter()
code = main(["org-report", sys.argv[1], "--json"])
print("FIGURES", time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
      code, file=sys.stderr)
"""


def sample_archive(base: Path) -> tuple[Path, float, float]:
    """SAMPLE meetings archived twice: seconds per meeting, first run and unchanged run."""
    store = open_store(base / "sample.db")
    closed, _planned = create_demo(store)
    doc = meeting_to_dict(store, closed)
    rng = random.Random(30)
    for n in range(1, SAMPLE):
        new = copy.deepcopy(doc)
        new["meeting"].update(uid=f"{n:032x}", title=f"Workshop {n}",
                              date=f"2026-{1 + n % 12:02d}-{1 + n % 28:02d}")
        new["turns"] = new["turns"][:rng.randint(10, len(doc["turns"]))]
        import_meeting(store, new)
    archive = base / "archive"
    t = time.perf_counter()
    run = archive_database(store, archive)
    first = (time.perf_counter() - t) / SAMPLE
    assert len(run.written) == SAMPLE, run
    t = time.perf_counter()
    run = archive_database(store, archive)
    again = (time.perf_counter() - t) / SAMPLE
    assert len(run.unchanged) == SAMPLE and not run.written
    assert len(list_meetings(store)) == SAMPLE + 1
    store.close()
    return archive, first, again


def generated_archive(base: Path, template: Path) -> Path:
    """MEETINGS meetings in the archive's layout, made from one archived meeting."""
    meeting = json.loads((template / MEETING_FILE).read_text(encoding="utf-8"))
    report = json.loads((template / REPORT_FILE).read_text(encoding="utf-8"))
    root = base / "big"
    manifest = empty_manifest("b" * 32)
    rng = random.Random(10_000)
    for n in range(MEETINGS):
        uid = f"{n:032x}"
        date = f"{2020 + n % 7}-{1 + n % 12:02d}-{1 + n % 28:02d}"
        m = copy.deepcopy(meeting)
        m["meeting"].update(uid=uid, title=f"Meeting {n}", date=date,
                            series=f"Series {n % 40}")
        r = copy.deepcopy(report)
        r["meeting"].update(uid=uid, title=f"Meeting {n}", date=date, series=f"Series {n % 40}")
        for g in r["groups"]:
            g["floor_s"] = round(g["floor_s"] * rng.uniform(0.3, 1.7), 3)
        r["total_floor_s"] = round(sum(g["floor_s"] for g in r["groups"]), 3)
        for g in r["groups"]:
            g["share"] = round(g["floor_s"] / r["total_floor_s"], 6) if r["total_floor_s"] else 0
        folder = meeting_folder(date, f"Meeting {n}", uid)
        files = {}
        for name, data in ((MEETING_FILE, m), (REPORT_FILE, r)):
            text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
            path = root / folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            raw = text.encode("utf-8")
            files[f"{folder}/{name}"] = {
                "sha256": hashlib.sha256(raw).hexdigest(), "size": len(raw),
                "recorded": "2026-12-01T00:00:00.000000+00:00", "uid": uid, "version": "",
                "kind": "generated", "signed": False, "verdict": None}
        version = version_of(m)
        for rec in files.values():
            rec["version"] = version
        manifest["meetings"][uid] = {
            "version": version, "title": f"Meeting {n}", "date": date,
            "series": f"Series {n % 40}", "status": "closed", "certified": [], "state": "",
            "folder": folder, "files": files}
    path = manifest_path(root, manifest["database"])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dumps(manifest), encoding="utf-8")
    rebuild_index(root)
    return root


def in_process(code: str, *args: str) -> tuple[float, float, int, str]:
    """Wall seconds of one child process, the seconds and peak RSS (KiB) it reports for its
    own work, and what it printed."""
    t = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          check=True)
    wall = time.perf_counter() - t
    _word, seconds, rss, _n = done.stderr.splitlines()[-1].split()
    return wall, float(seconds), int(rss), done.stdout


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        archive, first, again = sample_archive(base)
        print(f"archive, {SAMPLE} meetings (4 files each, 2 PDFs): {first * 1000:.0f} ms per "
              f"meeting; second run, nothing changed: {again * 1000:.1f} ms per meeting")
        template = next(archive.glob(f"*/*/{REPORT_FILE}")).parent
        t = time.perf_counter()
        big = generated_archive(base, template)
        size = sum(p.stat().st_size for p in big.rglob("*.json"))
        print(f"{MEETINGS:,} generated meetings written in {time.perf_counter() - t:.1f} s "
              f"({size / 1e6:.0f} MB of JSON)")
        bare_wall, bare_s, bare_rss, _out = in_process(BARE, str(big / "*" / "*" / REPORT_FILE))
        org_wall, org_s, org_rss, out = in_process(ORG, str(big))
        assert json.loads(out)["meetings"] == MEETINGS
        print(f"org-report --json: {org_wall:.2f} s wall ({org_s:.2f} s after start-up), "
              f"peak RSS {org_rss / 1024:.0f} MB")
        print(f"bare DuckDB query (group shares from report.json only): {bare_wall:.2f} s wall "
              f"({bare_s:.2f} s in the query), peak RSS {bare_rss / 1024:.0f} MB")
        print(f"org-report / bare: {org_wall / bare_wall:.2f}x wall time, "
              f"{org_s / bare_s:.2f}x after start-up, {org_rss / bare_rss:.2f}x memory "
              "(goal: within 2x)")


if __name__ == "__main__":
    main()
