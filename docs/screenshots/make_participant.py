"""Screenshots of the participant screen: 1920x1080, 1280x720 and portrait 1080x1920,
light and dark, with 6 and 24 people (10 and 14 at 1920x1080 too); plus groups-only and 3840x2160.

Run: .venv/bin/python docs/screenshots/make_participant.py  (offscreen; writes participant_*.png here)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from coprodesk.domain.clock import FakeClock
from coprodesk.domain.model import HandKind, ItemKind, Role
from coprodesk.gui.participant.view import ParticipantWindow
from coprodesk.gui.qt_session import QtSession
from coprodesk.session import MeetingSession
from coprodesk.store import meetings as repo
from coprodesk.store.connection import open_store

HERE = Path(__file__).parent
NAMES = ("Amara Okafor", "Tom Reilly", "Sione Tupou", "Margaret Chen", "Dev Patel", "Ruth Adeyemi",
         "Liam Byrne", "Jo Fischer", "Helen Ward", "Grace Mensah", "Omar Haddad", "Nina Kowalski",
         "Ben Carter", "Aisha Rahman", "Pete Lawson", "Mei Lin", "Kofi Boateng", "Sarah O'Neill",
         "Raj Singh", "Lucy Evans", "Marek Nowak", "Fatima Ali", "Hugh Jenkins", "Zoe Adams")
AGENDA = (("Since last time: you said, we did", ItemKind.INFORMATION, 15),
          ("Peer-support pilot: first sites", ItemKind.DISCUSSION, 30),
          ("Break", ItemKind.BREAK, 10),
          ("Out-of-hours line: what people need at night", ItemKind.DISCUSSION, 30),
          ("Actions and close", ItemKind.INFORMATION, 10))


def build(store, people: int, groups_only: bool = False) -> int:
    mid = repo.create_meeting(store, "Spring workshop: follow-up", date="2026-04-16",
                              start_time="10:00", end_time="12:00")
    if groups_only:
        repo.update_meeting(store, mid, groups_only=True)
    groups = repo.load_meeting(store, mid).groups
    for n, name in enumerate(NAMES[:people]):
        # Sione agreed to a pseudonym only; Tom has access needs (never shown).
        repo.add_participant(store, mid, name, groups[n % 4].id, named_in_minutes=name != "Sione Tupou",
                             pseudonym="Sam" if name == "Sione Tupou" else "",
                             access_needs="Breaks every 45 minutes" if name == "Tom Reilly" else "")
    repo.add_participant(store, mid, "Priya Nair", groups[3].id, Role.OBSERVER)
    for title, kind, minutes in AGENDA:
        repo.add_item(store, mid, title, minutes * 60, kind)
    return mid


def run_meeting(session: MeetingSession, clock: FakeClock) -> None:
    """Item 1 ran its course; item 2 is under way, a turn running and hands up."""
    ids = [p.id for p in sorted(session.meeting.counted, key=lambda p: p.position)]
    n = len(ids)
    for k, secs in [(0, 50), (1, 35), (4, 80), (2, 20), (3, 60), (5, 45)]:
        session.give_floor(ids[k % n])
        clock.advance(secs)
    clock.advance(8 * 60)
    session.step_item(+1)
    for k, secs in [(3, 70), (0, 45), (6, 95), (1, 30), (4, 40), (9, 25), (12, 30), (15, 20)]:
        if k < n:
            session.give_floor(ids[k])
            clock.advance(secs)
    session.give_floor(ids[4 % n])
    clock.advance(52)
    session.raise_hand(ids[2 % n])
    session.raise_hand(ids[5 % n], HandKind.CLARIFICATION)
    if n > 10:
        session.raise_hand(ids[10])
        session.raise_hand(ids[13])


def scene(app: QApplication, people: int, size: tuple[int, int], theme: str, name: str,
          groups_only: bool = False) -> None:
    tmp = Path(tempfile.mkdtemp())
    store = open_store(tmp / "shots.db")
    mid = build(store, people, groups_only)
    clock = FakeClock(1_776_333_600_000)  # 2026-04-16 10:00 UTC
    session = MeetingSession(store, mid, clock)
    qt = QtSession(session)
    run_meeting(session, clock)
    window = ParticipantWindow(qt)
    window.set_theme(theme)
    window.resize(*size)
    window.show()
    qt.notify()
    qt.tick.emit()
    app.processEvents()
    window.grab().save(str(HERE / name))
    print("wrote", name)
    qt.stop()
    window.close()
    window.deleteLater()
    app.processEvents()
    store.close()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    only = sys.argv[1:]
    for people in (6, 10, 14, 24):
        for size in ((1920, 1080), (1280, 720), (1080, 1920)):
            if people in (10, 14) and size != (1920, 1080):
                continue
            for theme in ("light", "dark"):
                name = f"participant_{size[0]}x{size[1]}_{people}_{theme}.png"
                if not only or any(o in name for o in only):
                    scene(app, people, size, theme, name)
    extras = [(10, (1920, 1080), "light", "participant_groups_only_1920x1080.png", True),
              (10, (1080, 1920), "dark", "participant_groups_only_1080x1920.png", True),
              (24, (3840, 2160), "dark", "participant_3840x2160_24_dark.png", False)]
    for people, size, theme, name, go in extras:
        if not only or any(o in name for o in only):
            scene(app, people, size, theme, name, go)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
