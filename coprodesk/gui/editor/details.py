"""Details tab: title, purpose, date and times, place and ground rules."""

from __future__ import annotations

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QWidget

from coprodesk.domain.limits import TEXT_MAX, TITLE_MAX
from coprodesk.domain.model import Meeting
from coprodesk.gui.forms.ui_editor_details import Ui_DetailsTab
from coprodesk.gui.undo import Editing, set_meeting_field


class DetailsTab(QWidget):
    def __init__(self, editing: Editing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DetailsTab()
        self.ui.setupUi(self)
        self.editing = editing
        self.meeting: Meeting | None = None
        ui = self.ui
        ui.titleEdit.setMaxLength(TITLE_MAX)  # the format's limits: what is typed can be exported
        ui.placeEdit.setMaxLength(TITLE_MAX)
        ui.titleEdit.textEdited.connect(lambda t: self._set("title", t, self.tr("Edit title")))
        ui.placeEdit.textEdited.connect(lambda t: self._set("place", t, self.tr("Edit place")))
        ui.purposeEdit.textChanged.connect(
            lambda: self._set("purpose", ui.purposeEdit.toPlainText(), self.tr("Edit purpose")))
        ui.rulesEdit.textChanged.connect(
            lambda: self._set("ground_rules", ui.rulesEdit.toPlainText(), self.tr("Edit ground rules")))
        ui.dateEdit.dateChanged.connect(
            lambda d: self._set("date", d.toString("yyyy-MM-dd"), self.tr("Change date")))
        ui.startEdit.timeChanged.connect(
            lambda t: self._set("start_time", t.toString("HH:mm"), self.tr("Change start time")))
        ui.endEdit.timeChanged.connect(
            lambda t: self._set("end_time", t.toString("HH:mm"), self.tr("Change end time")))
        self._loading = False

    def _set(self, field: str, value: str, text: str) -> None:
        if self._loading or self.meeting is None:
            return
        if len(value) > TEXT_MAX:  # a plain-text box has no maximum length of its own
            self.editing.failed.emit(self.tr("At most %1 characters are kept; the rest was not "
                                             "saved.").replace("%1", f"{TEXT_MAX:,}"))
            value = value[:TEXT_MAX]
        old = getattr(self.meeting, field)
        if old == value:
            return
        self.editing.push(set_meeting_field(self.editing, self.meeting.id, field, old, value, text))

    def set_meeting(self, meeting: Meeting | None) -> None:
        self.meeting = meeting
        if meeting is None:
            return
        ui = self._loading_ui()
        try:
            for edit, value in ((ui.titleEdit, meeting.title), (ui.placeEdit, meeting.place)):
                if edit.text() != value:
                    edit.setText(value)
            for edit, value in ((ui.purposeEdit, meeting.purpose), (ui.rulesEdit, meeting.ground_rules)):
                if edit.toPlainText() != value:
                    edit.setPlainText(value)
            date = QDate.fromString(meeting.date, "yyyy-MM-dd")
            if date.isValid() and ui.dateEdit.date() != date:
                ui.dateEdit.setDate(date)
            for edit, value in ((ui.startEdit, meeting.start_time), (ui.endEdit, meeting.end_time)):
                t = QTime.fromString(value, "HH:mm")
                if t.isValid() and edit.time() != t:
                    edit.setTime(t)
        finally:
            self._loading = False

    def _loading_ui(self) -> Ui_DetailsTab:
        self._loading = True
        return self.ui
