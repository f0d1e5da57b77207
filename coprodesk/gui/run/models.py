"""Qt models of the run view, over values the session gives."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from coprodesk.domain.model import HandKind, QueuePolicy

PARTICIPANT_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("RunView", text)


# lupdate reads translate("Context", "literal") calls; _tr is for texts held elsewhere
translate = QCoreApplication.translate


def policy_words(policy: QueuePolicy) -> str:
    return {QueuePolicy.FIRST_COME: translate("RunView", "First come"),
            QueuePolicy.NOT_YET_SPOKEN: translate("RunView", "Not yet spoken first"),
            QueuePolicy.LEAST_FLOOR_TIME: translate("RunView", "Least floor time first"),
            QueuePolicy.UNDER_REPRESENTED_GROUP: translate("RunView",
                                                           "Under-represented group first")}[policy]


@dataclass(frozen=True, slots=True)
class QueueRow:
    participant_id: int
    name: str
    group_label: str
    colour: str
    kind: HandKind


class QueueModel(QAbstractListModel):
    """Raised hands in the order they get the floor (the session orders them)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: tuple[QueueRow, ...] = ()

    def set_rows(self, rows: tuple[QueueRow, ...]) -> bool:
        if rows == self.rows:
            return False
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()
        return True

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = f"{index.row() + 1}. {r.name} ({r.group_label})"
            if r.kind is HandKind.CLARIFICATION:
                text += " — " + translate("RunView", "clarification")
            elif r.kind is HandKind.POINT_OF_ORDER:
                text += " — " + translate("RunView", "point of order")
            return text
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(r.colour)
        if role == PARTICIPANT_ROLE:
            return r.participant_id
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
