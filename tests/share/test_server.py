"""The sharing server over real sockets: what the room and a person's own link see, a hand
raised from a phone reaching the facilitator's queue, a private stance kept out of the
record, live events, and the end of sharing."""

from __future__ import annotations

import http.client
import json
import socket
from urllib.parse import urlsplit

import pytest

from coprodesk.store import decisions as store_decisions
from coprodesk.store import meetings as repo
from tests.cli_run import run
from tests.share.conftest import request, share_demo, wait_until

pytestmark = pytest.mark.slow  # each test starts a server on its own thread


def test_the_room_sees_a_floor_change_made_on_the_laptop(shared):
    state = request(shared.room()).json()
    assert state["floor"] is None and state["meeting"]["status"] == "planned"
    amara = shared.person("Amara Okafor")
    shared.session().give_floor(amara.id)
    state = wait_until(lambda: (s := request(shared.room()).json())["floor"] and s,
                       "the floor change reaches the room")
    assert state["floor"]["who"] == "Amara Okafor"
    assert state["item"]["title"] == "Since last time: you said, we did"
    assert [p["name"] for p in state["people"] if p["speaking"]] == ["Amara Okafor"]
    assert "me" not in state


def test_a_hand_raised_from_a_phone_enters_the_queue_and_the_report(shared, capsys):
    tom, dev = shared.person("Tom Reilly"), shared.person("Dev Patel")
    shared.session().raise_hand(tom.id)  # on the laptop first
    reply = request(shared.mine("Dev Patel", "hand"), "POST",
                    {"up": True, "kind": "point-of-order"})
    assert reply.status == 200
    assert reply.json()["me"]["hand"] == {"up": True, "kind": "point-of-order", "place": 1}
    assert [h.participant_id for h in shared.session().queue()] == [dev.id, tom.id]
    code, out, _err = run(capsys, "--db", shared.store.path, "report", str(shared.meeting.id),
                          "--json")
    assert code == 0
    queue = json.loads(out)["queue"]
    assert [(q["id"], q["name"], q["kind"]) for q in queue] == [
        (dev.id, "Dev Patel", "point-of-order"), (tom.id, "Tom Reilly", "speak")]
    assert all(q["raised"].endswith("Z") for q in queue)
    assert [q["who"] for q in request(shared.room()).json()["queue"]] == [
        "Dev Patel", "Tom Reilly"]
    reply = request(shared.mine("Dev Patel", "hand"), "POST", {"up": False})
    assert reply.json()["me"]["hand"] == {"up": False, "kind": None, "place": None}
    assert [h.participant_id for h in shared.session().queue()] == [tom.id]


def test_a_stance_from_a_phone_stays_out_of_the_record(shared, capsys):
    session = shared.session()
    session.give_floor(shared.person("Helen Ward").id)
    item = session.current_item
    decision_id = store_decisions.create_decision(
        shared.store, shared.meeting.id, "consensus", "Open the night line", item_id=item.id)
    wait_until(lambda: request(shared.room()).json()["round"], "the round opens on devices")
    url = shared.mine("Margaret Chen", "stance")
    assert request(url, "POST", {"option": "block", "reason": " "}).status == 400
    assert request(url, "POST", {"option": "maybe"}).status == 400
    reply = request(url, "POST", {"option": "block", "reason": "Not safe at night yet"})
    assert reply.status == 200
    me = reply.json()["me"]
    assert me["stance"] == {"option": "block", "reason": "Not safe at night yet"}
    room = request(shared.room()).json()
    assert room["round"]["answered"] == 1 and room["round"]["of"] >= 8
    assert "Not safe" not in json.dumps(room) and "stance" not in json.dumps(room)
    other = request(shared.mine("Dev Patel")).json()
    assert other["me"]["stance"] is None and "Not safe" not in json.dumps(other)
    decision = next(d for d in repo.load_meeting(shared.store, shared.meeting.id).decisions
                    if d.id == decision_id)
    assert decision.rounds[-1].stances == ()  # not in the record until revealed
    code, out, _err = run(capsys, "--db", shared.store.path, "report", str(shared.meeting.id),
                          "--json")
    assert code == 0 and "Not safe" not in out
    observer = shared.mine("Priya Nair", "stance")
    assert request(observer, "POST", {"option": "support"}).status == 403
    assert request(shared.room("stance"), "POST", {"option": "support"}).status == 403


def test_no_stance_without_an_open_round(shared):
    reply = request(shared.mine("Dev Patel", "stance"), "POST", {"option": None})
    assert reply.status == 409 and set(reply.json()) == {"error"}


def _events(url: str, source: str = "127.0.0.1"):
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30,
                                      source_address=(source, 0))
    conn.request("GET", parts.path)
    reply = conn.getresponse()
    assert reply.status == 200 and reply.headers["Content-Type"] == "text/event-stream"

    def next_state() -> dict:
        while True:
            line = reply.fp.readline()
            assert line, "the stream ended"
            if line.startswith(b"data: "):
                return json.loads(line[6:])
    return conn, reply, next_state


def test_live_events_follow_the_floor_and_end_when_sharing_stops(shared):
    conn, reply, next_state = _events(shared.mine("Tom Reilly", "events"))
    try:
        first = next_state()
        assert first["floor"] is None and first["me"]["name"] == "Tom Reilly"
        shared.session().give_floor(shared.person("Tom Reilly").id)
        state = next_state()
        while state["floor"] is None:
            state = next_state()
        assert state["floor"]["who"] == "Tom Reilly" and state["me"]["speaking"]
        shared.thread.stop()
        while reply.fp.readline():
            pass  # the server closes the stream: the read ends instead of waiting
    finally:
        conn.close()
    with pytest.raises(OSError):
        request(shared.room())


def test_the_meeting_ending_closes_its_links(shared):
    session = shared.session()
    session.give_floor(shared.person("Tom Reilly").id)
    session.close_meeting()
    wait_until(lambda: request(shared.room()).status == 404, "the room link closes")
    for url in (shared.room(), shared.mine("Tom Reilly"), shared.mine("Tom Reilly", "events")):
        reply = request(url)
        assert reply.status == 404 and reply.json() == {"error": "not found"}
    reply = request(shared.mine("Tom Reilly", "hand"), "POST", {"up": True})
    assert reply.status == 404
    assert repo.load_meeting(shared.store, shared.meeting.id).hands == ()


def _every_answer(shared) -> str:
    """Everything the server says to every link (each its own device): states, first
    events, a hand, a stance."""
    texts = []
    secrets = [shared.made.room, *shared.made.people.values()]
    for n, secret in enumerate(secrets):
        device = f"127.0.0.{10 + n}"
        texts.append(request(shared.url(secret), source=device).body.decode())
        conn, _reply, next_state = _events(shared.url(secret, "events"), device)
        texts.append(json.dumps(next_state(), ensure_ascii=False))
        conn.close()
        if secret != shared.made.room:
            for what, body in (("hand", {"up": True}), ("stance", {"option": "support"})):
                reply = request(shared.url(secret, what), "POST", body, source=device)
                assert reply.status in (200, 403), reply.body  # 403: an observer's stance
                texts.append(reply.body.decode())
    return "\n".join(texts)


def _with_a_round_and_a_speaker(shared) -> None:
    session = shared.session()
    session.give_floor(shared.person("Sione Tupou").id)
    store_decisions.create_decision(shared.store, shared.meeting.id, "consensus", "Pilot it",
                                    item_id=session.current_item.id)
    wait_until(lambda: request(shared.room()).json()["round"], "the round opens")


def test_a_groups_only_meeting_names_nobody_in_any_answer(shared):
    repo.update_meeting(shared.store, shared.meeting.id, groups_only=True)
    _with_a_round_and_a_speaker(shared)
    wait_until(lambda: request(shared.room()).json()["meeting"]["groups_only"], "groups only")
    said = _every_answer(shared)
    for p in shared.meeting.participants:
        for name in (p.name, p.public_name):
            assert f'"{name}' not in said and f"{name}\"" not in said, name
        assert p.name not in said
    room = request(shared.room()).json()
    assert room["people"] == [] and room["floor"]["who"] == "Lived experience"


def test_who_did_not_agree_to_be_named_appears_only_by_pseudonym(shared):
    _with_a_round_and_a_speaker(shared)
    said = _every_answer(shared)
    assert "Sione" not in said and "Tupou" not in said
    assert request(shared.room()).json()["floor"]["who"] == "Sam"


def test_it_listens_only_on_the_address_chosen(store):
    s = share_demo(store)
    try:
        port = s.server.port
        with pytest.raises(OSError), socket.create_connection(("127.0.0.2", port), timeout=5):
            pass
        assert request(s.room()).status == 200
    finally:
        s.thread.stop()


def test_one_server_per_meeting(shared):
    """A second server for the same meeting (the app and the command, say) is refused and
    says why; once the first stops, the meeting can be shared again."""
    from coprodesk.share.lock import SharedElsewhere
    from coprodesk.share.server import ShareServer, ShareThread

    second = ShareThread(ShareServer(shared.store.path, shared.meeting.id, "127.0.0.1", 0))
    with pytest.raises(SharedElsewhere, match="already being shared"):
        second.start()
    second.stop()
    shared.thread.stop()
    third = ShareThread(ShareServer(shared.store.path, shared.meeting.id, "127.0.0.1", 0))
    third.start()
    try:
        assert request(third.server.link(shared.made.room) + "state.json").status == 200
    finally:
        third.stop()
