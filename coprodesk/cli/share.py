"""``coprodesk share MEETING [--bind ADDR] [--port N] [--json] [--renew]``: the meeting
served to participants' own devices, without the window, until Ctrl+C."""

from __future__ import annotations

import argparse
import json
import sys

from coprodesk.cli.common import UserError, open_db

DEFAULT_PORT = 8765


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "share", help="share a meeting with participants' own devices (until Ctrl+C)",
        description="Serve MEETING to phones, tablets and laptops on the room's network: a "
                    "room link that shows the balance of voices, and one personal link per "
                    "participant that also raises their hand and gives their stance. Prints "
                    "the links once it listens. Links last the meeting; --renew replaces them "
                    "(printed cards stop working). Traffic is not encrypted: use it on the "
                    "room's own network only.")
    p.add_argument("meeting", metavar="MEETING", help="meeting id or title")
    p.add_argument("--bind", metavar="ADDR", default="127.0.0.1",
                   help="the address to listen on (default 127.0.0.1, this computer only; "
                        "give this computer's address on the room's Wi-Fi for phones; "
                        "0.0.0.0 listens on every network)")
    p.add_argument("--port", type=int, metavar="N", default=DEFAULT_PORT,
                   help=f"the port (default {DEFAULT_PORT}; 0: any free port)")
    p.add_argument("--json", action="store_true",
                   help='print {"room": URL, "people": [{"id", "name", "url"}]} on one line')
    p.add_argument("--renew", action="store_true",
                   help="revoke the meeting's links and make new ones first")
    p.set_defaults(func=cmd_share)


def cmd_share(args: argparse.Namespace) -> int:
    import asyncio
    import time

    from coprodesk.domain import lifecycle
    from coprodesk.share import links as share_links
    from coprodesk.share.server import WILDCARDS
    from coprodesk.store.meetings import find_meeting, load_meeting

    if not 0 <= args.port <= 65535:
        raise UserError(f"--port {args.port} is not a port (0 to 65535)")
    store = open_db(args)
    try:
        meeting = load_meeting(store, find_meeting(store, args.meeting))
        if lifecycle.is_locked(meeting):
            raise UserError(f"meeting {meeting.id} has ended; its links end with it")
        now = int(time.time() * 1000)
        made = (share_links.renew_links if args.renew else share_links.ensure_links)(
            store, meeting, now)
    finally:
        store.close()
    args.db_path = store.path
    if made.renewed:
        print("coprodesk: the key that made this meeting's old links is gone; they were "
              "revoked and new links made", file=sys.stderr)
    if args.bind in WILDCARDS:
        print("coprodesk: listening on every network this computer is on", file=sys.stderr)
    try:
        return asyncio.run(_serve(args, meeting, made))
    except KeyboardInterrupt:
        return 0


async def _serve(args: argparse.Namespace, meeting, made) -> int:
    import asyncio
    import contextlib
    import signal

    from coprodesk.minutes.language import current_language, domain_word
    from coprodesk.share.lock import SharedElsewhere
    from coprodesk.share.server import ShareServer

    # the pages speak the app's language (the system's, where a catalogue exists)
    server = ShareServer(args.db_path, meeting.id, args.bind, args.port,
                         language=current_language(), words=domain_word)
    try:
        await server.start()
    except SharedElsewhere as exc:
        await server.stop()
        raise UserError(str(exc)) from exc
    except OSError as exc:
        await server.stop()
        raise UserError(f"cannot listen on {args.bind} port {args.port} "
                        f"({exc.strerror or exc}); choose another --bind or --port") from exc
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, AttributeError):  # not on Windows
            loop.add_signal_handler(sig, stop.set)
    try:
        _print_links(args, server, meeting, made)
        await stop.wait()
    finally:
        await server.stop()
    return 0


def _print_links(args: argparse.Namespace, server, meeting, made) -> None:
    people = [{"id": p.id, "name": p.name, "url": server.link(made.people[p.id])}
              for p in meeting.participants]
    if args.json:
        print(json.dumps({"room": server.link(made.room), "people": people},
                         ensure_ascii=False), flush=True)
        return
    print(f"Sharing {meeting.title!r} on {server.base_url} (Ctrl+C stops it).")
    print("Traffic is not encrypted: use the room's own network only.")
    print(f"Room link (everyone may look): {server.link(made.room)}")
    print("Personal links (each is one person's own; keep them private):")
    for person in people:
        print(f"  {person['name']}: {person['url']}")
    sys.stdout.flush()
