"""A table model over a tuple of domain values from one meeting.

The model keeps no state of its own beyond the last ``Meeting`` it was given;
edits go to ``edit_handler`` (which pushes an undo command) and come back as a
new ``Meeting``. When the same rows are still there, only their data is
reported changed, so an open editor or the selection is not disturbed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from coprodesk.domain.model import Meeting
from coprodesk.gui.rows_model import RowsModel

EditHandler = Callable[[Any, int, Any], bool]  # (value, column, new) -> accepted


class MeetingRowsModel(RowsModel):
    """The editor's tables: RowsModel's plumbing, rows from a meeting, cells edited in place."""

    EDITABLE: frozenset[int] = frozenset()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.meeting: Meeting | None = None
        self.rows: tuple = ()
        self.edit_handler: EditHandler | None = None

    # subclasses ------------------------------------------------------------------
    def rows_of(self, meeting: Meeting) -> tuple:
        raise NotImplementedError

    def header(self, column: int) -> str:
        return self.tr(self.HEADERS[column])

    # Qt --------------------------------------------------------------------------
    def set_meeting(self, meeting: Meeting | None) -> None:
        rows = self.rows_of(meeting) if meeting is not None else ()
        same = [r.id for r in rows] == [r.id for r in self.rows]
        if same:
            self.meeting, self.rows = meeting, rows
            if rows:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(rows) - 1, self.columnCount() - 1))
        else:
            self.beginResetModel()
            self.meeting, self.rows = meeting, rows
            self.endResetModel()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.header(section) if 0 <= section < len(self.HEADERS) else None
        return str(section + 1)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in self.EDITABLE:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.edit_handler is None:
            return False
        if role not in (Qt.ItemDataRole.EditRole, Qt.ItemDataRole.CheckStateRole):
            return False
        return self.edit_handler(self.rows[index.row()], index.column(), value)

    def row_of(self, row_id: int) -> int:
        return next((n for n, r in enumerate(self.rows) if r.id == row_id), -1)
