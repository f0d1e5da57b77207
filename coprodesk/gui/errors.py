"""What the user sees when something unexpected goes wrong in the window.

Qt calls ``sys.excepthook`` for an exception raised in a slot and then carries on, so
without this a bug would only print to a terminal nobody watches. Here the traceback is
appended to a log file and the facilitator gets one calm message: their meeting is safe
(every change is committed as it happens) and where the details are for a bug report.
A ``StoreError`` that slipped through is shown as the plain sentence it already is.
QMessageBox is imported when a message is shown: this is installed at start-up, where it is
not needed.
"""

from __future__ import annotations

import os
import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from coprodesk import APP_NAME, __version__
from coprodesk.privacy import PRIVATE_FILE, private_folder
from coprodesk.store.errors import StoreError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


# lupdate reads translate("Context", "literal") calls; _tr is for texts held elsewhere
translate = QCoreApplication.translate


LOG_LIMIT = 1_000_000  # bytes; past it the log moves to coprodesk.log.1 (one old file kept)


class ErrorReporter:
    """``sys.excepthook`` for the window: log the details, say it plainly, carry on."""

    def __init__(self, log: Path) -> None:
        self.log = log
        self.box: QMessageBox | None = None  # the last message shown (for tests)

    def install(self) -> None:
        sys.excepthook = self

    def __call__(self, kind: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        if isinstance(exc, StoreError):
            self._show(exc.message, critical=False)
            return
        written = self._write(kind, exc, tb)
        text = translate("errors", "Something went wrong in CoProDesk: {what}. Your meeting is safe: every "
                   "change is saved as it happens.").format(what=str(exc) or kind.__name__)
        if written:
            text += " " + translate("errors", "The details are in {log}; please send them with a bug "
                              "report.").format(log=self.log)
        self._show(text, critical=True)

    def _write(self, kind: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> bool:
        try:
            private_folder(self.log.parent)  # tracebacks can quote names: the user's only
            if self.log.exists() and self.log.stat().st_size > LOG_LIMIT:
                self.log.replace(self.log.with_name(self.log.name + ".1"))
            fd = os.open(self.log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, PRIVATE_FILE)
            with open(fd, "a", encoding="utf-8") as f:
                f.write(f"--- {datetime.now().isoformat(timespec='seconds')} "
                        f"CoProDesk {__version__}\n")
                f.write("".join(traceback.format_exception(kind, exc, tb)))
        except OSError:
            sys.__excepthook__(kind, exc, tb)  # no log file: the terminal at least
            return False
        return True

    def _show(self, text: str, critical: bool) -> None:
        if QApplication.instance() is None:
            print(text, file=sys.stderr)
            return
        from PySide6.QtWidgets import QMessageBox

        icon = QMessageBox.Icon.Critical if critical else QMessageBox.Icon.Warning
        box = QMessageBox(icon, APP_NAME, text, QMessageBox.StandardButton.Ok,
                          QApplication.activeWindow())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.box = box
        box.open()
