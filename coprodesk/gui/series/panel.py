"""The "You said, we did" panel of the run view: the actions carried into the running
meeting from earlier meetings of its series, where each came from, and what happened.

Each outcome is an undoable command written through the store first
(``store.series.record_update`` / ``clear_update``); *done* needs a sentence on the
result and *dropped* a reason, or the change is refused with that sentence.
"""

from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import QAbstractButton, QHeaderView, QPushButton, QTableView, QWidget

from coprodesk.domain.model import ActionStatus
from coprodesk.domain.series import carried_actions, validate_update
from coprodesk.gui import colours
from coprodesk.gui.announce import show_result
from coprodesk.gui.series.models import CarriedModel, CarriedRow, carried_rows, status_words
from coprodesk.gui.write_first import WriteFirstCommand
from coprodesk.store import meetings as repo
from coprodesk.store import series as store_series
from coprodesk.store.connection import Store
from coprodesk.store.errors import StoreError

Outcome = tuple[ActionStatus | None, str]  # None: nothing recorded at this meeting

STYLE = """
QLabel#titleLabel { font-weight: bold; }
QLabel#introLabel, QLabel#historyLabel { color: @muted; }
QLabel#problemLabel { color: @bad; font-weight: bold; }
QTableView#carriedView::item { padding-top: 5px; padding-bottom: 5px; }
"""


def name_corner_button(view: QTableView) -> None:
    """A table's corner button and headers have no text: give them names for screen readers."""
    for button in view.findChildren(QAbstractButton):
        if not button.text() and not button.accessibleName():
            button.setAccessibleName(QCoreApplication.translate("series", "Select all rows"))
    view.horizontalHeader().setAccessibleName(QCoreApplication.translate("series", "Column headings"))
    view.verticalHeader().setAccessibleName(QCoreApplication.translate("series", "Row numbers"))


class RecordOutcome(WriteFirstCommand):
    """What happened to one carried action at this meeting; undo puts back what was there.

    It writes through the store on its own, so undo still works after the run view (and
    this panel) has gone; the panel repaints only while it exists."""

    def __init__(self, panel: YouSaidPanel, action_id: int, new: Outcome, old: Outcome,
                 text: str) -> None:
        super().__init__(text)
        self.store, self.meeting_id = panel.store, panel.meeting_id
        session = panel.qt.session if panel.qt is not None else None  # plain Python: outlives Qt
        self.now_ms = session.now_ms if session is not None else lambda: int(time.time() * 1000)
        self.panel, self.action_id, self.new, self.old = panel, action_id, new, old

    def apply(self) -> None:
        write_outcome(self.store, self.action_id, self.meeting_id, self.new, self.now_ms())

    def revert(self) -> None:
        write_outcome(self.store, self.action_id, self.meeting_id, self.old, self.now_ms())

    def record(self) -> tuple[Store, int]:
        return self.store, self.meeting_id

    def refused(self, exc: StoreError) -> None:
        if shiboken6.isValid(self.panel):
            self.panel.problem.emit(exc.message)

    def settled(self, written: bool) -> None:
        if shiboken6.isValid(self.panel):  # the panel shows the store's state either way
            self.panel.after_change()


def write_outcome(store: Store, action_id: int, meeting_id: int, outcome: Outcome, now_ms: int) -> None:
    status, note = outcome
    if status is None:
        store_series.clear_update(store, action_id, meeting_id)
    else:
        store_series.record_update(store, action_id, meeting_id, status, note, now_ms)


class YouSaidPanel(QWidget):
    problem = Signal(str)
    changed = Signal()

    def __init__(self, store: Store, meeting_id: int, stack: QUndoStack, qt_session=None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from coprodesk.gui.forms.ui_you_said_panel import Ui_YouSaidPanel

        self.ui = Ui_YouSaidPanel()
        self.ui.setupUi(self)
        colours.themed(self, STYLE)
        self.store, self.meeting_id, self.stack, self.qt = store, meeting_id, stack, qt_session
        big = QFont(self.font())
        big.setPointSizeF(self.font().pointSizeF() * 1.25)
        big.setBold(True)
        self.ui.titleLabel.setFont(big)
        self.model = CarriedModel(self)
        view = self.ui.carriedView
        view.setModel(self.model)
        header = view.horizontalHeader()
        for col, mode in ((CarriedModel.WHAT, QHeaderView.ResizeMode.Stretch),
                          (CarriedModel.FROM, QHeaderView.ResizeMode.Stretch),
                          (CarriedModel.RAISED, QHeaderView.ResizeMode.ResizeToContents),
                          (CarriedModel.OUTCOME, QHeaderView.ResizeMode.ResizeToContents),
                          (CarriedModel.NOTE, QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(col, mode)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.selectionModel().currentRowChanged.connect(lambda *_: self._row_changed())
        name_corner_button(view)
        ui = self.ui
        ui.doneButton.clicked.connect(lambda: self.record(ActionStatus.DONE))
        ui.progressButton.clicked.connect(lambda: self.record(ActionStatus.IN_PROGRESS))
        ui.droppedButton.clicked.connect(lambda: self.record(ActionStatus.DROPPED))
        ui.notYetButton.clicked.connect(lambda: self.record(ActionStatus.NOT_YET))
        ui.clearButton.clicked.connect(self.clear)
        ui.noteEdit.returnPressed.connect(self._note_entered)
        ui.noteEdit.textEdited.connect(lambda _t: show_result(ui.problemLabel, ""))
        self.refresh()

    # --- reading ----------------------------------------------------------------------------
    def now_ms(self) -> int:
        if self.qt is not None:
            return self.qt.session.now_ms()
        return int(time.time() * 1000)

    def refresh(self) -> None:
        keep = self.current_row()
        meeting = repo.load_meeting(self.store, self.meeting_id)
        carried = []
        if meeting.series:
            try:
                meetings = store_series.series_meetings(self.store, meeting.series)
                updates = store_series.action_updates(self.store, [m.id for m in meetings])
                carried = carried_actions(meetings, updates, self.meeting_id)
            except StoreError as exc:
                self.problem.emit(exc.message)
        self.model.set_rows(carried_rows(carried))
        view = self.ui.carriedView
        open_left = sum(1 for r in self.model.rows if not r.carried.closed_here)
        self.ui.titleLabel.setText(self.tr("You said, we did: {n} carried, {k} still open").format(
            n=len(self.model.rows), k=open_left))
        row = next((n for n, r in enumerate(self.model.rows)
                    if keep is not None and r.action_id == keep.action_id), 0 if self.model.rows else -1)
        if row >= 0:
            view.selectRow(row)
        self._row_changed()

    @property
    def count(self) -> int:
        return len(self.model.rows)

    def current_row(self) -> CarriedRow | None:
        ix = self.ui.carriedView.currentIndex()
        if not ix.isValid() or not 0 <= ix.row() < len(self.model.rows):
            return None
        return self.model.rows[ix.row()]

    def _row_changed(self) -> None:
        row = self.current_row()
        enabled = row is not None
        for b in (self.ui.doneButton, self.ui.progressButton, self.ui.droppedButton,
                  self.ui.notYetButton, self.ui.noteEdit):
            b.setEnabled(enabled)
        self.ui.clearButton.setEnabled(enabled and row.carried.status is not None)
        self.ui.noteEdit.setText(row.carried.note if row else "")
        show_result(self.ui.problemLabel, "")
        if row is None:
            self.ui.historyLabel.setText("")
            return
        c = row.carried
        parts = [self.tr("Raised at “{m}”").format(m=c.from_meeting.title)]
        if row.raised_by:
            parts.append(self.tr("by {who}").format(who=row.raised_by))
        if c.history:
            parts.append(self.tr("earlier: {h}").format(h="; ".join(
                status_words(u.status) + (f" ({u.note})" if u.note else "") for u in c.history)))
        self.ui.historyLabel.setText(" · ".join(parts))

    # --- changing ---------------------------------------------------------------------------
    def after_change(self) -> None:
        self.refresh()
        if self.qt is not None and shiboken6.isValid(self.qt):
            self.qt.notify()
        self.changed.emit()

    def _push(self, row: CarriedRow, new: Outcome, text: str) -> bool:
        old: Outcome = (row.carried.status, row.carried.note)
        if new == old:
            return False
        try:
            write_outcome(self.store, row.action_id, self.meeting_id, new, self.now_ms())
        except StoreError as exc:
            self.refuse(exc.message)
            return False
        self.stack.push(RecordOutcome(self, row.action_id, new, old, text))
        self.after_change()
        return True

    def refuse(self, message: str) -> None:
        show_result(self.ui.problemLabel, message)
        self.problem.emit(message)

    def record(self, status: ActionStatus) -> bool:
        """Record the selected action's outcome with the sentence typed; False when refused."""
        row = self.current_row()
        if row is None:
            return False
        note = self.ui.noteEdit.text().strip()
        missing = validate_update(status, note)
        if missing is not None:
            self.refuse(QCoreApplication.translate("series", missing))
            self.ui.noteEdit.setFocus()
            return False
        return self._push(row, (status, note), self.tr("{s}: {what}").format(
            s=status_words(status), what=row.carried.action.what))

    def clear(self) -> bool:
        row = self.current_row()
        if row is None:
            return False
        return self._push(row, (None, ""), self.tr("Clear outcome: {what}").format(
            what=row.carried.action.what))

    def _note_entered(self) -> None:
        """Enter in the sentence box: keep the outcome already chosen, with the new sentence."""
        row = self.current_row()
        if row is not None and row.carried.status is not None:
            self.record(row.carried.status)


def attach_you_said(run_view) -> YouSaidPanel | None:
    """Give the run view a "You said, we did" button and panel when the meeting carries
    actions from earlier meetings of its series (the panel swaps with the timers)."""
    session = run_view.session
    if not session.meeting.series:
        return None  # not in a series: nothing can be carried (and nothing to load)
    panel = YouSaidPanel(session.store, session.meeting_id, run_view.stack, run_view.qt, run_view)
    if panel.count == 0:
        panel.deleteLater()
        return None
    run_view.you_said = panel
    button = QPushButton(QCoreApplication.translate("YouSaidPanel", "You said, we did ({n}) (Ctrl+Shift+Y)")
                         .format(n=panel.count), run_view)
    button.setObjectName("youSaidButton")
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Tab reaches it; a click leaves the keys to the floor
    run_view.you_said_button = button
    run_view.ui.floorLayout.addWidget(button)
    run_view.add_panel("you_said", button, panel,
                       lambda p: (p.refresh(), p.ui.carriedView.setFocus()))
    run_view.toggle_you_said = lambda: run_view.toggle_panel("you_said")
    return panel
