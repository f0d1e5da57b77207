"""Rows of bars laid out in as many columns as the space needs.

The board owns its rows (one per group or per person), keeps them in order and
places them column by column; it adds and removes rows only when who is shown
changes, never on a tick. When space is short rows get shorter (``compact``), never
their text smaller; when space is plentiful a board may ``grow`` its rows (bigger
text and bars) up to a limit.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QSizePolicy, QWidget

from coprodesk.gui.participant.bars import Painted
from coprodesk.gui.participant.theme import LIGHT, Theme


class RowBoard(QWidget):
    def __init__(self, make_row: Callable[[int], Painted], row_height: Callable[[float, bool], int],
                 min_column_units: float, can_compact: bool, max_grow: float = 1.0,
                 grow_width_units: float = 0.0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make_row = make_row
        self._row_height = row_height
        self._min_column_units = min_column_units
        self._can_compact = can_compact
        self._max_grow = max_grow
        self._grow_width_units = grow_width_units  # a grown row still needs this many (grown) units
        self.rows: dict[int, Painted] = {}
        self.order: list[int] = []
        self.theme: Theme = LIGHT
        self.unit = 32.0
        self.compact = False
        self.columns = 1
        self.grow = 1.0
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
                row.set_look(self.theme, self.unit * self.grow)
                self.rows[rid] = row
                row.show()
        self.order = list(ids)
        self.updateGeometry()
        self._place()

    def set_look(self, theme: Theme, unit: float) -> None:
        self.theme, self.unit = theme, unit
        for row in self.rows.values():
            row.set_look(theme, unit * self.grow)
        self.updateGeometry()
        self._place()

    # --- geometry -------------------------------------------------------------------

    def gap(self, compact: bool = False, unit: float | None = None) -> int:
        return round((self.unit if unit is None else unit) * (0.2 if compact else 0.35))

    def column_gap(self) -> int:
        return round(self.unit * 0.9)

    def _max_columns(self, width: int) -> int:
        min_col = self.unit * self._min_column_units
        return max(1, int((width + self.column_gap()) // (min_col + self.column_gap())))

    def _height(self, rows: int, compact: bool, unit: float | None = None) -> int:
        u = self.unit if unit is None else unit
        return rows * self._row_height(u, compact) + max(0, rows - 1) * self.gap(compact, u)

    def sizeHint(self) -> QSize:
        return QSize(round(self.unit * self._min_column_units), self._height(len(self.order), False))

    def minimumSizeHint(self) -> QSize:
        """Tall enough for every row at the most columns the width allows: nobody is left off."""
        width = self.width() if self.width() > 1 else round(self.unit * self._min_column_units)
        per_col = math.ceil(len(self.order) / self._max_columns(width)) if self.order else 0
        return QSize(round(self.unit * self._min_column_units), self._height(per_col, self._can_compact))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # the minimum height depends on how many columns fit
        self._place()

    def _place(self) -> None:
        n = len(self.order)
        if n == 0:
            return
        w, h = self.width(), self.height()
        max_cols = self._max_columns(w)

        def columns_needed(compact: bool) -> int:
            row_h, gap = self._row_height(self.unit, compact), self.gap(compact)
            return math.ceil(n / max(1, (h + gap) // (row_h + gap)))

        compact = self._can_compact and columns_needed(False) > max_cols
        cols = max(1, min(columns_needed(compact), max_cols))
        per_col = math.ceil(n / cols)
        grow = 1.0
        if not compact and self._max_grow > 1:
            full = self._height(per_col, False)
            col_w = (w - (cols - 1) * self.column_gap()) / cols
            by_width = col_w / (self._grow_width_units * self.unit) if self._grow_width_units else 1e9
            grow = max(1.0, min(self._max_grow, h / full if full else 1.0, by_width))
            while grow > 1.0 and self._height(per_col, False, self.unit * grow) > h:
                grow -= 0.05
            grow = max(1.0, round(grow, 2))
        if grow != self.grow:
            self.grow = grow
            for row in self.rows.values():
                row.set_look(self.theme, self.unit * grow)
        u = self.unit * grow
        row_h, gap, col_gap = self._row_height(u, compact), self.gap(compact, u), self.column_gap()
        col_w = (w - (cols - 1) * col_gap) / cols
        self.compact, self.columns = compact, cols
        for k, rid in enumerate(self.order):
            c, r = divmod(k, per_col)
            row = self.rows[rid]
            if hasattr(row, "set_compact"):
                row.set_compact(compact)
            x = round(c * (col_w + col_gap))
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                x = w - x - round(col_w)  # the first column on the right
            row.setGeometry(x, r * (row_h + gap), round(col_w), row_h)
