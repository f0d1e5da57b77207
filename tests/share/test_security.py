"""Nobody gets in where they don't belong: each attack over real sockets is refused, changes
nothing, says nothing of the meeting, and leaves the server answering everyone else."""

from __future__ import annotations

import json
import socket
import time
from urllib.parse import urlsplit

import pytest

from coprodesk.share import links
from coprodesk.share.server import SECURITY_HEADERS, Limits
from coprodesk.store import meetings as repo
from tests.share.conftest import request, share_demo, wait_until

pytestmark = pytest.mark.slow  # each test starts a server on its own thread

MEETING_WORDS = ("Spring", "Amara", "Lived experience", "Sam", "queue", "floor")


def _nothing_said(reply) -> None:
    text = reply.body.decode("utf-8", "replace")
    assert not any(w in text for w in MEETING_WORDS), text
    assert set(json.loads(text)) == {"error"}


def _record(shared):
    m = repo.load_meeting(shared.store, shared.meeting.id)
    return m.hands, m.turns, m.decisions


def test_wrong_truncated_other_and_revoked_links_get_404_and_nothing_else(shared):
    secret = shared.made.room
    other_id = repo.create_meeting(shared.store, "Another meeting")
    other_meeting = repo.load_meeting(shared.store, other_id)
    repo.add_participant(shared.store, other_id, "Noor Haddad", other_meeting.groups[0].id)
    other = links.ensure_links(shared.store, repo.load_meeting(shared.store, other_id), 1)
    closed = repo.load_meeting(shared.store, 1)
    ended = links.ensure_links(shared.store, closed, 1)
    base = shared.server.base_url
    wrong = [secret[:-1], secret + "x", secret[:-1] + ("A" if secret[-1] != "A" else "B"),
             other.room, other.people[next(iter(other.people))], ended.room, "x" * 32]
    for bad in wrong:
        for path in ("state.json", "events"):
            reply = request(f"{base}/d/{bad}/{path}")
            assert reply.status == 404, (bad, path)
            _nothing_said(reply)
    before = _record(shared)
    old_tom = shared.mine("Tom Reilly", "hand")
    links.renew_links(shared.store, shared.meeting, 2)
    for url in (shared.room(), shared.mine("Tom Reilly")):
        assert request(url).status == 404
    reply = request(old_tom, "POST", {"up": True})
    assert reply.status == 404
    _nothing_said(reply)
    assert _record(shared) == before


def test_a_room_link_only_looks_and_a_personal_link_acts_only_for_its_person(shared):
    before = _record(shared)
    for what, body in (("hand", {"up": True}), ("stance", {"option": "support"})):
        reply = request(shared.room(what), "POST", body)
        assert reply.status == 403
        _nothing_said(reply)
    tom = shared.person("Tom Reilly")
    for body in ({"up": True, "participant_id": tom.id}, {"up": True, "id": tom.id},
                 {"up": "yes"}, {"up": True, "kind": "shout"}, [True], {}):
        reply = request(shared.mine("Dev Patel", "hand"), "POST", body if isinstance(body, dict)
                        else json.dumps(body).encode(), {"Content-Type": "application/json"})
        assert reply.status == 400, body
    assert _record(shared) == before


def test_bodies_too_large_or_not_json_are_refused(shared):
    before = _record(shared)
    url = shared.mine("Dev Patel", "hand")
    big = json.dumps({"up": True, "kind": "speak" + " " * 100_000}).encode()
    reply = request(url, "POST", big, {"Content-Type": "application/json"})
    assert reply.status == 413
    for body, kind in ((b"up=true", "application/x-www-form-urlencoded"),
                       (b'{"up": true}', "text/plain")):
        assert request(url, "POST", body, {"Content-Type": kind}).status == 415
    assert request(url, "POST", b"{\"up\": tru", {"Content-Type": "application/json"}
                   ).status == 400
    assert request(url, "POST", b"\xff\xfe", {"Content-Type": "application/json"}).status == 400
    assert _record(shared) == before


def test_a_thousand_requests_a_second_from_one_client(shared):
    """One device hammering: most of its requests get 429, nothing changes, and the other
    devices and the facilitator carry on."""
    before = _record(shared)
    parts = urlsplit(shared.mine("Dev Patel", "hand"))
    statuses: dict[int, int] = {}
    started = time.monotonic()
    with socket.create_connection((parts.hostname, parts.port), timeout=30,
                                  source_address=("127.0.0.5", 0)) as sock:
        body = b'{"up": true}'
        one = (f"POST {parts.path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
               f"Content-Length: {len(body)}\r\n\r\n").encode() + body
        reader = sock.makefile("rb")
        for _batch in range(20):  # pipelined, 50 at a time
            sock.sendall(one * 50)
            for _ in range(50):
                status = int(reader.readline().split()[1])
                length = 0
                while (line := reader.readline()) not in (b"\r\n", b""):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":")[1])
                reader.read(length)
                statuses[status] = statuses.get(status, 0) + 1
    elapsed = time.monotonic() - started
    print(f"1,000 requests in {elapsed:.2f} s: {statuses}")
    assert sum(statuses.values()) == 1000
    assert statuses[429] >= 1000 - Limits().burst - int(elapsed * Limits().requests_per_s) - 1
    assert set(statuses) <= {200, 429}
    # one hand went up (its first request), never a second one or anyone else's
    hands = repo.load_meeting(shared.store, shared.meeting.id).hands
    assert [h.participant_id for h in hands] == [shared.person("Dev Patel").id]
    assert _record(shared)[1:] == before[1:]
    assert request(shared.room(), source="127.0.0.6").status == 200
    shared.session().give_floor(shared.person("Tom Reilly").id)
    wait_until(lambda: request(shared.room(), source="127.0.0.6").json()["floor"],
               "the floor change still reaches the room")


def _closed(sock: socket.socket) -> bool:
    """The server closed ``sock`` without a word (an end of stream or a reset)."""
    try:
        return sock.recv(100) == b""
    except ConnectionResetError:
        return True


def _exchange(raw: bytes, address: tuple[str, int], source: str) -> tuple[bytes, bytes]:
    """Send ``raw`` as it is; the answer's head and body (read by its Content-Length)."""
    with socket.create_connection(address, timeout=30, source_address=(source, 0)) as sock:
        sock.sendall(raw)
        answer = b""
        while b"\r\n\r\n" not in answer and (chunk := sock.recv(65536)):
            answer += chunk
        head, _, body = answer.partition(b"\r\n\r\n")
        length = next((int(line.split(b":")[1]) for line in head.split(b"\r\n")
                       if line.lower().startswith(b"content-length:")), 0)
        while len(body) < length and (chunk := sock.recv(65536)):
            body += chunk
    return head, body


def test_slow_clients_cannot_hold_the_server(store):
    limits = Limits(idle_s=1.0, connections_per_address=4)
    shared = share_demo(store, limits)
    try:
        parts = urlsplit(shared.room())
        held = []
        for _ in range(limits.connections_per_address):
            s = socket.create_connection((parts.hostname, parts.port), timeout=30,
                                         source_address=("127.0.0.7", 0))
            s.sendall(f"GET {parts.path} HTTP/1.1\r\nHost: x\r\n".encode())  # never finished
            held.append(s)
        wait_until(lambda: shared.server.guard.by_address.get("127.0.0.7") == 4, "all held")
        extra = socket.create_connection((parts.hostname, parts.port), timeout=30,
                                         source_address=("127.0.0.7", 0))
        extra.sendall(f"GET {parts.path} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        assert _closed(extra)  # refused at once: over the cap, no answer
        extra.close()
        assert request(shared.room(), source="127.0.0.8").status == 200  # others still served
        for s in held:  # each half-sent request is dropped after the idle time
            assert _closed(s)
            s.close()
        wait_until(lambda: "127.0.0.7" not in shared.server.guard.by_address, "all let go")
    finally:
        shared.thread.stop()


TRAVERSALS = ("/d/../../../../etc/passwd", "/d/%2e%2e/%2e%2e/etc/passwd", "/../pyproject.toml",
              "/d/{s}/../../../etc/passwd", "/d/{s}/..%2f..%2fetc%2fpasswd", "/d/{s}/%2e%2e/",
              "/d/{s}", "/d/", "/", "/static/../share/server.py",
              "/d/{s}/state.json/../../hand", "//etc/passwd", "/d/{s}/state.json%00.txt",
              "/coprodesk/share/server.py", "/static/index.html", "/static/../pages/page.js",
              "/static/%2e%2e%2fserver.py", "/static/", "/static", "/static/words.js/..",
              "/static/page.js%00", "/static/PAGE.JS")


def test_no_path_reaches_a_file_or_a_listing(shared):
    parts = urlsplit(shared.room())
    secret = shared.made.room
    for template in TRAVERSALS:
        path = template.format(s=secret)
        head, body = _exchange(f"GET {path} HTTP/1.1\r\nHost: x\r\n\r\n".encode(),
                               (parts.hostname, parts.port), "127.0.0.9")
        status = int(head.split()[1])
        assert status in (400, 404), (path, head)
        assert b"root:" not in body and b"import" not in body and b"Spring" not in body, path


def test_header_injection_is_refused_or_harmless(shared):
    parts = urlsplit(shared.room())
    injected = (
        f"GET {parts.path}?x=%0d%0aSet-Cookie:%20a=b HTTP/1.1\r\nHost: x\r\n\r\n",
        f"GET {parts.path} HTTP/1.1\r\nHost: x\r\nX-A: a\rSet-Cookie: a=b\r\n\r\n",
        f"GET {parts.path} HTTP/1.1\r\nHost: x\nSet-Cookie: a=b\r\n\r\n",
        f"GET {parts.path}\r\nSet-Cookie: a=b HTTP/1.1\r\nHost: x\r\n\r\n",
        f"GET {parts.path} HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 0\r\n\r\n",
        f"POST {parts.path[:-10]}hand HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
        "Content-Length: 3\r\n\r\n0\r\n\r\n",
    )
    before = _record(shared)
    for raw in injected:
        head = _exchange(raw.encode(), (parts.hostname, parts.port), "127.0.0.10")[0].lower()
        assert b"set-cookie" not in head, raw
        assert head.startswith(b"http/"), raw  # an answer (HTTP/0.9 for a bare line), no hang
    assert _record(shared) == before


def test_every_answer_carries_the_strict_headers(shared):
    replies = [request(shared.room()), request(shared.mine("Tom Reilly")),
               request(shared.room("")), request(shared.server.base_url + "/static/page.js"),
               request(shared.server.base_url + "/nothing"),
               request(shared.room("hand"), "POST", {"up": True}),
               request(shared.mine("Tom Reilly", "hand"), "PUT", {"up": True}),
               request(shared.mine("Tom Reilly", "hand"), "POST", b"x" * 20_000,
                       {"Content-Type": "application/json"})]
    assert [r.status for r in replies] == [200, 200, 200, 200, 404, 403, 405, 413]
    assert replies[2].headers["Content-Type"] == "text/html; charset=utf-8"
    assert b"<script>" not in replies[2].body and b"style=" not in replies[2].body
    assert replies[3].headers["Content-Type"] == "text/javascript; charset=utf-8"
    for reply in replies:
        for name, value in SECURITY_HEADERS.items():
            assert reply.headers[name] == value, (reply.status, name)
        assert "script-src 'self'" in reply.headers["Content-Security-Policy"]
        assert "unsafe-inline" not in reply.headers["Content-Security-Policy"]
        assert "Set-Cookie" not in reply.headers
