"""What a screen reader hears of figures that move every second.

Why: a clock or a share that renames its widget every second makes a screen reader
chatter (or lag behind). ``CalmText`` changes a widget's accessible name and
description at once when its *state* changes (who speaks, a cue, another item) and
otherwise at most once a minute; ``minutes_words`` says a time to the minute.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

CALM_MS = 60_000  # figures that only moved are said again after this long at the earliest


def minutes_words(ms: int) -> str:
    """"less than a minute", "1 minute", "12 minutes" (whole minutes, rounded down)."""
    n = max(0, ms) // 60_000
    if n == 0:
        return QCoreApplication.translate("Spoken", "less than a minute")
    if n == 1:
        return QCoreApplication.translate("Spoken", "1 minute")
    return QCoreApplication.translate("Spoken", "{n} minutes").format(n=n)


def percent_words(share: float) -> str:
    return QCoreApplication.translate("Spoken", "{p} %").format(p=round(100 * share))


def share_words(share: float, fair: float) -> str:
    """"share 12 % against a fair share of 11 %"."""
    return QCoreApplication.translate("Spoken", "share {share} against a fair share of {fair}").format(
        share=percent_words(share), fair=percent_words(fair))


def calm_figure(widget: QWidget) -> None:
    """Mark ``widget`` as showing a figure that moves every second: its fixed accessible name
    says what it is, its text reaches a screen reader calmly (``CalmText``), not as its name
    (which would change every second). The accessibility checks read this mark."""
    widget.setProperty("calmFigure", True)


class CalmText:
    """A widget's accessible name and description, kept calm (see the module's why)."""

    def __init__(self, widget: QWidget, calm_ms: int = CALM_MS) -> None:
        self.widget = widget
        calm_figure(widget)
        self.calm_ms = calm_ms
        self.state: Hashable = object()  # nothing said yet
        self.figures: Hashable = object()
        self.said_ms: int | None = None
        self.updates = 0  # how many times the words changed (tests read it)

    def update(self, state: Hashable, now_ms: int | None,
               words: Callable[[], tuple[str, str]], figures: Hashable = None) -> bool:
        """Say ``words()`` (name, description) if ``state`` changed, or a minute has passed
        since they were last said (``now_ms`` None: no clock, say at once). ``figures``, if
        given, are what the words are made of besides ``state`` (minutes, whole per cents):
        while they stay, the words are not even made (a tile a second costs nothing).
        True if said."""
        if figures is not None and (state, figures) == (self.state, self.figures):
            return False
        if (state == self.state and now_ms is not None and self.said_ms is not None
                and 0 <= now_ms - self.said_ms < self.calm_ms):
            return False
        name, description = words()
        self.state, self.figures = state, figures
        w = self.widget
        if (name, description) == (w.accessibleName(), w.accessibleDescription()):
            return False
        self.said_ms = now_ms
        self.updates += 1
        if name != w.accessibleName():
            w.setAccessibleName(name)
        if description != w.accessibleDescription():
            w.setAccessibleDescription(description)
        return True
