"""Minutes of an 8-hour meeting (60 people, 40 items, 60 decisions, 5,000 turns):
build the PDF and certify it, beside bare reportlab building the same tables in
the same run (no escaping, no RTL, no charts, no signature).

    .venv/bin/python benchmarks/minutes_speed.py [runs]
"""

from __future__ import annotations

import io
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

sys.path.insert(0, str(Path(__file__).parent))
from report_speed import build

from coprodesk.domain.report import build_report, format_duration
from coprodesk.minutes.document import MinutesInput, build_minutes
from coprodesk.minutes.signing import add_fields, new_identity, sign
from coprodesk.store import meetings as repo
from coprodesk.store.connection import open_store

DECISIONS = 60
METHODS = ("consensus", "consent", "fist-to-five", "gradients", "majority")
OPTIONS = {"consensus": ("support", "stand-aside", "block"), "consent": ("consent", "concern"),
           "fist-to-five": ("5", "3", "1"), "gradients": ("1", "4", "8"),
           "majority": ("yes", "no", "abstain")}


def add_decisions(path: Path, mid: int) -> None:
    store = open_store(path)
    meeting = repo.load_meeting(store, mid)
    rng = random.Random(8)
    for n in range(DECISIONS):
        method = METHODS[n % len(METHODS)]
        stances = {p.id: (rng.choice(OPTIONS[method]), "A reason given in the room.")
                   for p in meeting.participants}
        did = repo.add_decision(store, mid, method, f"Proposal {n}: do the next thing well.",
                                stances=stances, item_id=meeting.items[n % 40].id,
                                statement="Agreed in the room.")
        repo.add_action(store, mid, f"Follow up proposal {n}", [meeting.participants[n].id],
                        due="2026-06-01", decision_id=did)
    store.close()


def bare_reportlab(report: dict) -> bytes:
    """The same tables with bare reportlab: people, groups, items, decisions, actions."""
    styles = getSampleStyleSheet()
    story = [Paragraph(report["meeting"]["title"], styles["Title"])]
    story.append(Table([["Name", "Group", "Floor", "Share"]] + [
        [p["name"], p["group"], format_duration(p["floor_s"]), f"{p['share']:.3f}"]
        for p in report["participants"]], repeatRows=1))
    story.append(Table([["Group", "Share", "Fair"]] + [
        [g["name"], f"{g['share']:.3f}", f"{g['fair_share']:.3f}"] for g in report["groups"]]))
    story.append(Table([["Item", "Planned", "Actual"]] + [
        [i["title"], format_duration(i["planned_s"]), format_duration(i["actual_s"])]
        for i in report["items"]], repeatRows=1))
    for d in report["decisions"]:
        story.append(Paragraph(d["proposal"], styles["Heading2"]))
        story.append(Table([["Group", "S", "N", "O", "B"]] + [
            [g["name"], g["supports"], g["neutral"], g["opposes"], g["blocks"]]
            for g in d["groups"]]))
        story.extend(Paragraph(f"{s['name']}: {s['reason']}", styles["Normal"])
                     for s in d["rounds"][-1]["stances"] if s["reason"])
    story.append(Table([["What", "Who", "Due"]] + [
        [a["what"], ", ".join(a["who"]), a["due"]] for a in report["actions"]], repeatRows=1))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build(story)
    return buf.getvalue()


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.db"
        mid = build(path)
        add_decisions(path, mid)
        p12 = Path(tmp) / "id.p12"
        new_identity("Bench Facilitator", "b@example.org", p12, b"benchmark-pass")
        store = open_store(path)
        meeting = repo.load_meeting(store, mid)
        now = int(time.time() * 1000)
        bare_reportlab(build_report(meeting, now))  # warm fonts and imports for both
        build_minutes(MinutesInput(meeting, now))
        ours, signed, bare, pages = [], [], [], 0
        for _ in range(runs):
            t0 = time.perf_counter()
            built = build_minutes(MinutesInput(meeting, now))
            t1 = time.perf_counter()
            pdf = sign(add_fields(built.pdf, built.boxes), built.boxes[0].field, p12,
                       b"benchmark-pass", certify=True)
            t2 = time.perf_counter()
            bare_reportlab(build_report(meeting, now))
            t3 = time.perf_counter()
            ours.append(t1 - t0)
            signed.append(t2 - t0)
            bare.append(t3 - t2)
            from pypdf import PdfReader

            pages = len(PdfReader(io.BytesIO(pdf)).pages)
        store.close()
    o, s, b = statistics.median(ours), statistics.median(signed), statistics.median(bare)
    print(f"meeting: 8 h, 60 people, 40 items, {DECISIONS} decisions, 5,000 turns; {pages} pages")
    print(f"bare reportlab, same tables : median {b:6.2f} s")
    print(f"CoProDesk minutes (build)   : median {o:6.2f} s  ratio {o / b:.2f}x")
    print(f"build + fields + certify    : median {s:6.2f} s  ratio {s / b:.2f}x  "
          "(target < 3 s, <= 1.5x bare)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
