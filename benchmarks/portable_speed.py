"""Export and import of an 8-hour meeting (60 people, 40 items, 60 decisions, 5,000 turns)
as a portable JSON file, beside bare json.dumps / json.loads of the same document in the
same run.

    .venv/bin/python benchmarks/portable_speed.py [runs]
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from minutes_speed import add_decisions
from report_speed import build

from coprodesk.portable.export import meeting_to_dict, write_meeting_json
from coprodesk.portable.importer import import_meeting, read_meeting_file
from coprodesk.store.connection import open_store


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        mid = build(tmp / "big.db")
        add_decisions(tmp / "big.db", mid)
        store = open_store(tmp / "big.db")
        path = tmp / "big.json"
        exports, imports, dumps, loads = [], [], [], []
        for n in range(runs):
            t0 = time.perf_counter()
            write_meeting_json(store, mid, path)
            t1 = time.perf_counter()
            target = open_store(tmp / f"in{n}.db")
            t2 = time.perf_counter()
            import_meeting(target, read_meeting_file(path), checked=True)
            t3 = time.perf_counter()
            target.close()
            doc = meeting_to_dict(store, mid)
            t4 = time.perf_counter()
            text = json.dumps(doc, indent=2, ensure_ascii=False)
            t5 = time.perf_counter()
            json.loads(text)
            t6 = time.perf_counter()
            exports.append(t1 - t0)
            imports.append(t3 - t2)
            dumps.append(t5 - t4)
            loads.append(t6 - t5)
        size = path.stat().st_size
        store.close()
    e, i = statistics.median(exports), statistics.median(imports)
    d, lo = statistics.median(dumps), statistics.median(loads)
    print(f"file: {size / 1e6:.2f} MB (5,000 turns, 60 people, 40 items, 60 decisions)")
    print(f"bare json.dumps of the document : median {d * 1000:7.1f} ms")
    print(f"export (load + build + write)   : median {e * 1000:7.1f} ms  ({e / d:.1f}x dumps)")
    print(f"bare json.loads of the file     : median {lo * 1000:7.1f} ms")
    print(f"import (parse + check + write)  : median {i * 1000:7.1f} ms  ({i / lo:.1f}x loads)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
