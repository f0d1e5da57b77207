"""The speaker queue's list: read-only, and its digit keys are the run view's."""

from __future__ import annotations

from PySide6.QtWidgets import QListView

from coprodesk.gui.run import physical_keys


class QueueList(QListView):
    """A list does not search its rows by a typed digit here: 1 … 9, 0 (and Shift with them)
    go on to the run view, which gives that tile the floor or raises its hand. Its Enter,
    Delete and Menu keys are QActions on it (``keys.QUEUE_KEYS``)."""

    def keyPressEvent(self, event) -> None:
        if physical_keys.digit_of(event) is not None:
            event.ignore()  # the view's: its parent widgets see it next
            return
        super().keyPressEvent(event)
