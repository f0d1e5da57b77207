"""Agenda tab: items with kind, leads and planned minutes; reorder by drag and drop
or Alt+Up/Down; a footer with the planned total and the projected end."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QMessageBox, QWidget

from coprodesk.domain.limits import TITLE_MAX
from coprodesk.domain.model import AgendaItem, ItemKind, Meeting
from coprodesk.domain.plan import agenda_plan, clock_text, duration_text
from coprodesk.gui import colours
from coprodesk.gui.editing import Editing
from coprodesk.gui.editor.base import MeetingRowsModel
from coprodesk.gui.editor.delegates import ChoiceDelegate, LimitedTextDelegate
from coprodesk.gui.editor.groups import MoveKeys
from coprodesk.gui.forms.ui_editor_agenda import Ui_AgendaTab
from coprodesk.gui.inner_names import name_inner_parts
from coprodesk.gui.labels import kind_name
from coprodesk.gui.undo import AddItem, RemoveItem, Reorder, set_item_field

ITEM_MIME = "application/x-coprodesk-agenda-item"
OVERRUN_COLOUR = "@bad"  # red, always with the words and a sign, never alone (gui/colours.py)
ON_TIME_COLOUR = "@good"


class AgendaModel(MeetingRowsModel):
    NUMBER, TITLE, KIND, MINUTES, LEADS = range(5)
    FIGURES = frozenset({MINUTES})
    HEADERS = (QT_TRANSLATE_NOOP("AgendaModel", "#"), QT_TRANSLATE_NOOP("AgendaModel", "Title"),
               QT_TRANSLATE_NOOP("AgendaModel", "Kind"), QT_TRANSLATE_NOOP("AgendaModel", "Minutes"),
               QT_TRANSLATE_NOOP("AgendaModel", "Leads"))
    EDITABLE = frozenset({TITLE, KIND, MINUTES})
    move_requested = Signal(int, int)  # item id, row to insert before

    def rows_of(self, meeting: Meeting) -> tuple:
        return meeting.items

    def cell(self, item: AgendaItem, column: int, role: int) -> Any:
        display = role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
        edit = role == Qt.ItemDataRole.EditRole
        if column == self.NUMBER and display:
            return str(self.rows.index(item) + 1)
        if column == self.TITLE and (display or edit):
            return item.title
        if column == self.KIND:
            if display:
                return kind_name(item.kind)
            if edit:
                return item.kind.value
        if column == self.MINUTES:
            if display:
                return self.tr("%1 min").replace("%1", str(-(-item.planned_s // 60)))
            if edit:
                return item.planned_s // 60
        if column == self.LEADS and display:
            if item.kind is ItemKind.BREAK:
                return self.tr("(no speaking)")
            names = [p.name for i in item.lead_ids if (p := self.meeting.participant(i))]
            return ", ".join(names)
        if role == Qt.ItemDataRole.ForegroundRole and item.kind is ItemKind.BREAK:
            return QColor(colours.current().muted)
        return None

    # drag and drop: the view's drop becomes a move request (an undo command), never a
    # removal and insertion done by the view itself
    def flags(self, index) -> Qt.ItemFlag:
        f = super().flags(index)
        if index.isValid():
            return f | Qt.ItemFlag.ItemIsDragEnabled
        return f | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ITEM_MIME]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(ITEM_MIME, QByteArray(str(self.rows[rows[0]].id).encode()))
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return data.hasFormat(ITEM_MIME)

    def dropMimeData(self, data, action, row, column, parent: QModelIndex) -> bool:
        if not data.hasFormat(ITEM_MIME):
            return False
        item_id = int(bytes(data.data(ITEM_MIME).data()).decode())
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.rows)
        self.move_requested.emit(item_id, row)
        # False: the move is done by the undo command; the view must not remove rows itself.
        return False


class AgendaTab(QWidget):
    def __init__(self, editing: Editing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AgendaTab()
        self.ui.setupUi(self)
        name_inner_parts(self)  # Qt's own parts: date fields, clear and corner buttons
        self.editing = editing
        self.meeting: Meeting | None = None
        self.model = AgendaModel(self)
        self.model.edit_handler = self._edit
        self.model.move_requested.connect(self.move_item_to)
        view = self.ui.agendaView
        view.setModel(self.model)
        view.setItemDelegateForColumn(AgendaModel.KIND, ChoiceDelegate(
            lambda: [(kind_name(k), k.value) for k in ItemKind], self.tr("Kind"), view))
        view.setItemDelegateForColumn(AgendaModel.TITLE, LimitedTextDelegate(TITLE_MAX, view))
        self.ui.titleEdit.setMaxLength(TITLE_MAX)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AgendaModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AgendaModel.LEADS, QHeaderView.ResizeMode.Interactive)
        view.setColumnWidth(AgendaModel.LEADS, 220)
        view.verticalHeader().setVisible(False)
        view.installEventFilter(MoveKeys(self.move_selected, view))
        for k in ItemKind:
            self.ui.kindCombo.addItem(kind_name(k), k.value)
        self.ui.kindCombo.setCurrentIndex(list(ItemKind).index(ItemKind.DISCUSSION))
        self.ui.addButton.clicked.connect(self.add_item)
        self.ui.titleEdit.returnPressed.connect(self.add_item)
        self.ui.removeButton.clicked.connect(self.remove_selected)
        self.ui.upButton.clicked.connect(lambda: self.move_selected(-1))
        self.ui.downButton.clicked.connect(lambda: self.move_selected(1))
        view.selectionModel().currentRowChanged.connect(lambda *_: self._fill_leads())
        self.ui.leadsList.itemChanged.connect(self._lead_toggled)
        self._filling = False

    def set_meeting(self, meeting: Meeting | None) -> None:
        self.meeting = meeting
        self.model.set_meeting(meeting)
        self._fill_leads()
        self._show_plan()

    def selected(self) -> AgendaItem | None:
        idx = self.ui.agendaView.currentIndex()
        return self.model.rows[idx.row()] if idx.isValid() and idx.row() < len(self.model.rows) else None

    # --- footer ----------------------------------------------------------------------
    def _show_plan(self) -> None:
        ui = self.ui
        if self.meeting is None:
            return
        plan = agenda_plan(self.meeting)
        n = len(self.meeting.items)
        total = self.tr("%n items", "", n) if n != 1 else self.tr("1 item")
        total += " · " + self.tr("planned %1").replace("%1", duration_text(plan.total_s))
        if plan.break_s:
            total += " " + self.tr("(breaks %1)").replace("%1", duration_text(plan.break_s))
        ui.totalLabel.setText(total)
        over = plan.overrun_min
        if plan.projected_end_min is None:
            text, colour = self.tr("Set a start time to see when the meeting will end."), ""
        elif over is None:
            text = self.tr("Projected end %1.").replace("%1", clock_text(plan.projected_end_min))
            colour = ""
        elif over > 0:
            text = self.tr("⚠ Overruns by %1: projected end %2, the meeting ends at %3.") \
                .replace("%1", duration_text(over * 60)) \
                .replace("%2", clock_text(plan.projected_end_min)).replace("%3", clock_text(plan.end_min))
            colour = OVERRUN_COLOUR
        elif over == 0:
            text = self.tr("✓ Ends on time: projected end %1.").replace(
                "%1", clock_text(plan.projected_end_min))
            colour = ON_TIME_COLOUR
        else:
            text = self.tr("✓ Fits: projected end %1, %2 before the end at %3.") \
                .replace("%1", clock_text(plan.projected_end_min)) \
                .replace("%2", duration_text(-over * 60)).replace("%3", clock_text(plan.end_min))
            colour = ON_TIME_COLOUR
        ui.projectionLabel.setText(text)
        ui.projectionLabel.setAccessibleName(text)
        bold = "font-weight: bold;" if (over or 0) > 0 else ""
        ui.projectionLabel.setStyleSheet(colours.style(f"color: {colour}; {bold}") if colour else "")
        ui.footer.setProperty("overrun", bool(plan.overruns))
        ui.footer.setStyleSheet(
            colours.style(f"QFrame#footer {{ border: 2px solid {OVERRUN_COLOUR}; background: @warn_bg; }}")
            if plan.overruns else "")

    # --- leads -----------------------------------------------------------------------
    def _fill_leads(self) -> None:
        lst = self.ui.leadsList
        item = self.selected()
        self._filling = True
        try:
            lst.clear()
            lst.setEnabled(item is not None and item.kind is not ItemKind.BREAK)
            if item is None or self.meeting is None:
                return
            for p in self.meeting.participants:
                g = self.meeting.group(p.group_id)
                row = QListWidgetItem(f"{p.name} ({g.label})" if g else p.name)
                row.setData(Qt.ItemDataRole.UserRole, p.id)
                row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                row.setCheckState(Qt.CheckState.Checked if p.id in item.lead_ids
                                  else Qt.CheckState.Unchecked)
                lst.addItem(row)
        finally:
            self._filling = False

    def _lead_toggled(self, row: QListWidgetItem) -> None:
        item = self.selected()
        if self._filling or item is None:
            return
        pid = row.data(Qt.ItemDataRole.UserRole)
        leads = [i for i in item.lead_ids if i != pid]
        if row.checkState() == Qt.CheckState.Checked:
            leads.append(pid)
        self.editing.push(set_item_field(self.editing, self.meeting.id, item.id, "lead_ids",
                                         item.lead_ids, tuple(leads),
                                         self.tr("Change leads of %1").replace("%1", item.title)))

    # --- editing ---------------------------------------------------------------------
    def add_item(self) -> None:
        title = self.ui.titleEdit.text().strip()
        if not title or self.meeting is None:
            self.ui.titleEdit.setFocus()
            return
        kind = ItemKind(self.ui.kindCombo.currentData())
        if self.editing.push(AddItem(self.editing, self.meeting.id, title, kind,
                                     self.ui.minutesSpin.value() * 60,
                                     self.tr("Add item %1").replace("%1", title))):
            self.ui.titleEdit.clear()
            self.ui.titleEdit.setFocus()

    def remove_selected(self) -> None:
        """Remove the selected item; one that has speaking turns asks first, saying what
        becomes of its floor time (undo brings the item back with its turns)."""
        item = self.selected()
        if item is None:
            return
        turns = [t for t in self.meeting.turns if t.item_id == item.id]
        if not turns:
            self._remove(item)
            return
        floor_s = sum(t.duration_ms(t.end_ms or t.start_ms) for t in turns) // 1000
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Remove agenda item"),
                          self.tr("Remove “%1”?").replace("%1", item.title), parent=self)
        box.setInformativeText(
            self.tr("It has %n speaking turns, %1 of floor time. They stay in the meeting's "
                    "totals and the minutes, but no longer count for any agenda item. Undo "
                    "(Ctrl+Z) brings the item back with its turns.", "", len(turns))
            .replace("%1", f"{floor_s // 60}:{floor_s % 60:02d}"))
        remove = box.addButton(self.tr("Remove the item"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def done(_result: int) -> None:
            self.message_box = None
            if box.clickedButton() is remove:
                self._remove(item)

        box.finished.connect(done)
        self.message_box = box
        box.open()

    def _remove(self, item: AgendaItem) -> None:
        self.editing.push(RemoveItem(self.editing, self.meeting.id, item,
                                     self.tr("Remove item %1").replace("%1", item.title)))

    def move_selected(self, step: int) -> None:
        item = self.selected()
        if item is None:
            return
        row = self.model.row_of(item.id)
        to = row + step
        if 0 <= to < len(self.model.rows):
            self.move_item_to(item.id, to + 1 if step > 0 else to)

    def move_item_to(self, item_id: int, before_row: int) -> None:
        """Move an item so that it stands before the item now at ``before_row``."""
        ids = [i.id for i in self.model.rows]
        if item_id not in ids:
            return
        row = ids.index(item_id)
        new = ids[:]
        new.pop(row)
        target = before_row - (1 if before_row > row else 0)
        new.insert(max(0, min(target, len(new))), item_id)
        if new == ids:
            return
        title = self.model.rows[row].title
        column = max(0, self.ui.agendaView.currentIndex().column())
        if self.editing.push(Reorder(self.editing, self.meeting.id, "items", ids, new,
                                     self.tr("Move item %1").replace("%1", title))):
            self.ui.agendaView.setCurrentIndex(self.model.index(new.index(item_id), column))

    def _edit(self, item: AgendaItem, column: int, value: Any) -> bool:
        m = AgendaModel
        if column == m.TITLE:
            field, old, new = "title", item.title, str(value).strip()
            if not new:
                return False
        elif column == m.KIND:
            field, old, new = "kind", item.kind.value, ItemKind(value).value
        elif column == m.MINUTES:
            field, old, new = "planned_s", item.planned_s, max(0, int(value)) * 60
        else:
            return False
        if new == old:
            return False
        return self.editing.push(set_item_field(self.editing, self.meeting.id, item.id, field, old,
                                                new, self.tr("Edit item %1").replace("%1", item.title)))
