"""Helpful checks in the meeting editor: an empty title gets a name, an end before the start
is marked, a second person of the same name is asked about, dates and times can be typed."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QMessageBox

from coprodesk.store import meetings as repo

LEFT = Qt.MouseButton.LeftButton


def new_meeting(qtbot, gui, store):
    window = gui.window(store)
    qtbot.mouseClick(window.library.ui.newButton, LEFT)
    return window, window.editor, window.editor.meeting_id


def test_an_emptied_title_is_never_saved_and_is_named_when_the_box_is_left(qtbot, gui, store):
    _window, editor, mid = new_meeting(qtbot, gui, store)
    title = editor.details.ui.titleEdit
    gui.type_into(title, "Workshop")
    title.selectAll()
    qtbot.keyClick(title, Qt.Key.Key_Delete)
    assert repo.load_meeting(store, mid).title == "Workshop"  # the empty title is not saved
    editor.details.ui.placeEdit.setFocus()
    title.editingFinished.emit()  # leaving the box (offscreen focus changes emit nothing)
    date = repo.load_meeting(store, mid).date
    assert repo.load_meeting(store, mid).title == f"Untitled meeting {date}"
    assert title.text() == f"Untitled meeting {date}"


def test_an_end_before_the_start_is_marked(qtbot, gui, store):
    _window, editor, mid = new_meeting(qtbot, gui, store)
    ui = editor.details.ui
    assert not editor.details.end_problem.isVisible()
    ui.endEdit.setTime(QTime(9, 0))  # starts 10:00
    assert editor.details.end_problem.isVisible()
    assert editor.details.end_problem.text() == "Ends before it starts"
    assert ui.endEdit.accessibleDescription() == "Ends before it starts"
    ui.endEdit.setTime(QTime(11, 30))
    assert not editor.details.end_problem.isVisible()
    assert repo.load_meeting(store, mid).end_time == "11:30"


def test_a_second_person_with_the_same_name_is_asked_about(qtbot, gui, store):
    _window, editor, mid = new_meeting(qtbot, gui, store)
    editor.ui.tabs.setCurrentWidget(editor.people)
    people = editor.people
    gui.type_into(people.ui.nameEdit, "Sam Lee", enter=True)
    gui.type_into(people.ui.nameEdit, "sam lee", enter=True)
    box = people.message_box
    assert box is not None and box.isVisible() and box.windowTitle() == "Same person twice?"
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), LEFT)
    assert [p.name for p in repo.load_meeting(store, mid).participants] == ["Sam Lee"]
    qtbot.keyClick(people.ui.nameEdit, Qt.Key.Key_Return)
    box = people.message_box
    qtbot.mouseClick(next(b for b in box.buttons() if b.text().startswith("Add a second")), LEFT)
    assert [p.name for p in repo.load_meeting(store, mid).participants] == ["Sam Lee", "sam lee"]


def test_a_date_and_a_time_can_be_typed(qtbot, gui, store):
    window, editor, mid = new_meeting(qtbot, gui, store)
    ui = editor.details.ui
    ui.dateEdit.setDate(QDate(2026, 6, 1))
    window.activateWindow()
    ui.dateEdit.setFocus()
    ui.dateEdit.setSelectedSection(ui.dateEdit.Section.MonthSection)
    qtbot.keyClicks(ui.dateEdit, "Dec")
    assert ui.dateEdit.date() == QDate(2026, 12, 1)
    assert repo.load_meeting(store, mid).date == "2026-12-01"
    ui.startEdit.setFocus()
    ui.startEdit.setSelectedSection(ui.startEdit.Section.HourSection)
    qtbot.keyClicks(ui.startEdit, "09")
    assert repo.load_meeting(store, mid).start_time == "09:00"


# --- 13. rewriting history is said, asked and recorded ---------------------------------------

def test_moving_someone_who_has_spoken_says_what_changes_and_a_closed_meeting_keeps_a_note(
        qtbot, gui, store):
    from coprodesk.demo import create_demo
    from coprodesk.gui.editor.people import PeopleModel
    from coprodesk.store.signing import amendments

    closed, _planned = create_demo(store)
    window = gui.window(store)
    window.open_meeting(closed)
    editor = window.editor
    editor.ui.tabs.setCurrentWidget(editor.people)
    model = editor.people.model
    row = [p.name for p in model.rows].index("Amara Okafor")
    carers = next(g for g in repo.load_meeting(store, closed).groups if g.name == "Carer / family")
    assert not model.setData(model.index(row, PeopleModel.GROUP), carers.id)  # asked first
    box = editor.people.message_box
    assert box.isVisible()
    assert box.text().startswith("Amara Okafor's 9:04 will count for Carer / family")
    assert "correction note" in box.informativeText()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), LEFT)
    amara = next(p for p in repo.load_meeting(store, closed).participants if p.name == "Amara Okafor")
    assert amara.group_id != carers.id and amendments(store, closed) == []
    model.setData(model.index(row, PeopleModel.GROUP), carers.id)
    box = editor.people.message_box
    qtbot.mouseClick(next(b for b in box.buttons() if b.text() == "Change it"), LEFT)
    amara = next(p for p in repo.load_meeting(store, closed).participants if p.name == "Amara Okafor")
    assert amara.group_id == carers.id
    (note,) = [reason for _ms, reason in amendments(store, closed)]
    assert note.startswith("Correction: Amara Okafor's 9:04 will count for Carer / family")


def test_making_a_speaker_an_observer_asks_first(qtbot, gui, store):
    from coprodesk.demo import create_demo
    from coprodesk.domain.model import Role
    from coprodesk.gui.editor.people import PeopleModel

    closed, _planned = create_demo(store)
    window = gui.window(store)
    window.open_meeting(closed)
    editor = window.editor
    model = editor.people.model
    row = [p.name for p in model.rows].index("Tom Reilly")
    assert not model.setData(model.index(row, PeopleModel.ROLE), Role.OBSERVER.value)
    assert "will no longer count" in editor.people.message_box.text()


def test_changing_a_stance_of_a_closed_meeting_asks_and_keeps_a_correction_note(qtbot, store,
                                                                                 closed_stance):
    from coprodesk.store.signing import amendments

    asked = closed_stance()
    closed, decision, panel, before = asked.closed, asked.decision, asked.panel, asked.before
    grid = panel.ui.stanceView
    box = panel.message_box
    assert box is not None and box.isVisible()
    assert "closed" in box.informativeText() and "correction note" in box.informativeText()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), LEFT)
    assert repo.load_meeting(store, closed).decisions[0].current_round.stances == before
    qtbot.keyClick(grid, Qt.Key.Key_2)
    box = panel.message_box
    qtbot.mouseClick(next(b for b in box.buttons() if b.text() == "Change it"), LEFT)
    assert repo.load_meeting(store, closed).decisions[0].current_round.stances != before
    (note,) = [reason for _ms, reason in amendments(store, closed)]
    assert note.startswith(f"Correction: Decision “{decision.proposal}”:")
