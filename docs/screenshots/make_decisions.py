"""Screenshots of the decision panel: mid-round in the run view, and a non-joint outcome.

Run: .venv/bin/python docs/screenshots/make_decisions.py  (offscreen; writes decision_*.png here)
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from coprodesk.demo import create_demo
from coprodesk.domain.model import Role
from coprodesk.gui.app import apply_style, create_main_window
from coprodesk.store import meetings as repo
from coprodesk.store.connection import open_store

HERE = Path(__file__).parent
PEOPLE = (("Amara Okafor", 0), ("Tom Reilly", 0), ("Sione Tupou", 0), ("Margaret Chen", 1),
          ("Dev Patel", 1), ("Ruth Adeyemi", 2), ("Liam Byrne", 2), ("Jo Fischer", 2),
          ("Helen Ward", 3), ("Grace Mensah", 3))


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main() -> None:
    app = QApplication.instance() or QApplication([])
    apply_style(app)
    tmp = Path(tempfile.mkdtemp())
    store = open_store(tmp / "shots.db")
    mid = repo.create_meeting(store, "Peer-support pilot: deciding the sites", date="2026-04-16")
    groups = [g.id for g in repo.load_meeting(store, mid).groups]
    for name, g in PEOPLE:
        repo.add_participant(store, mid, name, groups[g],
                             Role.FACILITATOR if name == "Jo Fischer" else Role.PARTICIPANT)
    repo.add_item(store, mid, "Which surgeries host the pilot", 1800)
    settings = QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat)
    window = create_main_window(store, settings)
    window.resize(1280, 720)
    window.show()
    window.show_run_view(mid)
    run = window.run_view
    run.toggle_decisions()
    panel = run.decisions
    panel.new_decision("consent", "Start the pilot in Riverside and Northgate surgeries in May")
    panel.start_round()
    grid = panel.ui.stanceView
    for key in (Qt.Key.Key_1, Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_1):
        QTest.keyClick(grid, key)
    settle(app)
    window.grab().save(str(HERE / "decision_mid_round.png"))

    closed, _ = create_demo(store)
    window.open_meeting(closed)
    editor = window.editor
    editor.ui.tabs.setCurrentWidget(editor.decisions_host)
    editor.decisions.show_decision(repo.load_meeting(store, closed).decisions[0].id)
    settle(app)
    window.grab().save(str(HERE / "decision_not_joint.png"))
    window.close()
    store.close()


if __name__ == "__main__":
    main()
