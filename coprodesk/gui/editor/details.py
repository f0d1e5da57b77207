"""Details tab: title, purpose, date and times, place and ground rules."""

from __future__ import annotations

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QLabel, QWidget

from coprodesk.domain.limits import TITLE_MAX
from coprodesk.domain.model import Meeting
from coprodesk.gui import colours
from coprodesk.gui.editing import Editing
from coprodesk.gui.forms.ui_editor_details import Ui_DetailsTab
from coprodesk.gui.inner_names import name_inner_parts
from coprodesk.gui.text_cap import cap_message, cap_text
from coprodesk.gui.undo import set_meeting_field


class DetailsTab(QWidget):
    def __init__(self, editing: Editing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DetailsTab()
        self.ui.setupUi(self)
        name_inner_parts(self)  # Qt's own parts: date fields, clear and corner buttons
        self.editing = editing
        self.meeting: Meeting | None = None
        ui = self.ui
        ui.titleEdit.setMaxLength(TITLE_MAX)  # the format's limits: what is typed can be exported
        ui.placeEdit.setMaxLength(TITLE_MAX)
        ui.titleEdit.textEdited.connect(self._title_typed)
        ui.titleEdit.editingFinished.connect(self._title_done)
        # typed dates: short month names and no weekday, so "Dec" or "12" is accepted
        ui.dateEdit.setDisplayFormat("d MMM yyyy")
        self.end_problem = QLabel(self)
        self.end_problem.setObjectName("endProblem")
        colours.themed(self.end_problem, "color: @bad; font-weight: bold;")
        self.end_problem.setAccessibleName(self.tr("Times problem"))
        self.end_problem.hide()
        ui.whenRow.addWidget(self.end_problem)
        ui.placeEdit.textEdited.connect(lambda t: self._set("place", t, self.tr("Edit place")))
        ui.purposeEdit.textChanged.connect(
            lambda: self._set_text(ui.purposeEdit, "purpose", self.tr("Edit purpose")))
        ui.rulesEdit.textChanged.connect(
            lambda: self._set_text(ui.rulesEdit, "ground_rules", self.tr("Edit ground rules")))
        ui.dateEdit.dateChanged.connect(
            lambda d: self._set("date", d.toString("yyyy-MM-dd"), self.tr("Change date")))
        ui.startEdit.timeChanged.connect(
            lambda t: self._set("start_time", t.toString("HH:mm"), self.tr("Change start time")))
        ui.endEdit.timeChanged.connect(
            lambda t: self._set("end_time", t.toString("HH:mm"), self.tr("Change end time")))
        for edit in (ui.startEdit, ui.endEdit):
            edit.timeChanged.connect(self._mark_times)
        self._loading = False

    def _title_typed(self, text: str) -> None:
        """An empty title is not saved (the meeting keeps its last one until a new one is
        typed, or it is named when the box is left)."""
        if text.strip():
            self._set("title", text, self.tr("Edit title"))

    def _title_done(self) -> None:
        if self.meeting is None or self.ui.titleEdit.text().strip():
            return
        title = self.tr("Untitled meeting %1").replace(
            "%1", self.meeting.date or QDate.currentDate().toString("yyyy-MM-dd"))
        self.ui.titleEdit.setText(title)
        self._set("title", title, self.tr("Edit title"))

    def _mark_times(self, *_args) -> None:
        """An end before the start is marked where it is typed (and kept: a meeting may run
        past midnight, the agenda projection says so)."""
        ui = self.ui
        wrong = ui.endEdit.time() <= ui.startEdit.time()
        self.end_problem.setText(self.tr("Ends before it starts") if wrong else "")
        self.end_problem.setVisible(wrong)
        ui.endEdit.setStyleSheet(colours.style("QTimeEdit { border: 2px solid @bad; }") if wrong else "")
        ui.endEdit.setAccessibleDescription(self.tr("Ends before it starts") if wrong else "")

    def _set(self, field: str, value: str, text: str) -> None:
        if self._loading or self.meeting is None:
            return
        old = getattr(self.meeting, field)
        if old == value:
            return
        self.editing.push(set_meeting_field(self.editing, self.meeting.id, field, old, value, text))

    def _set_text(self, edit, field: str, text: str) -> None:
        """A plain-text box has no maximum length of its own: cut what goes past the format's
        limit, say so once, and keep the rest."""
        if self._loading or self.meeting is None:
            return
        if cap_text(edit):
            self.editing.failed.emit(cap_message())
        self._set(field, edit.toPlainText(), text)

    def set_meeting(self, meeting: Meeting | None) -> None:
        self.meeting = meeting
        if meeting is None:
            return
        ui = self._loading_ui()
        try:
            def kept(field: str) -> bool:  # typed, waiting for the database: the box is the truth
                return self.editing.keeps(("meeting", meeting.id, field))

            for edit, field in ((ui.titleEdit, "title"), (ui.placeEdit, "place")):
                if edit.text() != getattr(meeting, field) and not kept(field):
                    edit.setText(getattr(meeting, field))
            for edit, field in ((ui.purposeEdit, "purpose"), (ui.rulesEdit, "ground_rules")):
                if edit.toPlainText() != getattr(meeting, field) and not kept(field):
                    edit.setPlainText(getattr(meeting, field))
            date = QDate.fromString(meeting.date, "yyyy-MM-dd")
            if date.isValid() and ui.dateEdit.date() != date:
                ui.dateEdit.setDate(date)
            for edit, value in ((ui.startEdit, meeting.start_time), (ui.endEdit, meeting.end_time)):
                t = QTime.fromString(value, "HH:mm")
                if t.isValid() and edit.time() != t:
                    edit.setTime(t)
        finally:
            self._loading = False
        self._mark_times()

    def _loading_ui(self) -> Ui_DetailsTab:
        self._loading = True
        return self.ui
