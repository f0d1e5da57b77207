"""The editor page: a meeting's header and its four tabs, reloaded after each change."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from coprodesk.domain.model import Meeting
from coprodesk.gui import settings_keys
from coprodesk.gui.editing import Editing
from coprodesk.gui.editor.agenda import AgendaTab
from coprodesk.gui.editor.details import DetailsTab
from coprodesk.gui.editor.groups import GroupsTab
from coprodesk.gui.editor.people import PeopleTab
from coprodesk.gui.forms.ui_editor_page import Ui_EditorPage
from coprodesk.gui.labels import status_name
from coprodesk.store import meetings as repo
from coprodesk.store.errors import StoreError


class EditorPage(QWidget):
    meeting_changed = Signal()  # the shown meeting (or its title) changed
    back_requested = Signal()
    start_requested = Signal()

    def __init__(self, editing: Editing, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EditorPage()
        self.ui.setupUi(self)
        self.editing = editing
        self.settings = settings
        self.meeting: Meeting | None = None
        self.details = DetailsTab(editing, self)
        self.groups = GroupsTab(editing, self)
        self.people = PeopleTab(editing, settings, self)
        self.agenda = AgendaTab(editing, self)
        tabs = self.ui.tabs
        tabs.addTab(self.details, self.tr("&Details"))
        tabs.addTab(self.groups, self.tr("Stakeholder &groups"))
        tabs.addTab(self.people, self.tr("&People"))
        tabs.addTab(self.agenda, self.tr("&Agenda"))
        self.decisions_host = QWidget(self)  # the decision panel, built per meeting
        QVBoxLayout(self.decisions_host).setContentsMargins(0, 0, 0, 0)
        self.decisions = None
        tabs.addTab(self.decisions_host, self.tr("Decisions and a&ctions"))
        tabs.tabBar().setAccessibleName(self.tr("Editor sections"))
        tabs.setCurrentIndex(int(settings.value(settings_keys.EDITOR_TAB, 0) or 0))
        tabs.currentChanged.connect(lambda i: self.settings.setValue(settings_keys.EDITOR_TAB, i))
        self.ui.backButton.clicked.connect(self.back_requested)
        self.ui.startButton.clicked.connect(self.start_requested)
        self.ui.titleLabel.setObjectName("meetingTitle")

    @property
    def meeting_id(self) -> int | None:
        return self.meeting.id if self.meeting else None

    def open_meeting(self, meeting_id: int) -> None:
        self.meeting = None
        self._show(repo.load_meeting(self.editing.store, meeting_id))

    def close_meeting(self) -> None:
        self.meeting = None

    def content_changed(self, meeting_id: int) -> None:
        """Reload when the shown meeting changed (the main window calls this first)."""
        if self.meeting is None or meeting_id != self.meeting.id:
            return
        try:
            meeting = repo.load_meeting(self.editing.store, meeting_id)
        except StoreError:
            meeting = None  # the meeting was removed (undo of "new meeting")
        self._show(meeting)

    def _show_decisions(self, meeting: Meeting | None) -> None:
        """Decisions stay editable after the meeting (same panel as in the run view)."""
        from coprodesk.gui.decisions.panel import DecisionPanel

        if self.decisions is not None and (meeting is None or self.decisions.meeting_id != meeting.id):
            self.decisions.deleteLater()
            self.decisions = None
        if meeting is None:
            return
        if self.decisions is None:
            self.decisions = DecisionPanel(self.editing.store, meeting.id, self.editing.stack_for(meeting.id),
                                           None, self.decisions_host)
            self.decisions_host.layout().addWidget(self.decisions)
            self.decisions.problem.connect(self.editing.failed)
            self.decisions.changed.connect(lambda: self.editing.notify(meeting.id))
        else:
            self.decisions.refresh()

    def _show(self, meeting: Meeting | None) -> None:
        self.meeting = meeting
        for tab in (self.details, self.groups, self.people, self.agenda):
            tab.set_meeting(meeting)
        self._show_decisions(meeting)
        if meeting is not None:
            self.ui.titleLabel.setText(meeting.title or self.tr("(untitled)"))
            self.ui.statusLabel.setText(f"· {status_name(meeting.status)}")
        self.meeting_changed.emit()
