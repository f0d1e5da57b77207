"""The facilitator's main window: the meetings library, the meeting editor and
(once started) the run view, on one stack; one Undo/Redo pair acts on the history of
whatever is on screen (each meeting has its own, and so has the list).

Start-up: what the list of meetings does not need is imported where it is first used (the
editor, the run view, the commands, even QMessageBox, whose first use creates its types)."""

from __future__ import annotations

import sys
import time
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from coprodesk import APP_NAME, __version__
from coprodesk.domain.vocabulary import MeetingStatus
from coprodesk.gui import settings_keys
from coprodesk.gui.editing import LIBRARY, Editing
from coprodesk.gui.library import LibraryPage
from coprodesk.store.connection import Store
from coprodesk.store.errors import StoreError
from coprodesk.store.library import list_meetings

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QMessageBox


class MainWindow(QMainWindow):
    def __init__(self, store: Store, settings: QSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from coprodesk.gui.forms.ui_main_window import Ui_MainWindow

        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.store = store
        self.settings = settings if settings is not None else QSettings()
        self.editing = Editing(store, self)
        self.run_view: QWidget | None = None
        self.qt_session = None
        self.participant_window: QWidget | None = None
        self.message_box: QMessageBox | None = None
        self.quit_guard: QMessageBox | None = None
        self._quit_confirmed = False
        self.sharing = None  # gui.run.sharing.Sharing of the live meeting, once asked for
        self.share_dialog = None

        # undo / redo: one pair for every view, acting on the history of what is on screen
        ui = self.ui
        self.undo_action = self.editing.group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self.editing.group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        ui.menuEdit.addAction(self.undo_action)
        ui.menuEdit.addAction(self.redo_action)
        ui.toolbar.insertAction(ui.actionStartMeeting, self.undo_action)
        ui.toolbar.insertAction(ui.actionStartMeeting, self.redo_action)
        ui.toolbar.insertSeparator(ui.actionStartMeeting)
        ui.actionShowToolbar.toggled.connect(ui.toolbar.setVisible)

        # pages
        self.library = LibraryPage(self)
        self._editor = None  # built when a meeting is first opened: not needed at start-up
        ui.stack.addWidget(self.library)
        self.saved_label = QLabel(self.tr("Every change is saved at once"))
        # a time that moves with every save: a fixed name, the time said calmly (at most once
        # a minute, gui/spoken.CalmText) - the mark is spoken.calm_figure's, set without
        # importing it at start-up
        self.saved_label.setAccessibleName(self.tr("Save status"))
        self.saved_label.setProperty("calmFigure", True)
        self._saved_spoken = None
        ui.statusbar.addPermanentWidget(self.saved_label)

        self.library.open_requested.connect(self.open_meeting)
        self.library.new_requested.connect(self.new_meeting)
        self.library.duplicate_requested.connect(self.duplicate_meeting)
        self.library.delete_requested.connect(self.delete_meeting)
        self.library.ui.meetingsView.selectionModel().selectionChanged.connect(self._update_actions)
        ui.actionNewMeeting.triggered.connect(self.new_meeting)
        ui.actionOpenMeeting.triggered.connect(self._open_selected)
        ui.actionLibrary.triggered.connect(self.show_library)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionStartMeeting.triggered.connect(self.start_meeting)
        ui.actionDuplicate.triggered.connect(lambda: self._with_current(self.duplicate_meeting))
        ui.actionDelete.triggered.connect(lambda: self._with_current(self.delete_meeting))
        ui.actionImportPeople.triggered.connect(self._import_people)
        ui.actionImportTranscript.triggered.connect(self.import_transcript)
        ui.actionAbout.triggered.connect(self._about)
        ui.actionShortcuts.triggered.connect(self.show_shortcuts)
        ui.actionParticipantScreen.triggered.connect(self.toggle_participant_screen)
        ui.actionExportMinutes.triggered.connect(self.export_minutes)
        ui.actionExportMeeting.triggered.connect(self.export_meeting)
        ui.actionImportMeeting.triggered.connect(self.import_meeting)
        ui.actionVerifyMinutes.triggered.connect(self.verify_minutes)
        ui.actionSignMinutes.triggered.connect(lambda: _signing().sign_minutes(self))
        ui.actionSigningIdentity.triggered.connect(lambda: _signing().signing_identity(self))
        ui.actionTrustedPeople.triggered.connect(lambda: _signing().trusted_people(self))
        ui.actionReopen.triggered.connect(self.reopen_meeting)
        ui.actionSeries.triggered.connect(self.show_series_view)
        ui.actionNewInSeries.triggered.connect(self.new_meeting_in_series)
        # End meeting (Shift+F5), after Start meeting (F5) in the Meeting menu
        self.end_meeting_action = QAction(self.tr("&End meeting…"), self)
        self.end_meeting_action.setShortcut(QKeySequence("Shift+F5"))
        self.end_meeting_action.triggered.connect(self.end_meeting)
        menu_actions = ui.menuMeeting.actions()
        after = menu_actions.index(ui.actionStartMeeting) + 1
        ui.menuMeeting.insertAction(menu_actions[after] if after < len(menu_actions) else None,
                                    self.end_meeting_action)
        # Share with devices…, after End meeting: the live meeting on the room's network
        self.share_action = QAction(self.tr("Share with &devices…"), self)
        self.share_action.triggered.connect(self.share_with_devices)
        ui.menuMeeting.insertAction(menu_actions[after] if after < len(menu_actions) else None,
                                    self.share_action)
        # File → Archive…, after the minutes commands
        self.archive_action = QAction(self.tr("&Archive…"), self)
        self.archive_action.triggered.connect(self.show_archive)
        ui.menuFile.insertAction(ui.actionSigningIdentity, self.archive_action)
        ui.menuFile.insertSeparator(ui.actionSigningIdentity)
        self.archive_dialog = None
        ui.stack.currentChanged.connect(lambda _i: (self._activate_history(), self._update_title(),
                                                    self._update_actions(), self._share_keys()))

        self.editing.saved.connect(self._saved)
        self.editing.failed.connect(self.show_problem)
        self.editing.crossed.connect(self.record_crossed)
        self.editing.changed.connect(self._content_changed)

        geometry = self.settings.value(settings_keys.WINDOW_GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 720)
        state = self.settings.value(settings_keys.WINDOW_STATE)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
            ui.actionShowToolbar.setChecked(ui.toolbar.isVisibleTo(self))
        # the list once, on the page the stack already shows (show_library would read it again)
        self.refresh_library(select=_int_or_none(self.settings.value(settings_keys.LAST_MEETING)))
        self.library.ui.meetingsView.setFocus()

    def show_archive(self) -> None:
        """File → Archive…: the organisation's archive folder (gui/archive_dialog)."""
        from coprodesk.gui.archive_dialog import ArchiveDialog

        if self.archive_dialog is None:
            self.archive_dialog = ArchiveDialog(self.store, self.settings, self)
        self.archive_dialog.show()
        self.archive_dialog.raise_()
        self.archive_dialog.activateWindow()

    @property
    def editor(self):
        """The meeting editor page (an EditorPage), created on first use."""
        if self._editor is None:
            from coprodesk.gui.editor.page import EditorPage

            self._editor = EditorPage(self.editing, self.settings, self)
            self.ui.stack.addWidget(self._editor)
            self._editor.back_requested.connect(self.show_library)
            self._editor.start_requested.connect(self.start_meeting)
            self._editor.meeting_changed.connect(self._update_title)
        return self._editor

    @property
    def undo_stack(self) -> QUndoStack:
        """The undo history of the page on screen (a meeting's, or the list's)."""
        return self.editing.stack

    def _activate_history(self) -> None:
        page = self.ui.stack.currentWidget()
        meeting_id = None
        if self._on_editor() and self.editor.meeting is not None:
            meeting_id = self.editor.meeting_id
        elif page is self.run_view and self.qt_session is not None:
            meeting_id = self.qt_session.session.meeting_id
        self.editing.activate(meeting_id if meeting_id is not None else LIBRARY)

    def _on_editor(self) -> bool:
        return self._editor is not None and self.ui.stack.currentWidget() is self._editor

    # --- navigation --------------------------------------------------------------------
    def current_meeting_id(self) -> int | None:
        page = self.ui.stack.currentWidget()
        if self._on_editor():
            return self.editor.meeting_id
        if page is self.run_view and self.qt_session is not None:
            return self.qt_session.session.meeting_id
        return self.library.selected_id()

    def show_library(self) -> None:
        self._leave_run_view()
        if self._editor is not None:
            self._editor.close_meeting()
        self.refresh_library()
        self.ui.stack.setCurrentWidget(self.library)
        self.library.ui.meetingsView.setFocus()

    def open_meeting(self, meeting_id: int) -> None:
        try:
            self.editor.open_meeting(meeting_id)
        except StoreError as exc:
            self.show_problem(exc.message)
            return
        self._leave_run_view()
        self.settings.setValue(settings_keys.LAST_MEETING, meeting_id)
        self.ui.stack.setCurrentWidget(self.editor)
        self._activate_history()  # also when the editor was already on screen

    def show_run_view(self, meeting_id: int) -> None:
        """Run the meeting: the run view (built by its own module) on top of the stack.
        The meeting already live comes back as it is (its floor never stopped); another
        meeting's floor is paused first, and that is said."""
        if self.qt_session is not None and self.qt_session.session.meeting_id == meeting_id:
            try:
                self.qt_session.session.reload()  # what the editor changed meanwhile
            except StoreError as exc:
                self.show_problem(exc.message)
            self.qt_session.notify()
            self.ui.stack.setCurrentWidget(self.run_view)
            self.run_view.setFocus()
            self._update_title()
            return
        from coprodesk.gui.qt_session import QtSession
        from coprodesk.gui.run.format import local_hhmm
        from coprodesk.gui.run.view import RunView
        from coprodesk.session import MeetingSession

        try:
            session = MeetingSession(self.store, meeting_id)
        except StoreError as exc:
            self.show_problem(exc.message)
            return
        self._end_live_session()
        self.qt_session = QtSession(session, self)
        self.qt_session.problem.connect(self.show_problem)
        self.qt_session.saved.connect(lambda ms: self._saved(local_hhmm(ms)))
        self.qt_session.changed.connect(self._update_actions)
        self.run_view = RunView(self.qt_session, self.editing.stack_for(meeting_id), self)
        self.run_view.participant_screen_requested.connect(self.toggle_participant_screen)
        self.run_view.minutes_requested.connect(self.export_minutes)
        self.ui.stack.addWidget(self.run_view)
        self.ui.stack.setCurrentWidget(self.run_view)
        self._update_title()

    def end_meeting(self) -> None:
        """Meeting → End meeting…: on the live meeting's run view, which asks first."""
        if self.run_view is None or self.qt_session is None:
            return
        self.show_run_view(self.qt_session.session.meeting_id)
        self.run_view.end_meeting()

    def share_with_devices(self) -> None:
        """Meeting → Share with devices…: the live meeting served to the room's phones and
        laptops (asks where first); while it runs, the run view's banner has the controls."""
        qt = self.qt_session
        if self.run_view is None or qt is None or qt.session.locked:
            return
        from coprodesk.gui.run.sharing import Sharing, SharingBanner, ask_and_start

        self.show_run_view(qt.session.meeting_id)
        if self.sharing is None:
            self.sharing = Sharing(qt, self.run_view)
            self.sharing.banner = SharingBanner(self.sharing, self.run_view)
            self.sharing.banner.hide()
            self.run_view.ui.mainLayout.insertWidget(0, self.sharing.banner)
            self.sharing.stopped.connect(self._update_actions)
        if self.sharing.active:
            self.sharing.banner.stop_button.setFocus()
            return
        self.share_dialog = ask_and_start(self.sharing, self)

    def _stop_sharing(self) -> None:
        if self.sharing is not None:
            self.sharing.stop()
            self.sharing = None

    def start_meeting(self) -> None:
        mid = self.current_meeting_id()
        if mid is not None:
            self.show_run_view(mid)

    def toggle_participant_screen(self) -> None:
        """Open the participant screen for the running meeting, or close it when open."""
        if self.participant_window is not None:
            self.participant_window.close()
            return
        if self.qt_session is None:
            self.ui.actionParticipantScreen.setChecked(False)
            return
        from coprodesk.gui.participant.view import show_participant_screen

        window = show_participant_screen(self.qt_session, self, self.settings)
        self.participant_window = window
        self.ui.actionParticipantScreen.setChecked(window is not None)
        if window is not None:
            window.closed.connect(self._participant_screen_closed)

    def _participant_screen_closed(self) -> None:
        self.participant_window = None
        self.ui.actionParticipantScreen.setChecked(False)

    # --- portable meetings ------------------------------------------------------------------
    def export_meeting(self, path=None) -> None:
        from pathlib import Path

        from coprodesk.gui.portable_dialogs import choose_export_path, export_meeting
        from coprodesk.minutes.signed_files import might_be_signed
        from coprodesk.portable import PortableError

        mid = self.current_meeting_id()
        if mid is None:
            return
        target = path or choose_export_path(self, self.store, mid)
        if not target:
            return
        if might_be_signed(Path(target)):  # signed minutes chosen by mistake: never replaced
            self.show_problem(self.tr("“%1” carries signatures: an export never replaces it. "
                                      "Choose another name.").replace("%1", Path(target).name))
            return
        try:
            export_meeting(self.store, mid, target)
        except (PortableError, StoreError) as exc:
            self.show_problem(str(exc))
            return
        self._say_done(self.tr("Meeting written to %1").replace("%1", str(target)))

    def import_meeting(self, path=None) -> None:
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from coprodesk.gui.portable_dialogs import import_file
        from coprodesk.portable import PortableError

        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import meeting"), "",
                                                  self.tr("CoProDesk meeting (*.json)"))
            if not path:
                return
        try:
            imported = import_file(self, self.store, Path(path), self.editing.forget)
        except (PortableError, StoreError) as exc:
            self.show_problem(str(exc))
            return
        if imported is not None:
            result, signatures = imported
            self.refresh_library(select=result.meeting_id)
            self._say_done(self.tr("Meeting imported"))
            self._settle_imported(result.meeting_id, [signatures] if signatures else [])

    def _settle_imported(self, meeting_id: int, lines: list[str]) -> None:
        """An imported closed meeting with an item still open: the item ends when the meeting
        did, and that is said (a planned one loses item starts it cannot have); ``lines``
        (its signatures not kept) are said with it."""
        from coprodesk.gui.run.format import local_hhmm
        from coprodesk.session import settle_meeting
        from coprodesk.store import meetings as repo

        try:
            settled = settle_meeting(self.store, repo.load_meeting(self.store, meeting_id))
        except StoreError as exc:
            self.show_problem(exc.message)
            return
        lines += [self.tr("“%1” was still open in this closed meeting; it now ends when the "
                          "meeting ended (%2).").replace("%1", i.title)
                  .replace("%2", local_hhmm(i.ended_ms)) for i in settled.ended]
        lines += [self.tr("“%1” had a start in a planned meeting; it is not started now.")
                  .replace("%1", i.title) for i in settled.unstarted]
        if lines:
            self.show_problem(" ".join(lines))

    # --- minutes ----------------------------------------------------------------------------
    def export_minutes(self) -> None:
        mid = self.current_meeting_id()
        if mid is None:
            return
        from coprodesk.gui.minutes_dialogs import ExportMinutesDialog

        self.minutes_dialog = ExportMinutesDialog(self.store, mid, self)
        self.minutes_dialog.accepted.connect(self._minutes_exported)
        self.minutes_dialog.open()

    def _minutes_exported(self) -> None:
        if self.minutes_dialog.certified:  # undo never reaches back across a signature
            self.editing.end_history(self.minutes_dialog.meeting_id)
        if self.qt_session is not None:  # certified minutes lock the meeting: its view says so
            try:
                self.qt_session.session.reload()
            except StoreError as exc:
                self.show_problem(exc.message)
            self.qt_session.notify()
        written = self.minutes_dialog.written
        self._say_done(self.tr("Minutes written to %1").replace("%1", str(written)))
        self.refresh_library(select=self.current_meeting_id())

    def verify_minutes(self, path=None) -> None:
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from coprodesk.gui.minutes_dialogs import VerifyMinutesDialog

        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Verify minutes"), "",
                                                  self.tr("PDF (*.pdf)"))
            if not path:
                return
        self.verify_dialog = VerifyMinutesDialog(Path(path), self)
        self.verify_dialog.open()

    # --- series ----------------------------------------------------------------------------
    def show_series_view(self) -> None:
        from coprodesk.gui.series.actions import show_series_view

        show_series_view(self)

    def new_meeting_in_series(self) -> None:
        from coprodesk.gui.series.actions import new_meeting_in_series

        new_meeting_in_series(self)

    def reopen_meeting(self) -> None:
        """A signed meeting is locked; reopening it needs a reason, kept as an amendment."""
        mid = self.current_meeting_id()
        if mid is None:
            return
        from PySide6.QtWidgets import QInputDialog

        from coprodesk.store.signing import reopen_for_correction

        reason, ok = QInputDialog.getText(
            self, self.tr("Reopen for a correction"),
            self.tr("The minutes are signed. Say what needs correcting; the next minutes will "
                    "print it as an amendment:"))
        if not ok:
            return
        try:
            reopen_for_correction(self.store, mid, reason, int(time.time() * 1000))
        except StoreError as exc:
            self.show_problem(exc.message)
            return
        self.editing.end_history(mid)  # the amendment is a boundary undo does not cross
        self.statusBar().showMessage(self.tr("Reopened; the amendment is recorded."), 8000)
        self.refresh_library(select=mid)

    def record_crossed(self, meeting_id: int, why: str) -> None:
        """An undo or redo refused, because the meeting's record was signed, closed or
        reopened after the change (its history has ended): said in one line, in the run
        view's banner with its Reopen… button, elsewhere in a box that offers it."""
        line = {"signed": self.tr(
                    "Nothing changed: the minutes of this meeting were signed after this "
                    "change, and undo never changes a signed record. Use Reopen for a "
                    "correction… to correct it (the reason is recorded)."),
                "closed": self.tr(
                    "Nothing changed: the meeting was closed after this change, and undo does "
                    "not change a closed record. Use Reopen… to run it again (the reason is "
                    "recorded)."),
                "reopened": self.tr(
                    "Nothing changed: the meeting was reopened after this change; what came "
                    "before it can no longer be undone.")}[why]
        self.statusBar().showMessage(line, 10000)
        qt = self.qt_session
        if qt is not None and qt.session.meeting_id == meeting_id:
            try:
                qt.session.reload()  # the record as it is now: the view locks, or opens
            except StoreError as exc:
                self.show_problem(exc.message)
            qt.notify()
            if self.ui.stack.currentWidget() is self.run_view:
                from coprodesk.gui.announce import announce

                self.run_view.notice.say("undo", line)
                announce(self.run_view, line)  # a key that did nothing: said why, aloud too
                return
        self._content_changed(meeting_id)
        self._offer_reopen(line, why == "signed")

    def _offer_reopen(self, line: str, signed: bool) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, line,
                          QMessageBox.StandardButton.Close, self)
        reopen = (box.addButton(self.tr("Reopen for a correction…"),
                                QMessageBox.ButtonRole.ActionRole) if signed else None)
        box.setDefaultButton(QMessageBox.StandardButton.Close)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def done(_result: int) -> None:
            if reopen is not None and box.clickedButton() is reopen:
                self.reopen_meeting()

        box.finished.connect(done)
        self.message_box = box
        box.open()

    def _leave_run_view(self) -> None:
        """Stepping away from the run view (library, editor) leaves the floor running: the
        live session keeps its heartbeat, and F5 comes back to it as it is. The room's
        screen closes with the view, as before. A meeting not running (planned, closed) has
        no floor to keep: its view goes."""
        if self.participant_window is not None:
            self.participant_window.close()
        if not self._live_and_running():
            self._end_live_session(pause=False)

    def _end_live_session(self, pause: bool = True) -> None:
        """The live meeting stops being live: its floor paused (said when someone held it),
        its timers stopped, its run view and participant screen closed."""
        if self.participant_window is not None:
            self.participant_window.close()
        self._stop_sharing()  # every device's connection closes with the live meeting
        if self.run_view is None:
            return
        if self.qt_session is not None:
            if pause:
                self._pause_live_floor()
            self.qt_session.stop()
        self.ui.stack.removeWidget(self.run_view)
        self.run_view.deleteLater()
        self.run_view = None
        self.qt_session = None

    def _pause_live_floor(self) -> None:
        """Close the open turn now, so nothing grows while the meeting is not live."""
        qt = self.qt_session
        if qt is None or qt.session.open_turn is None:
            return
        name = qt.meeting.participant(qt.session.open_turn.participant_id)
        try:
            qt.session.pause()
        except StoreError as exc:
            self.show_problem(exc.message)
            return
        qt.notify()
        self.statusBar().showMessage(self.tr("The floor of “%1” is paused (%2 was speaking).")
                                     .replace("%1", qt.meeting.title)
                                     .replace("%2", name.name if name else "?"), 10000)

    # --- meetings ------------------------------------------------------------------------
    def refresh_library(self, select: int | None = None) -> None:
        try:
            self.library.set_meetings(list_meetings(self.store), select)
        except StoreError as exc:
            self.show_problem(exc.message)
        self._update_actions()

    def new_meeting(self) -> None:
        from coprodesk.gui.undo import CreateMeeting
        from coprodesk.store import meetings as repo

        title = self.tr("New meeting")
        today = date.today().isoformat()

        def create() -> int:
            return repo.create_meeting(self.store, title, date=today, start_time="10:00",
                                       end_time="12:00")

        cmd = CreateMeeting(self.editing, create, self.tr("New meeting"))
        if self.editing.push(cmd):
            self.open_meeting(cmd.meeting_id)
            self.editor.ui.tabs.setCurrentWidget(self.editor.details)
            self.editor.details.ui.titleEdit.setFocus()
            self.editor.details.ui.titleEdit.selectAll()

    def duplicate_meeting(self, meeting_id: int) -> None:
        from coprodesk.gui.undo import CreateMeeting
        from coprodesk.store import meetings as repo

        cmd = CreateMeeting(
            self.editing, lambda: repo.duplicate_meeting_as_template(self.store, meeting_id),
            self.tr("Duplicate meeting as template"), opened=False)
        if self.editing.push(cmd):
            self.refresh_library(select=cmd.meeting_id)
            self.statusBar().showMessage(
                self.tr("Copied groups, people and agenda; no turns or decisions."), 8000)

    def delete_meeting(self, meeting_id: int) -> None:
        """Ask first, saying what would be lost; deleting cannot be undone."""
        from PySide6.QtWidgets import QMessageBox

        from coprodesk.store import meetings as repo
        from coprodesk.store.backup import backup_folder

        try:
            meeting = repo.load_meeting(self.store, meeting_id)
            counts = repo.meeting_contents(self.store, meeting_id)
        except StoreError as exc:
            self.show_problem(exc.message)
            return
        parts = [self.tr("%n people", "", counts["people"]),
                 self.tr("%n agenda items", "", counts["items"]),
                 self.tr("%n speaking turns", "", counts["turns"]),
                 self.tr("%n decisions", "", counts["decisions"]),
                 self.tr("%n actions", "", counts["actions"])]
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete meeting"),
                          self.tr("Delete “%1”?").replace("%1", meeting.title), parent=self)
        box.setInformativeText(
            self.tr("This removes the meeting with its %1. It cannot be undone; the daily copies "
                    "of the database in %2 keep it as it was when they were made.")
            .replace("%1", ", ".join(parts))
            .replace("%2", str(backup_folder(self.store.path))))
        delete = box.addButton(self.tr("Delete meeting"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def done(_result: int) -> None:
            if box.clickedButton() is not delete:
                return
            try:
                repo.delete_meeting(self.store, meeting_id)
            except StoreError as exc:
                self.show_problem(exc.message)
                return
            if self.qt_session is not None and self.qt_session.session.meeting_id == meeting_id:
                self._end_live_session(pause=False)  # nothing left to pause
            self.editing.forget(meeting_id)  # no command left may refer to what was deleted
            self.editing.notify(0)
            self.show_library()

        box.finished.connect(done)
        self.message_box = box
        box.open()

    def _with_current(self, fn) -> None:
        mid = self.current_meeting_id()
        if mid is not None:
            fn(mid)

    def _open_selected(self) -> None:
        mid = self.library.selected_id()
        if mid is not None:
            self.open_meeting(mid)

    def import_transcript(self, path=None) -> None:
        """Meeting → Import transcript…: read, give each name a person, write."""
        from coprodesk.gui.transcript_dialog import import_transcript

        import_transcript(self, path or None)

    def _import_people(self) -> None:
        mid = self.current_meeting_id()
        if mid is None:
            return
        if self.editor.meeting_id != mid:
            self.open_meeting(mid)
        self.editor.ui.tabs.setCurrentWidget(self.editor.people)
        self.editor.people.choose_csv()

    # --- feedback ------------------------------------------------------------------------
    def show_problem(self, text: str) -> None:
        """A one-line problem, in a window-modal box that does not block the caller."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        self.statusBar().showMessage(text, 10000)
        box.open()

    def _say_done(self, text: str) -> None:
        """What a file action did: in the status bar, and said to a screen reader."""
        from coprodesk.gui.announce import announce

        self.statusBar().showMessage(text, 10000)
        announce(self, text)

    def _saved(self, hhmm: str) -> None:
        from PySide6.QtCore import QDateTime

        from coprodesk.gui.spoken import CalmText

        text = self.tr("Saved %1").replace("%1", hhmm)
        self.saved_label.setText(text)
        if self._saved_spoken is None:
            self._saved_spoken = CalmText(self.saved_label)
        self._saved_spoken.update("saved", QDateTime.currentMSecsSinceEpoch(),
                                  lambda: (self.saved_label.accessibleName(), text))

    def _content_changed(self, meeting_id: int) -> None:
        if self._editor is not None:
            self._editor.content_changed(meeting_id)
        if self.ui.stack.currentWidget() is self.library or meeting_id == 0:
            self.refresh_library()
        if self._on_editor() and self.editor.meeting is None:
            self.show_library()  # the open meeting went away (undo of "new meeting")
        self._update_title()

    def _update_title(self) -> None:
        page = self.ui.stack.currentWidget()
        title = None
        if self._on_editor() and self.editor.meeting is not None:
            title = self.editor.meeting.title
        elif page is self.run_view and self.qt_session is not None:
            title = self.qt_session.meeting.title
        self.setWindowTitle(f"{title or self.tr('(untitled)')} — {APP_NAME}" if page is not self.library
                            and title is not None else APP_NAME)

    def _share_keys(self) -> None:
        """On the run view, its own key table has the keys the window also binds (F1 shows
        the view's keys, F11, Shift+F5, Ctrl+Z…): two shortcuts on one key would both stay
        silent, so the window's keep their menu entries and key text but listen only while
        another page is on screen."""
        view = self.run_view if self.ui.stack.currentWidget() is self.run_view else None
        taken = {k.toString() for a in (view.actions() if view is not None else ())
                 for k in a.shortcuts()}
        for a in self.findChildren(QAction, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if a.shortcuts():
                clash = any(k.toString() in taken for k in a.shortcuts())
                a.setShortcutContext(Qt.ShortcutContext.WidgetShortcut if clash
                                     else Qt.ShortcutContext.WindowShortcut)

    def _update_actions(self, *_args) -> None:
        has = self.current_meeting_id() is not None
        for a in (self.ui.actionStartMeeting, self.ui.actionDuplicate, self.ui.actionDelete,
                  self.ui.actionImportPeople, self.ui.actionImportTranscript,
                  self.ui.actionOpenMeeting):
            a.setEnabled(has)
        self.ui.actionExportMinutes.setEnabled(has)
        self.ui.actionExportMeeting.setEnabled(has)
        self.ui.actionReopen.setEnabled(has)
        self.ui.actionNewInSeries.setEnabled(has)
        self.ui.actionParticipantScreen.setEnabled(self.run_view is not None)
        self.end_meeting_action.setEnabled(self._live_and_running())
        self.share_action.setEnabled(self.qt_session is not None
                                     and not self.qt_session.session.locked)
        running = self._status_of(self.current_meeting_id()) is MeetingStatus.RUNNING
        self.ui.actionStartMeeting.setText(self.tr("&Resume meeting") if running
                                           else self.tr("&Start meeting"))
        if self._editor is not None:
            self._editor.ui.startButton.setText(self.tr("Resume meeting (F5)") if running
                                                else self.tr("Start meeting (F5)"))

    def _status_of(self, meeting_id: int | None) -> MeetingStatus | None:
        """A meeting's status as the app knows it now: live, in the editor, or in the list."""
        if meeting_id is None:
            return None
        if self.qt_session is not None and self.qt_session.session.meeting_id == meeting_id:
            return self.qt_session.meeting.status
        if self._editor is not None and self._editor.meeting_id == meeting_id \
                and self._editor.meeting is not None:
            return self._editor.meeting.status
        return next((m.status for m in self.library.model.meetings if m.id == meeting_id), None)

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(keys, what) for every menu command that has a shortcut, in menu order."""
        rows = []
        for menu_action in self.menuBar().actions():
            menu = menu_action.menu()
            if menu is None:
                continue
            for a in menu.actions():
                keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in a.shortcuts()]
                if keys:
                    what = f"{menu.title().replace('&', '')} → {a.text().replace('&', '')}"
                    rows.append((" / ".join(keys), what))
        return rows

    def show_shortcuts(self) -> None:
        """Help → Keyboard shortcuts (F1 outside the run view, which has its own overlay)."""
        from coprodesk.gui.run.keys import keys_table, run_view_keys
        from coprodesk.gui.shortcuts_dialog import ShortcutsDialog

        everywhere, running = self.tr("Everywhere"), self.tr("Running a meeting")
        native = QKeySequence.SequenceFormat.NativeText
        sort_keys = " / ".join(QKeySequence(k).toString(native)
                               for k in (Qt.Key.Key_Menu, QKeySequence("Shift+F10")))
        # a table's keys, not a menu command's: the sort_menu of the library and series people
        sort_row = (sort_keys, self.tr("Sort a table by a column"))
        text = (f"<h3>{everywhere}</h3>{keys_table([*self.shortcut_rows(), sort_row])}"
                f"<h3>{running}</h3>{keys_table(run_view_keys())}")
        box = ShortcutsDialog(self.tr("Keyboard shortcuts"), text, self)  # scrolls: fits 720 px
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About CoProDesk"), self.tr(
            "CoProDesk %1\nRun co-produced meetings: equal-voice timers, joint decisions, "
            "signed minutes.").replace("%1", __version__))

    def _live_and_running(self) -> bool:
        qt = self.qt_session
        return qt is not None and qt.meeting.status is MeetingStatus.RUNNING

    def closeEvent(self, event: QCloseEvent) -> None:
        """Quitting with a running meeting asks first; the floor is always paused on the way
        out, so no turn grows on disk while the app is closed."""
        if self._live_and_running() and not self._quit_confirmed:
            event.ignore()
            self.ask_before_quit()
            return
        if self.edits_waiting():  # asked even after the running meeting's question
            event.ignore()
            self.ask_before_losing_edits()
            return
        self.settings.setValue(settings_keys.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.setValue(settings_keys.WINDOW_STATE, self.saveState())
        self._end_live_session(pause=True)
        super().closeEvent(event)

    def _waiting_queues(self) -> list:
        """The queues of changes waiting for a busy database (``gui/kept_edits``) that hold
        any; none when that module was never loaded (and quitting stays light)."""
        kept_edits = sys.modules.get("coprodesk.gui.kept_edits")
        if kept_edits is None:
            return []
        return [kept for kept in self.findChildren(kept_edits.KeptEdits) if kept.count]

    def edits_waiting(self) -> int:
        """Changes still waiting, each queue tried once more first: quitting must not drop
        them without a word."""
        return sum(kept.count for kept in self._waiting_queues() if not kept.retry())

    def ask_before_losing_edits(self) -> None:
        """Quitting while changes wait for the database: keep waiting (the default) or quit
        without them, said plainly."""
        from PySide6.QtWidgets import QMessageBox

        if self.quit_guard is not None and self.quit_guard.isVisible():
            return
        waiting = self._waiting_queues()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Quit CoProDesk"),
                          self.tr("Changes not saved yet: %1").replace(
                              "%1", str(sum(k.count for k in waiting))), parent=self)
        box.setInformativeText(self.tr("They wait because %1.").replace("%1", waiting[0].why)
                               + "\n\n" + self.tr(
            "Keep the window open and they are saved as soon as the database takes them; "
            "if you quit now, they are lost."))
        keep = box.addButton(self.tr("Keep waiting"), QMessageBox.ButtonRole.RejectRole)
        lose = box.addButton(self.tr("Quit without them"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAccessibleName(self.tr("Quit with changes not saved yet"))

        def done(_result: int) -> None:
            self.quit_guard = None
            if box.clickedButton() is lose:
                for kept in self._waiting_queues():
                    kept.drop()
                self.close()  # nothing waits now

        box.finished.connect(done)
        self.quit_guard = box
        box.open()

    def ask_before_quit(self) -> None:
        """The quit guard: pause the floor and quit, end the meeting (and quit), or cancel."""
        from PySide6.QtWidgets import QMessageBox

        if self.quit_guard is not None and self.quit_guard.isVisible():
            return
        qt = self.qt_session
        turn = qt.session.open_turn
        speaker = qt.meeting.participant(turn.participant_id) if turn else None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Quit CoProDesk"),
                          self.tr("“%1” is still running.").replace("%1", qt.meeting.title),
                          parent=self)
        box.setInformativeText(
            (self.tr("%1 has the floor.").replace("%1", speaker.name) if speaker
             else self.tr("The floor is paused.")) + " " +
            self.tr("Pausing keeps the meeting open to resume later; ending it closes the "
                    "record for the minutes."))
        pause = box.addButton(self.tr("Pause the floor and quit"), QMessageBox.ButtonRole.AcceptRole)
        end = box.addButton(self.tr("End the meeting"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(pause)
        box.setAccessibleName(self.tr("Quit with a running meeting"))

        def done(_result: int) -> None:
            self.quit_guard = None
            clicked = box.clickedButton()
            if clicked is end and self.run_view is not None:
                self.run_view.end_now()
            elif clicked is not pause:
                return
            self._pause_live_floor()
            self._quit_confirmed = True
            self.close()

        box.finished.connect(done)
        self.quit_guard = box
        box.open()


def _signing():
    """The signing commands (File menu), imported when one is first chosen."""
    from coprodesk.gui.signing import actions

    return actions


def _int_or_none(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
