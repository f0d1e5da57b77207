"""The decision panel: proposal, method, everyone's stance, the outcome, the joint badge,
an override with its reason, revisions, and the meeting's actions.

Every change is an undoable command written through the store first; the panel
then reloads the meeting and repaints. In the run view a *round* gives each person
the floor in turn (a timed turn like any other) while their stance is recorded.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coprodesk.domain import decisions as rules
from coprodesk.domain.limits import TEXT_MAX
from coprodesk.domain.model import Decision, Meeting, MeetingStatus
from coprodesk.gui import colours
from coprodesk.gui.announce import announce
from coprodesk.gui.decisions.models import ActionsModel, StanceModel
from coprodesk.gui.domain_words import domain_word, joint_sentence, lower_word
from coprodesk.gui.inner_names import name_inner_parts
from coprodesk.gui.kept_edits import KeptEdits
from coprodesk.gui.text_cap import cap_message, cap_text
from coprodesk.gui.write_first import WriteFirstCommand
from coprodesk.store import decisions as store_decisions
from coprodesk.store import devices
from coprodesk.store import meetings as repo
from coprodesk.store.connection import Store
from coprodesk.store.errors import StoreError

OUTCOME_WORDS = {"agreed": "Agreed", "not agreed": "Not agreed", "deferred": "Deferred"}  # domain_words


def _alive(method: Callable) -> bool:
    """Whether a bound method's widget still exists: the meeting's undo history outlives
    the panel (undo after leaving the run view still writes, with nothing to repaint)."""
    owner = getattr(method, "__self__", None)
    return owner is None or not isinstance(owner, QObject) or shiboken6.isValid(owner)


class Change(WriteFirstCommand):
    """A store write and its exact inverse; the panel repaints after either."""

    def __init__(self, text: str, do: Callable[[], object], undo: Callable[[], object],
                 after: Callable[[], None], report: Callable[[str], None] | None = None,
                 record: tuple[Store, int] | None = None) -> None:
        super().__init__(text)
        self.do, self.undo_fn, self.after, self.report = do, undo, after, report
        self._record = record

    def record(self) -> tuple[Store, int] | None:
        return self._record

    def apply(self) -> None:
        self.do()

    def revert(self) -> None:
        self.undo_fn()

    def refused(self, exc: StoreError) -> None:
        if self.report is not None and _alive(self.report):
            self.report(exc.message)

    def settled(self, written: bool) -> None:
        if _alive(self.after):  # the panel (if still there) shows the store's state
            self.after()


class DecisionPanel(QWidget):
    problem = Signal(str)  # one line for the user
    changed = Signal()

    def __init__(self, store: Store, meeting_id: int, stack: QUndoStack, qt_session=None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from coprodesk.gui.forms.ui_decision_panel import Ui_DecisionPanel

        self.ui = Ui_DecisionPanel()
        self.ui.setupUi(self)
        # its words whole in any language: the combos beside it give way instead
        self.ui.newButton.setMinimumWidth(self.ui.newButton.sizeHint().width())
        name_inner_parts(self)  # Qt's own parts: date fields, clear and corner buttons
        self.store, self.meeting_id, self.stack, self.qt = store, meeting_id, stack, qt_session
        self.meeting: Meeting = repo.load_meeting(store, meeting_id)
        self.decision_id: int | None = None
        self.in_round = False
        self._correcting = False  # a closed meeting's change, already agreed to
        self._said_outcome: tuple | None = None  # (decision, outcome, joint) a screen reader heard
        self.message_box: QMessageBox | None = None
        self.kept = KeptEdits(store, self)  # changes waiting while the database is busy
        self.waiting_label = QLabel(self)
        self.waiting_label.setObjectName("waitingLabel")
        self.waiting_label.setWordWrap(True)
        self.waiting_label.setAccessibleName(self.tr("Not saved yet"))
        colours.themed(self.waiting_label, "color: @bad; font-weight: bold;")
        self.waiting_label.hide()
        self.layout().insertWidget(0, self.waiting_label)
        self.kept.waiting.connect(self._say_waiting)
        self.kept.refused.connect(self.problem)
        self.ui.tabs.setAccessibleName(self.tr("Decision and actions"))
        # stances given privately from participants' own devices (Share with devices): who
        # has answered (never what) and Reveal, which enters them into the record
        self.devices_label = QLabel(self)
        self.devices_label.setObjectName("devicesLabel")
        self.devices_label.setWordWrap(True)
        self.devices_label.hide()
        self.reveal_button = QPushButton(self.tr("Re&veal answers from devices"), self)
        self.reveal_button.setObjectName("revealButton")
        self.reveal_button.setToolTip(self.tr(
            "Enter the stances given privately from people's own devices into the record"))
        self.reveal_button.clicked.connect(self.reveal)
        self.reveal_button.hide()
        grid = self.ui.gridButtons
        grid.insertWidget(grid.indexOf(self.ui.roundButton) + 1, self.reveal_button)
        self.ui.stanceView.parentWidget().layout().insertWidget(
            self.ui.stanceView.parentWidget().layout().indexOf(self.ui.stanceView) + 1,
            self.devices_label)
        self.ui.tabs.tabBar().setAccessibleName(self.tr("Decision or actions"))
        self.stances = StanceModel(self)
        self.actions = ActionsModel(self)
        view = self.ui.stanceView
        view.setModel(self.stances)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.setEditTriggers(view.EditTrigger.NoEditTriggers)
        view.stance_key.connect(self._stance_key)
        view.reason_key.connect(lambda: self.edit_reason(view.currentIndex().row()))
        view.clear_key.connect(lambda: self.set_stance(view.currentIndex().row(), None, remove=True))
        self.ui.actionsView.setModel(self.actions)
        self.ui.actionsView.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.ui.actionsView.horizontalHeader().setStretchLastSection(True)
        for m in rules.METHODS.values():
            self.ui.methodCombo.addItem(domain_word(m.label), m.key)
        for t in rules.Threshold:
            self.ui.thresholdCombo.addItem(domain_word(t.label), str(t))
        self.ui.overrideCombo.addItem(self.tr("No override (follow the rule)"), "")
        for o in rules.Outcome:
            self.ui.overrideCombo.addItem(domain_word(OUTCOME_WORDS[str(o)]), str(o))
        # Fits 1280 × 720 beside the agenda and the queue: the decision picker (proposals,
        # the meeting's words) sizes to a short minimum; the method, threshold and override
        # boxes (our words, on rows of their own) show their longest entry whole.
        ui = self.ui
        ui.decisionCombo.setSizeAdjustPolicy(
            ui.decisionCombo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        ui.decisionCombo.setMinimumContentsLength(16)
        for combo in (ui.methodCombo, ui.overrideCombo, ui.thresholdCombo):
            combo.setSizeAdjustPolicy(combo.SizeAdjustPolicy.AdjustToContents)
        # at least eight people of the grid in sight; the rest of the panel scrolls under it
        rows = view.verticalHeader().defaultSectionSize()
        view.setMinimumHeight(8 * rows + view.horizontalHeader().sizeHint().height()
                              + 2 * view.frameWidth())
        self._connect()
        self.refresh()

    # --- wiring ---------------------------------------------------------------------------
    def _connect(self) -> None:
        ui = self.ui
        ui.newButton.clicked.connect(lambda: self.new_decision())
        ui.decisionCombo.activated.connect(
            lambda i: self.show_decision(ui.decisionCombo.itemData(i)))
        ui.methodCombo.activated.connect(lambda i: self.set_method(ui.methodCombo.itemData(i)))
        ui.thresholdCombo.activated.connect(
            lambda i: self.set_field("threshold", ui.thresholdCombo.itemData(i),
                                     self.tr("Change the threshold")))
        ui.everyoneButton.clicked.connect(self.everyone_supports)
        ui.roundButton.clicked.connect(self.toggle_round)
        ui.reviseButton.clicked.connect(self.revise)
        ui.overrideButton.clicked.connect(self.apply_override)
        ui.meaningsButton.clicked.connect(self.edit_meanings)
        ui.proposalEdit.installEventFilter(self)
        self._proposal_timer = QTimer(self)  # saved as typed, a moment after the last key
        self._proposal_timer.setSingleShot(True)
        self._proposal_timer.setInterval(400)
        self._proposal_timer.timeout.connect(self._save_proposal)
        ui.proposalEdit.textChanged.connect(self._proposal_typed)
        ui.statementEdit.editingFinished.connect(
            lambda: self.set_field("statement", ui.statementEdit.text(),
                                   self.tr("Outcome statement")))
        ui.dissentEdit.editingFinished.connect(
            lambda: self.set_field("dissent", ui.dissentEdit.text(), self.tr("Recorded dissent")))
        ui.plainWordsEdit.editingFinished.connect(
            lambda: self.set_field("plain_words", ui.plainWordsEdit.text().strip(),
                                   self.tr("Decision in plain words")))
        ui.addActionButton.clicked.connect(self.add_action_dialog)
        ui.doneButton.clicked.connect(self.toggle_done)
        ui.openOnlyCheck.toggled.connect(lambda _on: self.refresh())
        if self.qt is not None:
            self.qt.changed.connect(self._session_changed)

    # --- state ----------------------------------------------------------------------------
    @property
    def decision(self) -> Decision | None:
        return next((d for d in self.meeting.decisions if d.id == self.decision_id), None)

    def now_ms(self) -> int:
        return self.qt.session.now_ms() if self.qt is not None else int(time.time() * 1000)

    def eligible(self, d: Decision) -> frozenset[int]:
        return rules.eligible_ids(self.meeting, d, self.now_ms())

    def floor_id(self) -> int | None:
        t = self.meeting.open_turn
        return t.participant_id if t else None

    def _session_changed(self) -> None:
        self.meeting = self.qt.session.meeting
        self._paint()

    def refresh(self) -> None:
        """Reload from the store and repaint everything."""
        if self.qt is not None:
            self.meeting = self.qt.session.reload()
        else:
            self.meeting = repo.load_meeting(self.store, self.meeting_id)
        self._paint()

    def _paint(self) -> None:
        ui = self.ui
        if self.decision is None and self.meeting.decisions:
            current = self.meeting.current_item
            here = [d for d in self.meeting.decisions if current and d.item_id == current.id]
            self.decision_id = (here or list(self.meeting.decisions))[-1].id
        ui.decisionCombo.blockSignals(True)
        ui.decisionCombo.clear()
        for n, d in enumerate(self.meeting.decisions, 1):
            text = d.proposal.splitlines()[0][:60] if d.proposal.strip() else self.tr("(no text)")
            ui.decisionCombo.addItem(f"{n}. {text}", d.id)
        ui.decisionCombo.setCurrentIndex(max(0, ui.decisionCombo.findData(self.decision_id)))
        ui.decisionCombo.blockSignals(False)
        d = self.decision
        for w in (ui.methodCombo, ui.thresholdCombo, ui.proposalEdit, ui.reviseButton,
                  ui.stanceView, ui.everyoneButton, ui.roundButton, ui.overrideCombo,
                  ui.overrideReasonEdit, ui.overrideButton, ui.statementEdit, ui.dissentEdit,
                  ui.plainWordsEdit, ui.meaningsButton):
            w.setEnabled(d is not None)
        ui.roundButton.setEnabled(d is not None and self.qt is not None)
        ui.roundButton.setText(self.tr("&Stop round") if self.in_round else self.tr("&Start round"))
        all_meanings = store_decisions.meanings(self.store, self.meeting_id)
        if d is None:
            self.stances.set_state(self.meeting, None, frozenset(), {}, None)
            ui.outcomeLabel.setText(self.tr("No decision yet on this meeting: “New decision” "
                                            "starts one for the current agenda item."))
            for label in (ui.jointLabel, ui.historyLabel):  # nothing to say: nothing read out
                label.clear()
                label.hide()
        else:
            meanings = all_meanings
            eligible = self.eligible(d)
            row = ui.stanceView.currentIndex().row()
            self.stances.set_state(self.meeting, d, eligible, meanings, self.floor_id())
            if self.stances.rowCount():
                self.select_person(min(max(row, 0), self.stances.rowCount() - 1))
            ui.methodCombo.setCurrentIndex(ui.methodCombo.findData(d.method))
            ui.thresholdCombo.setVisible(d.method == "majority")
            ui.thresholdLabel.setVisible(d.method == "majority")
            ui.thresholdCombo.setCurrentIndex(ui.thresholdCombo.findData(d.threshold))
            typed = self.kept.count > 0  # changes wait for the database: the boxes are the truth
            if not self._proposal_timer.isActive() and not typed \
                    and ui.proposalEdit.toPlainText() != d.proposal:
                ui.proposalEdit.blockSignals(True)
                ui.proposalEdit.setPlainText(d.proposal)
                ui.proposalEdit.blockSignals(False)
            ui.roundLabel.setText(self.tr("Proposal (round %1):").replace(
                "%1", str(d.current_round.number if d.current_round else 1)))
            history = [self.tr("Round %1: %2").replace("%1", str(r.number)).replace("%2", r.proposal)
                       for r in d.rounds[:-1]]
            ui.historyLabel.setText("\n".join(history))
            ui.historyLabel.setVisible(bool(history))
            self._paint_outcome(d, eligible)
            for edit, text in ((ui.statementEdit, d.statement), (ui.dissentEdit, d.dissent),
                               (ui.plainWordsEdit, d.plain_words)):
                if not edit.hasFocus() and not typed:
                    edit.setText(text)
            ui.overrideCombo.setCurrentIndex(max(0, ui.overrideCombo.findData(
                d.override_outcome or "")))
            if not ui.overrideReasonEdit.hasFocus() and not typed:
                ui.overrideReasonEdit.setText(d.override_reason)
            keys = "  ".join(f"{n} {domain_word(o.label)}" for n, o in
                             enumerate(rules.options(d.method, meanings), 1))
            ui.keysLabel.setText(self.tr("Keys: %1  0 not given · Enter reason · Del clear")
                                 .replace("%1", keys))
        self.actions.set_actions(self.meeting, ui.openOnlyCheck.isChecked())
        self._paint_devices(d)

    def _paint_devices(self, d: Decision | None) -> None:
        """Who has answered from their own device in the current round, until revealed."""
        rnd = d.current_round if d is not None else None
        waiting = devices.device_stances(self.store, rnd.id) if rnd and rnd.id else {}
        names = [p.name for pid in waiting if (p := self.meeting.participant(pid)) is not None]
        self.devices_label.setText(self.tr(
            "Answered from their own devices (private until revealed): %1").replace(
            "%1", ", ".join(names)))
        self.devices_label.setVisible(bool(names))
        self.reveal_button.setVisible(bool(names))
        self.reveal_button.setEnabled(bool(names) and self.meeting.status is not MeetingStatus.SIGNED)

    def reveal(self) -> None:
        """Enter the round's answers from devices into the record, marked as given from
        the person's own device; undo makes them private again."""
        d = self.decision
        rnd = d.current_round if d is not None else None
        if rnd is None or rnd.id is None:
            return
        kept: dict = {}

        def do() -> None:
            kept["before"], kept["given"] = devices.reveal_device_stances(self.store, rnd.id)

        def undo() -> None:
            devices.hide_again(self.store, rnd.id, kept["before"], kept["given"],
                               int(time.time() * 1000))

        if self.push_stances(self.tr("Reveal answers from devices"), do, undo):
            announce(self, self.tr("Answers from devices revealed: %1 stances entered").replace(
                "%1", str(len(kept.get("given", {})))))

    def _paint_outcome(self, d: Decision, eligible: frozenset[int]) -> None:
        verdict = rules.joint_verdict(d, self.meeting.participants, self.meeting.groups, eligible)
        words = OUTCOME_WORDS[str(verdict.outcome)]
        t = rules.tally(d.current_round, d.method, eligible)
        counts = ", ".join(f"{n} {lower_word(rules.option(d.method, k).label)}"
                           for k, n in t.by_option.items() if n)
        not_given = t.not_given + len(t.missing)
        text = (self.tr("Outcome so far: %1") if t.missing else self.tr("Outcome: %1")).replace(
            "%1", domain_word(words))
        if rules.is_overridden(d):
            text += self.tr(" (set by the facilitator; the rule says %1. Reason: %2)").replace(
                "%1", lower_word(OUTCOME_WORDS[str(verdict.computed)])).replace(
                "%2", d.override_reason)
        none = self.tr("no stances yet")  # (a literal lupdate reads, not inside an f-string)
        text += f" — {counts or none}"
        if not_given:
            text += self.tr("; %1 not given").replace("%1", str(not_given))
        missing = rules.missing_reasons(d.current_round, d.method)
        if missing:
            names = ", ".join(self.meeting.participant(i).name for i in missing)
            text += "\n" + self.tr("A reason is required from: %1").replace("%1", names)
        self.ui.outcomeLabel.setText(text)
        badge = joint_sentence(verdict)
        colour = "@good" if verdict.joint else "@bad"
        mark = "✔ " + self.tr("JOINT") if verdict.joint else "✖ " + self.tr("NOT JOINT")
        self.ui.jointLabel.setText(f"{mark} — {badge}")
        self.ui.jointLabel.show()
        self.ui.jointLabel.setStyleSheet(colours.style(f"font-weight: bold; color: {colour};"))
        said, self._said_outcome = self._said_outcome, (d.id, verdict.outcome, verdict.joint)
        if said is not None and said[0] == d.id and said[1:] != self._said_outcome[1:]:
            # while stances are missing the outcome is the screen's "so far", said the same way
            now = self.tr("Outcome so far: %1, %2") if t.missing else self.tr("Outcome now: %1, %2")
            announce(self, now.replace("%1", domain_word(words)).replace(
                "%2", self.tr("joint") if verdict.joint else self.tr("not joint")))

    # --- commands -------------------------------------------------------------------------
    def push_stances(self, text: str, do: Callable[[], object], undo: Callable[[], object]) -> bool:
        """Stances are the record of who agreed: a closed meeting's are changed only after
        asking, and keep a correction note the minutes print."""
        if self.meeting.status is MeetingStatus.CLOSED and not self._correcting:
            self._ask_correction(text, do, undo)
            return False
        return self.push(text, do, undo)

    def push(self, text: str, do: Callable[[], object], undo: Callable[[], object],
             key: tuple | None = None, then: Callable[[], None] | None = None) -> bool:
        """Write now; on success put the inverse on the undo stack. While the database is
        busy (or the disk full) the change waits in ``kept`` and is written, in order, when it
        can be (``key``: a field, whose newer text replaces the waiting one); what was typed
        stays in its box and the panel says so. ``then`` goes with the change (a correction
        note), whenever it is written. True: written now."""
        def write() -> None:
            do()
            if then is not None:
                then()
            self.stack.push(Change(text, do, undo, self._after, self._report,
                                   (self.store, self.meeting_id)))
            self._after()

        try:
            return self.kept.run(key, write)
        except StoreError as exc:  # nothing was written: leave what the user typed in place
            self.problem.emit(exc.message)
            return False

    def _say_waiting(self, count: int, why: str) -> None:
        """The panel's line while changes wait for the database (said to a screen reader)."""
        label = self.waiting_label
        if count:
            text = self.tr("Not saved yet: %1. What you typed is kept and saved as soon as the "
                           "database is free (%2 waiting).").replace("%1", why).replace(
                "%2", str(count))
            if not label.isVisible():
                announce(self, text)
            label.setText(text)
            label.show()
        elif label.isVisible():
            label.hide()
            announce(self, self.tr("Saved"))

    def _ask_correction(self, text: str, do: Callable[[], object],
                        undo: Callable[[], object]) -> None:
        d = self.decision
        what = self.tr("Decision “%1”: %2").replace("%1", d.proposal if d else "").replace("%2", text)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Change a closed meeting's record?"),
                          what, parent=self)
        box.setInformativeText(self.tr(
            "The meeting is closed: this changes its recorded decision (the outcome, and whether "
            "it was joint, can change). A correction note is kept and the minutes print it."))
        change = box.addButton(self.tr("Change it"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def done(_result: int) -> None:
            self.message_box = None
            if box.clickedButton() is not change:
                return
            from coprodesk.store.signing import record_correction

            def note() -> None:  # written with the change, also when it waited for the database
                try:
                    record_correction(self.store, self.meeting_id, f"Correction: {what}",
                                      int(time.time() * 1000))
                except StoreError as exc:
                    self.problem.emit(exc.message)

            self._correcting = True
            try:
                self.push(text, do, undo, then=note)
            finally:
                self._correcting = False

        box.finished.connect(done)
        self.message_box = box
        box.open()

    def _report(self, message: str) -> None:
        self.problem.emit(message)

    def _after(self) -> None:
        self.refresh()
        if self.qt is not None:
            self.qt.notify()
        self.changed.emit()

    def show_decision(self, decision_id: int | None) -> None:
        self.decision_id = decision_id
        self._paint()

    def new_decision(self, method: str = "consensus", proposal: str = "") -> int | None:
        item = self.meeting.current_item or (self.meeting.items[0] if self.meeting.items else None)
        created: list[int] = []

        def do() -> None:
            if created:
                d = created_decision[0]
                store_decisions.restore_decision(self.store, self.meeting_id, d)
            else:
                created.append(store_decisions.create_decision(
                    self.store, self.meeting_id, method, proposal,
                    item.id if item else None))
            self.decision_id = created[0]

        created_decision: list[Decision] = []

        def undo() -> None:
            d = repo.load_meeting(self.store, self.meeting_id)
            created_decision[:] = [x for x in d.decisions if x.id == created[0]]
            store_decisions.delete_decision(self.store, created[0])
            self.decision_id = None

        if self.push(self.tr("New decision"), do, undo):
            self.ui.proposalEdit.setFocus()
            return created[0]
        return None

    def set_method(self, method: str) -> None:
        d = self.decision
        if d is None or method == d.method:
            return
        rnd = d.current_round
        before = {s.participant_id: (s.option, s.reason) for s in rnd.stances}
        cleared = dict.fromkeys(before)

        def do() -> None:  # stances of another scale do not carry over
            store_decisions.set_stances(self.store, rnd.id, cleared)
            store_decisions.update_decision(self.store, d.id, method=method)

        def undo() -> None:
            store_decisions.update_decision(self.store, d.id, method=d.method)
            store_decisions.set_stances(self.store, rnd.id, before)

        self.push(self.tr("Change the method"), do, undo)

    def set_field(self, name: str, value, text: str) -> None:
        d = self.decision
        if d is None or getattr(d, name) == value:
            return
        old = getattr(d, name)
        self.push(text, lambda: store_decisions.update_decision(self.store, d.id, **{name: value}),
                  lambda: store_decisions.update_decision(self.store, d.id, **{name: old}),
                  key=("field", d.id, name))

    def _proposal_typed(self) -> None:
        if self.decision is not None:
            if cap_text(self.ui.proposalEdit):  # the format's limit, as in the editor: and said
                self.problem.emit(cap_message())
            self._proposal_timer.start()

    def _save_proposal(self) -> None:
        self._proposal_timer.stop()
        self.set_proposal(self.ui.proposalEdit.toPlainText())

    def set_proposal(self, text: str) -> None:
        d = self.decision
        if d is None or d.current_round is None or text == d.proposal:
            return
        rid, old = d.current_round.id, d.proposal
        self.push(self.tr("Edit the proposal"),
                  lambda: store_decisions.set_proposal(self.store, rid, text),
                  lambda: store_decisions.set_proposal(self.store, rid, old), key=("proposal", rid))

    def set_stance(self, row: int, option: str | None, reason: str | None = None,
                   remove: bool = False) -> None:
        d = self.decision
        if d is None or not 0 <= row < self.stances.rowCount():
            return
        r = self.stances.rows[row]
        rid, pid = d.current_round.id, r.person.id
        before = (r.option, r.reason) if r.given else None
        if remove:
            after = None
        elif reason is None:  # picking a stance keeps a reason already typed
            after = (option, r.reason)
        else:  # typing a reason keeps the stance (an explicit "not given" if there was none)
            after = (r.option if r.given else None, reason)
        if after != before:
            label = self.stances.option_label(after[0]) if after else self.tr("no stance")
            self.push_stances(self.tr("%1: %2").replace("%1", r.person.name).replace("%2", label),
                              lambda: store_decisions.set_stances(self.store, rid, {pid: after}),
                              lambda: store_decisions.set_stances(self.store, rid, {pid: before}))
        if remove or reason is not None:
            return  # a reason typed or a stance cleared: the person stays current
        if self.message_box is not None:
            return  # a closed meeting's record: changed (and said) only once agreed to
        if after[0] is not None and rules.option(d.method, after[0]).reason_required \
                and not after[1].strip():
            self.edit_reason(row)  # a block or an objection needs its reason: ask at once
        self._stance_given(row, after[0])

    def _stance_given(self, row: int, option: str | None) -> None:
        """Say the stance; in a round, then give the next person the floor (said too)."""
        d = self.decision
        name = self.stances.rows[row].person.name if row < self.stances.rowCount() else ""
        said = self.tr("%1: %2").replace("%1", name).replace(
            "%2", lower_word(rules.option(d.method, option).label) if option is not None
            else self.tr("not given"))
        if self.in_round:
            nxt = self._advance_round(row)
            said = (self.tr("%1. Next: %2").replace("%1", said).replace(
                "%2", self.stances.rows[nxt].person.name) if nxt is not None
                else self.tr("%1. The round is complete").replace("%1", said))
        announce(self, said)

    def everyone_supports(self) -> None:
        d = self.decision
        if d is None:
            return
        support = next(o.key for o in rules.options(d.method) if o.weight is rules.Weight.SUPPORTS)
        rid = d.current_round.id
        before = {r.person.id: ((r.option, r.reason) if r.given else None)
                  for r in self.stances.rows}
        after = {pid: (support, "") for pid in before}
        self.push_stances(self.tr("Everyone supports"),
                  lambda: store_decisions.set_stances(self.store, rid, after),
                  lambda: store_decisions.set_stances(self.store, rid, before))

    def edit_reason(self, row: int) -> None:
        r = self.stances.rows[row]
        text, ok = QInputDialog.getText(
            self, self.tr("Reason"),
            self.tr("%1's reason (%2):").replace("%1", r.person.name).replace(
                "%2", self.stances.option_label(r.option) if r.given else self.tr("no stance")),
            QLineEdit.EchoMode.Normal, r.reason)
        if ok:
            self.set_stance(row, r.option, text)

    def revise(self) -> None:
        d = self.decision
        if d is None:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Revise the proposal"))
        dialog.setLabelText(self.tr("The amended proposal (the earlier round, its stances and "
                                    "reasons stay on record):"))
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        dialog.setTextValue(d.proposal)
        box = dialog.findChild(QPlainTextEdit)
        box.setAccessibleName(self.tr("Amended proposal"))
        box.setTabChangesFocus(True)  # Tab goes on to OK, as in every other box
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        text = dialog.textValue().strip()
        dialog.deleteLater()
        if ok and len(text) > TEXT_MAX:
            text = text[:TEXT_MAX]
            self.problem.emit(cap_message())
        if ok and text:
            self.new_round(text)

    def new_round(self, proposal: str) -> None:
        d = self.decision
        made: list[int] = []

        def do() -> None:
            made[:] = [store_decisions.new_round(self.store, d.id, proposal)]

        self.push(self.tr("Revise and decide again"), do,
                  lambda: store_decisions.delete_round(self.store, made[0]))

    def apply_override(self) -> None:
        d = self.decision
        if d is None:
            return
        outcome = self.ui.overrideCombo.currentData() or None
        reason = self.ui.overrideReasonEdit.text()
        old = (d.override_outcome, d.override_reason)
        self.push(self.tr("Override the outcome") if outcome else self.tr("Remove the override"),
                  lambda: store_decisions.set_override(self.store, d.id, outcome, reason),
                  lambda: store_decisions.set_override(self.store, d.id, *old))

    def edit_meanings(self) -> None:
        d = self.decision
        if d is None:
            return
        everything = store_decisions.meanings(self.store, self.meeting_id)
        current = {o.key: o.meaning for o in rules.options(d.method, everything)}
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("What each stance means"))
        layout = QVBoxLayout(dialog)
        form = QFormLayout()
        edits = {}
        for o in rules.options(d.method):
            edit = QLineEdit(current[o.key], dialog)
            edit.setAccessibleName(domain_word(o.label))
            edit.setMinimumWidth(420)
            form.addRow(domain_word(o.label) + ":", edit)
            edits[o.key] = edit
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, dialog)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        defaults = {o.key: o.meaning for o in rules.options(d.method)}
        new = {k: e.text() for k, e in edits.items() if e.text().strip() != defaults[k]}
        old = {k: v for k, v in current.items() if v != defaults[k]}
        method = d.method
        self.push(self.tr("Change the wording of the stances"),
                  lambda: store_decisions.set_meanings(self.store, self.meeting_id, method, new),
                  lambda: store_decisions.set_meanings(self.store, self.meeting_id, method, old))

    # --- rounds ---------------------------------------------------------------------------
    def toggle_round(self) -> None:
        if self.in_round:
            self.stop_round()
        else:
            self.start_round()

    def start_round(self) -> None:
        """Each person in turn has the floor while their stance is recorded: the first one
        not yet heard now, with the focus on their name in the grid (a digit records)."""
        if self.qt is None or self.decision is None or not self.stances.rows:
            return
        self.in_round = True
        first = next((n for n, r in enumerate(self.stances.rows) if not r.given), 0)
        self._give_floor_to_row(first)
        self.ui.stanceView.setFocus()

    def stop_round(self) -> None:
        from coprodesk.gui.floor_undo import change_floor

        self.in_round = False
        change_floor(self.qt, self.stack, self.qt.session.pause, self.tr("End of the round"))
        self.refresh()

    def _give_floor_to_row(self, row: int) -> None:
        from coprodesk.gui.floor_undo import change_floor

        r = self.stances.rows[row]
        change_floor(self.qt, self.stack, lambda: self.qt.session.give_floor(r.person.id),
                     self.tr("Round: %1 has the floor").replace("%1", r.person.name))
        self.refresh()
        self.select_person(row)

    def _advance_round(self, row: int) -> int | None:
        """The next person without a stance gets the floor (None: the round ends)."""
        rows = self.stances.rows
        nxt = next((n for n in range(row + 1, len(rows)) if not rows[n].given), None)
        if nxt is None:
            self.stop_round()
        else:
            self._give_floor_to_row(nxt)
        return nxt

    def select_person(self, row: int) -> None:
        """Row ``row`` current, on the person's name: a screen reader says who it is."""
        grid = self.ui.stanceView
        index = self.stances.index(row, StanceModel.NAME)
        if grid.currentIndex() != index:
            grid.setCurrentIndex(index)
        grid.scrollTo(index)  # the current row in sight

    # --- actions --------------------------------------------------------------------------
    def add_action_dialog(self) -> None:
        dialog = ActionDialog(self.meeting, self.decision, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_action(**dialog.values())

    def add_action(self, what: str, owners: tuple[int, ...], due: str = "",
                   decision_id: int | None = None, item_id: int | None = None,
                   plain_words: str = "") -> None:
        made: list = []

        def do() -> None:
            if made and not isinstance(made[0], int):
                store_decisions.restore_action(self.store, self.meeting_id, made[0])
                made[:] = [made[0].id]
                return
            made[:] = [repo.add_action(self.store, self.meeting_id, what, owners, due=due,
                                       decision_id=decision_id, item_id=item_id,
                                       plain_words=plain_words)]

        def undo() -> None:
            action = next(a for a in repo.load_meeting(self.store, self.meeting_id).actions
                          if a.id == made[0])
            store_decisions.delete_action(self.store, action.id)
            made[:] = [action]

        self.push(self.tr("Add an action"), do, undo)

    def toggle_done(self) -> None:
        row = self.ui.actionsView.currentIndex().row()
        if not 0 <= row < self.actions.rowCount():
            return
        a = self.actions.rows[row]
        self.push(self.tr("Mark an action done") if not a.done else self.tr("Reopen an action"),
                  lambda: store_decisions.update_action(self.store, a.id, done=not a.done),
                  lambda: store_decisions.update_action(self.store, a.id, done=a.done))

    # --- keys -----------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.ui.proposalEdit and event.type() == QEvent.Type.FocusOut:
            self._save_proposal()
            return False
        return False

    def _stance_key(self, digit: int) -> None:
        """A digit in the grid (``StanceGrid``): 1 … 9 the scale's options, 0 not given."""
        d = self.decision
        row = self.ui.stanceView.currentIndex().row()
        if d is None or row < 0:
            return
        opts = rules.options(d.method)
        if digit == 0:
            self.set_stance(row, None)
        elif digit <= len(opts):
            self.set_stance(row, opts[digit - 1].key)
        else:
            return
        if not self.in_round and row + 1 < self.stances.rowCount():
            self.select_person(row + 1)  # fast in a live room: next person


class ActionDialog(QDialog):
    """What, who (one or more), by when, and the decision or item it comes from."""

    def __init__(self, meeting: Meeting, decision: Decision | None, parent=None) -> None:
        super().__init__(parent)
        from coprodesk.gui.forms.ui_action_dialog import Ui_ActionDialog

        self.ui = Ui_ActionDialog()
        self.ui.setupUi(self)
        name_inner_parts(self)  # Qt's own parts: date fields, clear and corner buttons
        for p in meeting.participants:
            item = QListWidgetItem(p.name, self.ui.ownersList)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
        self.ui.dueEdit.setDate(QDate.currentDate().addDays(14))
        self.ui.fromCombo.addItem(self.tr("(nothing in particular)"), None)
        for d in meeting.decisions:
            self.ui.fromCombo.addItem(self.tr("Decision: ") + d.proposal[:70], f"d:{d.id}")
        for i in meeting.items:
            self.ui.fromCombo.addItem(self.tr("Item: ") + i.title[:70], f"i:{i.id}")
        if decision is not None:
            self.ui.fromCombo.setCurrentIndex(self.ui.fromCombo.findData(f"d:{decision.id}"))
        self.ui.buttons.accepted.connect(self._accept)
        self.ui.buttons.rejected.connect(self.reject)

    def owners(self) -> tuple[int, ...]:
        lw = self.ui.ownersList
        return tuple(lw.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lw.count())
                     if lw.item(i).checkState() == Qt.CheckState.Checked)

    def _accept(self) -> None:
        if not self.ui.whatEdit.text().strip():
            self.ui.problemLabel.setText(self.tr("Say what will be done."))
            return
        if not self.owners():
            self.ui.problemLabel.setText(self.tr("Tick at least one person who will do it."))
            return
        self.accept()

    def values(self) -> dict:
        kind, _, ref = (self.ui.fromCombo.currentData() or "").partition(":")
        return {"what": self.ui.whatEdit.text().strip(), "owners": self.owners(),
                "due": self.ui.dueEdit.date().toString("yyyy-MM-dd"),
                "decision_id": int(ref) if kind == "d" else None,
                "item_id": int(ref) if kind == "i" else None,
                "plain_words": self.ui.plainEdit.text().strip()}
