"""Table models of the series screens: the carried actions of the running meeting, and the
per-meeting and per-person figures of a series (read from the series report, which is
built from each meeting's own report)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from coprodesk.domain.model import ActionStatus
from coprodesk.domain.series import CarriedAction
from coprodesk.gui.rows_model import RowsModel

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


def status_words(status: ActionStatus | None) -> str:
    words = {ActionStatus.DONE: QT_TRANSLATE_NOOP("series", "Done"),
             ActionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("series", "In progress"),
             ActionStatus.DROPPED: QT_TRANSLATE_NOOP("series", "Dropped"),
             ActionStatus.NOT_YET: QT_TRANSLATE_NOOP("series", "Not yet"),
             None: QT_TRANSLATE_NOOP("series", "Not asked yet")}
    return QCoreApplication.translate("series", words[status])


def percent(x: float | None) -> str:
    return "–" if x is None else f"{x * 100:.0f}%"


@dataclass(frozen=True, slots=True)
class CarriedRow:
    carried: CarriedAction
    raised_by: str  # the name of who raised it at its own meeting, or ""
    owners: str

    @property
    def action_id(self) -> int:
        return self.carried.action.id


def carried_rows(carried: list[CarriedAction]) -> list[CarriedRow]:
    rows = []
    for c in carried:
        m = c.from_meeting
        raiser = m.participant(c.raised_by_id) if c.raised_by_id is not None else None
        owners = ", ".join(p.name for p in (m.participant(o) for o in c.action.owner_ids) if p)
        rows.append(CarriedRow(c, raiser.name if raiser else "", owners))
    return rows


class CarriedModel(RowsModel):
    """One row per carried action: what, where it came from, who raised it, what happened here."""

    WHAT, FROM, RAISED, OUTCOME, NOTE = range(5)
    HEADERS = (QT_TRANSLATE_NOOP("CarriedModel", "Action"), QT_TRANSLATE_NOOP("CarriedModel", "From"),
               QT_TRANSLATE_NOOP("CarriedModel", "Raised by"), QT_TRANSLATE_NOOP("CarriedModel", "Here"),
               QT_TRANSLATE_NOOP("CarriedModel", "Result or reason"))

    def cell(self, row: CarriedRow, col: int, role: int) -> Any:
        c = row.carried
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == self.WHAT:
                text = c.action.what
                if row.owners:
                    text += "\n" + QCoreApplication.translate("series", "Owner: {who}").format(who=row.owners)
                return text
            if col == self.FROM:
                text = f"{c.from_meeting.title} ({c.from_meeting.date})" if c.from_meeting.date \
                    else c.from_meeting.title
                if c.decision:
                    text += "\n" + QCoreApplication.translate("series", "Decision: {d}").format(d=c.decision)
                return text
            if col == self.RAISED:
                return row.raised_by or QCoreApplication.translate("series", "(not recorded)")
            if col == self.OUTCOME:
                return status_words(c.status)
            return c.note
        if role == Qt.ItemDataRole.ToolTipRole and c.history:
            return QCoreApplication.translate("series", "Earlier: {h}").format(
                h="; ".join(status_words(u.status) + (f" ({u.note})" if u.note else "")
                            for u in c.history))
        if role == Qt.ItemDataRole.FontRole and col == self.OUTCOME and c.status is not None:
            from PySide6.QtGui import QFont

            f = QFont()
            f.setBold(c.status.closes)
            return f
        return None


class SeriesMeetingsModel(RowsModel):
    """One row per meeting of a series; one share column per stakeholder group."""

    FIXED = (QT_TRANSLATE_NOOP("series", "Date"), QT_TRANSLATE_NOOP("series", "Meeting"),
             QT_TRANSLATE_NOOP("series", "Present"), QT_TRANSLATE_NOOP("series", "By group"),
             QT_TRANSLATE_NOOP("series", "New"), QT_TRANSLATE_NOOP("series", "Balance"),
             QT_TRANSLATE_NOOP("series", "Joint"), QT_TRANSLATE_NOOP("series", "Actions closed"))
    TIPS = ("", "", QT_TRANSLATE_NOOP("series", "Counted participants who were in the room"),
            QT_TRANSLATE_NOOP("series", "Present, by stakeholder group"),
            QT_TRANSLATE_NOOP("series", "First time at a meeting of this series (linked person, never matched by name)"),  # noqa: E501
            QT_TRANSLATE_NOOP("series", "Balance index: 1 everyone equal, 0 one voice only"),
            QT_TRANSLATE_NOOP("series", "Decisions agreed and endorsed by every group present, of all decisions"),  # noqa: E501
            QT_TRANSLATE_NOOP("series", "Carried actions closed here as done or dropped, of all carried in"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.group_columns: list[tuple[str, str]] = []  # (name, label)

    def set_report(self, report: dict[str, Any], labels: dict[str, str]) -> None:
        self.beginResetModel()
        self.rows = list(report["meetings"])
        names: list[str] = []
        for m in self.rows:
            for g in m["groups"]:
                if g["name"] not in names:
                    names.append(g["name"])
        self.group_columns = [(n, labels.get(n, n)) for n in names]
        self.endResetModel()

    def right_aligned(self, column: int) -> bool:
        return column not in (1, 3, 4)  # all but the title and the lists of names

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.FIXED) + len(self.group_columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section < len(self.FIXED):
                return QCoreApplication.translate("series", self.FIXED[section])
            name, label = self.group_columns[section - len(self.FIXED)]
            return QCoreApplication.translate("series", "{label} (fair)").format(label=label)
        if role == Qt.ItemDataRole.ToolTipRole and section < len(self.FIXED) and self.TIPS[section]:
            return QCoreApplication.translate("series", self.TIPS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section >= len(self.FIXED):
            name, _label = self.group_columns[section - len(self.FIXED)]
            return QCoreApplication.translate(
                "series", "{name}: share of speaking time, and its fair share in brackets").format(name=name)
        return None

    def cell(self, m: dict[str, Any], col: int, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        translate = QCoreApplication.translate  # lupdate reads translate("Context", "…")
        if col == 0:
            return m["date"]
        if col == 1:
            return m["title"]
        if col == 2:
            return str(m["attendance_total"])
        if col == 3:
            labels = dict(self.group_columns)
            return " · ".join(f"{labels.get(n, n)} {k}" for n, k in m["attendance"].items())
        if col == 4:
            return ", ".join(m["first_time"]) if m["first_time"] else translate("series", "none")
        if col == 5:
            return f"{m['balance_index']:.2f}"
        if col == 6:
            return translate("series", "{j} of {n}").format(j=m["joint_decisions"], n=m["decisions"]) \
                if m["decisions"] else translate("series", "none")
        if col == 7:
            return translate("series", "{j} of {n}").format(j=m["carried_actions_closed"],
                                                            n=m["carried_actions"]) \
                if m["carried_actions"] else translate("series", "none")
        name, _label = self.group_columns[col - len(self.FIXED)]
        g = next((g for g in m["groups"] if g["name"] == name), None)
        if g is None:
            return "–"
        return f"{percent(g['share'])} ({percent(g['fair_share'])})"


class SeriesPeopleModel(RowsModel):
    """One row per person who agreed to be named: meetings attended, first, latest, trend."""

    HEADERS = (QT_TRANSLATE_NOOP("SeriesPeopleModel", "Person"),
               QT_TRANSLATE_NOOP("SeriesPeopleModel", "Group"),
               QT_TRANSLATE_NOOP("SeriesPeopleModel", "Meetings"),
               QT_TRANSLATE_NOOP("SeriesPeopleModel", "First"),
               QT_TRANSLATE_NOOP("SeriesPeopleModel", "Latest"),
               QT_TRANSLATE_NOOP("SeriesPeopleModel", "Share of speaking (fair share), by meeting"))
    FIGURES = frozenset({2})  # meetings attended

    def set_report(self, report: dict[str, Any]) -> None:
        self.set_rows(report["people"])

    def cell(self, p: dict[str, Any], col: int, role: int) -> Any:
        if role == SORT_ROLE:
            return (p["name"].lower(), p["group"].lower(), p["meetings_attended"], p["first"] or "",
                    p["latest"] or "", sum(s or 0 for s in p["shares"]))[col]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        fair = p.get("fair_shares") or [None] * len(p["shares"])
        shares = "  →  ".join("absent" if s is None else f"{percent(s)} ({percent(f)})"
                              for s, f in zip(p["shares"], fair, strict=False))
        return (p["name"], p["group"], str(p["meetings_attended"]), p["first"] or "–",
                p["latest"] or "–", shares)[col]
