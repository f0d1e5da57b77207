"""A shared demo meeting served on 127.0.0.1 by the real server, and a plain HTTP client
over real sockets (``http.client``: what a phone's browser sends, nothing mocked)."""

from __future__ import annotations

import http.client
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest

from coprodesk.demo import create_demo
from coprodesk.domain.model import Meeting
from coprodesk.session import MeetingSession
from coprodesk.share import links
from coprodesk.share.server import Limits, ShareServer, ShareThread
from coprodesk.store import meetings as repo
from coprodesk.store.connection import Store


@dataclass
class Reply:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    def json(self):
        return json.loads(self.body)


def request(url: str, method: str = "GET", body: bytes | dict | None = None,
            headers: dict | None = None, source: str = "127.0.0.1") -> Reply:
    """One request on a new connection from ``source`` (any 127.x address is this computer)."""
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30,
                                      source_address=(source, 0))
    headers = dict(headers or {})
    if isinstance(body, dict):
        body = json.dumps(body).encode()
        headers.setdefault("Content-Type", "application/json")
    try:
        conn.request(method, parts.path + (f"?{parts.query}" if parts.query else ""),
                     body=body, headers=headers)
        r = conn.getresponse()
        return Reply(r.status, r.headers, r.read())
    finally:
        conn.close()


def wait_until(check: Callable[[], object], what: str, timeout_s: float = 20.0):
    """Ask ``check`` until it gives something true (a change reaches the server within a
    second; the limit is only there so that a broken server fails instead of hanging)."""
    deadline = time.monotonic() + timeout_s
    while True:
        found = check()
        if found:
            return found
        assert time.monotonic() < deadline, f"never happened: {what}"
        time.sleep(0.05)


@dataclass
class Shared:
    store: Store
    meeting: Meeting
    made: links.Links
    server: ShareServer
    thread: ShareThread

    def url(self, secret: str, what: str = "state.json") -> str:
        return self.server.link(secret) + what

    def person(self, name: str):
        return next(p for p in self.meeting.participants if p.name == name)

    def mine(self, name: str, what: str = "state.json") -> str:
        return self.url(self.made.people[self.person(name).id], what)

    def room(self, what: str = "state.json") -> str:
        return self.url(self.made.room, what)

    def session(self) -> MeetingSession:
        """The facilitator's side, as the app holds it: its own connection to the database."""
        return MeetingSession(self.store, self.meeting.id)


def share_demo(store: Store, limits: Limits | None = None, language: str = "en") -> Shared:
    _closed, planned = create_demo(store)
    meeting = repo.load_meeting(store, planned)
    made = links.ensure_links(store, meeting, int(time.time() * 1000))
    server = ShareServer(store.path, planned, "127.0.0.1", 0, limits=limits, language=language)
    thread = ShareThread(server)
    thread.start()
    return Shared(store, meeting, made, server, thread)


@pytest.fixture
def shared(store):
    s = share_demo(store)
    yield s
    s.thread.stop()
