"""A three-meeting series built through the main window: "New meeting in series", the
"You said, we did" panel in the run view (done needs a result, dropped a reason, every
change undoable), a newcomer in meeting three, and the series view whose figures equal
each meeting's own report; then the PDF involvement report."""

from __future__ import annotations

import shutil
import subprocess

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from coprodesk.domain.model import ActionStatus, MeetingStatus, Turn
from coprodesk.domain.report import build_report
from coprodesk.domain.series import SINCE_LAST_TIME
from coprodesk.gui.series.models import CarriedModel, SeriesMeetingsModel, SeriesPeopleModel
from coprodesk.gui.series.view import SeriesView
from coprodesk.store import floor as floor_store
from coprodesk.store import meetings as repo
from coprodesk.store.series import action_updates, series_meetings

LEFT = Qt.MouseButton.LeftButton
SERIES = "Carers & <friends>"  # markup in user text must print as typed
START = 1_780_000_000_000
DAY = 86_400_000
NOW = START + 120 * DAY


def first_meeting(store) -> tuple[int, dict[str, int]]:
    mid = repo.create_meeting(store, "Kick-off", date="2026-01-10", series=SERIES)
    g = {x.label: x.id for x in repo.load_meeting(store, mid).groups}
    for name, label in (("Ann", "LE"), ("Bo", "CF"), ("Cy", "PR"), ("Di", "CM")):
        repo.add_participant(store, mid, name, g[label])
    hold(store, mid, START, [("Cy", 300), ("Ann", 100), ("Di", 200), ("Bo", 60)])
    ids = {p.name: p.id for p in repo.load_meeting(store, mid).participants}
    d = repo.add_decision(store, mid, "consensus", "Open a crisis cafe",
                          stances={pid: ("support", "") for pid in ids.values()})
    actions = {
        "letter": repo.add_action(store, mid, "Write to the trust", [ids["Di"]], decision_id=d,
                                  raised_by_id=ids["Ann"]),
        "room": repo.add_action(store, mid, "Find a room", [ids["Cy"]], raised_by_id=ids["Bo"]),
        "leaflet": repo.add_action(store, mid, "Print a leaflet", [ids["Cy"]]),
    }
    return mid, actions


def hold(store, mid: int, start: int, spoken: list[tuple[str, int]]) -> None:
    m = repo.load_meeting(store, mid)
    ids = {p.name: p.id for p in m.participants}
    item = m.items[0].id if m.items else repo.add_item(store, mid, "Discussion", 3600)
    t, turns = start, []
    for name, seconds in spoken:
        turns.append(Turn(ids[name], t, t + seconds * 1000, item))
        t += seconds * 1000 + 1000
    floor_store.insert_turns(store, mid, turns)
    repo.update_item(store, item, started_ms=start, ended_ms=t)
    repo.update_meeting(store, mid, status=MeetingStatus.CLOSED, started_ms=start, ended_ms=t)


def new_in_series(qtbot, window, from_id: int) -> int:
    window.refresh_library(select=from_id)
    window.show_library()
    window.refresh_library(select=from_id)
    before = {m.id for m in repo.list_meetings(window.store)}
    window.ui.actionNewInSeries.trigger()
    after = {m.id for m in repo.list_meetings(window.store)}
    (new_id,) = after - before
    assert window.editor.meeting_id == new_id  # opened in the editor: groups and people editable
    return new_id


def outcome(store, meeting_id: int) -> dict[int, tuple[ActionStatus, str]]:
    return {u.action_id: (u.status, u.note) for u in action_updates(store, [meeting_id])}


def run_panel(window, meeting_id: int):
    window.show_run_view(meeting_id)
    run = window.run_view
    assert run.you_said is not None and run.you_said_button.isVisible()
    run.you_said_button.click()
    panel = run.you_said
    assert panel.isVisible()
    return run, panel


def choose(panel, what: str) -> None:
    row = next(n for n, r in enumerate(panel.model.rows) if r.carried.action.what == what)
    panel.ui.carriedView.selectRow(row)


def test_a_three_meeting_series_through_the_window(qtbot, gui, store, tmp_path):
    m1, actions = first_meeting(store)
    window = gui.window(store)

    # meeting two: from the first, same groups and people, agenda opens with "Since last time"
    m2 = new_in_series(qtbot, window, m1)
    two = repo.load_meeting(store, m2)
    one = repo.load_meeting(store, m1)
    assert two.series == SERIES and two.items[0].title == SINCE_LAST_TIME
    assert [(p.name, p.person_uid) for p in two.participants] == \
        [(p.name, p.person_uid) for p in one.participants]
    window.undo_stack.undo()
    assert m2 not in {m.id for m in repo.list_meetings(store)}
    window.undo_stack.redo()
    assert repo.load_meeting(store, m2).series == SERIES

    _run, panel = run_panel(window, m2)
    assert [r.carried.action.what for r in panel.model.rows] == \
        ["Write to the trust", "Find a room", "Print a leaflet"]
    letter = panel.model.rows[0]
    assert (letter.raised_by, letter.carried.decision) == ("Ann", "Open a crisis cafe")
    assert "Kick-off" in panel.model.data(panel.model.index(0, CarriedModel.FROM))

    # done without a sentence is refused, with the sentence it is written
    choose(panel, "Write to the trust")
    qtbot.mouseClick(panel.ui.doneButton, LEFT)
    assert panel.ui.problemLabel.text() == "Say in a sentence what was done."
    assert outcome(store, m2) == {}
    qtbot.keyClicks(panel.ui.noteEdit, "The trust agreed to meet us.")
    qtbot.mouseClick(panel.ui.doneButton, LEFT)
    assert outcome(store, m2) == {actions["letter"]: (ActionStatus.DONE, "The trust agreed to meet us.")}
    assert panel.ui.problemLabel.text() == ""
    window.undo_stack.undo()
    assert outcome(store, m2) == {}
    assert panel.model.rows[0].carried.status is None
    window.undo_stack.redo()
    assert outcome(store, m2)[actions["letter"]][0] is ActionStatus.DONE

    choose(panel, "Find a room")
    qtbot.mouseClick(panel.ui.progressButton, LEFT)  # no sentence needed
    choose(panel, "Print a leaflet")
    qtbot.mouseClick(panel.ui.notYetButton, LEFT)
    assert {k: v[0] for k, v in outcome(store, m2).items()} == {
        actions["letter"]: ActionStatus.DONE, actions["room"]: ActionStatus.IN_PROGRESS,
        actions["leaflet"]: ActionStatus.NOT_YET}
    assert "1 carried" not in panel.ui.titleLabel.text() and "2 still open" in panel.ui.titleLabel.text()
    ids2 = {p.name: p.id for p in repo.load_meeting(store, m2).participants}
    survey = repo.add_action(store, m2, "Survey carers", [ids2["Bo"]], raised_by_id=ids2["Bo"])
    hold(store, m2, START + 31 * DAY, [("Ann", 200), ("Bo", 150), ("Cy", 120), ("Di", 60)])

    # meeting three: a newcomer, linked as a new person even though the name is already known
    m3 = new_in_series(qtbot, window, m2)
    g3 = {x.label: x.id for x in repo.load_meeting(store, m3).groups}
    repo.add_participant(store, m3, "Eve", g3["LE"])
    repo.add_participant(store, m3, "Ann", g3["CF"])  # another Ann: a different person
    hold(store, m3, START + 60 * DAY, [("Eve", 150), ("Ann", 80), ("Cy", 90)])
    _run, panel = run_panel(window, m3)
    assert [r.carried.action.what for r in panel.model.rows] == \
        ["Find a room", "Print a leaflet", "Survey carers"]
    room = panel.model.rows[0]
    assert [u.status for u in room.carried.history] == [ActionStatus.IN_PROGRESS]

    choose(panel, "Print a leaflet")
    qtbot.mouseClick(panel.ui.droppedButton, LEFT)
    assert panel.ui.problemLabel.text() == "Give the reason the action was dropped."
    assert actions["leaflet"] not in outcome(store, m3)
    qtbot.keyClicks(panel.ui.noteEdit, "The cafe has its own leaflet.")
    qtbot.mouseClick(panel.ui.droppedButton, LEFT)
    choose(panel, "Find a room")
    qtbot.keyClicks(panel.ui.noteEdit, "Room 2 at the library.")
    qtbot.mouseClick(panel.ui.doneButton, LEFT)
    choose(panel, "Survey carers")
    qtbot.mouseClick(panel.ui.progressButton, LEFT)
    assert outcome(store, m3) == {
        actions["leaflet"]: (ActionStatus.DROPPED, "The cafe has its own leaflet."),
        actions["room"]: (ActionStatus.DONE, "Room 2 at the library."),
        survey: (ActionStatus.IN_PROGRESS, "")}
    # Clear forgets what was recorded, and undo brings it back
    qtbot.mouseClick(panel.ui.clearButton, LEFT)
    assert survey not in outcome(store, m3)
    window.undo_stack.undo()
    assert outcome(store, m3)[survey][0] is ActionStatus.IN_PROGRESS

    # the series view, reachable from the window, and its figures
    window.show_library()
    window.refresh_library(select=m3)
    window.ui.actionSeries.trigger()
    view = window.series_view
    qtbot.waitUntil(view.isVisible)
    assert view.series == SERIES and view.meetings_model.rowCount() == 3
    view.close()

    view = SeriesView(store, SERIES, now_ms=NOW)
    qtbot.addWidget(view)
    meetings = series_meetings(store, SERIES)
    model = view.meetings_model
    for row, m in enumerate(meetings):
        own = build_report(m, NOW)
        figures = model.rows[row]
        assert figures["balance_index"] == own["balance_index"]
        assert figures["groups"] == [{"name": g["name"], "share": g["share"], "fair_share": g["fair_share"]}
                                     for g in own["groups"]]
        assert figures["joint_decisions"] == sum(d["joint"] for d in own["decisions"])
        present = [p for p in own["participants"] if p["counted"] and p["present_s"] > 0]
        assert figures["attendance_total"] == len(present)
        assert model.data(model.index(row, 5)) == f"{own['balance_index']:.2f}"
    assert [r["first_time"] for r in model.rows] == [[], [], ["Eve", "Ann"]]
    assert [(r["carried_actions_closed"], r["carried_actions"]) for r in model.rows] == \
        [(0, 0), (1, 3), (2, 3)]
    assert model.data(model.index(2, 7)) == "2 of 3"
    assert model.data(model.index(0, 6)) == "1 of 1"

    # the PDF involvement report prints the user's text as typed
    pdf = tmp_path / "involvement.pdf"
    assert view.export_pdf(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert SERIES in text and "Eve, Ann" in text


def test_done_with_enter_in_the_sentence_box_keeps_the_outcome_and_new_sentence(qtbot, gui, store):
    m1, actions = first_meeting(store)
    window = gui.window(store)
    m2 = new_in_series(qtbot, window, m1)
    _run, panel = run_panel(window, m2)
    choose(panel, "Find a room")
    qtbot.keyClicks(panel.ui.noteEdit, "Asked the library.")
    qtbot.mouseClick(panel.ui.progressButton, LEFT)
    panel.ui.noteEdit.clear()
    qtbot.keyClicks(panel.ui.noteEdit, "Asked the library and the church.")
    qtbot.keyClick(panel.ui.noteEdit, Qt.Key.Key_Return)
    assert outcome(store, m2)[actions["room"]] == \
        (ActionStatus.IN_PROGRESS, "Asked the library and the church.")


def test_a_meeting_without_carried_actions_has_no_panel(qtbot, gui, store):
    mid = repo.create_meeting(store, "Alone", date="2026-01-01")
    window = gui.window(store)
    window.show_run_view(mid)
    assert window.run_view.you_said is None


def test_the_series_view_with_no_series_says_so(qtbot, store):
    view = SeriesView(store)
    qtbot.addWidget(view)
    assert "none yet" in view.windowTitle()
    assert not view.ui.exportButton.isEnabled()


def test_every_interactive_widget_of_the_series_screens_is_named(qtbot, gui, store):
    m1, _actions = first_meeting(store)
    window = gui.window(store)
    m2 = new_in_series(qtbot, window, m1)
    _run, panel = run_panel(window, m2)
    view = SeriesView(store, SERIES, now_ms=NOW)
    qtbot.addWidget(view)
    gui.assert_accessible(panel)
    gui.assert_accessible(view)
    assert all(c.accessibleName() and c.accessibleDescription() for c in view.charts)


@pytest.mark.parametrize("which", ["carried", "meetings", "people"])
def test_the_series_models_pass_the_qt_model_tester(qtmodeltester, store, which):
    m1, _actions = first_meeting(store)
    from coprodesk.store.series import new_meeting_in_series

    new_meeting_in_series(store, m1, "Two", "2026-02-10")
    view = SeriesView(store, SERIES, now_ms=NOW)
    if which == "carried":
        from coprodesk.domain.series import carried_actions
        from coprodesk.gui.series.models import carried_rows

        meetings = series_meetings(store, SERIES)
        model = CarriedModel()
        model.set_rows(carried_rows(carried_actions(meetings, [], meetings[-1].id)))
        assert model.rowCount() == 3
    elif which == "meetings":
        model = view.meetings_model
        assert isinstance(model, SeriesMeetingsModel) and model.rowCount() == 2
    else:
        model = view.people_model
        assert isinstance(model, SeriesPeopleModel) and model.rowCount() == 4
    qtmodeltester.check(model)
    view.deleteLater()


def test_undo_after_leaving_the_run_view_still_reverts_the_outcome(qtbot, gui, store):
    m1, actions = first_meeting(store)
    window = gui.window(store)
    m2 = new_in_series(qtbot, window, m1)
    _run, panel = run_panel(window, m2)
    choose(panel, "Print a leaflet")
    qtbot.mouseClick(panel.ui.notYetButton, LEFT)
    assert outcome(store, m2) == {actions["leaflet"]: (ActionStatus.NOT_YET, "")}
    window.show_library()
    qtbot.waitUntil(lambda: window.run_view is None)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(panel)  # the panel is gone
    window.undo_stack.undo()  # the list's history: not this meeting's
    assert outcome(store, m2) == {actions["leaflet"]: (ActionStatus.NOT_YET, "")}
    window.open_meeting(m2)  # the meeting's history, in its editor
    window.undo_stack.undo()
    assert outcome(store, m2) == {}
    window.undo_stack.redo()
    assert outcome(store, m2) == {actions["leaflet"]: (ActionStatus.NOT_YET, "")}


def test_new_meeting_in_series_from_the_series_view(qtbot, gui, store):
    m1, _actions = first_meeting(store)
    window = gui.window(store)
    window.refresh_library(select=m1)
    window.ui.actionSeries.trigger()
    view = window.series_view
    qtbot.waitUntil(view.isVisible)
    qtbot.mouseClick(view.ui.newInSeriesButton, LEFT)
    meetings = series_meetings(store, SERIES)
    assert len(meetings) == 2 and window.editor.meeting_id == meetings[-1].id
    assert meetings[-1].items[0].title == SINCE_LAST_TIME
    assert not view.isVisible()


def test_ctrl_shift_y_swaps_the_timers_for_the_panel_and_back(qtbot, gui, store):
    m1, _actions = first_meeting(store)
    window = gui.window(store)
    m2 = new_in_series(qtbot, window, m1)
    window.show_run_view(m2)
    run = window.run_view
    run.setFocus()
    qtbot.keyClick(run, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert run.centre.currentWidget() is run.you_said and run.you_said_button.isChecked()
    qtbot.keyClick(run.you_said.ui.carriedView, Qt.Key.Key_Y,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert run.centre.currentWidget() is run.ui.tilesScroll and not run.you_said_button.isChecked()
