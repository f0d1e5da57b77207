"""The one place the run view says that changes are waiting for the database.

While another program holds the database (a big import) or the disk is full, the
meeting goes on and its changes wait in memory. A message box per key press would
stop the facilitator mid-meeting; this banner says it once, counts what is not yet
saved, and goes away by itself when everything is on disk.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from coprodesk.gui import colours
from coprodesk.gui.qt_session import QtSession

STYLE = ("QFrame#saveBanner { background: @warn_bg; border: 1px solid @bad; border-radius: 6px; }"
         "QLabel#saveBannerLabel { color: @ink; }")


class SaveBanner(QFrame):
    def __init__(self, qt_session: QtSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveBanner")
        colours.themed(self, STYLE)
        self.setAccessibleName(self.tr("Changes not yet saved"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.label = QLabel(self)
        self.label.setObjectName("saveBannerLabel")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.label.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a screen reader can land on it
        self.label.setAccessibleName(self.tr("Changes not yet saved"))
        layout.addWidget(self.label, 1)
        self.retry_button = QPushButton(self.tr("Try &now"), self)
        self.retry_button.setObjectName("retrySaveButton")
        self.retry_button.setAccessibleName(self.tr("Try saving the waiting changes now"))
        self.retry_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.retry_button.clicked.connect(qt_session.retry)
        layout.addWidget(self.retry_button)
        qt_session.waiting.connect(self.show_waiting)
        self.show_waiting(*qt_session.waiting_state())

    def words(self, unsaved: int, why: str) -> str:
        """What the banner says for ``unsaved`` kept changes, kept because ``why``."""
        count = (self.tr("1 change not yet saved") if unsaved == 1
                 else self.tr("{n} changes not yet saved").format(n=unsaved))
        if why == "full":
            return self.tr("The disk is full: {count}. Free some space; they are saved in "
                           "order, with their own times, as soon as there is room."
                           ).format(count=count)
        return self.tr("Waiting for the database… {count}. Another program is writing to it; "
                       "they are saved in order, with their own times, as soon as it is free."
                       ).format(count=count)

    def show_waiting(self, unsaved: int, why: str) -> None:
        if not unsaved:
            self.hide()
            return
        text = self.words(unsaved, why)
        self.label.setText(text)
        self.label.setAccessibleDescription(text)
        self.show()
