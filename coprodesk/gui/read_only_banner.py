"""The banner of a window that only reads, because another app holds the database.

Said once, at the top, in plain words: where the meeting is running (computer and
process from the lock file), and that changes are made there.
"""

from __future__ import annotations

import socket

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QToolBar

from coprodesk.gui.single_instance import Holder


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReadOnlyBanner", text)


def read_only_words(holder: Holder | None) -> str:
    if holder is None:
        return _tr("Read only: this database is open in another CoProDesk. Changes are made "
                   "there; this window shows the meetings as they were when it opened.")
    where = (_tr("on this computer") if holder.host in ("", socket.gethostname())
             else _tr("on the computer {host}").format(host=holder.host))
    return _tr("Read only: this database is open in another CoProDesk {where} (process {pid}). "
               "Changes are made there; this window shows the meetings as they were when it "
               "opened.").format(where=where, pid=holder.pid)


def add_read_only_banner(window: QMainWindow, holder: Holder | None) -> str:
    """Put the banner above the window's content; returns what it says."""
    text = read_only_words(holder)
    bar = QToolBar(window)
    bar.setObjectName("readOnlyBanner")
    bar.setAccessibleName(_tr("Read-only notice"))
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.toggleViewAction().setEnabled(False)  # not hidden by a right-click by mistake
    bar.setStyleSheet("QToolBar#readOnlyBanner { background: #fff4d6; border: 1px solid #d9b24a; }")
    label = QLabel(text, bar)
    label.setObjectName("readOnlyLabel")
    label.setWordWrap(True)
    label.setAccessibleName(_tr("Read-only notice"))
    label.setAccessibleDescription(text)
    label.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable with Tab, read by screen readers
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
    bar.addWidget(label)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    window.statusBar().showMessage(text)
    return text
