"""The run view: the screen a facilitator lives in while the meeting runs.

Three areas side by side — the agenda clock with notes, the equal-voice tiles
under their group bars, and the speaker queue. Every change goes through
``MeetingSession`` (committed to disk first) and onto the shared undo stack;
the view then repaints what changed. On ``tick`` (4 times a second) it only
looks again once the shown second has moved, and each tile repaints only when
what it would draw differs.

Keys: 1–9, 0 give the floor to tiles 1–10; Space pauses / resumes with the
last speaker; N gives the floor to the head of the queue; Ctrl+Right /
Ctrl+Left step the agenda; Ctrl+Z undoes; Shift+digit raises or lowers a hand;
F1 shows the keys; F11 asks for the participant screen; Shift+F5 ends the meeting.
Every key is one row of ``gui/run/keys.RUN_KEYS`` (a QAction on this view, or a digit
read from the physical key); a focused widget keeps the keys it needs (text boxes type,
check boxes and combo boxes keep Space, the stance grid its digits, Space and Esc), and
Enter presses a focused button.
Tab reaches the tiles (after the notes); on a tile, arrows move, Enter gives the floor,
Shift+Enter raises the hand and the Menu key opens its menu (``gui/run/tiles``); the
floor, a long turn and the next item are announced to screen readers (``gui/announce``).
A closed or signed meeting is read-only here: the clock stands at its end and a
key that would change the floor says so in the notice banner.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from coprodesk.domain import agenda, lifecycle
from coprodesk.domain.attendance import mode_at
from coprodesk.domain.balance import is_present_at, verdict_in_words
from coprodesk.domain.model import AttendanceMode, HandKind, Meeting, MeetingStatus, QueuePolicy
from coprodesk.gui import colours
from coprodesk.gui.announce import announce
from coprodesk.gui.domain_words import domain_word
from coprodesk.gui.floor_undo import change_floor
from coprodesk.gui.forms.ui_run_help import Ui_RunHelp
from coprodesk.gui.forms.ui_run_view import Ui_RunView
from coprodesk.gui.qt_session import QtSession
from coprodesk.gui.run.agenda_clock import AgendaClock
from coprodesk.gui.run.commands import (
    AttendanceCommand,
    EndMeetingCommand,
    ExtendItemCommand,
    GotoItemCommand,
    HandCommand,
    ModeCommand,
    PolicyCommand,
)
from coprodesk.gui.run.floor_strip import FloorStrip
from coprodesk.gui.run.format import local_hhmm
from coprodesk.gui.run.keys import (
    digit_command,
    enter_presses_buttons,
    kept_by_focus,
    keys_table,
    make_actions,
    run_view_keys,
)
from coprodesk.gui.run.models import PARTICIPANT_ROLE, QueueModel, QueueRow, policy_words
from coprodesk.gui.run.notice import NoticeBanner
from coprodesk.gui.run.person_picker import PersonPicker
from coprodesk.gui.run.save_banner import SaveBanner
from coprodesk.gui.run.tile_state import group_states, tile_states
from coprodesk.gui.run.tiles import TileBoard
from coprodesk.gui.spoken import minutes_words
from coprodesk.gui.text_cap import cap_message, cap_text
from coprodesk.store.errors import StoreError

NOT_HEARD_SHOWN = 8

STYLE = """
#RunView { background: @window; }
QFrame#agendaPanel, QFrame#floorPanel, QFrame#queuePanel {
    background: @panel; border: 1px solid @line; border-radius: 8px; }
QFrame#recoveryBanner { background: @warn_bg; border: 1px solid @warn_edge; border-radius: 6px; }
QLabel { color: @ink; }
QLabel[muted="true"] { color: @muted; }
QLabel#queueTitle, QLabel#notesLabel, QLabel#policyLabel { font-weight: bold; }
QLabel#notHeardLabel { background: @gentle_bg; border-radius: 6px; padding: 8px; color: @gentle_ink; }
QLabel#balanceLabel { color: @ink; }
QLabel#keysHint, QLabel#notesStatus, QLabel#observersLabel { color: @muted; }
QLabel#notesStatus[problem="true"] { color: @bad; font-weight: bold; }
QLabel#leftLabel[level="amber"] { color: @long_ink; }
QLabel#leftLabel[level="red"] { color: @bad; }
QPlainTextEdit#notesEdit, QListView#queueView {
    border: 1px solid @edge; border-radius: 6px; background: @base; color: @ink; padding: 1px; }
QPlainTextEdit#notesEdit:focus, QListView#queueView:focus { border: 3px solid @focus; padding: 0px; }
QListView#queueView::item { padding: 4px 0px; }
QListView#queueView::item:selected { background: @selection_bg; color: @selection_ink; }
QPushButton:focus, QComboBox:focus { border: 3px solid @focus; }
QFrame#helpCard { background: @panel; border-radius: 10px; border: 1px solid @edge; }
"""




@dataclass
class CentrePanel:
    """A panel registered with ``RunView.add_panel``; ``widget`` once built."""

    button: QPushButton
    build: Callable[[], QWidget]
    on_show: Callable[[QWidget], None]
    widget: QWidget | None = None


class HelpOverlay(QWidget):
    """F1: every key of the run view, over a dimmed screen; Esc, F1 or a click closes it.
    While it is open the focus is on it (not on a tile it covers) and Tab stays in it, as in
    a dialog; closed, the focus goes back where it was."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.ui = Ui_RunHelp()
        self.ui.setupUi(self)
        title = QFont(self.font())
        title.setPointSizeF(self.font().pointSizeF() * 1.3)
        title.setBold(True)
        self.ui.helpTitle.setFont(title)
        rows = run_view_keys()
        self.ui.helpKeys.setText(keys_table(rows, pad=4, gap=18))
        self.ui.helpClose.clicked.connect(self.hide)
        self._focus_before: QWidget | None = None
        self.hide()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor(20, 22, 28, 150))
        p.end()

    def mousePressEvent(self, event) -> None:
        if not self.ui.helpCard.geometry().contains(event.position().toPoint()):
            self.hide()
        event.accept()

    def toggle(self) -> None:
        if self.isVisible():
            self.hide()
        else:
            from PySide6.QtWidgets import QApplication

            self._focus_before = QApplication.focusWidget()
            self.setGeometry(self.parentWidget().rect())
            self.raise_()
            self.show()
            self.ui.helpClose.setFocus(Qt.FocusReason.PopupFocusReason)

    def focusNextPrevChild(self, _next: bool) -> bool:
        return True  # Tab stays on the overlay: the tiles under it are out of reach

    def hideEvent(self, event) -> None:
        import shiboken6

        before, self._focus_before = self._focus_before, None
        if before is not None and shiboken6.isValid(before) and before.isVisible():
            before.setFocus(Qt.FocusReason.PopupFocusReason)
        super().hideEvent(event)


class RunView(QWidget):
    participant_screen_requested = Signal()
    minutes_requested = Signal()  # "Export and sign the minutes now" after End meeting

    def __init__(self, qt_session: QtSession, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.qt = qt_session
        self.session = qt_session.session
        self.stack = undo_stack
        base = QFont(self.font())
        base.setPointSizeF(max(11.0, base.pointSizeF() * 1.2))
        self.setFont(base)
        self.ui = Ui_RunView()
        self.ui.setupUi(self)
        colours.themed(self, STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.clock = AgendaClock(self)
        self.ui.agendaClockHostLayout.addWidget(self.clock)
        # never narrower than its buttons' words need (German is ~30 % longer than English)
        self.ui.agendaPanel.setMinimumWidth(max(self.ui.agendaPanel.minimumWidth(),
                                                self.ui.agendaPanel.minimumSizeHint().width()))
        self.board = TileBoard()
        self.board.setObjectName("tileBoard")
        self.ui.tilesScroll.setWidget(self.board)
        self.ui.tilesScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ui.tilesScroll.viewport().installEventFilter(self)
        self.ui.tilesScroll.viewport().setStyleSheet("background: transparent;")
        self.ui.queueView.setIconSize(QSize(12, 12))
        self.queue_model = QueueModel(self)
        self.ui.queueView.setModel(self.queue_model)
        for policy in QueuePolicy:
            self.ui.policyCombo.addItem(policy_words(policy), policy.value)
        self.ui.policyCombo.view().setAccessibleName(self.tr("Queue orders"))
        big = QFont(self.font())
        big.setPointSizeF(self.font().pointSizeF() * 1.1)
        self.ui.balanceLabel.setFont(big)
        for b in (self.ui.nextSpeakerButton, self.ui.lowerHandButton, self.ui.resumeButton,
                  self.ui.dismissButton):
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Tab reaches it; a click keeps Space for pause
        self.help = HelpOverlay(self)
        self.picker = PersonPicker(self)  # Ctrl+F: anyone by name, beyond tile 10 too
        self.person_menu: QMenu | None = None
        self.save_banner = SaveBanner(self.qt, self)
        self.ui.mainLayout.insertWidget(self.ui.mainLayout.indexOf(self.ui.recoveryBanner) + 1,
                                        self.save_banner)

        self.decisions = None  # the decision panel, built on first use (Ctrl+D)
        self.centre = QStackedWidget(self)
        self.ui.floorLayout.replaceWidget(self.ui.tilesScroll, self.centre)
        self.centre.addWidget(self.ui.tilesScroll)
        self.panels: dict[str, CentrePanel] = {}
        self.centre.currentChanged.connect(self._check_panel_buttons)
        self.decisions_button = QPushButton(self.tr("Decisions and actions (Ctrl+D)"), self)
        self.decisions_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.add_panel("decisions", self.decisions_button, self._build_decisions)
        self.end_button = QPushButton(self.tr("End meeting… (Shift+F5)"), self)
        self.end_button.setObjectName("endMeetingButton")
        self.end_button.setAccessibleName(self.tr("End meeting"))
        self.end_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.end_button.clicked.connect(self.end_meeting)
        buttons = QHBoxLayout()
        buttons.addWidget(self.decisions_button, 1)
        buttons.addWidget(self.end_button)
        self.ui.floorLayout.addLayout(buttons)
        # the floor in sight above any centre panel, and notices that need no dialog
        self.strip = FloorStrip(self)
        self.ui.floorLayout.insertWidget(0, self.strip)
        self.notice = NoticeBanner(self)
        self.ui.mainLayout.insertWidget(self.ui.mainLayout.indexOf(self.ui.recoveryBanner) + 1,
                                        self.notice)
        self.notice.reopen_requested.connect(self.ask_reopen)
        self.notice.minutes_requested.connect(self.minutes_requested)
        self.qt.saved.connect(self.strip.show_saved)
        self.message_box: QMessageBox | None = None
        self.open_menu: QMenu | None = None  # a tile's menu, while it is open
        self.reopen_dialog: QInputDialog | None = None
        from coprodesk.gui.series.panel import attach_you_said  # "you said, we did", when carried

        self.you_said = attach_you_said(self)

        self._make_actions()
        self._connect()
        enter_presses_buttons(self)

        self._structure: tuple = ()
        self._notes_item: int | None = None
        self._last_sec = -1
        self._banner_done = False
        self._notices_said = False
        self._said: tuple | None = None  # (item, floor holder, closed) last announced
        self._said_long: tuple | None = None  # the turn whose soft limit was announced
        self._said_hands: tuple | None = None  # the hands up last announced (gui/run/hands_said)
        self.refresh()

    # --- wiring -----------------------------------------------------------------------

    def _make_actions(self) -> None:
        self.key_actions = make_actions(self)  # from the one key table (gui/run/keys.py)
        self.end_meeting_action = self.key_actions["End meeting…"]

    # --- centre panels: the extension point -----------------------------------------

    def add_panel(self, name: str, button: QPushButton, build: Callable[[], QWidget] | QWidget,
                  on_show: Callable[[QWidget], None] | None = None) -> None:
        """A panel that takes the centre in place of the tiles (decisions, "you said, we
        did"): ``build`` makes it on first use (or is the panel itself); its checkable
        ``button`` and ``toggle_panel(name)`` (give it a key in gui/run/keys.py) swap it
        with the tiles; ``on_show`` refreshes it and puts the focus in it. The clock and
        queue stay."""
        button.setCheckable(True)
        button.clicked.connect(lambda: self.toggle_panel(name))
        entry = CentrePanel(button, build if callable(build) else lambda: build,
                            on_show or (lambda _w: None))
        if isinstance(build, QWidget):
            entry.widget = build
            self.centre.addWidget(build)
        self.panels[name] = entry

    def panel(self, name: str) -> QWidget | None:
        """The panel ``name`` if it has been built."""
        entry = self.panels.get(name)
        return entry.widget if entry is not None else None

    def toggle_panel(self, name: str) -> None:
        entry = self.panels[name]
        if entry.widget is None:
            entry.widget = entry.build()
            self.centre.addWidget(entry.widget)
            enter_presses_buttons(entry.widget)
        showing = self.centre.currentWidget() is entry.widget
        self.centre.setCurrentWidget(self.ui.tilesScroll if showing else entry.widget)
        self._check_panel_buttons()
        if showing:
            self.setFocus()
        else:
            entry.on_show(entry.widget)

    def _check_panel_buttons(self, _index: int = 0) -> None:
        for entry in self.panels.values():
            entry.button.setChecked(entry.widget is not None
                                    and self.centre.currentWidget() is entry.widget)

    def _build_decisions(self) -> QWidget:
        from coprodesk.gui.decisions.panel import DecisionPanel

        self.decisions = DecisionPanel(self.session.store, self.session.meeting_id,
                                       self.stack, self.qt, self)
        self.decisions.problem.connect(self.qt.problem)  # said by the window, like the floor's
        self.panels["decisions"].on_show = lambda panel: (panel.refresh(),
                                                          panel.ui.stanceView.setFocus())
        return self.decisions

    def _connect(self) -> None:
        self.qt.changed.connect(self.refresh)
        self.qt.tick.connect(self.on_tick)
        self.qt.waiting.connect(self._notes_waited)
        self.clock.previous_requested.connect(lambda: self.step_item(-1))
        self.clock.next_requested.connect(lambda: self.step_item(+1))
        self.clock.extend_requested.connect(self.extend_item)
        self.ui.nextSpeakerButton.clicked.connect(self.next_speaker)
        self.ui.lowerHandButton.clicked.connect(self._lower_selected_hand)
        self.ui.queueView.doubleClicked.connect(
            lambda ix: self.give_floor(self.queue_model.data(ix, PARTICIPANT_ROLE)))
        self.ui.policyCombo.activated.connect(self._policy_chosen)
        self.ui.notesEdit.textChanged.connect(self._notes_typed)
        self.ui.resumeButton.clicked.connect(self.resume_recovered)
        self.ui.dismissButton.clicked.connect(self._dismiss_banner)
        self.picker.floor_requested.connect(self.give_floor)
        self.picker.hand_requested.connect(self.toggle_hand)
        self.picker.menu_requested.connect(self.open_person_menu)

    # --- actions ----------------------------------------------------------------------

    def _name(self, pid: int) -> str:
        p = self.session.meeting.participant(pid)
        return p.name if p else "?"

    def give_floor(self, participant_id: int) -> None:
        if self.session.locked:
            self.say_locked()
            return
        change_floor(self.qt, self.stack, lambda: self.session.give_floor(participant_id),
                     self.tr("Floor to {name}").format(name=self._name(participant_id)))

    def give_floor_to_tile(self, index: int) -> None:
        if 0 <= index < len(self.board.order):
            self.give_floor(self.board.order[index])

    def toggle_pause(self) -> None:
        if self.session.locked:
            self.say_locked()
            return
        speaking = self.session.open_turn is not None
        change_floor(self.qt, self.stack, self.session.toggle_pause,
                     self.tr("Pause") if speaking else self.tr("Resume"))

    def next_speaker(self) -> None:
        if self.session.locked:
            self.say_locked()
            return
        q = self.session.queue()
        if q:
            change_floor(self.qt, self.stack, self.session.next_speaker,
                         self.tr("Next speaker: {name}").format(name=self._name(q[0].participant_id)))

    def step_item(self, delta: int) -> None:
        if self.session.locked:
            self.say_locked()
            return
        prev, nxt = agenda.neighbours(self.session.meeting)
        target = nxt if delta > 0 else prev
        if target is not None:
            self.stack.push(GotoItemCommand(self.qt, target.id,
                                            self.tr("Go to item: {t}").format(t=target.title)))

    def extend_item(self, extra_s: int, take_from: tuple) -> None:
        if self.session.locked:
            self.say_locked()
            return
        item = self.session.current_item
        if item is None:
            return
        cmd = ExtendItemCommand(self.qt, item.id, extra_s, tuple(take_from),
                                self.tr("Give {t} 5 more minutes").format(t=item.title))
        self.stack.push(cmd)
        self.clock.show_extension(cmd.changed, item.id, self.session.meeting)

    def set_hand(self, participant_id: int, kind: HandKind | None) -> None:
        if self.session.locked:
            self.say_locked()
            return
        text = (self.tr("Lower hand: {name}") if kind is None else self.tr("Raise hand: {name}")).format(
            name=self._name(participant_id))
        self.stack.push(HandCommand(self.qt, participant_id, kind, text))

    def toggle_hand(self, participant_id: int) -> None:
        up = any(h.participant_id == participant_id for h in self.session.meeting.hands)
        self.set_hand(participant_id, None if up else HandKind.SPEAK)

    def toggle_hand_of_tile(self, index: int) -> None:
        if 0 <= index < len(self.board.order):
            self.toggle_hand(self.board.order[index])

    def set_present(self, participant_id: int, present: bool) -> None:
        if self.session.locked:
            self.say_locked()
            return
        text = (self.tr("{name} arrived") if present else self.tr("{name} left")).format(
            name=self._name(participant_id))
        self.stack.push(AttendanceCommand(self.qt, participant_id, present, text))

    def _policy_chosen(self, index: int) -> None:
        policy = QueuePolicy(self.ui.policyCombo.itemData(index))
        if policy is not self.session.meeting.queue_policy:
            self.stack.push(PolicyCommand(self.qt, policy, self.tr("Queue order: {p}").format(
                p=policy_words(policy))))

    def _lower_selected_hand(self) -> None:
        ix = self.ui.queueView.currentIndex()
        if not ix.isValid() and self.queue_model.rowCount():
            ix = self.queue_model.index(0)
        if ix.isValid():
            self.set_hand(self.queue_model.data(ix, PARTICIPANT_ROLE), None)

    def tile_menu(self, participant_id: int) -> QMenu:
        """What a right-click on a tile offers (the actions carry out the change)."""
        m = self.session.meeting
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Actions for {name}").format(name=self._name(participant_id)))
        menu.addAction(self.tr("Give the floor"), lambda: self.give_floor(participant_id))
        menu.addSeparator()
        up = any(h.participant_id == participant_id for h in m.hands)
        menu.addAction(self.tr("Raise hand"), lambda: self.set_hand(participant_id, HandKind.SPEAK))
        menu.addAction(self.tr("Clarification (jumps the queue)"),
                       lambda: self.set_hand(participant_id, HandKind.CLARIFICATION))
        menu.addAction(self.tr("Point of order (jumps the queue)"),
                       lambda: self.set_hand(participant_id, HandKind.POINT_OF_ORDER))
        lower = menu.addAction(self.tr("Lower hand"), lambda: self.set_hand(participant_id, None))
        lower.setEnabled(up)
        menu.addSeparator()
        p = m.participant(participant_id)
        if self._is_gone(p, self.session.now_ms()):
            menu.addAction(self.tr("Mark as arrived"), lambda: self.set_present(participant_id, True))
        else:
            menu.addAction(self.tr("Mark as gone"), lambda: self.set_present(participant_id, False))
        if mode_at(p, self.session.now_ms()) is AttendanceMode.ONLINE:
            menu.addAction(self.tr("Now in the room"),
                           lambda: self.set_mode(participant_id, AttendanceMode.ROOM))
        else:
            menu.addAction(self.tr("Now online"),
                           lambda: self.set_mode(participant_id, AttendanceMode.ONLINE))
        return menu

    def set_mode(self, participant_id: int, mode: AttendanceMode) -> None:
        """Someone now takes part online, or in the room (undoable; the switch is timed)."""
        if self.session.locked:
            self.say_locked()
            return
        text = (self.tr("{name} is online") if mode is AttendanceMode.ONLINE
                else self.tr("{name} is in the room")).format(name=self._name(participant_id))
        self.stack.push(ModeCommand(self.qt, participant_id, mode, text))

    def _show_tile_menu(self, participant_id: int, pos: QPoint) -> None:
        """Open a tile's menu (right-click, the Menu key, Shift+F10); it closes itself."""
        menu = self.tile_menu(participant_id)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.open_menu = menu
        menu.popup(pos)

    def open_person_menu(self, participant_id: int, pos: QPoint) -> None:
        """The tile's menu from the keyboard (queue, find box): it opens with its first
        action active, so arrows and Enter choose."""
        menu = self.tile_menu(participant_id)
        self.person_menu = menu
        menu.popup(pos)
        menu.setActiveAction(menu.actions()[0])

    def find_person(self) -> None:
        """Ctrl+F: the find box over the view, listing everyone counted by name."""
        m = self.session.meeting
        people = []
        for n, pid in enumerate(self.board.order):
            p, words = m.participant(pid), ""
            g = m.group(p.group_id) if p else None
            words = f"{p.name} ({g.label})" if g else p.name
            if n < 10:
                words = self.tr("{who}, key {key}").format(who=words, key=(n + 1) % 10)
            people.append((pid, words))
        self.picker.open(people)

    def queue_key(self, what: str) -> None:
        """The queue's keys (``keys.QUEUE_KEYS``) on its selected person: "floor" (Enter),
        "lower" (Delete or Shift+Enter, as on a tile) or "menu" (the Menu key, Shift+F10)."""
        ix = self.ui.queueView.currentIndex()
        if not ix.isValid() and self.queue_model.rowCount():
            ix = self.queue_model.index(0)
        if not ix.isValid():
            return
        pid = self.queue_model.data(ix, PARTICIPANT_ROLE)
        if what == "floor":
            self.give_floor(pid)
        elif what == "lower":
            self.set_hand(pid, None)
        else:
            rect = self.ui.queueView.visualRect(ix)
            self.open_person_menu(pid, self.ui.queueView.viewport().mapToGlobal(rect.bottomLeft()))

    def banner_to_dismiss(self) -> Callable[[], None] | None:
        """What Esc dismisses: the recovered-meeting banner, else a notice (never the
        closed meeting's own line)."""
        if self.ui.recoveryBanner.isVisible():
            return self._dismiss_banner
        if self.notice.isVisible() and self.notice.dismiss_button.isVisible():
            return self.notice.dismiss
        return None

    def dismiss_banner(self) -> None:
        dismiss = self.banner_to_dismiss()
        if dismiss is not None:
            dismiss()
            self.setFocus()

    def resume_recovered(self) -> None:
        turn = self.session.recovered
        self._dismiss_banner()
        if turn is not None:
            self.give_floor(turn.participant_id)

    def _dismiss_banner(self) -> None:
        self._banner_done = True
        self.ui.recoveryBanner.hide()

    def _notes_typed(self) -> None:
        if self._notes_item is None:
            return
        cut = cap_text(self.ui.notesEdit)  # the format's limit, as in the editor: and said
        try:
            self.session.set_notes(self._notes_item, self.ui.notesEdit.toPlainText())
        except StoreError as exc:  # the text stays in the box; the next keystroke tries again
            self.ui.notesStatus.setText(self.tr("NOT saved: {why}").format(why=exc.message))
            colours.mark(self.ui.notesStatus, "problem", True)
            return
        self.qt.say_waiting()  # the save banner counts a note kept for later
        self._notes_saved(self.session.unsaved)
        if cut:
            self.ui.notesStatus.setText(cap_message())
            colours.mark(self.ui.notesStatus, "problem", True)
            announce(self, cap_message())

    def _notes_waited(self, unsaved: int, _why: str) -> None:
        if not unsaved and self.ui.notesStatus.text() == self.tr(
                "Not saved yet: waiting for the database"):
            self._notes_saved(0)  # the kept note is on disk now

    def _notes_saved(self, unsaved: int) -> None:
        if self._notes_item is None:
            return
        colours.mark(self.ui.notesStatus, "problem", False)
        self.ui.notesStatus.setText(
            self.tr("Not saved yet: waiting for the database") if unsaved
            else self.tr("Saved at {t}").format(t=local_hhmm(self.session.now_ms())))

    # --- keys -------------------------------------------------------------------------

    def event(self, event) -> bool:
        # Qt offers a key to the focused widget before running a shortcut; where the focused
        # widget keeps the key (a check box's Space, the stance grid's Esc) it gets it, and
        # the view's QAction does not run (gui/run/keys.py: every key and its context).
        if event.type() == QEvent.Type.ShortcutOverride and kept_by_focus(self, event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        """The digit keys, read from the physical key (a key no focused widget took comes
        here: a tile, a button, the queue pass digits on)."""
        command = digit_command(self, event)
        if command is None:
            super().keyPressEvent(event)
            return
        event.accept()
        command()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.ui.tilesScroll.viewport() and event.type() == QEvent.Type.Resize:
            self.board.set_viewport_height(obj.height())
        return False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.ui.notesEdit.hasFocus():
            self.setFocus()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.help.isVisible():
            self.help.setGeometry(self.rect())

    # --- showing ----------------------------------------------------------------------

    @staticmethod
    def _is_gone(p, now: int) -> bool:
        return p is not None and not is_present_at(p, now)

    def _build_tiles(self, m: Meeting) -> None:
        columns = []
        by_group: dict[int, list[int]] = {}
        for p in sorted(m.counted, key=lambda p: p.position):
            by_group.setdefault(p.group_id, []).append(p.id)
        for g in sorted(m.groups, key=lambda g: g.position):
            if by_group.get(g.id):
                columns.append((g.id, by_group[g.id]))
        known = {g.id for g in m.groups}
        for gid, pids in by_group.items():
            if gid not in known:
                columns.append((gid, pids))
        self.board.build(columns)
        before = self.ui.notesEdit  # Tab: the agenda's notes, then the tiles, then the queue
        for pid in self.board.order:
            tile = self.board.tiles[pid]
            tile.clicked.connect(self.give_floor)
            tile.hand_clicked.connect(self.toggle_hand)
            tile.menu_requested.connect(self._show_tile_menu)
            QWidget.setTabOrder(before, tile)
            before = tile
        self.board.set_viewport_height(self.ui.tilesScroll.viewport().height())

    def refresh(self) -> None:
        """Everything after a change: structure, notes, banner, then the live figures."""
        m = self.session.meeting
        structure = (tuple((g.id, g.name, g.label, g.colour, g.position) for g in m.groups),
                     tuple((p.id, p.group_id, p.name, p.role, p.position) for p in m.participants))
        rebuilt = structure != self._structure
        if rebuilt:
            self._structure = structure
            self._build_tiles(m)
            observers = [p.name for p in m.participants if not p.counted]
            self.ui.observersLabel.setText(
                self.tr("Observers (not counted): {names}").format(names=", ".join(observers))
                if observers else "")
            self.ui.observersLabel.setVisible(bool(observers))
        self._refresh_notes(m)
        self._refresh_banner()
        self._refresh_notice(m)
        idx = self.ui.policyCombo.findData(m.queue_policy.value)
        if idx != self.ui.policyCombo.currentIndex():
            self.ui.policyCombo.setCurrentIndex(idx)
        self._refresh_live()
        if rebuilt:
            self.board.relayout()  # the names are known now: room for them whole if there is

    def on_tick(self) -> None:
        if self.session.locked:  # a closed meeting's clock stands at its end
            return
        now = self.session.now_ms()
        if now // 1000 == self._last_sec:
            return
        self._refresh_live(now)

    def shown_now(self) -> int:
        """The moment the view shows: now, or the end of a closed meeting."""
        m = self.session.meeting
        if self.session.locked:
            return m.ended_ms or lifecycle.last_recorded_ms(m) or self.session.now_ms()
        return self.session.now_ms()

    def _refresh_live(self, now: int | None = None) -> None:
        s = self.session
        m = s.meeting
        now = self.shown_now() if now is None else now
        self._last_sec = now // 1000
        item = m.current_item
        bal = s.balance(at_ms=now)
        ibal = s.balance(item_only=True, at_ms=now) if item else None
        queue = s.queue() if m.hands else []
        for state in tile_states(m, self.board.order, bal, ibal, queue, now):
            self.board.tiles[state.participant_id].set_state(state, now)
        groups, gscale = group_states(m, bal)
        for header in self.board.headers:
            if header.group_id in groups:
                header.set_state(groups[header.group_id], gscale, now)
        self.clock.refresh(m, now)
        self.strip.show_state(m, now)
        self._refresh_balance_words(bal, ibal)
        self._refresh_queue(m, queue)
        self._refresh_not_heard(m, item)
        self._announce_changes(m, now)
        self._announce_hands(m, queue)

    def _announce_hands(self, m: Meeting, queue) -> None:
        from coprodesk.gui.run.hands_said import hand_news, hands_of

        hands, said = hands_of(m.hands, queue), self._said_hands
        self._said_hands = hands
        if said is not None and hands != said:
            turn = m.open_turn
            for words in hand_news(said, hands, self._name, turn.participant_id if turn else None):
                announce(self, words)

    def _announce_changes(self, m: Meeting, now: int) -> None:
        """Say what a screen reader user cannot see change: another item, the floor changing
        hands, a turn passing its soft limit. What is there when the view opens is not news."""
        turn = m.open_turn
        said = self._said
        item = m.current_item
        long_turn = (turn.participant_id, turn.start_ms) if turn and agenda.over_soft_limit(m, now) \
            else None
        now_said = (item.id if item else None, turn.participant_id if turn else None,
                    self.session.locked)
        self._said = now_said
        if said is None:
            self._said_long = long_turn
            return
        if now_said[0] != said[0] and not self.session.locked:
            announce(self, self.tr("Item {n} of {total}: {title}").format(
                n=m.items.index(item) + 1, total=len(m.items), title=item.title) if item
                else self.tr("No agenda item running"))
        if now_said[1:] != said[1:]:
            if turn is not None:
                announce(self, self.tr("{name} has the floor").format(name=self._name(turn.participant_id)))
            elif self.session.locked:
                announce(self, self.tr("The meeting has ended: the floor is closed"))
            else:
                announce(self, self.tr("Floor is open"))
        if long_turn is not None and long_turn != self._said_long:
            announce(self, self.tr("{name} is past the soft limit of {limit}").format(
                name=self._name(turn.participant_id), limit=minutes_words(m.turn_soft_limit_s * 1000)))
        self._said_long = long_turn

    def _refresh_balance_words(self, bal, ibal) -> None:
        def words(b) -> str:
            return domain_word(verdict_in_words(b))

        if bal.total_floor_ms <= 0:
            text = self.tr("Balance: nobody has spoken yet")
        else:
            text = self.tr("Balance so far: {words}").format(words=words(bal))
            if ibal is not None and ibal.total_floor_ms > 0:
                text += self.tr(" · on this item: {words}").format(words=words(ibal))
        self.ui.balanceLabel.setText(text)

    def _refresh_queue(self, m: Meeting, queue) -> None:
        rows = []
        for h in queue:
            p = m.participant(h.participant_id)
            g = m.group(p.group_id) if p else None
            rows.append(QueueRow(h.participant_id, p.name if p else "?", g.label if g else "",
                                 g.colour if g else "#888888", h.kind))
        self.queue_model.set_rows(tuple(rows))
        self.ui.queueTitle.setText(self.tr("Speaker queue ({n})").format(n=len(rows)) if rows
                                   else self.tr("Speaker queue: no hands up"))
        self.ui.nextSpeakerButton.setEnabled(bool(rows))
        self.ui.lowerHandButton.setEnabled(bool(rows))

    def _refresh_not_heard(self, m: Meeting, item) -> None:
        ids = self.session.not_yet_heard() if item is not None else ()
        if not ids or not any(t.item_id == item.id for t in m.turns):
            self.ui.notHeardLabel.hide()
            return
        names = [self._name(i) for i in ids]
        shown = ", ".join(names[:NOT_HEARD_SHOWN])
        if len(names) > NOT_HEARD_SHOWN:
            shown += self.tr(" and {n} more").format(n=len(names) - NOT_HEARD_SHOWN)
        self.ui.notHeardLabel.setText(self.tr("Not heard yet on this item: {names}").format(names=shown))
        self.ui.notHeardLabel.show()

    def _refresh_notes(self, m: Meeting) -> None:
        item = m.current_item
        item_id = item.id if item else None
        if item_id == self._notes_item:
            return
        self._notes_item = item_id
        edit = self.ui.notesEdit
        edit.blockSignals(True)
        edit.setPlainText(item.notes if item else "")
        edit.blockSignals(False)
        edit.setEnabled(item is not None)
        self.ui.notesLabel.setText(self.tr("&Notes on this item") if item
                                   else self.tr("Notes (open when an item starts)"))
        self.ui.notesStatus.setText("")

    def _refresh_banner(self) -> None:
        turn = self.session.recovered
        if turn is None or self._banner_done:
            self.ui.recoveryBanner.hide()
            return
        self.ui.recoveryLabel.setText(self.tr("Recovered: the meeting was interrupted at {t}").format(
            t=local_hhmm(turn.end_ms)))
        self.ui.resumeButton.setText(
            self.tr("Resume with {name}").format(name=self._name(turn.participant_id)))
        self.ui.recoveryBanner.show()

    # --- ending, locking, reopening ---------------------------------------------------

    def _refresh_notice(self, m: Meeting) -> None:
        s = self.session
        locked = s.locked
        signed = m.status is MeetingStatus.SIGNED
        self.notice.set_locked(locked, signed)
        self.end_button.setEnabled(not locked and m.status is MeetingStatus.RUNNING)
        self.end_meeting_action.setEnabled(self.end_button.isEnabled())
        if locked:
            ended = local_hhmm(m.ended_ms) if m.ended_ms else "?"
            self.notice.say("locked", self.tr(
                "The minutes of this meeting are signed: its record is locked. Reopening it "
                "records an amendment.") if signed else self.tr(
                "This meeting ended at {t}: its record is closed, and keys do not change it. "
                "Reopen it to run it again (the reason is recorded).").format(t=ended))
        else:
            self.notice.forget("locked")
            self.notice.forget("key")
        if not self._notices_said:
            self._notices_said = True
            if s.clock_behind_ms:
                self.notice.say("clock", self.tr(
                    "This computer's clock reads {wall}, earlier than this meeting's last record "
                    "({last}): it looks wrong, so times go on from {last}.").format(
                    wall=local_hhmm(s.clock.inner.now_ms()), last=local_hhmm(s.now_ms())))
            for i in s.settled.ended:
                self.notice.say(f"ended-{i.id}", self.tr(
                    "“{title}” was still open in this closed meeting; it now ends when the "
                    "meeting ended ({t}).").format(title=i.title, t=local_hhmm(i.ended_ms)))

    def say_locked(self) -> None:
        """A key that would change the floor of a closed meeting: said, never done."""
        self.notice.say("key", self.tr("Nothing changed: the meeting is closed. Use Reopen… "
                                       "to run it again."))

    def end_meeting(self) -> None:
        """Ask, then end: the floor pauses, open items end, the meeting closes."""
        m = self.session.meeting
        if self.session.locked or m.status is not MeetingStatus.RUNNING:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("End meeting"),
                          self.tr("End “{title}” now?").format(title=m.title), parent=self)
        box.setInformativeText(self.tr(
            "The floor pauses, the open agenda item ends and the meeting is closed; its record "
            "then stays as it is. You can reopen it later (the reason is recorded)."))
        end = box.addButton(self.tr("End the meeting"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(end)

        def done(_result: int) -> None:
            self.message_box = None
            if box.clickedButton() is end:
                self.end_now()

        box.finished.connect(done)
        self.message_box = box
        box.open()

    def end_now(self) -> None:
        """End without asking (the quit guard's "End the meeting" has asked already)."""
        if self.session.locked:
            return
        self.stack.push(EndMeetingCommand(self.qt, self.tr("End meeting")))
        if self.session.locked:
            self.notice.minutes_button.setFocus()

    def ask_reopen(self) -> None:
        """Reopen… : the reason is asked in place and kept with the meeting's record."""
        signed = self.session.meeting.status is MeetingStatus.SIGNED
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Reopen the meeting"))
        dialog.setLabelText(self.tr(
            "The minutes are signed. Say what needs correcting; the next minutes print it as "
            "an amendment:") if signed else self.tr(
            "Say why the meeting is reopened; the minutes print it:"))
        dialog.setTextValue("")

        def chosen(reason: str) -> None:
            self.reopen_dialog = None
            try:
                self.session.reopen(reason)
            except StoreError as exc:
                self.qt.report(exc)
                return
            self.stack.clear()  # the amendment is a boundary undo does not cross
            self.notice.forget("key")
            self.notice.forget("undo")
            self.qt.notify()

        dialog.textValueSelected.connect(chosen)
        self.reopen_dialog = dialog
        dialog.open()

