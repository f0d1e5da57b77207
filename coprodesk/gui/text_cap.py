"""Long texts in plain-text boxes: kept within the meeting format's limit, and said so.

Why: a ``QLineEdit`` has ``setMaxLength``, a ``QPlainTextEdit`` has no limit of its own,
yet what the app accepts must export and import again (``domain/limits.TEXT_MAX``). Every
box for a paragraph (purpose, ground rules, item notes, a proposal) cuts what goes past the
limit where it is typed or pasted, keeps the rest, and its caller says so in its usual
place: never cut without a word.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from coprodesk.domain.limits import TEXT_MAX


def cap_text(edit: QPlainTextEdit, limit: int = TEXT_MAX) -> bool:
    """Cut ``edit``'s text to ``limit`` characters (quietly: no second textChanged), the
    cursor at the end; True if anything was cut."""
    text = edit.toPlainText()
    if len(text) <= limit:
        return False
    blocker = QSignalBlocker(edit)
    edit.setPlainText(text[:limit])
    edit.moveCursor(QTextCursor.MoveOperation.End)
    blocker.unblock()
    return True


def cap_message(limit: int = TEXT_MAX) -> str:
    """The one sentence that says a text was cut."""
    return QCoreApplication.translate(
        "TextCap", "At most %1 characters are kept; the rest was not saved.").replace(
        "%1", f"{limit:,}")
