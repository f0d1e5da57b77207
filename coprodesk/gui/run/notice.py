"""The run view's notice banner: what the facilitator must know before pressing on.

Why a banner and not a dialog: a key pressed in a closed meeting, a clock that
looked wrong, an item closed for the record — each is said in place, without
taking the keyboard, with the one action that helps (reopen, export the minutes).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from coprodesk.gui import colours

STYLE = """
QFrame#noticeBanner { background: @notice_bg; border: 1px solid @notice_edge; border-radius: 6px; }
QFrame#noticeBanner[warn="true"] { background: @warn_bg; border-color: @warn_edge; }
QLabel#noticeText { color: @ink; }
QFrame#noticeBanner QPushButton:focus { border: 2px solid @focus; }
"""


def _tr(text: str) -> str:
    return QCoreApplication.translate("RunNotice", text)


# lupdate reads translate("Context", "literal") calls; _tr is for texts held elsewhere
translate = QCoreApplication.translate


class NoticeBanner(QFrame):
    reopen_requested = Signal()
    minutes_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBanner")
        self.setAccessibleName(translate("RunNotice", "Meeting notice"))
        colours.themed(self, STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.text = QLabel(self)
        self.text.setObjectName("noticeText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.text, 1)
        self.minutes_button = self._button(translate("RunNotice", "Export and sign the minutes now"),
                                           self.minutes_requested.emit)
        self.reopen_button = self._button(translate("RunNotice", "Reopen…"), self.reopen_requested.emit)
        self.dismiss_button = self._button(translate("RunNotice", "Dismiss"), self.dismiss)
        self.hide()
        self._lines: dict[str, str] = {}

    def _button(self, text: str, slot) -> QPushButton:
        b = QPushButton(text, self)
        b.setAccessibleName(text.replace("…", ""))
        b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        b.clicked.connect(slot)
        self.layout().addWidget(b)
        return b

    def say(self, key: str, text: str) -> None:
        """Add (or replace) one line, kept until ``forget(key)`` or Dismiss."""
        self._lines[key] = text
        self._show()

    def forget(self, key: str) -> None:
        if self._lines.pop(key, None) is not None:
            self._show()

    def dismiss(self) -> None:
        for key in [k for k in self._lines if k != "locked"]:
            del self._lines[key]
        self._show()

    def set_locked(self, locked: bool, signed: bool) -> None:
        self.minutes_button.setVisible(locked and not signed)
        self.reopen_button.setVisible(locked)
        self.reopen_button.setText(translate("RunNotice", "Reopen for a correction…") if signed
                                   else translate("RunNotice", "Reopen…"))
        self.reopen_button.setAccessibleName(self.reopen_button.text().replace("…", ""))

    def lines(self) -> list[str]:
        return list(self._lines.values())

    def _show(self) -> None:
        text = "\n".join(self._lines.values())
        self.text.setText(text)
        self.setAccessibleDescription(text)
        warn = any(k != "locked" for k in self._lines)
        if self.property("warn") != warn:
            self.setProperty("warn", warn)
            self.style().unpolish(self)
            self.style().polish(self)
        self.dismiss_button.setVisible(warn)
        self.setVisible(bool(self._lines))
