"""The server that shares one meeting with participants' own devices (aiohttp).

Why aiohttp: it is already in the lock (pyHanko's dependency), so sharing adds no package;
it is asyncio, so sixty phones each holding a stream of live changes cost sixty small
coroutines, not sixty threads; it parses HTTP itself (its C parser, with limits on line,
header and body sizes) and streams Server-Sent Events with ``StreamResponse``. Qt's own
QHttpServer is not in PySide6-Essentials (it would pull the Addons), and the standard
library's ``http.server`` has a thread per connection, no body or header limits and no
idle timeout; Starlette or Tornado would be new dependencies for nothing aiohttp lacks.

Live changes go out as Server-Sent Events (``{link}/events``): one long GET per device
that the browser's ``EventSource`` reopens by itself, plain HTTP (no upgrade, nothing to
configure), pushed within a quarter of a second of a change instead of a poll a second
from every phone. ``{link}/state.json`` serves clients that prefer to poll.

The server reads the meeting through its own connection to the database and notices
other programs' changes (the app's floor keys) through SQLite's ``data_version``; what a
device changes (a hand, a stance) is written at once and seen by the app the same way.

Defences, in the order a request meets them: a cap on connections (in all and from one
address) and an idle timeout that also closes connections that never finish a request;
aiohttp's limits on request line, headers and body; a rate limit per address; routes
that only match a well-formed secret (no files, no paths); the secret looked up by its
hash and compared in constant time; 404 with no meeting data for anything that is not a
live link of this meeting while it is open; a room link that may only look; strict JSON
bodies; and strict headers on every response (no caching, no framing, no referrer, a
content security policy without inline script).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiohttp import web

from coprodesk.domain import decisions as rules
from coprodesk.domain import floor, lifecycle
from coprodesk.domain.model import HandKind, Stance
from coprodesk.share import links
from coprodesk.share.lock import ShareLock
from coprodesk.share.state import REASON_MAX, Snapshot, open_round, personal_state, room_state
from coprodesk.store import decisions as store_decisions
from coprodesk.store import devices
from coprodesk.store import meetings as repo
from coprodesk.store.connection import Store, open_store
from coprodesk.store.devices import LinkRow
from coprodesk.store.errors import StoreError

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; "
        "frame-ancestors 'none'"),
    "Cache-Control": "no-store",
    "Pragma": "no-cache",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",  # a link's secret never leaves in a Referer
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    "Server": "CoProDesk",
}
# aiohttp logs every malformed request with its traceback; an attack on the parser is
# answered 400 and is not the app's error, so it is not written to the terminal or the log.
_QUIET = logging.getLogger("coprodesk.share.http")
_QUIET.setLevel(logging.CRITICAL)
LINK = "/d/{secret:" + links.SECRET_PATTERN + "}"
# The pages' files, by the one name each is served under (nothing else is ever read).
STATIC = {"page.css": "text/css", "page.js": "text/javascript", "words.js": "text/javascript"}
PAGE = "index.html"
LANGUAGES = ("en", "de")  # the pages' languages (words.js); any other is shown in English
WILDCARDS = ("0.0.0.0", "::", "")


@dataclass(frozen=True)
class Limits:
    """How much the server takes from the room's devices."""

    body_bytes: int = 8 * 1024  # a hand or a stance with a long reason fits many times
    requests_per_s: float = 10.0  # per address, sustained; a page asks far less
    burst: int = 40  # per address, at once
    connections: int = 256  # in all
    connections_per_address: int = 16
    idle_s: float = 10.0  # a connection that sends no (complete) request is closed
    watch_s: float = 0.25  # how often the database is asked whether anything changed
    refresh_s: float = 5.0  # a running turn moves the shares: sent again this often
    keepalive_s: float = 15.0  # a comment on a quiet stream, so proxies keep it open
    write_patience_ms: int = 250  # the longest a device's write waits for the app's lock


class _Guard:
    """Counts open connections in all and per address; refuses those over the caps."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.by_address: dict[str, int] = {}
        self.accepted: dict[Any, str] = {}  # connection (its handler) -> address

    @property
    def total(self) -> int:
        return len(self.accepted)

    def admit(self, handler: Any, address: str) -> bool:
        if (self.total >= self.limits.connections
                or self.by_address.get(address, 0) >= self.limits.connections_per_address):
            return False
        self.accepted[handler] = address
        self.by_address[address] = self.by_address.get(address, 0) + 1
        return True

    def release(self, handler: Any) -> None:
        address = self.accepted.pop(handler, None)
        if address is not None:
            left = self.by_address.get(address, 1) - 1
            if left > 0:
                self.by_address[address] = left
            else:
                self.by_address.pop(address, None)


class _GuardedServer(web.Server):
    """aiohttp's connection manager, with the connection caps applied as each connects."""

    def __init__(self, *args: Any, guard: _Guard, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.guard = guard

    def connection_made(self, handler, transport) -> None:
        super().connection_made(handler, transport)
        peer = transport.get_extra_info("peername")
        if not self.guard.admit(handler, str(peer[0]) if peer else "?"):
            transport.abort()

    def connection_lost(self, handler, exc=None) -> None:
        self.guard.release(handler)
        super().connection_lost(handler, exc)


class _Runner(web.AppRunner):
    """``AppRunner`` whose connection manager is the guarded one (``_make_server`` is the
    hook aiohttp's runners are built on)."""

    def __init__(self, app: web.Application, guard: _Guard, **kwargs: Any) -> None:
        super().__init__(app, **kwargs)
        self._guard = guard

    async def _make_server(self) -> web.Server:
        plain = await super()._make_server()
        return _GuardedServer(plain.request_handler, request_factory=plain.request_factory,
                              loop=asyncio.get_running_loop(), guard=self._guard,
                              **self._kwargs)


class _Buckets:
    """A token bucket per address: ``burst`` at once, ``per_s`` sustained."""

    def __init__(self, per_s: float, burst: int) -> None:
        self.per_s, self.burst = per_s, burst
        self.state: dict[str, tuple[float, float]] = {}

    def take(self, address: str, now: float) -> bool:
        tokens, last = self.state.get(address, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + (now - last) * self.per_s)
        if len(self.state) > 4096:  # forget addresses that are full again
            self.state = {a: s for a, s in self.state.items()
                          if s[0] + (now - s[1]) * self.per_s < self.burst}
        if tokens < 1:
            self.state[address] = (tokens, now)
            return False
        self.state[address] = (tokens - 1, now)
        return True


def _error(status: int, words: str) -> web.Response:
    return web.json_response({"error": words}, status=status)


def _refuse(exc_class: type[web.HTTPException], words: str) -> web.HTTPException:
    return exc_class(text=json.dumps({"error": words}), content_type="application/json")


def url_host(host: str) -> str:
    """A host as it goes in a URL (an IPv6 address in brackets)."""
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


def room_address() -> str:
    """This computer's address on the network its default route leaves by (no packet is
    sent): what phones in the room use when the server listens on every interface."""
    with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.connect(("192.0.2.1", 9))  # TEST-NET-1: never routed anywhere real
        return s.getsockname()[0]
    return "127.0.0.1"


class ShareServer:
    """Serves one meeting of one database on ``host``:``port`` (0: any free port) until
    stopped. Start and stop it inside one asyncio loop (``ShareThread`` runs one)."""

    def __init__(self, db_path: Path | str, meeting_id: int, host: str = "127.0.0.1",
                 port: int = 0, limits: Limits | None = None,
                 clock: Callable[[], int] | None = None, language: str = "en",
                 words: Callable[[str], str] | None = None) -> None:
        """``language`` (a BCP 47 tag) is the pages' language; ``words`` gives the domain's
        words (a method, an option and its meaning) in it."""
        self.db_path = Path(db_path)
        primary = language.replace("_", "-").split("-")[0].lower()
        self.language = primary if primary in LANGUAGES else "en"
        self.words = words or (lambda text: text)
        self.files = _page_files()
        self.meeting_id = meeting_id
        self.host = host
        self.port = port
        self.limits = limits or Limits()
        self.clock = clock or (lambda: int(time.time() * 1000))
        self.guard = _Guard(self.limits)
        self._lock = ShareLock(self.db_path, meeting_id)
        self.buckets = _Buckets(self.limits.requests_per_s, self.limits.burst)
        self.store: Store | None = None
        self.snapshot: Snapshot | None = None
        self.streams = 0  # live event streams open now (devices following the meeting)
        self._version = 0
        self._data_version = -1
        self._wake: asyncio.Event | None = None
        self._stopping: asyncio.Event | None = None
        self._runner: _Runner | None = None
        self._watcher: asyncio.Task | None = None

    # --- life ----------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        host = room_address() if self.host in WILDCARDS else self.host
        return f"http://{url_host(host)}:{self.port}"

    def link(self, secret: str) -> str:
        return f"{self.base_url}/d/{secret}/"

    async def start(self) -> None:
        """Listen; raises ``SharedElsewhere`` when another server shares the meeting and
        OSError when the address cannot be had."""
        self._lock.acquire()
        self.store = open_store(self.db_path)
        self._wake = asyncio.Event()
        self._stopping = asyncio.Event()
        self._reload()
        app = web.Application(client_max_size=self.limits.body_bytes,
                              middlewares=[self._errors, self._rate])
        app.on_response_prepare.append(_add_headers)
        app.router.add_get(LINK + "/", self._page)
        app.router.add_get("/static/{name}", self._static)
        app.router.add_get(LINK + "/state.json", self._state)
        app.router.add_get(LINK + "/events", self._events)
        app.router.add_post(LINK + "/hand", self._hand)
        app.router.add_post(LINK + "/stance", self._stance)
        self._runner = _Runner(app, self.guard, access_log=None, handle_signals=False,
                               logger=_QUIET,
                               keepalive_timeout=self.limits.idle_s, shutdown_timeout=1.0)
        await self._runner.setup()
        sock = _listening_socket(self.host, self.port)
        self.port = sock.getsockname()[1]
        await web.SockSite(self._runner, sock).start()
        self._watcher = asyncio.create_task(self._watch())

    async def stop(self) -> None:
        """Stop listening and close every connection, the live streams included."""
        if self._stopping is not None:
            self._stopping.set()
            self._notify()
        if self._watcher is not None:
            self._watcher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._watcher
        if self._runner is not None:
            await self._runner.cleanup()
        if self.store is not None:
            self.store.close()
            self.store = None
        self._lock.release()

    # --- what the database says ----------------------------------------------------

    def _reload(self) -> None:
        """Read the meeting again (and the device stances of its open round)."""
        store = self.store
        self._data_version = devices.data_version(store)
        try:
            meeting = repo.load_meeting(store, self.meeting_id)
        except StoreError:
            self.snapshot = None  # deleted (or unreadable): every link is closed
        else:
            found = open_round(meeting)
            answers = devices.device_stances(store, found[1].id) if found else {}
            self._version += 1
            self.snapshot = Snapshot(meeting, answers,
                                     store_decisions.meanings(store, self.meeting_id),
                                     self._version)
        self._notify()

    def _notify(self) -> None:
        if self._wake is not None:
            wake, self._wake = self._wake, asyncio.Event()
            wake.set()

    async def _watch(self) -> None:
        while True:
            await asyncio.sleep(self.limits.watch_s)
            try:
                if devices.data_version(self.store) != self._data_version:
                    self._reload()
            except StoreError:
                continue  # busy or briefly unreadable: asked again in a moment

    # --- who is asking ---------------------------------------------------------------

    def _access(self, request: web.Request) -> tuple[LinkRow, Snapshot]:
        """The live link of this open meeting the request names; else 404, saying nothing."""
        row = links.resolve(self.store, request.match_info["secret"])
        snap = self.snapshot
        if (row is None or snap is None or row.meeting_id != self.meeting_id
                or lifecycle.is_locked(snap.meeting)
                or (row.participant_id is not None
                    and snap.meeting.participant(row.participant_id) is None)):
            raise _refuse(web.HTTPNotFound, "not found")
        return row, snap

    def _state_for(self, row: LinkRow, snap: Snapshot) -> dict[str, Any]:
        now = self.clock()
        if row.participant_id is None:
            state = room_state(snap, now)
        else:
            state = personal_state(snap, row.participant_id, now)
        state["language"] = self.language
        rnd = state["round"]
        if rnd is not None and self.language != "en":
            rnd["method_label"] = self.words(rnd["method_label"])
            for option in rnd["options"]:
                option["label"] = self.words(option["label"])
                option["meaning"] = self.words(option["meaning"])
        return state

    def _personal(self, request: web.Request) -> tuple[LinkRow, Snapshot]:
        row, snap = self._access(request)
        if row.participant_id is None:
            raise _refuse(web.HTTPForbidden, "the room link can only look; use your own link")
        return row, snap

    # --- middleware --------------------------------------------------------------------

    @web.middleware
    async def _errors(self, request: web.Request, handler) -> web.StreamResponse:
        """Every refusal as a short JSON error: a status and words, never meeting data."""
        try:
            return await handler(request)
        except web.HTTPException as exc:
            if exc.content_type == "application/json":
                raise
            return _error(exc.status, exc.reason.lower())

    @web.middleware
    async def _rate(self, request: web.Request, handler) -> web.StreamResponse:
        address = request.remote or "?"
        if not self.buckets.take(address, time.monotonic()):
            return web.json_response({"error": "too many requests"}, status=429,
                                     headers={"Retry-After": "1"})
        return await handler(request)

    # --- handlers ----------------------------------------------------------------------

    async def _page(self, request: web.Request) -> web.Response:
        """The room's or the person's page: one file for both; its script asks the state."""
        self._access(request)
        return web.Response(body=self.files[PAGE], content_type="text/html", charset="utf-8")

    async def _static(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        if name not in STATIC:
            raise _refuse(web.HTTPNotFound, "not found")
        return web.Response(body=self.files[name], content_type=STATIC[name], charset="utf-8")

    async def _state(self, request: web.Request) -> web.Response:
        row, snap = self._access(request)
        return web.json_response(self._state_for(row, snap))

    async def _events(self, request: web.Request) -> web.StreamResponse:
        """Server-Sent Events: the state now, then again at each change (and every few
        seconds while a turn runs); ends when the link is revoked or sharing stops."""
        row, _snap = self._access(request)
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        self.streams += 1
        try:
            await self._stream(request, response, row)
        except (TimeoutError, ConnectionError):
            pass
        finally:
            self.streams -= 1
        return response

    async def _stream(self, request: web.Request, response: web.StreamResponse,
                      row: LinkRow) -> None:
        limits = self.limits
        sent_version, sent_at = -1, 0.0
        while not self._stopping.is_set():
            try:
                row, snap = self._access(request)
            except web.HTTPException:
                break  # revoked, renewed, or the meeting ended
            now = time.monotonic()
            due = snap.meeting.open_turn is not None and now - sent_at >= limits.refresh_s
            if snap.version != sent_version or due:
                body = json.dumps(self._state_for(row, snap), ensure_ascii=False)
                await asyncio.wait_for(response.write(f"data: {body}\n\n".encode()), 10)
                sent_version, sent_at = snap.version, now
            elif now - sent_at >= limits.keepalive_s:
                await asyncio.wait_for(response.write(b": still here\n\n"), 10)
                sent_at = now
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), limits.refresh_s)

    async def _hand(self, request: web.Request) -> web.Response:
        row, snap = self._personal(request)
        body = await _json_body(request, required={"up"}, allowed={"up", "kind"})
        up, kind = body["up"], body.get("kind", str(HandKind.SPEAK))
        if not isinstance(up, bool):
            raise _refuse(web.HTTPBadRequest, "up is true or false")
        if kind not in {k.value for k in HandKind}:
            raise _refuse(web.HTTPBadRequest, "kind is speak, clarification or point-of-order")
        pid = row.participant_id
        meeting = snap.meeting
        if up:
            hands = floor.raise_hand(meeting.hands, pid, self.clock(), HandKind(kind))
            hand = next(h for h in hands if h.participant_id == pid)
            self._write(lambda: repo.set_hand(self.store, self.meeting_id, hand))
        elif any(h.participant_id == pid for h in meeting.hands):
            self._write(lambda: repo.remove_hand(self.store, self.meeting_id, pid))
        return web.json_response(self._state_for(*self._access(request)))

    async def _stance(self, request: web.Request) -> web.Response:
        row, snap = self._personal(request)
        body = await _json_body(request, required={"option"}, allowed={"option", "reason"})
        option, reason = body["option"], body.get("reason", "")
        found = open_round(snap.meeting)
        if found is None:
            raise _refuse(web.HTTPConflict, "no round is open for answers from devices")
        decision, rnd = found
        method = rules.get_method(decision.method)
        if option is not None and option not in method.keys:
            raise _refuse(web.HTTPBadRequest,
                          f"option is one of {', '.join(method.keys)}, or null for not given")
        if not isinstance(reason, str) or len(reason) > REASON_MAX or "\x00" in reason:
            raise _refuse(web.HTTPBadRequest, f"reason is text of at most {REASON_MAX} characters")
        if option is not None and method.option(option).reason_required and not reason.strip():
            raise _refuse(web.HTTPBadRequest, "this option needs a reason")
        pid = row.participant_id
        if pid not in rules.eligible_ids(snap.meeting, decision, self.clock()):
            raise _refuse(web.HTTPForbidden, "your stance does not count in this decision")
        stance = Stance(pid, option, reason.strip())
        self._write(lambda: devices.set_device_stance(self.store, rnd.id, stance, self.clock()))
        return web.json_response(self._state_for(*self._access(request)))

    def _write(self, write: Callable[[], None]) -> None:
        """One write from a device, waiting only briefly for the app's lock; then the
        meeting is read again and every stream told."""
        try:
            with self.store.patience(self.limits.write_patience_ms):
                write()
        except StoreError as exc:
            raise _refuse(web.HTTPServiceUnavailable, "busy; try again") from exc
        self._reload()


async def _json_body(request: web.Request, required: set[str], allowed: set[str]) -> dict:
    """The request's body as a JSON object with exactly the keys allowed (413 when larger
    than the limit, 415 when not JSON, 400 when malformed)."""
    if request.content_type != "application/json":
        raise _refuse(web.HTTPUnsupportedMediaType, "send application/json")
    raw = await request.read()
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise _refuse(web.HTTPBadRequest, "the body is not JSON") from exc
    if not isinstance(body, dict) or not required <= set(body) or set(body) - allowed:
        raise _refuse(web.HTTPBadRequest,
                      f"send an object with {', '.join(sorted(allowed))}")
    return body


def _page_files() -> dict[str, bytes]:
    """The pages' files, read once from the package (a wheel, a bundle or the checkout)."""
    from importlib.resources import files

    folder = files("coprodesk.share") / "pages"
    return {name: (folder / name).read_bytes() for name in (PAGE, *STATIC)}


async def _add_headers(_request: web.Request, response: web.StreamResponse) -> None:
    for name, value in SECURITY_HEADERS.items():
        response.headers[name] = value


def _listening_socket(host: str, port: int) -> socket.socket:
    """A socket listening on exactly ``host`` (an address or a name resolving to one)."""
    family, kind, proto, _name, address = socket.getaddrinfo(
        host or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0]
    sock = socket.socket(family, kind, proto)
    try:
        if hasattr(socket, "SO_REUSEADDR") and not hasattr(socket, "SO_EXCLUSIVEADDRUSE"):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if family == socket.AF_INET6 and host in WILDCARDS:
            sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
        sock.bind(address)
        sock.listen(128)
        sock.setblocking(False)
    except OSError:
        sock.close()
        raise
    return sock


class ShareThread:
    """A ``ShareServer`` on its own thread and asyncio loop, for the window and for tests:
    ``start`` returns once it listens (or raises why it cannot), ``stop`` once every
    connection is closed."""

    def __init__(self, server: ShareServer) -> None:
        import threading

        self.server = server
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._thread = threading.Thread(target=self._run, name="coprodesk-share", daemon=True)

    def start(self, timeout_s: float = 30.0) -> ShareServer:
        self._thread.start()
        if not self._ready.wait(timeout_s):
            raise TimeoutError("the sharing server did not start")
        if self._error is not None:
            raise self._error
        return self.server

    def _run(self) -> None:
        asyncio.run(self._main())

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        try:
            await self.server.start()
        except BaseException as exc:
            self._error = exc
            self._ready.set()
            await self.server.stop()
            return
        self._ready.set()
        await self._stop.wait()
        await self.server.stop()

    def call(self, fn: Callable[[], Any], timeout_s: float = 30.0) -> Any:
        """Run ``fn`` on the server's loop (where its connection to the database lives)
        and return what it returns."""
        async def run() -> Any:
            return fn()
        return asyncio.run_coroutine_threadsafe(run(), self._loop).result(timeout_s)

    def stop(self, timeout_s: float = 30.0) -> None:
        if self._loop is not None and self._stop is not None and self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(timeout_s)
