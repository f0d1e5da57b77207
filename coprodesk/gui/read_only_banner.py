"""The banner of a window that only reads, because another app holds the database.

Said once, at the top, in plain words: where the meeting is running (computer and
process from the lock file), and that changes are made there.
"""

from __future__ import annotations

import socket

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QToolBar

from coprodesk.gui import colours
from coprodesk.gui.single_instance import Holder


class ReadOnlyBanner(QToolBar):
    def __init__(self, holder: Holder | None, parent: QMainWindow) -> None:
        super().__init__(parent)
        self.text = self.words(holder)
        self.setObjectName("readOnlyBanner")
        self.setAccessibleName(self.tr("Read-only notice"))
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setEnabled(False)  # not hidden by a right-click by mistake
        colours.themed(self, "QToolBar#readOnlyBanner { background: @warn_bg; "
                       "border: 1px solid @warn_edge; } QLabel#readOnlyLabel { color: @ink; }")
        self.label = QLabel(self.text, self)
        self.label.setObjectName("readOnlyLabel")
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Read-only notice"))
        self.label.setAccessibleDescription(self.text)
        self.label.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable with Tab, read aloud
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.addWidget(self.label)

    def words(self, holder: Holder | None) -> str:
        if holder is None:
            return self.tr("Read only: this database is open in another CoProDesk. Changes are "
                           "made there; this window shows the meetings as they were when it "
                           "opened.")
        where = (self.tr("on this computer") if holder.host in ("", socket.gethostname())
                 else self.tr("on the computer {host}").format(host=holder.host))
        return self.tr("Read only: this database is open in another CoProDesk {where} (process "
                       "{pid}). Changes are made there; this window shows the meetings as they "
                       "were when it opened.").format(where=where, pid=holder.pid)


def add_read_only_banner(window: QMainWindow, holder: Holder | None) -> str:
    """Put the banner above the window's content; returns what it says."""
    banner = ReadOnlyBanner(holder, window)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, banner)
    window.statusBar().showMessage(banner.text)
    return banner.text
