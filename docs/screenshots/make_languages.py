"""Screenshots in German and right to left: the main window and the run view.

Run: .venv/bin/python docs/screenshots/make_languages.py  (offscreen; writes *_de.png and
*_rtl.png here). German comes from resources/translations/coprodesk_de.qm, as the app
loads it for a German system; right to left is what ``coprodesk -reverse`` shows.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_run import scene
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication

from coprodesk.demo import create_demo
from coprodesk.gui.app import application, apply_style, create_main_window
from coprodesk.gui.translations import install_translators
from coprodesk.store.connection import open_store

HERE = Path(__file__).resolve().parent


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main_window(app: QApplication, name: str) -> None:
    """The library, then the editor's Decisions tab of the demo's closed meeting."""
    tmp = Path(tempfile.mkdtemp())
    store = open_store(tmp / "m.db")
    closed, _planned = create_demo(store)
    window = create_main_window(store, QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    window.resize(1280, 720)
    window.show()
    settle(app)
    window.grab().save(str(HERE / f"library_{name}.png"))
    window.open_meeting(closed)
    window.editor.ui.tabs.setCurrentIndex(window.editor.ui.tabs.count() - 1)
    settle(app)
    window.grab().save(str(HERE / f"editor_decisions_{name}.png"))
    print("wrote", f"library_{name}.png", f"editor_decisions_{name}.png")
    window._quit_confirmed = True
    window.close()
    store.close()


def main() -> int:
    app = application()
    apply_style(app)
    german = install_translators(app, QLocale("de_DE"))
    assert any(t.filePath().endswith("coprodesk_de.qm") for t in german)
    main_window(app, "de")
    scene(app, 6, (1280, 720), "run_1280x720_de.png")
    for translator in german:
        app.removeTranslator(translator)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # as -reverse does
    main_window(app, "rtl")
    scene(app, 6, (1280, 720), "run_1280x720_rtl.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
