"""The meeting editor, driven as a facilitator would: real widgets on a real store."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QLineEdit,
)

from coprodesk.domain.model import ItemKind, Role
from coprodesk.gui.editor.agenda import AgendaModel
from coprodesk.gui.editor.groups import GroupsModel
from coprodesk.gui.editor.people import PeopleModel
from coprodesk.store import meetings as repo
from coprodesk.store.connection import open_store

LEFT = Qt.MouseButton.LeftButton
ALT = Qt.KeyboardModifier.AltModifier

AGENDA = [("Welcome", "information", 10), ("What works now", "discussion", 25),
          ("Night line", "decision", 30), ("Tea", "break", 10),
          ("Peer pilot", "decision", 25), ("Next steps", "information", 10)]


def titles(window) -> list[str]:
    return [i.title for i in window.editor.agenda.model.rows]


def new_meeting(qtbot, gui, window, title: str) -> int:
    qtbot.mouseClick(window.library.ui.newButton, LEFT)
    assert window.ui.stack.currentWidget() is window.editor
    details = window.editor.details.ui
    assert details.titleEdit.hasFocus() or details.titleEdit.selectedText() == "New meeting"
    gui.type_into(details.titleEdit, title)
    return window.editor.meeting_id


def test_a_facilitator_plans_a_meeting_and_finds_it_again_after_restarting(
        qtbot, gui, store, db_path, tmp_path):
    window = gui.window(store)
    mid = new_meeting(qtbot, gui, window, "Spring workshop")
    assert window.windowTitle() == "Spring workshop — CoProDesk"
    assert window.saved_label.text().startswith("Saved ")
    # this meeting's own history: its creation, then the title typed (one merged command)
    assert window.undo_stack.count() == 2
    details = window.editor.details.ui
    gui.type_into(details.placeEdit, "Room 2")
    details.startEdit.setFocus()
    details.endEdit.setTime(details.endEdit.time().addSecs(-3600))  # ends 11:00

    # stakeholder groups
    editor = window.editor
    editor.ui.tabs.setCurrentWidget(editor.groups)
    g = editor.groups.ui
    gui.type_into(g.nameEdit, "Young people")
    gui.type_into(g.labelEdit, "YP")
    qtbot.mouseClick(g.addButton, LEFT)
    gui.type_into(g.nameEdit, "Advocates", enter=True)
    names = [x.name for x in editor.groups.model.rows]
    assert names[-2:] == ["Young people", "Advocates"]
    assert editor.groups.model.rows[-1].label == "AD"

    # ten people: five typed, five from a CSV file
    editor.ui.tabs.setCurrentWidget(editor.people)
    p = editor.people.ui
    for name, group in (("Amara Okafor", 0), ("Tom Reilly", 0), ("Margaret Chen", 1),
                        ("Ruth Adeyemi", 2), ("Kai Moana", 4)):
        p.groupCombo.setCurrentIndex(group)
        gui.type_into(p.nameEdit, name, enter=True)
    csv_file = tmp_path / "people.csv"
    csv_file.write_text("name,group,role\nHelen Ward,Commissioner / manager,participant\n"
                        "Jo Fischer,Practitioner,facilitator\nPriya Nair,commissioner / manager,observer\n"
                        "Dev Patel,Carer / family,\nSam Lee,Advocates,co-chair\n", encoding="utf-8")
    qtbot.mouseClick(p.importButton, LEFT)
    dialog: QFileDialog = editor.people.file_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.selectFile(str(csv_file))
    dialog.accept()
    assert editor.people.model.rowCount() == 10
    assert p.countLabel.text() == "10 people"
    jo = next(x for x in editor.people.model.rows if x.name == "Jo Fischer")
    assert jo.role is Role.FACILITATOR

    # edit a person inline: not named in the minutes, with a pseudonym
    model = editor.people.model
    tom_row = [x.name for x in model.rows].index("Tom Reilly")
    assert model.setData(model.index(tom_row, PeopleModel.NAMED), Qt.CheckState.Unchecked.value,
                         Qt.ItemDataRole.CheckStateRole)
    view = p.peopleView
    view.setCurrentIndex(model.index(tom_row, PeopleModel.PSEUDONYM))
    view.edit(view.currentIndex())
    editor_widget = view.viewport().findChild(QLineEdit)
    assert editor_widget is not None, view.state()
    qtbot.keyClicks(editor_widget, "TR")
    qtbot.keyClick(editor_widget, Qt.Key.Key_Return)  # the delegate commits on the next loop turn
    qtbot.waitUntil(lambda: model.rows[tom_row].pseudonym == "TR")
    assert model.index(tom_row, PeopleModel.NAMED).data() == "As TR"

    # a six-item agenda
    editor.ui.tabs.setCurrentWidget(editor.agenda)
    a = editor.agenda.ui
    for title, kind, minutes in AGENDA:
        a.kindCombo.setCurrentIndex(a.kindCombo.findData(kind))
        a.minutesSpin.setValue(minutes)
        gui.type_into(a.titleEdit, title, enter=True)
    assert titles(window) == [t for t, _k, _m in AGENDA]
    assert "planned 1 h 50 min" in a.totalLabel.text()
    assert "Overruns by 50 min" in a.projectionLabel.text()  # 10:00 + 110 min against 11:00
    assert editor.agenda.ui.footer.property("overrun") is True

    # leads: tick Amara for "Night line"
    agenda_view = a.agendaView
    agenda_view.setCurrentIndex(editor.agenda.model.index(2, AgendaModel.TITLE))
    lead = a.leadsList.item(0)
    assert lead.text().startswith("Amara Okafor")
    lead.setCheckState(Qt.CheckState.Checked)
    assert editor.agenda.model.index(2, AgendaModel.LEADS).data() == "Amara Okafor"

    # reorder by keyboard: Alt+Down twice moves "Welcome" to third place, Alt+Up once back up
    agenda_view.setFocus()
    agenda_view.setCurrentIndex(editor.agenda.model.index(0, AgendaModel.TITLE))
    qtbot.keyClick(agenda_view, Qt.Key.Key_Down, ALT)
    qtbot.keyClick(agenda_view, Qt.Key.Key_Down, ALT)
    assert titles(window)[:3] == ["What works now", "Night line", "Welcome"]
    qtbot.keyClick(agenda_view, Qt.Key.Key_Up, ALT)
    assert titles(window)[:3] == ["What works now", "Welcome", "Night line"]
    assert agenda_view.currentIndex().row() == 1  # the moved item stays selected

    # reorder by drag and drop: "Tea" (row 3) dropped before "What works now" (row 0)
    gui.drag_row(agenda_view, 3, 0)
    assert titles(window) == ["Tea", "What works now", "Welcome", "Night line", "Peer pilot",
                              "Next steps"]
    gui.drag_row(agenda_view, 0, 6)  # and to the end
    after_drag = ["What works now", "Welcome", "Night line", "Peer pilot", "Next steps", "Tea"]
    assert titles(window) == after_drag

    # undo and redo several steps, from the Edit menu's actions, across tabs
    undo, redo = window.undo_action, window.redo_action
    undo.trigger()  # the drag to the end
    undo.trigger()  # the drag to the top
    assert titles(window)[:3] == ["What works now", "Welcome", "Night line"]
    for _ in range(3):
        undo.trigger()  # the three keyboard moves
    assert titles(window) == [t for t, _k, _m in AGENDA]
    undo.trigger()  # the lead
    assert editor.agenda.model.index(2, AgendaModel.LEADS).data() == ""
    for _ in range(6):
        redo.trigger()
    assert titles(window) == after_drag
    # Ctrl+Z on the focused widget reaches the same stack
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    agenda_view.setFocus()
    qtbot.keyClick(agenda_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titles(window)[-1] == "Next steps"
    qtbot.keyClick(agenda_view, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert titles(window) == after_drag
    # an edit in another tab is undone from here
    editor.ui.tabs.setCurrentWidget(editor.details)
    gui.type_into(details.purposeEdit, "Co-design crisis support")
    editor.ui.tabs.setCurrentWidget(editor.agenda)
    undo.trigger()
    assert repo.load_meeting(store, mid).purpose == ""
    redo.trigger()
    assert details.purposeEdit.toPlainText() == "Co-design crisis support"

    # close the app, reopen the same database file, find everything as it was
    window.close()
    store.close()
    store2 = open_store(db_path)
    try:
        window2 = gui.window(store2)
        window2.library.select(mid)
        qtbot.mouseClick(window2.library.ui.openButton, LEFT)
        m = window2.editor.meeting
        assert window2.windowTitle() == "Spring workshop — CoProDesk"
        assert (m.title, m.place, m.purpose, m.start_time, m.end_time) == (
            "Spring workshop", "Room 2", "Co-design crisis support", "10:00", "11:00")
        assert [x.name for x in m.groups][-2:] == ["Young people", "Advocates"]
        assert len(m.participants) == 10
        assert next(x for x in m.participants if x.name == "Sam Lee").role is Role.CO_CHAIR
        tom = next(x for x in m.participants if x.name == "Tom Reilly")
        assert (tom.named_in_minutes, tom.public_name) == (False, "TR")
        assert [i.title for i in m.items] == after_drag
        assert m.items[-1].kind is ItemKind.BREAK
        night = next(i for i in m.items if i.title == "Night line")
        assert [m.participant(x).name for x in night.lead_ids] == ["Amara Okafor"]
        assert window2.editor.agenda.model.rowCount() == 6
        window2.close()
    finally:
        store2.close()


def test_a_bad_csv_line_is_named_and_nobody_is_imported(qtbot, gui, store, tmp_path):
    mid = repo.create_meeting(store, "Workshop")
    window = gui.window(store)
    window.open_meeting(mid)
    bad = tmp_path / "bad.csv"
    bad.write_text("Ann,Practitioner,participant\nBen,Practitioner,boss\nCy,Practitioner,\n",
                   encoding="utf-8")
    assert not window.editor.people.import_csv(bad)
    text = gui.problem_shown(window)
    assert "line 2" in text and "boss" in text and "nobody was imported" in text
    unknown = tmp_path / "unknown.csv"
    unknown.write_text("Ann,Practitioner\nBen,Martians,participant\n", encoding="utf-8")
    assert not window.editor.people.import_csv(unknown)
    text = gui.problem_shown(window)
    assert "line 2" in text and "Martians" in text
    assert repo.load_meeting(store, mid).participants == ()
    assert window.undo_stack.count() == 0


def test_a_duplicate_group_name_is_refused_with_a_message(qtbot, gui, store):
    mid = repo.create_meeting(store, "Workshop")
    window = gui.window(store)
    window.open_meeting(mid)
    tab = window.editor.groups
    before = repo.load_meeting(store, mid).groups
    gui.type_into(tab.ui.nameEdit, "practitioner", enter=True)
    assert "already a group called 'practitioner'" in gui.problem_shown(window)
    # renaming inline to an existing name is refused the same way
    model = tab.model
    assert not model.setData(model.index(0, GroupsModel.NAME), "Practitioner")
    assert "already a group" in gui.problem_shown(window)
    assert repo.load_meeting(store, mid).groups == before
    assert window.undo_stack.count() == 0


def test_removing_a_group_in_use_is_refused_and_changes_nothing(qtbot, gui, store):
    mid = repo.create_meeting(store, "Workshop")
    gid = repo.load_meeting(store, mid).groups[0].id
    repo.add_participant(store, mid, "Ann", gid)
    window = gui.window(store)
    window.open_meeting(mid)
    tab = window.editor.groups
    tab.ui.groupsView.setCurrentIndex(tab.model.index(0, GroupsModel.NAME))
    qtbot.mouseClick(tab.ui.removeButton, LEFT)
    text = gui.problem_shown(window)
    assert "'Lived experience' cannot be removed: 1 person is in it" in text
    assert len(repo.load_meeting(store, mid).groups) == 4
    # an empty group goes, and undo brings it back with its colour and label
    tab.ui.groupsView.setCurrentIndex(tab.model.index(3, GroupsModel.NAME))
    qtbot.mouseClick(tab.ui.removeButton, LEFT)
    assert [g.name for g in repo.load_meeting(store, mid).groups][-1] == "Practitioner"
    window.undo_action.trigger()
    assert repo.load_meeting(store, mid).groups[-1].label == "CM"


def test_groups_reorder_recolour_and_relabel_with_undo(qtbot, gui, store):
    mid = repo.create_meeting(store, "Workshop")
    window = gui.window(store)
    window.open_meeting(mid)
    tab = window.editor.groups
    view = tab.ui.groupsView
    view.setFocus()
    view.setCurrentIndex(tab.model.index(0, GroupsModel.NAME))
    qtbot.keyClick(view, Qt.Key.Key_Down, ALT)
    assert [g.label for g in repo.load_meeting(store, mid).groups] == ["CF", "LE", "PR", "CM"]
    assert tab.model.setData(tab.model.index(1, GroupsModel.COLOUR), "#D55E00")
    assert tab.model.index(1, GroupsModel.COLOUR).data() == "Vermillion"
    assert tab.model.setData(tab.model.index(1, GroupsModel.LABEL), "LX")
    window.undo_action.trigger()
    window.undo_action.trigger()
    window.undo_action.trigger()
    g = repo.load_meeting(store, mid).groups
    assert [x.label for x in g] == ["LE", "CF", "PR", "CM"] and g[0].colour == "#0072B2"


def test_models_pass_the_qt_model_tester(qtmodeltester, store):
    from coprodesk.demo import create_demo

    first, _ = create_demo(store)
    meeting = repo.load_meeting(store, first)
    for cls in (GroupsModel, PeopleModel, AgendaModel):
        model = cls()
        model.set_meeting(meeting)
        qtmodeltester.check(model, force_py=True)


def test_every_interactive_widget_has_text_or_an_accessible_name(qtbot, gui, store):
    from coprodesk.demo import create_demo

    first, _ = create_demo(store)
    window = gui.window(store)
    pages = [lambda: None, lambda: window.open_meeting(first)]
    for show in pages:
        show()
        for tab in range(window.editor.ui.tabs.count()):
            window.editor.ui.tabs.setCurrentIndex(tab)
            gui.assert_accessible(window)


def test_undo_never_reaches_into_another_meeting(qtbot, gui, store):
    """Each meeting keeps its own history: what was done in one is not undone from another,
    and coming back finds it again. A duplicate left in the list is undone from the list."""
    first = repo.create_meeting(store, "Morning workshop")
    second = repo.create_meeting(store, "Afternoon workshop")
    window = gui.window(store)
    window.open_meeting(first)
    gui.type_into(window.editor.details.ui.placeEdit, "Room 1")
    window.open_meeting(second)
    assert not window.undo_action.isEnabled()  # nothing was done here yet
    gui.type_into(window.editor.details.ui.placeEdit, "Room 2")
    window.undo_action.trigger()
    assert repo.load_meeting(store, second).place == ""
    assert repo.load_meeting(store, first).place == "Room 1"  # untouched
    window.open_meeting(first)
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert repo.load_meeting(store, first).place == ""
    window.redo_action.trigger()
    assert repo.load_meeting(store, first).place == "Room 1"

    window.show_library()
    assert not window.undo_action.isEnabled()  # the list itself: nothing done yet
    window.duplicate_meeting(first)
    copies = [m.id for m in repo.list_meetings(store) if m.id not in (first, second)]
    assert len(copies) == 1
    window.undo_action.trigger()  # the copy goes again
    assert [m.id for m in repo.list_meetings(store)] == [first, second]
    window.redo_action.trigger()
    assert len(repo.list_meetings(store)) == 3
    assert repo.load_meeting(store, first).place == "Room 1"


def test_an_undo_the_store_refuses_is_said_and_leaves_the_history(qtbot, gui, store):
    """Minutes signed in the meantime lock the meeting: undoing an earlier edit is refused
    with the reason, the meeting's history ends instead of seeming undone, and the box
    offers Reopen for a correction…, which asks why and records it."""
    from coprodesk.store.signing import amendments, record_signature

    from .conftest import answer_text

    mid = repo.create_meeting(store, "Workshop")
    window = gui.window(store)
    window.open_meeting(mid)
    gui.type_into(window.editor.details.ui.placeEdit, "Room 1")
    gui.type_into(window.editor.details.ui.placeEdit, "Room 2")
    assert window.undo_action.isEnabled()
    record_signature(store, mid, "Facilitator", "Jo Fischer", 1, "0" * 64)
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: window.message_box is not None and window.message_box.isVisible())
    box = window.message_box
    assert "the minutes of this meeting were signed after this change" in box.text()
    assert repo.load_meeting(store, mid).place == "Room 2"
    assert window.undo_stack.count() == 0 and not window.redo_action.isEnabled()
    reopen = next(b for b in box.buttons() if b.text() == "Reopen for a correction…")
    answer_text("The room was wrong")
    qtbot.mouseClick(reopen, Qt.MouseButton.LeftButton)
    assert repo.load_meeting(store, mid).status == "closed"
    assert [why for _ms, why in amendments(store, mid)] == ["The room was wrong"]


def test_a_removed_person_and_item_come_back_with_their_ids_and_links_on_undo(qtbot, gui, store):
    mid = repo.create_meeting(store, "Workshop")
    gid = repo.load_meeting(store, mid).groups[0].id
    ann = repo.add_participant(store, mid, "Ann", gid, access_needs="large print")
    repo.add_participant(store, mid, "Bo", gid)
    item = repo.add_item(store, mid, "Night line", 600, ItemKind.DECISION, lead_ids=[ann])
    decision = repo.add_decision(store, mid, "consensus", "Open at night", item_id=item)
    before = repo.load_meeting(store, mid)
    window = gui.window(store)
    window.open_meeting(mid)
    editor = window.editor
    editor.ui.tabs.setCurrentWidget(editor.agenda)
    editor.agenda.ui.agendaView.setCurrentIndex(editor.agenda.model.index(0, 0))
    qtbot.mouseClick(editor.agenda.ui.removeButton, LEFT)
    after = repo.load_meeting(store, mid)
    assert after.items == () and [(d.id, d.item_id) for d in after.decisions] == [(decision, None)]
    editor.ui.tabs.setCurrentWidget(editor.people)
    editor.people.ui.peopleView.setCurrentIndex(editor.people.model.index(1, 0))
    qtbot.mouseClick(editor.people.ui.removeButton, LEFT)
    assert [p.name for p in repo.load_meeting(store, mid).participants] == ["Ann"]
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert repo.load_meeting(store, mid) == before


def test_an_added_group_and_item_go_on_undo_and_come_back_with_their_ids_on_redo(
        qtbot, gui, store):
    mid = repo.create_meeting(store, "Workshop")
    window = gui.window(store)
    window.open_meeting(mid)
    editor = window.editor
    editor.ui.tabs.setCurrentWidget(editor.groups)
    gui.type_into(editor.groups.ui.nameEdit, "Advocates", enter=True)
    editor.ui.tabs.setCurrentWidget(editor.agenda)
    gui.type_into(editor.agenda.ui.titleEdit, "Welcome", enter=True)
    added = repo.load_meeting(store, mid)
    assert [g.name for g in added.groups][-1] == "Advocates"
    assert [i.title for i in added.items] == ["Welcome"]
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert len(repo.load_meeting(store, mid).groups) == 4
    assert repo.load_meeting(store, mid).items == ()
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert repo.load_meeting(store, mid) == added
