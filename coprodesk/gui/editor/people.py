"""People tab: add and edit inline, import from CSV, remove."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QWidget

from coprodesk.domain.balance import floor_times
from coprodesk.domain.limits import NAME_MAX
from coprodesk.domain.model import Meeting, MeetingStatus, Participant, Role
from coprodesk.gui import settings_keys
from coprodesk.gui.editing import Editing
from coprodesk.gui.editor.base import MeetingRowsModel
from coprodesk.gui.editor.delegates import ChoiceDelegate, LimitedTextDelegate
from coprodesk.gui.forms.ui_editor_people import Ui_PeopleTab
from coprodesk.gui.labels import role_name
from coprodesk.gui.undo import AddPeople, RemovePerson, set_person_field
from coprodesk.importers.people import PeopleImportError, parse_people_csv
from coprodesk.store.errors import StoreError


class PeopleModel(MeetingRowsModel):
    NAME, GROUP, ROLE, NAMED, PSEUDONYM, ACCESS = range(6)
    HEADERS = (QT_TRANSLATE_NOOP("PeopleModel", "Name"), QT_TRANSLATE_NOOP("PeopleModel", "Group"),
               QT_TRANSLATE_NOOP("PeopleModel", "Role"),
               QT_TRANSLATE_NOOP("PeopleModel", "Named in minutes"),
               QT_TRANSLATE_NOOP("PeopleModel", "Pseudonym"),
               QT_TRANSLATE_NOOP("PeopleModel", "Access needs"))
    EDITABLE = frozenset({NAME, GROUP, ROLE, PSEUDONYM, ACCESS})

    def rows_of(self, meeting: Meeting) -> tuple:
        return meeting.participants

    def flags(self, index) -> Qt.ItemFlag:
        f = super().flags(index)
        if index.isValid() and index.column() == self.NAMED:
            f |= Qt.ItemFlag.ItemIsUserCheckable
        return f

    def cell(self, p: Participant, column: int, role: int) -> Any:
        display = role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
        edit = role == Qt.ItemDataRole.EditRole
        if column == self.NAME and (display or edit):
            return p.name
        if column == self.GROUP:
            g = self.meeting.group(p.group_id)
            if display:
                return f"{g.label} · {g.name}" if g else ""
            if edit:
                return p.group_id
            if role == Qt.ItemDataRole.DecorationRole and g:
                return QColor(g.colour)
        if column == self.ROLE:
            if display:
                return role_name(p.role)
            if edit:
                return p.role.value
        if column == self.NAMED:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if p.named_in_minutes else Qt.CheckState.Unchecked
            if display:
                return self.tr("Named") if p.named_in_minutes else \
                    self.tr("As %1").replace("%1", p.public_name)
        if column == self.PSEUDONYM and (display or edit):
            return p.pseudonym
        if column == self.ACCESS and (display or edit):
            return p.access_needs
        return None


class PeopleTab(QWidget):
    def __init__(self, editing: Editing, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PeopleTab()
        self.ui.setupUi(self)
        self.editing = editing
        self.settings = settings
        self.meeting: Meeting | None = None
        self.model = PeopleModel(self)
        self.model.edit_handler = self._edit
        view = self.ui.peopleView
        view.setModel(self.model)
        view.setItemDelegateForColumn(PeopleModel.GROUP, ChoiceDelegate(
            lambda: [(f"{g.label} · {g.name}", g.id) for g in self.meeting.groups],
            self.tr("Group"), view))
        view.setItemDelegateForColumn(PeopleModel.ROLE, ChoiceDelegate(
            lambda: [(role_name(r), r.value) for r in Role], self.tr("Role"), view))
        for column in (PeopleModel.NAME, PeopleModel.PSEUDONYM):
            view.setItemDelegateForColumn(column, LimitedTextDelegate(NAME_MAX, view))
        self.ui.nameEdit.setMaxLength(NAME_MAX)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in ((PeopleModel.NAME, 200), (PeopleModel.GROUP, 250), (PeopleModel.ROLE, 120),
                           (PeopleModel.NAMED, 170), (PeopleModel.PSEUDONYM, 130)):
            view.setColumnWidth(col, width)
        view.verticalHeader().setVisible(False)
        for r in Role:
            self.ui.roleCombo.addItem(role_name(r), r.value)
        self.ui.roleCombo.setCurrentIndex(list(Role).index(Role.PARTICIPANT))
        self.ui.addButton.clicked.connect(self.add_person)
        self.ui.nameEdit.returnPressed.connect(self.add_person)
        self.ui.removeButton.clicked.connect(self.remove_selected)
        self.ui.importButton.clicked.connect(self.choose_csv)
        self.file_dialog: QFileDialog | None = None

    def set_meeting(self, meeting: Meeting | None) -> None:
        self.meeting = meeting
        self.model.set_meeting(meeting)
        combo = self.ui.groupCombo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for g in meeting.groups if meeting else ():
            combo.addItem(f"{g.label} · {g.name}", g.id)
        pos = combo.findData(current)
        combo.setCurrentIndex(pos if pos >= 0 else 0)
        combo.blockSignals(False)
        n = len(meeting.participants) if meeting else 0
        self.ui.countLabel.setText(self.tr("%n people", "", n) if n != 1 else self.tr("1 person"))

    def add_person(self) -> None:
        name = self.ui.nameEdit.text().strip()
        if not name or self.meeting is None:
            self.ui.nameEdit.setFocus()
            return
        group = self.meeting.group(self.ui.groupCombo.currentData())
        if group is None:
            return
        role = Role(self.ui.roleCombo.currentData())
        same = next((p for p in self.meeting.participants
                     if p.name.casefold() == name.casefold()), None)
        if same is None:
            self._add(name, group, role)
            return
        other = self.meeting.group(same.group_id)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Same person twice?"),
                          self.tr("“%1” is already in this meeting (%2).").replace("%1", same.name)
                          .replace("%2", other.name if other else "?"), parent=self)
        box.setInformativeText(self.tr("Two people with the same name? Add a second one, perhaps "
                                       "with an initial to tell them apart."))
        add = box.addButton(self.tr("Add a second %1").replace("%1", name),
                            QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def done(_result: int) -> None:
            self.message_box = None
            if box.clickedButton() is add:
                self._add(name, group, role)
            else:
                self.ui.nameEdit.setFocus()
                self.ui.nameEdit.selectAll()

        box.finished.connect(done)
        self.message_box = box
        box.open()

    def _add(self, name: str, group, role: Role) -> None:
        if self.editing.push(AddPeople(self.editing, self.meeting.id, [(1, name, group.name, role)],
                                       self.tr("Add %1").replace("%1", name))):
            self.ui.nameEdit.clear()
            self.ui.nameEdit.setFocus()
            self.ui.peopleView.scrollToBottom()

    def remove_selected(self) -> None:
        idx = self.ui.peopleView.currentIndex()
        if idx.isValid():
            p = self.model.rows[idx.row()]
            self.editing.push(RemovePerson(self.editing, self.meeting.id, p,
                                           self.tr("Remove %1").replace("%1", p.name)))

    def choose_csv(self) -> None:
        folder = str(self.settings.value(settings_keys.PEOPLE_IMPORT_DIR, str(Path.home())))
        dlg = QFileDialog(self, self.tr("Import people from CSV"), folder,
                          self.tr("CSV files (*.csv);;All files (*)"))
        dlg.setFileMode(QFileDialog.FileMode.ExistingFile)
        dlg.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.fileSelected.connect(lambda f: self.import_csv(Path(f)))
        self.file_dialog = dlg
        dlg.open()

    def import_csv(self, path: Path) -> bool:
        """Import people from ``path``: all or nothing, a bad line named in the message."""
        if self.meeting is None:
            return False
        self.settings.setValue(settings_keys.PEOPLE_IMPORT_DIR, str(path.parent))
        try:
            rows = parse_people_csv(path.read_text(encoding="utf-8"))
        except PeopleImportError as exc:
            self.editing.failed.emit(f"{path.name}, {exc}")
            return False
        except (OSError, UnicodeDecodeError) as exc:
            self.editing.failed.emit(self.tr("%1 cannot be read: %2").replace("%1", path.name)
                                     .replace("%2", str(getattr(exc, "strerror", None) or exc)))
            return False
        if not rows:
            self.editing.failed.emit(self.tr("%1 has nobody in it").replace("%1", path.name))
            return False
        text = self.tr("Import %n people", "", len(rows))
        return self.editing.push(AddPeople(self.editing, self.meeting.id,
                                           [(r.line, r.name, r.group, r.role) for r in rows], text))

    def _edit(self, p: Participant, column: int, value: Any) -> bool:
        m = PeopleModel
        if column == m.NAMED:
            field, new = "named_in_minutes", Qt.CheckState(value) == Qt.CheckState.Checked
        else:
            field = {m.NAME: "name", m.GROUP: "group_id", m.ROLE: "role", m.PSEUDONYM: "pseudonym",
                     m.ACCESS: "access_needs"}.get(column)
            if field is None:
                return False
            new = value.strip() if isinstance(value, str) else value
        old = getattr(p, field)
        if field == "role":
            old, new = p.role.value, Role(new).value
        if new == old:
            return False
        text = self.tr("Edit %1").replace("%1", p.name)
        command = set_person_field(self.editing, self.meeting.id, p.id, field, old, new, text)
        change = self._rewrites_history(p, field, new)
        if change is None:
            return self.editing.push(command)
        self._ask_before_rewriting(p, change, command)
        return False

    def _rewrites_history(self, p: Participant, field: str, new: Any) -> str | None:
        """What moving someone who has spoken (to another group, in or out of the observers)
        changes in the record, in one sentence; None when it changes nothing said."""
        m = self.meeting
        spoken_ms = floor_times(m.turns, m.ended_ms or max(
            (t.end_ms or t.start_ms for t in m.turns), default=0)).get(p.id, 0)
        if spoken_ms <= 0 or field not in ("group_id", "role"):
            return None
        spoken = f"{spoken_ms // 60_000}:{spoken_ms // 1000 % 60:02d}"
        if field == "group_id":
            g = m.group(new)
            return self.tr("%1's %2 will count for %3: group shares, the balance and whether "
                           "decisions were joint can change.").replace("%1", p.name) \
                .replace("%2", spoken).replace("%3", g.name if g else "?")
        observer_before, observer_after = p.role is Role.OBSERVER, Role(new) is Role.OBSERVER
        if observer_before == observer_after:
            return None
        if observer_after:
            return self.tr("%1's %2 will no longer count: as an observer, shares, fair shares and "
                           "the balance leave them out.").replace("%1", p.name).replace("%2", spoken)
        return self.tr("%1's %2 will count again: shares, fair shares and the balance include "
                       "them.").replace("%1", p.name).replace("%2", spoken)

    def _ask_before_rewriting(self, p: Participant, change: str, command) -> None:
        closed = self.meeting.status is MeetingStatus.CLOSED
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Change what was recorded?"),
                          change, parent=self)
        if closed:
            box.setInformativeText(self.tr("The meeting is closed: a correction note is kept "
                                           "and the minutes print it."))
        apply = box.addButton(self.tr("Change it"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        mid = self.meeting.id

        def done(_result: int) -> None:
            self.message_box = None
            if box.clickedButton() is not apply or not self.editing.push(command):
                return
            if closed:
                from coprodesk.store.signing import record_correction

                try:
                    record_correction(self.editing.store, mid, f"Correction: {change}",
                                      int(time.time() * 1000))
                except StoreError as exc:
                    self.editing.failed.emit(exc.message)

        box.finished.connect(done)
        self.message_box = box
        box.open()
