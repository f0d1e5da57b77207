"""Screenshots of the meetings library and each editor tab at 1280x720.

Run: .venv/bin/python docs/screenshots/make_editor.py  (offscreen by default; under
Xvfb set QT_QPA_PLATFORM=xcb). Uses the demo meetings in a throw-away database.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from coprodesk.demo import create_demo
from coprodesk.gui.app import application, apply_style, create_main_window
from coprodesk.store import meetings as repo
from coprodesk.store.connection import open_store

OUT = Path(__file__).resolve().parent


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def main() -> int:
    app = application()
    apply_style(app)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "demo.db")
        _first, second = create_demo(store)
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = create_main_window(store, settings)
        window.resize(1280, 720)
        window.show()
        settle()

        def shot(name: str) -> None:
            settle()
            window.grab().save(str(OUT / f"{name}.png"))
            print(OUT / f"{name}.png")

        window.library.select(second)
        shot("library")
        window.open_meeting(second)
        tabs = window.editor.ui.tabs
        for index, name in enumerate(("editor_details", "editor_groups", "editor_people",
                                      "editor_agenda")):
            tabs.setCurrentIndex(index)
            if name == "editor_agenda":
                view = window.editor.agenda.ui.agendaView
                view.setCurrentIndex(window.editor.agenda.model.index(1, 1))
            if name == "editor_groups":
                window.editor.groups.ui.groupsView.setCurrentIndex(window.editor.groups.model.index(0, 1))
            shot(name)
        # the overrun warning: the follow-up planned to end at 11:30
        repo.update_meeting(store, second, end_time="11:30")
        window.open_meeting(second)
        tabs.setCurrentIndex(3)
        shot("editor_agenda_overrun")
        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
