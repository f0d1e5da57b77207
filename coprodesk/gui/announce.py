"""Spoken announcements for screen readers: the one function views call.

Why one place: the event (Qt 6.8's ``QAccessibleAnnouncementEvent``), its politeness
and the hook tests listen to are decided once; a view only says, in translated
words, what happened (the floor changed hands, a turn passed its soft limit, the
agenda moved, an outcome changed).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLabel


class Announcer(QObject):
    """Emits ``said`` with every announcement, after it went to the accessibility bridge
    (tests and the AT-SPI check listen here; a screen reader hears the event)."""

    said = Signal(QObject, str)  # the widget it is said for, the words


@cache
def announcer() -> Announcer:
    return Announcer()


def announce(source: QObject, text: str) -> None:
    """Say ``text`` on behalf of ``source`` (a widget on screen), politely: after whatever
    the screen reader is saying, never cutting it off."""
    if not text:
        return
    event = QAccessibleAnnouncementEvent(source, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
    announcer().said.emit(source, text)


def show_result(label: QLabel, text: str, spoken: bool = True) -> None:
    """Put a result (a verdict, an outcome, a problem, what was done) in ``label``.

    Such a label has no fixed accessible name (what it is goes in its description): its name
    is its text, so a screen reader reads the result, not "Result". It is shown only while
    it says something (an empty "Problem" is not read out), and a new text is announced
    (``spoken``)."""
    changed = text != label.text()
    label.setText(text)
    label.setVisible(bool(text))
    if changed and text and spoken:
        announce(label, text)
