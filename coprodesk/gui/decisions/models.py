"""Table models for the decision panel: the stance grid and the meeting's actions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor

from coprodesk.domain import decisions as rules
from coprodesk.domain.model import Action, Decision, Meeting, Participant, StakeholderGroup
from coprodesk.gui import colours
from coprodesk.gui.domain_words import domain_word
from coprodesk.gui.rows_model import RowsModel


@dataclass(frozen=True, slots=True)
class StanceRow:
    person: Participant
    group: StakeholderGroup | None
    option: str | None  # the option key; None with ``given`` = explicitly "not given"
    given: bool  # False: nothing recorded yet
    reason: str
    needs_reason: bool
    has_floor: bool


class StanceModel(RowsModel):
    """One row per counted person present, grouped by stakeholder group; read-only cells
    (the panel turns keys and edits into undoable commands)."""

    GROUP, NAME, STANCE, REASON = range(4)
    HEADERS = (QT_TRANSLATE_NOOP("StanceModel", "Group"), QT_TRANSLATE_NOOP("StanceModel", "Person"),
               QT_TRANSLATE_NOOP("StanceModel", "Stance"), QT_TRANSLATE_NOOP("StanceModel", "Reason"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[StanceRow] = []
        self.method = "consensus"
        self.meanings: dict[str, str] = {}

    def set_state(self, meeting: Meeting, decision: Decision | None, eligible: frozenset[int],
                  meanings: dict[str, str], floor_id: int | None) -> None:
        """The rows for ``decision``. The same people in the same order (a stance given, the
        floor moved) change their rows in place: the grid keeps its current cell and a
        screen reader its place, where a reset would rebuild every cell."""
        rows = []
        if decision is not None:
            rnd = decision.current_round
            stances = {s.participant_id: s for s in rnd.stances} if rnd else {}
            missing = set(rules.missing_reasons(rnd, decision.method))
            order = {g.id: n for n, g in enumerate(meeting.groups)}
            people = sorted((p for p in meeting.participants if p.id in eligible),
                            key=lambda p: (order.get(p.group_id, 99), p.position, p.id))
            for p in people:
                s = stances.get(p.id)
                rows.append(StanceRow(p, meeting.group(p.group_id),
                                      s.option if s else None, s is not None,
                                      s.reason if s else "", p.id in missing,
                                      p.id == floor_id))
        method = decision.method if decision is not None else self.method
        same = (method == self.method and meanings == self.meanings
                and [(r.person.id, r.group) for r in rows]
                == [(r.person.id, r.group) for r in self.rows])
        if not same:
            self.beginResetModel()
            self.rows, self.method, self.meanings = rows, method, meanings
            self.endResetModel()
            return
        changed = [n for n, (old, new) in enumerate(zip(self.rows, rows, strict=True)) if old != new]
        self.rows = rows
        for n in changed:
            self.dataChanged.emit(self.index(n, 0), self.index(n, self.columnCount() - 1))

    def option_label(self, key: str | None) -> str:
        if key is None:
            return self.tr("Not given")
        return domain_word(rules.option(self.method, key, self.meanings).label)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)  # the digit a facilitator sees beside each person
        return super().headerData(section, orientation, role)

    def _text(self, row, col: int) -> str:
        """What a cell says, on screen and to a screen reader."""
        if col == self.GROUP:
            return row.group.label or row.group.name if row.group else ""
        if col == self.NAME:
            return row.person.name + (self.tr("  (has the floor)") if row.has_floor else "")
        if col == self.STANCE:
            return self.option_label(row.option) if row.given else "—"
        if row.needs_reason:  # the reason column
            return self.tr("Reason needed (Enter to type it)")
        return row.reason

    def cell(self, row: StanceRow, col: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.STANCE and row.given and row.option is not None:
                o = rules.option(self.method, row.option, self.meanings)
                return f"{domain_word(o.label)}: {domain_word(o.meaning)}"
            if col == self.GROUP and row.group is not None:
                return row.group.name
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.needs_reason:
                return QBrush(QColor(colours.current().warn_bg))
            if row.has_floor:
                return QBrush(QColor(colours.current().speaker_bg))
        if role == Qt.ItemDataRole.DecorationRole and col == self.GROUP and row.group is not None:
            return QColor(row.group.colour)  # a swatch beside the label: colour is never alone
        if role == Qt.ItemDataRole.FontRole and col == self.REASON and row.needs_reason:
            from PySide6.QtGui import QFont

            f = QFont()
            f.setItalic(True)
            return f
        return None


class ActionsModel(RowsModel):
    """The meeting's actions: what, who, by when, where from, open or done."""

    HEADERS = (QT_TRANSLATE_NOOP("ActionsModel", "What"), QT_TRANSLATE_NOOP("ActionsModel", "Who"),
               QT_TRANSLATE_NOOP("ActionsModel", "By when"), QT_TRANSLATE_NOOP("ActionsModel", "From"),
               QT_TRANSLATE_NOOP("ActionsModel", "Status"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Action] = []
        self.names: dict[int, str] = {}
        self.origin: dict[int, str] = {}

    def set_actions(self, meeting: Meeting, open_only: bool) -> None:
        self.beginResetModel()
        self.names = {p.id: p.name for p in meeting.participants}
        self.rows = [a for a in meeting.actions if not (open_only and a.done)]
        self.origin = {}
        for a in self.rows:
            d = next((d for d in meeting.decisions if d.id == a.decision_id), None)
            item = meeting.item(a.item_id)
            self.origin[a.id] = (self.tr("Decision: ") + d.proposal if d
                                 else self.tr("Item: ") + item.title if item else "")
        self.endResetModel()

    def cell(self, a: Action, column: int, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        return (a.what, ", ".join(self.names.get(o, "?") for o in a.owner_ids), a.due,
                self.origin.get(a.id, ""), self.tr("done") if a.done else self.tr("open")
                )[column]
