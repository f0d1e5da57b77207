"""Screenshots at 1280 × 720, in English and German: the decision panel mid-round and the
run view's F1 keys (``tests/gui/test_fits_1280x720.py`` checks every screen at this size).

Run: .venv/bin/python docs/screenshots/make_1280x720.py  (offscreen; one process per language;
writes decision_panel_1280x720_{en,de}.png and f1_keys_1280x720_{en,de}.png here)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).parent


def shoot(language: str) -> None:
    from PySide6.QtCore import QLocale, QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from coprodesk.demo import create_demo
    from coprodesk.gui.app import apply_style, create_main_window
    from coprodesk.gui.translations import install_translators
    from coprodesk.store.connection import open_store

    app = QApplication.instance() or QApplication([])
    install_translators(app, QLocale(language))
    apply_style(app, "light")
    tmp = Path(tempfile.mkdtemp())
    store = open_store(tmp / "shots.db")
    _closed, planned = create_demo(store)
    window = create_main_window(store, QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    window.resize(1280, 720)
    window.show()
    window.show_run_view(planned)
    run = window.run_view

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    run.toggle_panel("decisions")
    panel = run.decisions
    panel.new_decision("consensus", "Start the peer-support pilot in two surgeries in May")
    panel.start_round()
    grid = panel.ui.stanceView
    for key in (Qt.Key.Key_1, Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_1):
        QTest.keyClick(grid, key)
    settle()
    assert window.width() == 1280, window.width()
    window.grab().save(str(HERE / f"decision_panel_1280x720_{language}.png"))
    run.toggle_panel("decisions")
    run.help.toggle()
    settle()
    window.grab().save(str(HERE / f"f1_keys_1280x720_{language}.png"))
    run.help.toggle()
    window.close()
    store.close()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        shoot(sys.argv[1])
    else:
        for lang in ("en", "de"):
            subprocess.run([sys.executable, __file__, lang], check=True)
