"""The one-line outcome under a signing dialog's form: a problem (dark red) or what was done
(dark green), never both, and no empty gap when there is nothing to say."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from coprodesk.gui.announce import show_result


def say(shown: QLabel, text: str, *others: QLabel, spoken: bool = True) -> None:
    """Show ``text`` in ``shown`` (and say it to a screen reader), and clear and hide
    ``others``."""
    for label in others:
        label.clear()
        label.hide()
    show_result(shown, text, spoken)
    fit_height(shown.window())


def fit_height(window: QWidget) -> None:
    """Grow the window when a wrapped message needs more lines than it has room for (a
    top-level window does not grow by itself for text that wraps)."""
    if window.layout() is None:
        return
    window.layout().activate()
    width = window.width()
    need = window.heightForWidth(width) if window.hasHeightForWidth() else -1
    need = max(need, window.sizeHint().height(), window.minimumSizeHint().height())
    if window.height() < need:
        window.resize(width, need)


def hide_empty(*labels: QLabel) -> None:
    for label in labels:
        label.setVisible(bool(label.text()))
