"""An unexpected error in the window is logged and said calmly; the app keeps running."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QMessageBox

from coprodesk.gui.errors import ErrorReporter
from coprodesk.store.errors import StoreError


def raised(exc: BaseException):
    try:
        raise exc
    except BaseException as caught:
        return type(caught), caught, caught.__traceback__


def test_a_bug_is_logged_with_its_traceback_and_said_in_one_message(qtbot, tmp_path):
    log = tmp_path / "logs" / "coprodesk.log"
    reporter = ErrorReporter(log)
    reporter(*raised(ZeroDivisionError("division by zero")))
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "ZeroDivisionError: division by zero" in text
    box = reporter.box
    assert box.icon() is QMessageBox.Icon.Critical and box.isVisible()
    assert "division by zero" in box.text() and "Your meeting is safe" in box.text()
    assert str(log) in box.text()
    box.close()
    reporter(*raised(KeyError("x")))  # a second one is appended, not overwritten
    assert log.read_text(encoding="utf-8").count("Traceback") == 2
    reporter.box.close()


def test_a_store_problem_is_its_own_sentence_and_not_a_bug(qtbot, tmp_path):
    log = tmp_path / "coprodesk.log"
    reporter = ErrorReporter(log)
    reporter(*raised(StoreError(tmp_path / "m.db", "the disk is full; free some space")))
    assert reporter.box.text() == "the disk is full; free some space"
    assert reporter.box.icon() is QMessageBox.Icon.Warning
    assert not log.exists()
    reporter.box.close()


def test_without_a_writable_log_the_message_still_comes(qtbot, tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    reporter = ErrorReporter(blocker / "coprodesk.log")  # its folder cannot be made
    reporter(*raised(RuntimeError("boom")))
    assert "boom" in reporter.box.text() and "details are in" not in reporter.box.text()
    assert "RuntimeError: boom" in capsys.readouterr().err
    reporter.box.close()


def test_install_replaces_the_hook(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    reporter = ErrorReporter(tmp_path / "coprodesk.log")
    reporter.install()
    assert sys.excepthook is reporter


def test_a_bug_in_a_slot_of_the_running_app_is_caught_logged_and_the_app_carries_on(tmp_path):
    """Through Qt itself, in a separate process (pytest-qt puts its own hook in place)."""
    import os
    import subprocess

    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication, QPushButton\n"
        "from coprodesk.gui.errors import ErrorReporter\n"
        "app = QApplication([])\n"
        "reporter = ErrorReporter(Path(sys.argv[1]))\n"
        "reporter.install()\n"
        "button = QPushButton()\n"
        "button.clicked.connect(lambda: 1 / 0)\n"
        "QTimer.singleShot(0, button.click)\n"
        "QTimer.singleShot(100, lambda: (print(reporter.box.text()), app.quit()))\n"
        "app.exec()\n"
        "print('carried on')\n")
    log = tmp_path / "coprodesk.log"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", script, str(log)], env=env, capture_output=True,
                         text=True, timeout=60, check=True).stdout
    assert "division by zero" in out and out.strip().endswith("carried on")
    assert "ZeroDivisionError" in log.read_text(encoding="utf-8")


def test_a_long_log_moves_aside_once_it_passes_its_limit(qtbot, tmp_path):
    from coprodesk.gui.errors import LOG_LIMIT

    log = tmp_path / "coprodesk.log"
    log.write_text("x" * (LOG_LIMIT + 1), encoding="utf-8")
    reporter = ErrorReporter(log)
    reporter(*raised(ValueError("late")))
    assert (tmp_path / "coprodesk.log.1").stat().st_size == LOG_LIMIT + 1
    assert "ValueError: late" in log.read_text(encoding="utf-8") and log.stat().st_size < 10_000
    reporter.box.close()
