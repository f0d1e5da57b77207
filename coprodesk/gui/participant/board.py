"""Rows of bars laid out in as many columns as the space needs.

The board owns its rows (one per group or per person), keeps them in order and
places them column by column; it adds and removes rows only when who is shown
changes, never on a tick.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QSizePolicy, QWidget

from coprodesk.gui.participant.bars import Painted
from coprodesk.gui.participant.theme import LIGHT, Theme


class RowBoard(QWidget):
    def __init__(self, make_row: Callable[[int], Painted], row_height: Callable[[float, bool], int],
                 min_column_units: float, can_compact: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make_row = make_row
        self._row_height = row_height
        self._min_column_units = min_column_units
        self._can_compact = can_compact
        self.rows: dict[int, Painted] = {}
        self.order: list[int] = []
        self.theme: Theme = LIGHT
        self.unit = 32.0
        self.compact = False
        self.columns = 1
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # --- content --------------------------------------------------------------------

    def set_order(self, ids: list[int]) -> None:
        """Show exactly these rows, in this order (rows for others are deleted)."""
        if ids == self.order:
            return
        for rid in list(self.rows):
            if rid not in ids:
                row = self.rows.pop(rid)
                row.hide()
                row.setParent(None)
                row.deleteLater()
        for rid in ids:
            if rid not in self.rows:
                row = self._make_row(rid)
                row.setParent(self)
                row.set_look(self.theme, self.unit)
                self.rows[rid] = row
                row.show()
        self.order = list(ids)
        self.updateGeometry()
        self._place()

    def set_look(self, theme: Theme, unit: float) -> None:
        self.theme, self.unit = theme, unit
        for row in self.rows.values():
            row.set_look(theme, unit)
        self.updateGeometry()
        self._place()

    # --- geometry -------------------------------------------------------------------

    def gap(self) -> int:
        return round(self.unit * 0.35)

    def full_height(self) -> int:
        n = len(self.order)
        return n * self._row_height(self.unit, False) + max(0, n - 1) * self.gap()

    def sizeHint(self) -> QSize:
        return QSize(round(self.unit * self._min_column_units), self.full_height())

    def minimumSizeHint(self) -> QSize:
        n = min(len(self.order), 3)
        h = self._row_height(self.unit, self._can_compact)
        return QSize(round(self.unit * self._min_column_units), n * h + max(0, n - 1) * self.gap())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        n = len(self.order)
        if n == 0:
            return
        w, h, gap = self.width(), self.height(), self.gap()
        min_col = self.unit * self._min_column_units
        max_cols = max(1, int((w + gap * 2) // (min_col + gap * 2)))

        def columns_needed(row_h: int) -> int:
            return math.ceil(n / max(1, (h + gap) // (row_h + gap)))

        compact = self._can_compact and columns_needed(self._row_height(self.unit, False)) > max_cols
        row_h = self._row_height(self.unit, compact)
        # Never so many columns that names get crushed: the last rows are clipped instead.
        cols = max(1, min(columns_needed(row_h), max_cols))
        per_col = math.ceil(n / cols)
        col_w = (w - (cols - 1) * gap * 2) / cols
        self.compact, self.columns = compact, cols
        for k, rid in enumerate(self.order):
            c, r = divmod(k, per_col)
            row = self.rows[rid]
            if hasattr(row, "set_compact"):
                row.set_compact(compact)
            row.setGeometry(round(c * (col_w + gap * 2)), r * (row_h + gap), round(col_w), row_h)
