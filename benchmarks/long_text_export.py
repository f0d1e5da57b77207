"""Minutes of a meeting whose purpose, one item's notes and an amendment's reason are each
SIZE of text (1 MB by default, the most the format allows): time and peak memory to build
the PDF, beside bare reportlab setting the same text as ready-cut paragraphs (no escaping,
no fonts of ours, no story around it) in the same run.

    .venv/bin/python benchmarks/long_text_export.py [SIZE_BYTES] [FIELDS]

FIELDS is a comma list of purpose,notes,amendment (default: all three).
"""

from __future__ import annotations

import io
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from coprodesk.demo import create_demo
from coprodesk.minutes.document import MinutesInput, build_minutes
from coprodesk.store import meetings as repo
from coprodesk.store.connection import open_store

WORDS = ("people", "meeting", "care", "night", "line", "support", "we", "heard", "that",
         "the", "service", "should", "listen", "more", "and", "change", "what", "it", "does")


def text_of(size: int, seed: int) -> str:
    rnd = random.Random(seed)
    out: list[str] = []
    length = 0
    while length < size:
        sentence = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(6, 18))).capitalize()
        out.append(sentence + ".")
        length += len(sentence) + 2
        if rnd.random() < 0.02:
            out.append("\n")
    return " ".join(out)[:size]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    fields = (sys.argv[2] if len(sys.argv) > 2 else "purpose,notes,amendment").split(",")
    texts = {f: text_of(size, n) for n, f in enumerate(fields)}
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "m.db")
        closed, _ = create_demo(store)
        if "purpose" in texts:
            repo.update_meeting(store, closed, purpose=texts["purpose"])
        if "notes" in texts:
            with store.write() as conn:
                conn.execute("UPDATE items SET notes = ? WHERE meeting_id = ? AND position = 1",
                             [texts["notes"], closed])
        meeting = repo.load_meeting(store, closed)
        store.close()
    amendments = ((meeting.ended_ms or 0, texts["amendment"]),) if "amendment" in texts else ()
    before = peak_mb()
    t0, c0 = time.perf_counter(), time.process_time()
    pdf = build_minutes(MinutesInput(meeting, meeting.ended_ms or 0,
                                     amendments=amendments)).pdf
    ours, ours_cpu = time.perf_counter() - t0, time.process_time() - c0
    ours_peak = peak_mb()

    styles = getSampleStyleSheet()
    t0, c0 = time.perf_counter(), time.process_time()
    story = [Paragraph(text[i:i + 2000], styles["BodyText"])
             for text in texts.values() for i in range(0, len(text), 2000)]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build(story)
    bare, bare_cpu = time.perf_counter() - t0, time.process_time() - c0

    total = sum(len(t) for t in texts.values())
    print(f"{len(texts)} field(s) of {size:,} characters ({', '.join(texts)}), {total:,} in all")
    print(f"minutes PDF: {ours:.2f} s ({ours_cpu:.2f} s CPU), {len(pdf) / 1e6:.1f} MB, "
          f"peak RSS {ours_peak:.0f} MB (before building {before:.0f} MB)")
    print(f"bare reportlab, same text in 2,000-character paragraphs: {bare:.2f} s "
          f"({bare_cpu:.2f} s CPU), "
          f"{buf.tell() / 1e6:.1f} MB")
    print(f"ratio minutes / bare: {ours / bare:.2f} (CPU {ours_cpu / bare_cpu:.2f})")


if __name__ == "__main__":
    main()
