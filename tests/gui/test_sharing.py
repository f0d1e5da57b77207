"""Meeting → Share with devices… in the window: the dialog, the banner, a hand raised from
a phone reaching the facilitator's queue, the QR codes and the printable cards, and
sharing stopping by the button, at the meeting's end and on quit."""

from __future__ import annotations

import http.client
import json
import socket
import stat

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from coprodesk.demo import create_demo
from coprodesk.share import links


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str, method: str = "GET", body: dict | None = None) -> tuple[int, dict]:
    rest = url.split("://", 1)[1]
    hostport, _, path = rest.partition("/")
    host, port = hostport.rsplit(":", 1)
    conn = http.client.HTTPConnection(host, int(port), timeout=30)
    try:
        conn.request(method, "/" + path, body=json.dumps(body) if body else None,
                     headers={"Content-Type": "application/json"} if body else {})
        reply = conn.getresponse()
        return reply.status, json.loads(reply.read() or b"{}")
    finally:
        conn.close()


def _start_sharing(qtbot, gui, window, planned: int):
    window.show_run_view(planned)
    window.share_action.trigger()
    dialog = window.share_dialog
    qtbot.waitUntil(dialog.isVisible)
    gui.assert_accessible(dialog, "the sharing dialog")
    dialog.address.setCurrentText("127.0.0.1")
    port = _free_port()
    dialog.port.setValue(port)
    dialog.accept()
    qtbot.waitUntil(lambda: window.sharing is not None and window.sharing.active)
    return window.sharing, port


def test_sharing_from_the_run_view(qtbot, gui, store, tmp_path):
    _closed, planned = create_demo(store)
    window = gui.window(store)
    sharing, port = _start_sharing(qtbot, gui, window, planned)
    banner = sharing.banner
    qtbot.waitUntil(banner.isVisible)
    assert f"http://127.0.0.1:{port}" in banner.label.text()
    gui.assert_accessible(banner, "the sharing banner")
    made = links.ensure_links(store, window.qt_session.meeting, 0)
    assert made == sharing.made
    status, state = _get(sharing.link(made.room) + "state.json")
    assert status == 200 and state["meeting"]["title"] == "Spring workshop: follow-up"
    dev = next(p for p in window.qt_session.meeting.participants if p.name == "Dev Patel")
    status, _state = _get(sharing.link(made.people[dev.id]) + "hand", "POST",
                          {"up": True, "kind": "clarification"})
    assert status == 200
    qtbot.waitUntil(lambda: [h.participant_id for h in window.qt_session.session.queue()]
                    == [dev.id], timeout=10_000)
    # the room's QR code, and a person's card on screen and on the printable sheet
    sharing.show_room_code()
    qtbot.waitUntil(sharing.dialog.isVisible)
    assert sharing.dialog.link.text() == sharing.link(made.room)
    assert not sharing.dialog.code.pixmap().isNull()
    sharing.dialog.close()
    sharing.show_cards()
    qtbot.waitUntil(sharing.dialog.isVisible)
    gui.assert_accessible(sharing.dialog, "a person's card")
    sheet = sharing.save_cards(sharing.dialog, str(tmp_path / "cards.html"))
    text = sheet.read_text(encoding="utf-8")
    assert text.count("<svg") == len(made.people) and "Dev Patel" in text
    assert stat.S_IMODE(sheet.stat().st_mode) == 0o600
    sharing.dialog.close()
    qtbot.mouseClick(banner.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not sharing.active)
    assert not banner.isVisible()
    with_refused(sharing, made, port)


def with_refused(_sharing, made, port: int) -> None:
    try:
        _get(f"http://127.0.0.1:{port}/d/{made.room}/state.json")
    except OSError:
        return
    raise AssertionError("the server still answers after Stop sharing")


def test_sharing_stops_when_the_meeting_ends_and_on_quit(qtbot, gui, store):
    _closed, planned = create_demo(store)
    window = gui.window(store)
    sharing, port = _start_sharing(qtbot, gui, window, planned)
    made = sharing.made
    window.qt_session.session.give_floor(window.qt_session.meeting.participants[0].id)
    window.qt_session.session.close_meeting()
    qtbot.waitUntil(lambda: not sharing.active, timeout=10_000)
    with_refused(sharing, made, port)
    window._update_actions()
    assert not window.share_action.isEnabled()  # a closed meeting is not shared again


def test_quit_stops_sharing(qtbot, gui, store):
    _closed, planned = create_demo(store)
    window = gui.window(store)
    sharing, port = _start_sharing(qtbot, gui, window, planned)
    made = sharing.made
    window._quit_confirmed = True
    window.close()
    qtbot.waitUntil(lambda: not sharing.active)
    with_refused(sharing, made, port)


def test_a_port_in_use_is_said_and_nothing_is_shared(qtbot, gui, store):
    _closed, planned = create_demo(store)
    window = gui.window(store)
    window.show_run_view(planned)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        window.share_action.trigger()
        dialog = window.share_dialog
        qtbot.waitUntil(dialog.isVisible)
        dialog.address.setCurrentText("127.0.0.1")
        dialog.port.setValue(taken.getsockname()[1])
        dialog.done(QDialog.DialogCode.Accepted)
        assert "Sharing could not start" in gui.problem_shown(window)
    assert not window.sharing.active


def test_a_private_stance_enters_the_record_only_when_revealed(qtbot, gui, store, capsys):
    """A phone gives a stance; the decision panel says who answered (never what); Reveal
    enters it, marked as given from the device; undo makes it private again."""
    from coprodesk.domain.report import build_report
    from coprodesk.store import decisions as store_decisions
    from coprodesk.store import devices
    from coprodesk.store import meetings as repo

    _closed, planned = create_demo(store)
    window = gui.window(store)
    sharing, _port = _start_sharing(qtbot, gui, window, planned)
    session = window.qt_session.session
    people = {p.name: p.id for p in session.meeting.participants}
    window.run_view.give_floor(people["Helen Ward"])
    decision_id = store_decisions.create_decision(
        store, planned, "consensus", "Open the night line", item_id=session.current_item.id)
    window.activateWindow()  # back from the sharing dialog: keys reach the active window
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.run_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    panel = window.run_view.decisions
    qtbot.waitUntil(panel.isVisible)
    qtbot.waitUntil(lambda: _get(sharing.link(sharing.made.room) + "state.json")[1]["round"]
                    is not None, timeout=10_000)  # the server has seen the new decision
    url = sharing.link(sharing.made.people[people["Margaret Chen"]]) + "stance"
    status, said = _get(url, "POST", {"option": "block", "reason": "Not safe at night yet"})
    assert status == 200, (said, _get(sharing.link(sharing.made.room) + "state.json")[1])
    qtbot.waitUntil(lambda: panel.reveal_button.isVisible(), timeout=10_000)
    assert "Margaret Chen" in panel.devices_label.text()
    assert "block" not in panel.devices_label.text().lower()
    gui.assert_accessible(panel, "the decision panel with answers from devices")

    def record():
        d = next(d for d in repo.load_meeting(store, planned).decisions if d.id == decision_id)
        return d.current_round.stances

    assert record() == ()
    qtbot.mouseClick(panel.reveal_button, Qt.MouseButton.LeftButton)
    (stance,) = record()
    assert (stance.participant_id, stance.option, stance.reason, stance.from_device) == (
        people["Margaret Chen"], "block", "Not safe at night yet", True)
    report = build_report(repo.load_meeting(store, planned), session.now_ms())
    (given,) = next(d for d in report["decisions"] if d["id"] == decision_id)["rounds"][0][
        "stances"]
    assert given["from_device"] is True and given["name"] == "Margaret Chen"
    qtbot.waitUntil(lambda: not panel.reveal_button.isVisible())
    window.undo_stack.undo()
    assert record() == ()
    rnd_id = next(d for d in repo.load_meeting(store, planned).decisions
                  if d.id == decision_id).current_round.id
    assert devices.device_stances(store, rnd_id)[people["Margaret Chen"]].option == "block"
    # a correction typed on the laptop after the reveal is no longer "from the device"
    window.undo_stack.redo()
    store_decisions.set_stances(store, rnd_id, {people["Margaret Chen"]: ("stand-aside", "")})
    assert record()[0].from_device is False


def test_the_window_and_the_command_work_on_one_database(qtbot, gui, store):
    """`coprodesk share` in its own process while the app runs the meeting: a phone's hand
    reaches the app's queue within a second; while the app shares, the command refuses."""
    import os
    import signal
    import subprocess
    import sys

    _closed, planned = create_demo(store)
    window = gui.window(store)
    window.show_run_view(planned)
    command = [sys.executable, "-m", "coprodesk", "--db", str(store.path), "share", str(planned),
               "--port", "0", "--json"]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=env)
    try:
        shared = json.loads(process.stdout.readline())
        dev = next(p for p in shared["people"] if p["name"] == "Dev Patel")
        status, _state = _get(dev["url"] + "hand", "POST", {"up": True})
        assert status == 200
        qtbot.waitUntil(lambda: [h.participant_id for h in window.qt_session.session.queue()]
                        == [dev["id"]], timeout=10_000)
    finally:
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=60)
    sharing, _port = _start_sharing(qtbot, gui, window, planned)
    refused = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert refused.returncode == 2 and "already being shared" in refused.stderr
    sharing.stop()
