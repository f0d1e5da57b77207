"""A read-only table over a list of rows under fixed, translated column headers.

The library, editor, series, decision and signature tables all need the same Qt plumbing
(row and column counts, headers, a reset when new rows come, the row behind an index);
each subclass only says what a cell shows (``cell``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

_ROOT = QModelIndex()
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the value behind a row, for views that act on it
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class RowsModel(QAbstractTableModel):
    HEADERS: tuple[str, ...] = ()
    FIGURES: frozenset[int] = frozenset()  # columns of figures: aligned right

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, index: QModelIndex | QPersistentModelIndex) -> Any:
        """The row behind ``index``; None for an index that is not (or no longer) a row."""
        ok = index.isValid() and 0 <= index.row() < len(self.rows)
        return self.rows[index.row()] if ok else None

    def cell(self, row: Any, column: int, role: int) -> Any:
        """What ``column`` of ``row`` shows in ``role``; None for nothing."""
        raise NotImplementedError

    def right_aligned(self, column: int) -> bool:
        return column in self.FIGURES

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None or role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if self.right_aligned(index.column()) else None
        return self.cell(row, index.column(), role)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return self.tr(self.HEADERS[section])
        return None
