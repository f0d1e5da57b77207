"""Screenshots of a signed record staying signed: the run view after Ctrl+Z was pressed
once the minutes were certified (one line in the banner, Reopen for a correction…), and
Export minutes… (Ctrl+E) proposing a new name instead of the signed file's.

Run: .venv/bin/python docs/screenshots/make_signed_stays_signed.py  (offscreen by default).
Everything happens in a throw-away home folder.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TMP = tempfile.TemporaryDirectory()
HOME = Path(TMP.name) / "home" / "jo"
HOME.mkdir(parents=True)
os.environ["HOME"] = str(HOME)  # before platformdirs or Qt read it
for var in ("XDG_DATA_HOME", "COPRODESK_IDENTITIES_DIR", "COPRODESK_TRUST_DIR"):
    os.environ.pop(var, None)

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from coprodesk.demo import create_demo  # noqa: E402
from coprodesk.domain.clock import FakeClock  # noqa: E402
from coprodesk.gui.app import application, apply_style, create_main_window  # noqa: E402
from coprodesk.minutes.export import export_minutes, file_name  # noqa: E402
from coprodesk.minutes.signing import new_identity  # noqa: E402
from coprodesk.store import meetings as repo  # noqa: E402
from coprodesk.store.connection import open_store  # noqa: E402

OUT = Path(__file__).resolve().parent


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def shot(widget, name: str) -> None:
    settle()
    widget.grab().save(str(OUT / f"{name}.png"))
    print(OUT / f"{name}.png")


def main() -> int:
    app = application()
    apply_style(app)
    store = open_store(HOME / "meetings.db")
    _closed, planned = create_demo(store)
    settings = QSettings(str(HOME / "settings.ini"), QSettings.Format.IniFormat)
    window = create_main_window(store, settings)
    window.resize(1280, 720)
    window.show()
    settle()

    window.show_run_view(planned)
    run = window.run_view
    run.session.clock = clock = FakeClock()
    run.setFocus()
    QTest.keyClick(run, Qt.Key.Key_1)
    clock.advance(95)
    QTest.keyClick(run, Qt.Key.Key_2)
    clock.advance(70)
    run.end_now()
    jo = HOME / "jo.p12"
    new_identity("Jo Fischer", "jo@example.org", jo, b"jo-passphrase")
    m = repo.load_meeting(store, planned)
    signed = HOME / file_name(m.date, m.title, m.id, ".pdf")
    export_minutes(store, planned, signed, clock.now_ms(), identity=jo,
                   passphrase=b"jo-passphrase")  # as `coprodesk export --sign` would, elsewhere
    run.setFocus()
    QTest.keyClick(run, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle()
    shot(window, "undo_refused_after_signing")

    window.export_minutes()
    dialog = window.minutes_dialog
    settle()
    shot(dialog, "export_never_replaces_signed")
    dialog.reject()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
