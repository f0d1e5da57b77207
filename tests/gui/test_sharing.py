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
