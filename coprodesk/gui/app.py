"""Starting the app: the QApplication, the store, the main window, the event loop.

Nothing here imports reportlab or pyHanko: minutes are built on demand.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from coprodesk import APP_NAME, ORG_DOMAIN, ORG_NAME, __version__
from coprodesk.gui import settings_keys
from coprodesk.gui.main_window import MainWindow
from coprodesk.resources import resource_path
from coprodesk.store.connection import Store, open_store
from coprodesk.store.errors import StoreError

BACKUP_DELAY_MS = 3000  # after start-up, so the window is never kept waiting
LISTEN_DELAY_MS = 100  # answering other starts waits until the window's first frame is up
EXIT_WHEN_SHOWN = "COPRODESK_EXIT_WHEN_SHOWN"
# The window's writes wait this long at most for another program's write lock (the CLI
# waits seconds): an edit is then refused with a sentence instead of freezing the window,
# and the running meeting keeps its changes in memory until the database is free.
GUI_BUSY_TIMEOUT_MS = 250
# When each step of start-up ended (name, time.perf_counter()): printed with the "shown:" line
# under EXIT_WHEN_SHOWN, so that benchmarks/gui_cold_start.py can time each step.
startup_marks: list[tuple[str, float]] = []


def mark(step: str) -> None:
    startup_marks.append((step, time.perf_counter()))


def application(qt_args: Sequence[str] = ()) -> QApplication:
    """The QApplication, named so that QSettings and the desktop know it; ``qt_args`` are
    Qt's own options from the command line (``-reverse``, ``-style fusion``, …)."""
    app = QApplication.instance() or QApplication([*sys.argv[:1], *qt_args])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setOrganizationDomain(ORG_DOMAIN)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.coprodesk.CoProDesk")  # matches packaging/linux/*.desktop
    with contextlib.suppress(FileNotFoundError):  # a missing icon is cosmetic
        app.setWindowIcon(QIcon(str(resource_path("coprodesk.svg"))))
    return app


def apply_style(app: QApplication, scheme: str | None = None) -> None:
    """The app's palette and stylesheet in the system's colour scheme (or ``scheme``, "light"
    or "dark"), followed again whenever the system switches."""
    from coprodesk.gui import colours

    try:
        template = resource_path("app.qss").read_text(encoding="utf-8")
    except FileNotFoundError:  # the default Qt style still works
        template = None
    colours.apply_scheme(app, colours.SCHEMES[scheme] if scheme else None, template)
    if scheme is None and not app.property("followsScheme"):
        app.setProperty("followsScheme", True)
        app.styleHints().colorSchemeChanged.connect(
            lambda _s: colours.apply_scheme(app, None, template))


def create_main_window(store: Store, settings: QSettings | None = None) -> MainWindow:
    return MainWindow(store, settings)


def offer_demo(store: Store, settings: QSettings) -> None:
    """On first start with an empty database, offer the two demo meetings."""
    from coprodesk.store.library import list_meetings

    key = f"{settings_keys.DEMO_OFFERED}/{store.path.resolve().as_posix().replace('/', '|')}"
    if list_meetings(store) or settings.value(key, False, type=bool):
        return
    settings.setValue(key, True)
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(
        None, APP_NAME,
        QApplication.translate("app", "Welcome to CoProDesk. Add two demo meetings (a finished "
                                      "workshop and its planned follow-up) to look around?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes)
    if answer == QMessageBox.StandardButton.Yes:
        from coprodesk.demo import create_demo

        create_demo(store)


def daily_backup(window: MainWindow, db_path: Path) -> None:
    """Once a day, after the window is up: a copy of the database in ``backups/`` beside it
    (the last 7 are kept). A failure is said in the status bar; the meeting goes on."""
    from coprodesk.store.backup import backup_if_due

    try:
        written = backup_if_due(db_path)
    except StoreError as exc:
        window.statusBar().showMessage(
            QApplication.translate("app", "No backup today: %1").replace("%1", exc.message), 15000)
        return
    if written is not None:
        window.statusBar().showMessage(
            QApplication.translate("app", "Backed up to %1").replace("%1", str(written)), 8000)


def run_app(db_path: Path, run_meeting: int | None = None, qt_args: Sequence[str] = ()) -> int:
    """The event loop; with ``run_meeting``, straight into that meeting's run view."""
    app = application(qt_args)
    mark("QApplication")
    from coprodesk.gui.errors import ErrorReporter
    from coprodesk.gui.translations import install_translators
    from coprodesk.paths import log_path
    from coprodesk.privacy import tighten_log

    install_translators(app)
    tighten_log(log_path())  # existing logs become the user's only, like the database
    ErrorReporter(log_path()).install()
    apply_style(app)
    mark("translations, log, style")
    from coprodesk.gui.single_instance import DatabaseClaim, ask_owner_to_raise

    claim = DatabaseClaim(db_path, app)  # one app per database: the lock only, listen later
    owner = claim.acquire()
    if not owner and ask_owner_to_raise(db_path):
        print(QApplication.translate("app", "CoProDesk is already open on %1; its window was "
                                            "brought forward.").replace("%1", str(db_path)),
              flush=True)
        return 0
    mark("single-instance claim")
    try:
        if owner:
            store = open_store(db_path, busy_timeout_ms=GUI_BUSY_TIMEOUT_MS)
        else:
            from coprodesk.store.readonly import open_read_only

            store = open_read_only(db_path)
    except StoreError as exc:
        from PySide6.QtWidgets import QMessageBox

        claim.release()
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 2
    settings = QSettings()
    mark("database opened")
    if owner:
        try:
            offer_demo(store, settings)
        except StoreError as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(None, APP_NAME, str(exc))
    window = create_main_window(store, settings)
    mark("window built")
    notice = None
    if owner:
        claim.raise_requested.connect(lambda: bring_forward(window))
    else:
        from coprodesk.gui.read_only_banner import add_read_only_banner

        notice = add_read_only_banner(window, claim.holder())
    if run_meeting is not None:
        window.show_run_view(run_meeting)
    window.show()
    mark("window.show()")
    if owner:
        # Other starts may ask for the window once it is up (they try again meanwhile).
        QTimer.singleShot(LISTEN_DELAY_MS, claim.listen)
        QTimer.singleShot(BACKUP_DELAY_MS, lambda: daily_backup(window, store.path))
    if os.environ.get(EXIT_WHEN_SHOWN):  # packaging checks: start, show, report, leave
        QTimer.singleShot(0, lambda: (mark("first turn of the event loop"),
                                      print(f"marks: {json.dumps(startup_marks)}", flush=True),
                                      print(f"shown: {window.windowTitle()}", flush=True),
                                      app.isRightToLeft() and print("right to left", flush=True),
                                      notice and print(f"read-only: {notice}", flush=True),
                                      app.quit()))
    try:
        return app.exec()
    finally:
        store.close()
        claim.release()


def bring_forward(window: MainWindow) -> None:
    """Another start on this database asked for the window: show it on top."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    QApplication.alert(window)
    window.statusBar().showMessage(QApplication.translate(
        "app", "CoProDesk was started again on this database; this is its window."), 8000)


mark("modules imported")  # this module, Qt and the window's modules (the last of them)
