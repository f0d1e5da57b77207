"""A hybrid meeting from the demo (three people online): their tiles say "online", and the
participant screen shows the online voices' share against their fair share."""

from __future__ import annotations

import pytest

from coprodesk.demo import ONLINE, create_hybrid_demo
from coprodesk.domain.report import build_report
from coprodesk.store import meetings as repo


def test_online_people_are_marked_and_their_share_is_shown(qtbot, gui, store, tmp_path):
    mid = create_hybrid_demo(store)
    meeting = repo.load_meeting(store, mid)
    report = build_report(meeting, meeting.ended_ms)
    online = next(m for m in report["modes"] if m["mode"] == "online")
    assert online["members"] == 3 and online["share"] < online["fair_share"]
    window = gui.window(store)
    window.show_run_view(mid)
    tiles = window.run_view.board.tiles
    names = {p.id: p.name for p in meeting.participants}
    marked = sorted(names[pid] for pid, tile in tiles.items() if tile.state.online)
    assert marked == sorted(ONLINE)
    helen = next(t for pid, t in tiles.items() if names[pid] == "Helen Ward")
    assert ", online, " in helen.accessible_text()
    helen.grab().save(str(tmp_path / "helen.png"))  # looked at: an "online" pill beside the name
    window.toggle_participant_screen()
    screen = window.participant_window
    qtbot.waitExposed(screen)
    words = (f"Online: {round(online['share'] * 100)} % of the floor, fair share "
             f"{round(online['fair_share'] * 100)} %")
    qtbot.waitUntil(lambda: words in screen.ui.balanceLabel.text())
    gui.assert_accessible(screen, keys=False)


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # the popup
def test_someone_switching_to_online_is_timed_and_undoable(run):
    from PySide6.QtCore import Qt

    from coprodesk.domain.model import AttendanceMode, Presence

    run.qtbot.keyClick(run.view, Qt.Key.Key_1)  # the first tile takes the floor: it runs
    run.clock.advance(60)
    run.qt.tick.emit()
    pid = run.view.board.order[8]
    tile = run.view.board.tiles[pid]
    tile.setFocus()
    run.qtbot.keyClick(tile, Qt.Key.Key_Menu)
    menu = run.view.open_menu
    assert menu.isVisible()
    menu.setActiveAction(next(a for a in menu.actions() if a.text() == "Now online"))
    run.qtbot.keyClick(menu, Qt.Key.Key_Return)
    assert run.view.board.tiles[pid].state.online
    switched = run.clock.now_ms()
    on_disk = repo.load_meeting(run.store, run.mid).participant(pid).presence
    start = run.session.meeting.started_ms
    assert on_disk == (Presence(start, switched, AttendanceMode.ROOM),
                       Presence(switched, None, AttendanceMode.ONLINE))
    assert ", online, " in run.view.board.tiles[pid].accessible_text()
    run.qtbot.keyClick(run.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not run.view.board.tiles[pid].state.online
    assert repo.load_meeting(run.store, run.mid).participant(pid).presence == ()
