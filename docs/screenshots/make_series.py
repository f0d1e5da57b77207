"""Screenshots of a three-meeting series: the series view, the "You said, we did" panel in
the run view, and the PDF involvement report rendered with pdftoppm.

Run: .venv/bin/python docs/screenshots/make_series.py  (offscreen; writes series_view.png,
you_said_we_did.png and involvement_report-N.png here; needs pdftoppm from poppler-utils)
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import tempfile
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from coprodesk.demo import create_demo
from coprodesk.domain.clock import FakeClock
from coprodesk.domain.model import ActionStatus, MeetingStatus, Turn
from coprodesk.gui.app import apply_style
from coprodesk.store import decisions as store_decisions
from coprodesk.store import floor as floor_store
from coprodesk.store import meetings as repo
from coprodesk.store.connection import open_store
from coprodesk.store.series import new_meeting_in_series, record_update

HERE = Path(__file__).parent


def _ms(iso: str) -> int:
    return int(datetime.fromisoformat(iso).replace(tzinfo=UTC).timestamp() * 1000)


def hold(store, meeting_id: int, start: int, weights: dict[str, float], seed: int,
         minutes: int = 90, running_for: int | None = None) -> int:
    """Hold a meeting: each agenda item in turn, turns drawn by the speaking weights. With
    ``running_for`` (minutes) only the first item is held, and it is still running; returns
    the time the meeting is at."""
    rng = random.Random(seed)
    m = repo.load_meeting(store, meeting_id)
    ids = {p.name: p.id for p in m.participants}
    pool = [(ids[n], w) for n, w in weights.items() if n in ids and w > 0]
    t, turns = start, []
    per_item = minutes * 60_000 // max(1, len(m.items))
    if running_for is not None:
        per_item = running_for * 60_000
    for item in m.items[:1] if running_for is not None else m.items:
        end = t + per_item
        s = t + 5_000
        while True:
            pid = rng.choices([p for p, _ in pool], [w for _, w in pool])[0]
            length = int(min(200_000, max(8_000, rng.expovariate(1 / 50_000))))
            if s + length > end - 3_000:
                break
            turns.append(Turn(pid, s, s + length, item.id))
            s += length + rng.randint(500, 4_000)
        repo.update_item(store, item.id, started_ms=t, ended_ms=None if running_for else end)
        t = end
    floor_store.insert_turns(store, meeting_id, turns)
    if running_for is not None:
        repo.update_meeting(store, meeting_id, status=MeetingStatus.RUNNING, started_ms=start)
    else:
        repo.update_meeting(store, meeting_id, status=MeetingStatus.CLOSED, started_ms=start,
                            ended_ms=t)
    return t


def build_series(store, third_running: bool = False) -> tuple[int, int, int, int]:
    """The demo series with a second and a third meeting held; returns the three ids and the
    time the third is at (it is still running, on its first item, with ``third_running``)."""
    first, second = create_demo(store)
    m1 = repo.load_meeting(store, first)
    amara = next(p.id for p in m1.participants if p.name == "Amara Okafor")
    margaret = next(p.id for p in m1.participants if p.name == "Margaret Chen")
    letter, role, notice = (a.id for a in m1.actions)
    for aid, who in ((letter, amara), (role, amara), (notice, margaret)):
        store_decisions.update_action(store, aid, raised_by=who)

    hold(store, second, _ms("2026-04-16T10:00:00"),
         {"Amara Okafor": 1.3, "Tom Reilly": 0.9, "Sione Tupou": 0.5, "Margaret Chen": 1.0,
          "Dev Patel": 0.7, "Dr Ruth Adeyemi": 1.3, "Liam Byrne": 0.9, "Jo Fischer": 0.8,
          "Helen Ward": 1.1}, seed=2)
    at = _ms("2026-04-16T10:10:00")
    record_update(store, letter, second, ActionStatus.DONE,
                  "Helen and Amara met 111; night calls now reach a local mental health nurse.", at)
    record_update(store, role, second, ActionStatus.IN_PROGRESS, "First draft shared with the group.", at)
    record_update(store, notice, second, ActionStatus.NOT_YET, "", at)
    m2 = repo.load_meeting(store, second)
    pid = {p.name: p.id for p in m2.participants}
    repo.add_action(store, second, "Ask both GP surgeries for a quiet room on Tuesdays",
                    [pid["Helen Ward"]], due="2026-05-14", raised_by_id=pid["Tom Reilly"])
    repo.add_action(store, second, "Put the pilot's leaflet into Easy Read",
                    [pid["Jo Fischer"], pid["Sione Tupou"]], due="2026-05-14",
                    raised_by_id=pid["Sione Tupou"])

    third = new_meeting_in_series(store, second, "Summer check-in", "2026-05-21")
    m3 = repo.load_meeting(store, third)
    g = {x.label: x.id for x in m3.groups}
    repo.add_participant(store, third, "Kofi Mensah", g["LE"])
    repo.add_participant(store, third, "Rosa Lima", g["CF"], named_in_minutes=False, pseudonym="R.")
    for title in ("Pilot: the first four weeks", "Night line: what changed", "Actions and close"):
        repo.add_item(store, third, title, 25 * 60)
    now = hold(store, third, _ms("2026-05-21T10:00:00"),
         {"Amara Okafor": 1.2, "Tom Reilly": 1.0, "Sione Tupou": 0.8, "Margaret Chen": 1.0,
          "Dev Patel": 0.8, "Dr Ruth Adeyemi": 1.0, "Liam Byrne": 0.7, "Jo Fischer": 0.7,
          "Helen Ward": 0.9, "Kofi Mensah": 0.9, "Rosa Lima": 0.6}, seed=3,
               running_for=11 if third_running else None)
    m2 = repo.load_meeting(store, second)
    gp, _easy = (a.id for a in m2.actions)
    at = _ms("2026-05-21T10:10:00")
    record_update(store, role, third, ActionStatus.DONE,
                  "The role is agreed and advertised; two peer workers start in June.", at)
    record_update(store, notice, third, ActionStatus.DROPPED,
                  "The trust now sends the notice itself; carers said its wording is fine.", at)
    record_update(store, gp, third, ActionStatus.IN_PROGRESS, "One surgery said yes.", at)
    return first, second, third, now


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main() -> None:
    app = QApplication.instance() or QApplication([])
    apply_style(app)
    tmp = Path(tempfile.mkdtemp())
    store = open_store(tmp / "series.db")
    build_series(store)

    from coprodesk.gui.series.view import SeriesView

    view = SeriesView(store, "Community mental health redesign", now_ms=_ms("2026-06-01T00:00:00"))
    view.resize(1280, 800)
    view.show()
    settle(app)
    view.grab().save(str(HERE / "series_view.png"))
    view.ui.tabs.setCurrentIndex(1)
    settle(app)
    view.grab().save(str(HERE / "series_people.png"))

    # the run view of the third meeting, showing "You said, we did"
    from coprodesk.gui.qt_session import QtSession
    from coprodesk.gui.run.view import RunView
    from coprodesk.session import MeetingSession

    running = open_store(tmp / "running.db")
    *_ids, third, now = build_series(running, third_running=True)
    qt = QtSession(MeetingSession(running, third, FakeClock(now)))
    run = RunView(qt, QUndoStack(), None)
    run.resize(1280, 720)
    run.show()
    settle(app)
    run.toggle_you_said()
    run.you_said.ui.carriedView.selectRow(len(run.you_said.model.rows) - 1)
    settle(app)
    run.grab().save(str(HERE / "you_said_we_did.png"))
    qt.stop()

    pdf = tmp / "involvement.pdf"
    view.export_pdf(pdf)
    shutil.copy(pdf, tmp / "copy.pdf")
    for old in HERE.glob("involvement_report-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", "80", "-png", str(pdf), str(HERE / "involvement_report")],
                   check=True)
    print("written:", *sorted(p.name for p in HERE.glob("involvement_report-*.png")),
          "series_view.png", "series_people.png", "you_said_we_did.png")
    store.close()
    running.close()


if __name__ == "__main__":
    main()
