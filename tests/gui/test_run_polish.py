"""Leftovers of the live room and inclusion work, each as the facilitator meets it at
1280 × 720: the queue wraps without a sideways scroll bar, a tile of someone who has not
spoken says so, and the two tiles the floor passes between say their new state at once.

Real store on tmp_path, the demo meeting on a FakeClock, real widgets and keys; what a screen
reader hears is read through ``QAccessible``.
"""

from __future__ import annotations

from contextlib import contextmanager
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QUndoStack

from coprodesk.domain.model import HandKind
from coprodesk.gui.run.view import RunView
from coprodesk.store import meetings as repo

SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier
NAME, DESCRIPTION = QAccessible.Text.Name, QAccessible.Text.Description


@pytest.fixture
def run(qtbot, live):
    r = live()
    r.stack = QUndoStack()
    r.view = RunView(r.qt, r.stack)
    qtbot.addWidget(r.view)
    r.view.resize(1280, 720)
    r.view.show()
    qtbot.waitExposed(r.view)
    r.qtbot = qtbot
    return r


def tile(r, n: int):
    return r.view.board.tiles[r.view.board.order[n - 1]]


def said(r, n: int) -> tuple[str, str]:
    iface = QAccessible.queryAccessibleInterface(tile(r, n))
    return iface.text(NAME), iface.text(DESCRIPTION)


def fresh(r, n: int) -> tuple[str, str]:
    """What the tile would say if it were made now from what it shows."""
    t = tile(r, n)
    return t.accessible_text(), t.accessible_description()


def press(r, key, mods=Qt.KeyboardModifier.NoModifier) -> None:
    r.qtbot.keyClick(r.view, key, mods)


def tick(r, seconds: int) -> None:
    for _ in range(seconds):
        r.clock.advance(1)
        r.qt.tick.emit()


# --- the queue ---------------------------------------------------------------------------

def test_the_queue_wraps_long_entries_without_a_sideways_scroll_bar(run):
    view = run.view
    long_name = "Maximiliane Okonkwo-Hohenzollern"
    pid = view.board.order[0]
    repo.update_participant(run.store, pid, name=long_name)
    run.session.reload()
    run.qt.notify()
    for p in view.board.order:
        view.set_hand(p, HandKind.POINT_OF_ORDER)
    run.qtbot.wait(50)  # the list lays its rows out later
    queue = view.ui.queueView
    assert view.queue_model.rowCount() == 9
    assert queue.horizontalScrollBar().maximum() == 0
    assert not queue.horizontalScrollBar().isVisible()
    first = queue.visualRect(view.queue_model.index(0))
    assert first.right() <= queue.viewport().width()  # the row fits, wrapped
    assert first.height() > queue.fontMetrics().height() * 1.5  # on more than one line


# --- who has not spoken ------------------------------------------------------------------

def test_a_tile_of_someone_who_has_not_spoken_says_so(run):
    name, description = said(run, 1)
    assert name == "Amara Okafor, Lived experience, has not spoken yet"
    assert "less than a minute" not in name + description
    assert description.startswith("0 turns; not spoken on this item yet; share 0 %")
    press(run, Qt.Key.Key_1)
    run.clock.advance(20)
    press(run, Qt.Key.Key_2)  # Amara has spoken 20 seconds now: less than a minute
    name, description = said(run, 1)
    assert name == "Amara Okafor, Lived experience, less than a minute on the floor"
    assert "1 turn; less than a minute on this item" in description
    assert said(run, 3)[0] == "Sione Tupou, Lived experience, has not spoken yet"


def test_a_participant_screen_bar_of_someone_who_has_not_spoken_says_so(qtbot, live):
    from coprodesk.gui.participant.view import ParticipantWindow

    r = live()
    window = ParticipantWindow(r.qt)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    from coprodesk.gui.participant.bars import PersonBar

    bars = window.findChildren(PersonBar)
    assert bars
    amara = next(b for b in bars if b.accessibleName().startswith("Amara Okafor"))
    assert amara.accessibleDescription().startswith("has not spoken yet; share 0 %")
    assert "less than a minute" not in amara.accessibleDescription()


# --- the floor passing: both tiles at once --------------------------------------------------

def test_when_the_floor_passes_both_tiles_say_their_new_state_at_once(run):
    press(run, Qt.Key.Key_1)
    tick(run, 100)
    press(run, Qt.Key.Key_2)  # by key
    assert said(run, 1) == fresh(run, 1) and said(run, 2) == fresh(run, 2)
    assert "share 100 %" in said(run, 1)[1]
    tick(run, 40)  # the running clock: shares move, words wait for the minute
    press(run, Qt.Key.Key_3, SHIFT)
    tick(run, 1)
    press(run, Qt.Key.Key_N)  # from the queue
    assert said(run, 2) == fresh(run, 2) and said(run, 3) == fresh(run, 3)
    assert "share 0 %" not in said(run, 2)[1]  # Tom's 41 seconds count at once
    tick(run, 30)
    run.stack.undo()  # back to Tom: both tiles again
    assert said(run, 2) == fresh(run, 2) and said(run, 3) == fresh(run, 3)
    tick(run, 30)
    press(run, Qt.Key.Key_Space)  # a pause: the speaker's tile
    assert said(run, 2) == fresh(run, 2)


def test_another_agenda_item_is_said_at_once_on_every_tile(run):
    press(run, Qt.Key.Key_1)
    tick(run, 90)
    press(run, Qt.Key.Key_Space)  # paused: nobody's turn changes with the item
    assert "1 minute on this item" in said(run, 1)[1]
    tick(run, 5)
    press(run, Qt.Key.Key_Right, CTRL)  # the next item: item times start again
    for n in range(1, 10):
        assert said(run, n) == fresh(run, n)
    assert "1 minute on this item" not in said(run, 1)[1]


# --- names whole at 1280 × 720 --------------------------------------------------------------

NAMES = ("Amara Okafor", "Tom Reilly", "Sione Tupou", "Margaret Chen", "Dev Patel",
         "Ruth Adeyemi", "Liam Byrne", "Jo Fischer", "Helen Ward", "Grace Mensah", "Omar Haddad",
         "Nina Kowalski", "Ben Carter", "Aisha Rahman", "Pete Lawson", "Mei Lin", "Kofi Boateng",
         "Sarah O'Neill", "Raj Singh", "Lucy Evans", "Marek Nowak", "Fatima Ali", "Hugh Jenkins",
         "Zoe Adams")


def crowded(store, people: int) -> int:
    mid = repo.create_meeting(store, "Crowded room", date="2026-04-16")
    groups = repo.load_meeting(store, mid).groups
    for n, name in enumerate(NAMES[:people]):
        repo.add_participant(store, mid, name, groups[n % 4].id)
    repo.add_item(store, mid, "Everything", 3600)
    return mid


def every_cue_up(qtbot, session, qt) -> RunView:
    """At 1280 × 720, tile 2 holds the floor and everyone else has a hand up: every tile
    carries a cue beside its name."""
    view = RunView(qt, QUndoStack())
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    qtbot.waitExposed(view)
    qtbot.keyClick(view, Qt.Key.Key_2)
    session.clock.advance(52)
    for n, pid in enumerate(view.board.order):
        if n != 1:
            view.set_hand(pid, HandKind.CLARIFICATION if n % 3 == 0 else HandKind.SPEAK)
    qt.tick.emit()
    view.grab()  # paint every tile as the screen would
    return view


def names(view) -> list[tuple[str, str]]:
    return [(t.state.name, t.drawn_name) for t in (view.board.tiles[p] for p in view.board.order)]


@pytest.mark.parametrize("people", [None, 10, 12, 14], ids=["demo", "10", "12", "14"])
def test_names_are_shown_whole_at_1280_by_720_using_the_free_height(qtbot, live, people):
    from coprodesk.domain.clock import FakeClock
    from coprodesk.gui.qt_session import QtSession
    from coprodesk.session import MeetingSession

    r = live()
    mid = r.mid if people is None else crowded(r.store, people)
    qt = r.qt if people is None else QtSession(MeetingSession(r.store, mid, FakeClock()))
    try:
        view = every_cue_up(qtbot, qt.session, qt)
        shown = names(view)
        assert [d for n, d in shown if d != n] == []  # none cut
        board = view.board
        lowest = max(t.geometry().bottom() for t in board.tiles.values())
        assert lowest <= view.ui.tilesScroll.viewport().height()  # all in sight, no scrolling
    finally:
        if qt is not r.qt:
            qt.stop()


def test_with_no_height_to_spare_tiles_keep_their_size_and_cut_only_what_does_not_fit(qtbot, live):
    from coprodesk.domain.clock import FakeClock
    from coprodesk.gui.qt_session import QtSession
    from coprodesk.session import MeetingSession

    r = live()
    qt = QtSession(MeetingSession(r.store, crowded(r.store, 24), FakeClock()))
    try:
        view = every_cue_up(qtbot, qt.session, qt)
        assert not any(t.tall for t in view.board.tiles.values())  # 6 rows: no room for more
        for name, drawn in names(view):  # a cut name keeps its start; the tile says it whole
            assert drawn == name or (drawn.endswith("…") and name.startswith(drawn[:-1]))
        tile = view.board.tiles[view.board.order[0]]
        assert tile.accessibleName().startswith(tile.state.name + ",")
    finally:
        qt.stop()


# --- text caps: the format's limit, said -------------------------------------------------------

def too_long_text() -> str:
    from coprodesk.domain.limits import TEXT_MAX

    return ("w" * 79 + "\n") * (TEXT_MAX // 80 + 2)


def test_item_notes_keep_the_formats_limit_and_say_so(run):
    from coprodesk.domain.limits import TEXT_MAX

    press(run, Qt.Key.Key_1)  # the meeting runs: the first item's notes are open
    notes = run.view.ui.notesEdit
    assert notes.isEnabled()
    notes.setPlainText(too_long_text())  # pasted
    assert len(notes.toPlainText()) == TEXT_MAX
    status = run.view.ui.notesStatus.text()
    assert status == "At most 1,000,000 characters are kept; the rest was not saved."
    item = repo.load_meeting(run.store, run.mid).current_item
    assert len(item.notes) == TEXT_MAX
    notes.textCursor().insertText("x")  # typing on at the end: still cut, still said
    assert len(notes.toPlainText()) == TEXT_MAX
    assert run.view.ui.notesStatus.text() == status


def test_the_proposal_keeps_the_formats_limit_and_says_so(run):
    from coprodesk.domain.limits import TEXT_MAX

    problems: list[str] = []
    run.qt.problem.connect(problems.append)
    press(run, Qt.Key.Key_D, CTRL)
    panel = run.view.decisions
    panel.new_decision()
    panel.ui.proposalEdit.setPlainText(too_long_text())
    assert len(panel.ui.proposalEdit.toPlainText()) == TEXT_MAX
    assert problems == ["At most 1,000,000 characters are kept; the rest was not saved."]
    run.qtbot.waitUntil(lambda: len(repo.load_meeting(run.store, run.mid).decisions[0].proposal)
                        == TEXT_MAX)


# --- edits while another program holds the database ------------------------------------------

def hold_the_database(store):
    """Another program (a big import) takes the write lock; ``.rollback()`` lets go."""
    import sqlite3

    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return other


def test_decision_edits_wait_for_a_busy_database_keep_the_text_and_land_later(run):
    press(run, Qt.Key.Key_1)
    press(run, Qt.Key.Key_D, CTRL)
    panel = run.view.decisions
    panel.new_decision()
    other = hold_the_database(run.store)
    try:
        panel.ui.proposalEdit.setPlainText("Pilot in two surgeries")
        panel._save_proposal()  # (what the typing timer or leaving the box does)
        panel.ui.statementEdit.setText("Two sites from May")
        panel.ui.statementEdit.editingFinished.emit()
        waiting = panel.waiting_label
        assert waiting.isVisible()
        assert waiting.text().startswith("Not saved yet: the database is locked by another "
                                         "program")
        assert "(2 waiting)" in waiting.text()
        press(run, Qt.Key.Key_2)  # the floor moves on: the panel repaints...
        panel.refresh()
        assert panel.ui.proposalEdit.toPlainText() == "Pilot in two surgeries"  # ...text kept
        assert panel.ui.statementEdit.text() == "Two sites from May"
        panel.ui.proposalEdit.setPlainText("Pilot in three surgeries")  # typed on: replaces it
        panel._save_proposal()
        assert "(2 waiting)" in waiting.text()
    finally:
        other.rollback()
        other.close()
    run.qtbot.waitUntil(lambda: not panel.waiting_label.isVisible(), timeout=5000)
    d = repo.load_meeting(run.store, run.mid).decisions[0]
    assert (d.proposal, d.statement) == ("Pilot in three surgeries", "Two sites from May")
    texts = [run.stack.text(i) for i in range(run.stack.count())]
    assert texts[-2:] == ["Edit the proposal", "Outcome statement"]
    run.stack.undo()
    assert repo.load_meeting(run.store, run.mid).decisions[0].statement == ""


@contextmanager
def title_typed_while_busy(gui, store):
    """The demo's planned meeting on the editor's Details tab, and "Autumn review" typed into
    its title while another program holds the database (let go on leaving the block).
    Gives window, planned, details, before (the title) and said (the one message shown)."""
    from coprodesk.demo import create_demo

    _, planned = create_demo(store)
    window = gui.window(store)
    window.open_meeting(planned)
    details = window.editor.details
    window.editor.ui.tabs.setCurrentWidget(details)
    before = repo.load_meeting(store, planned).title
    other = hold_the_database(store)
    try:
        gui.type_into(details.ui.titleEdit, "Autumn review")
        said = gui.problem_shown(window)
        yield SimpleNamespace(window=window, planned=planned, details=details, before=before,
                              said=said)
    finally:
        other.rollback()
        other.close()


def test_editor_fields_wait_for_a_busy_database_say_so_once_and_land_later(qtbot, gui, store):
    with title_typed_while_busy(gui, store) as t:
        window, planned, details, before = t.window, t.planned, t.details, t.before
        assert t.said == ("Not saved yet: the database is locked by another program; close "
                          "it and try again. What you typed is kept and saved as soon as the "
                          "database is free.")  # one message, not one per key
        assert window.message_box is None
        window.editor.content_changed(planned)  # anything reloading the page meanwhile...
        assert details.ui.titleEdit.text() == "Autumn review"  # ...keeps what was typed
        assert repo.load_meeting(store, planned).title == before
    qtbot.waitUntil(lambda: repo.load_meeting(store, planned).title == "Autumn review",
                    timeout=5000)
    assert window.message_box is None  # nothing more to say
    window.editing.stack.undo()  # the typing is one change, undone at once
    assert repo.load_meeting(store, planned).title == before


def test_a_closed_meetings_stance_changed_while_the_database_is_busy_keeps_its_correction_note(
        qtbot, store, closed_stance):
    from PySide6.QtWidgets import QMessageBox

    from coprodesk.store.signing import amendments

    asked = closed_stance()
    closed, decision, panel, before = asked.closed, asked.decision, asked.panel, asked.before
    box = panel.message_box
    assert isinstance(box, QMessageBox)
    other = hold_the_database(store)
    try:
        qtbot.mouseClick(next(b for b in box.buttons() if b.text() == "Change it"),
                         Qt.MouseButton.LeftButton)
        assert panel.waiting_label.isVisible()  # kept, and said
        assert amendments(store, closed) == []
    finally:
        other.rollback()
        other.close()
    qtbot.waitUntil(lambda: not panel.waiting_label.isVisible(), timeout=5000)
    assert repo.load_meeting(store, closed).decisions[0].current_round.stances != before
    (note,) = [reason for _ms, reason in amendments(store, closed)]
    assert note.startswith(f"Correction: Decision “{decision.proposal}”:")


def test_quitting_while_edits_wait_asks_and_keeps_waiting_by_default(qtbot, gui, store):
    from PySide6.QtWidgets import QMessageBox

    with title_typed_while_busy(gui, store) as t:
        window, planned = t.window, t.planned
        window.close()  # Ctrl+Q's action
        box = window.quit_guard
        assert isinstance(box, QMessageBox) and box.isVisible() and window.isVisible()
        assert box.text() == "Changes not saved yet: 1"
        assert box.informativeText().startswith(
            "They wait because the database is locked by another program")
        assert "if you quit now, they are lost" in box.informativeText()
        qtbot.keyClick(box, Qt.Key.Key_Escape)  # Esc keeps waiting
        assert window.quit_guard is None and window.isVisible()
        window.close()
        box = window.quit_guard
        assert box.defaultButton().text() == "Keep waiting"
        qtbot.mouseClick(box.defaultButton(), Qt.MouseButton.LeftButton)
        assert window.isVisible()
    qtbot.waitUntil(lambda: repo.load_meeting(store, planned).title == "Autumn review",
                    timeout=5000)
    assert window.edits_waiting() == 0
    window.close()  # nothing waits: no question
    assert window.quit_guard is None and not window.isVisible()


def test_quitting_without_the_waiting_edits_closes_and_leaves_the_record_as_it_was(
        qtbot, gui, store):
    with title_typed_while_busy(gui, store) as t:
        window, planned, before = t.window, t.planned, t.before
        window.close()
        box = window.quit_guard
        lose = next(b for b in box.buttons() if b.text() == "Quit without them")
        qtbot.mouseClick(lose, Qt.MouseButton.LeftButton)
        assert not window.isVisible()
    qtbot.wait(600)  # past two retry periods: what was dropped is never written
    assert repo.load_meeting(store, planned).title == before
