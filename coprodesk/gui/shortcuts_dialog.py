"""Help → Keyboard shortcuts: every key, in a box that scrolls so it fits any screen.

Why not a message box: the list is taller than a 1280 × 720 screen (in German even more so),
and a message box neither scrolls nor shrinks, so its Close button went off screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

ROOM = 0.85  # of the screen's height, at most: the window's frame and the task bar need the rest


class ShortcutsDialog(QDialog):
    def __init__(self, title: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.label = QLabel(html, self)
        self.label.setObjectName("shortcutsText")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setContentsMargins(12, 4, 12, 12)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("shortcutsScroll")
        self.scroll.setAccessibleName(title)
        self.scroll.setWidget(self.label)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrows and Page keys scroll
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll)
        layout.addWidget(buttons)
        self._fit()

    def text(self) -> str:
        return self.label.text()

    def _fit(self) -> None:
        """As tall as the list, up to ROOM of the screen; as wide as its widest line."""
        need = self.label.sizeHint()
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        screen = (self.parentWidget() or self).screen().availableGeometry()
        width = min(need.width() + bar + 2 * self.scroll.frameWidth() + 24, screen.width())
        height = min(need.height() + 80, int(screen.height() * ROOM))
        self.scroll.setMinimumWidth(min(need.width() + bar + 2 * self.scroll.frameWidth(),
                                        screen.width() - 24))
        self.resize(width, height)
