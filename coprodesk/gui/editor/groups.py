"""Stakeholder groups tab: add, rename, relabel, recolour, reorder, remove."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from coprodesk.domain.limits import LABEL_MAX, NAME_MAX
from coprodesk.domain.model import PALETTE, Meeting, StakeholderGroup
from coprodesk.gui.editing import Editing
from coprodesk.gui.editor.base import MeetingRowsModel
from coprodesk.gui.editor.delegates import ChoiceDelegate, LimitedTextDelegate
from coprodesk.gui.forms.ui_editor_groups import Ui_GroupsTab
from coprodesk.gui.labels import colour_name
from coprodesk.gui.undo import AddGroup, RemoveGroup, Reorder, set_group_field


class GroupsModel(MeetingRowsModel):
    LABEL, NAME, COLOUR, PEOPLE = range(4)
    FIGURES = frozenset({PEOPLE})
    HEADERS = (QT_TRANSLATE_NOOP("GroupsModel", "Label"), QT_TRANSLATE_NOOP("GroupsModel", "Name"),
               QT_TRANSLATE_NOOP("GroupsModel", "Colour"), QT_TRANSLATE_NOOP("GroupsModel", "People"))
    EDITABLE = frozenset({LABEL, NAME, COLOUR})

    def rows_of(self, meeting: Meeting) -> tuple:
        return meeting.groups

    def cell(self, g: StakeholderGroup, column: int, role: int) -> Any:
        display = role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
        if column == self.LABEL:
            if display or role == Qt.ItemDataRole.EditRole:
                return g.label
            if role == Qt.ItemDataRole.DecorationRole:
                return QColor(g.colour)
        elif column == self.NAME:
            if display or role == Qt.ItemDataRole.EditRole:
                return g.name
        elif column == self.COLOUR:
            if display:
                return colour_name(g.colour)
            if role == Qt.ItemDataRole.EditRole:
                return g.colour
            if role == Qt.ItemDataRole.DecorationRole:
                return QColor(g.colour)
        elif column == self.PEOPLE:
            n = sum(1 for p in self.meeting.participants if p.group_id == g.id)
            if display:
                return str(n)
        return None


class MoveKeys(QObject):
    """Alt+Up / Alt+Down on a table moves the selected row."""

    def __init__(self, move, parent: QObject) -> None:
        super().__init__(parent)
        self.move = move

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                event.modifiers() == Qt.KeyboardModifier.AltModifier and \
                event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return False


class GroupsTab(QWidget):
    def __init__(self, editing: Editing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_GroupsTab()
        self.ui.setupUi(self)
        self.editing = editing
        self.meeting: Meeting | None = None
        self.model = GroupsModel(self)
        self.model.edit_handler = self._edit
        view = self.ui.groupsView
        view.setModel(self.model)
        view.setItemDelegateForColumn(GroupsModel.COLOUR, ChoiceDelegate(
            lambda: [(colour_name(c), c) for c in PALETTE], self.tr("Group colour"), view))
        view.setItemDelegateForColumn(GroupsModel.NAME, LimitedTextDelegate(NAME_MAX, view))
        view.setItemDelegateForColumn(GroupsModel.LABEL, LimitedTextDelegate(LABEL_MAX, view))
        self.ui.nameEdit.setMaxLength(NAME_MAX)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(GroupsModel.NAME, QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().setVisible(False)
        view.installEventFilter(MoveKeys(self.move_selected, view))
        self.ui.addButton.clicked.connect(self.add_group)
        self.ui.nameEdit.returnPressed.connect(self.add_group)
        self.ui.labelEdit.returnPressed.connect(self.add_group)
        self.ui.removeButton.clicked.connect(self.remove_selected)
        self.ui.upButton.clicked.connect(lambda: self.move_selected(-1))
        self.ui.downButton.clicked.connect(lambda: self.move_selected(1))

    def set_meeting(self, meeting: Meeting | None) -> None:
        self.meeting = meeting
        self.model.set_meeting(meeting)

    def selected(self) -> StakeholderGroup | None:
        idx = self.ui.groupsView.currentIndex()
        return self.model.rows[idx.row()] if idx.isValid() else None

    def add_group(self) -> None:
        name = self.ui.nameEdit.text().strip()
        if not name or self.meeting is None:
            self.ui.nameEdit.setFocus()
            return
        label = self.ui.labelEdit.text().strip()
        if self.editing.push(AddGroup(self.editing, self.meeting.id, name, label,
                                      self.tr("Add group %1").replace("%1", name))):
            self.ui.nameEdit.clear()
            self.ui.labelEdit.clear()
            self.ui.nameEdit.setFocus()

    def remove_selected(self) -> None:
        g = self.selected()
        if g is not None:
            self.editing.push(RemoveGroup(self.editing, self.meeting.id, g,
                                          self.tr("Remove group %1").replace("%1", g.name)))

    def move_selected(self, step: int) -> None:
        g = self.selected()
        if g is None:
            return
        ids = [x.id for x in self.model.rows]
        row = ids.index(g.id)
        to = row + step
        if not 0 <= to < len(ids):
            return
        new = ids[:]
        new.insert(to, new.pop(row))
        column = self.ui.groupsView.currentIndex().column()
        if self.editing.push(Reorder(self.editing, self.meeting.id, "groups", ids, new,
                                     self.tr("Move group %1").replace("%1", g.name))):
            self.ui.groupsView.setCurrentIndex(self.model.index(to, max(0, column)))

    def _edit(self, g: StakeholderGroup, column: int, value: Any) -> bool:
        field = {GroupsModel.LABEL: "label", GroupsModel.NAME: "name",
                 GroupsModel.COLOUR: "colour"}.get(column)
        if field is None:
            return False
        value = str(value).strip()
        old = getattr(g, field)
        if value == old:
            return False
        text = {"label": self.tr("Relabel group %1"), "name": self.tr("Rename group %1"),
                "colour": self.tr("Recolour group %1")}[field].replace("%1", g.name)
        return self.editing.push(set_group_field(self.editing, self.meeting.id, g.id, field, old,
                                                 value, text))
