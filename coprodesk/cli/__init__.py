"""Command line: ``coprodesk [--db PATH] COMMAND``.

Known problems (a bad database, a malformed file) print one line naming the
file and exit with code 2; nothing is written half-way.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from coprodesk import __version__
from coprodesk.cli.common import (
    UserError,
    open_db,
    open_db_for_reading,
    print_json_or_text,
    series_report_now,
)
from coprodesk.paths import DB_ENV, default_db_path


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coprodesk",
        description="Run co-produced meetings: equal-voice timers, joint decisions, "
                    "signed minutes. Without a command, starts the app.")
    parser.add_argument("--version", action="version", version=f"CoProDesk {__version__}")
    parser.add_argument("--db", type=Path, metavar="PATH",
                        help=f"meeting database (default: ${DB_ENV} or the user data folder)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("demo", help="create the two demo meetings of one series",
                       description="Create a closed demo meeting and its planned follow-up.")
    p.add_argument("--hybrid", action="store_true",
                   help="instead, the closed meeting held as a hybrid one: three people online")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("list", help="list meetings", description="List the meetings.")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser(
        "import-turns", help="import speaker turns (CSV, RTTM) or a transcript (WebVTT, SRT)",
        description="Import speaker turns (CSV start_s,end_s,speaker or NIST RTTM) or an "
                    "online meeting's transcript (WebVTT with <v Name> voice spans as Teams "
                    "writes it, or 'Name: text' cues as Zoom writes it; SRT likewise) into a "
                    "meeting, as a single floor. A transcript's cues that name nobody, or say "
                    "only [inaudible] and the like, are counted and reported, never credited. "
                    "Nothing is imported if any line is bad.")
    p.add_argument("file", type=Path, metavar="FILE")
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--meeting", metavar="ID", help="existing meeting (id or title)")
    target.add_argument("--title", metavar="TITLE", help="create a new meeting with this title")
    p.add_argument("--groups", type=Path, metavar="MAP.csv",
                   help="CSV with columns speaker,group for new participants")
    p.add_argument("--format", choices=("csv", "rttm", "vtt", "srt"),
                   help="default: from the extension")
    p.add_argument("--map", action="append", metavar='"NAME=PERSON"',
                   help="transcripts: the transcript's NAME is PERSON of the meeting (again for "
                        "each name; two names given one person are one person's speech)")
    p.add_argument("--add-unmatched", nargs="?", const="Unassigned", metavar="GROUP",
                   help="transcripts with --meeting: speakers matching nobody become new "
                        "people (in GROUP, default Unassigned) instead of refusing the import")
    p.set_defaults(func=cmd_import_turns)

    p = sub.add_parser("report", help="speaking-time balance and decisions of a meeting",
                       description="Print a meeting's report: floor time, shares, balance "
                                   "index, items, decisions.")
    p.add_argument("meeting", metavar="MEETING", nargs="?", help="meeting id or title")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--item", type=int, metavar="N", help="only agenda item N (1-based)")
    p.add_argument("--series", metavar="NAME",
                   help="involvement over a whole series instead of one meeting")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("open", help="open a meeting's run view in the app",
                       description="Start the app in the run view of MEETING (id or title).")
    p.add_argument("meeting", metavar="MEETING", help="meeting id or title")
    p.set_defaults(func=cmd_open)

    p = sub.add_parser("backup", help="write a consistent copy of the database",
                       description="Copy the whole database (safe while the app runs). Without "
                                   "-o, the copy goes to the backups folder beside it, where "
                                   "the app also keeps its last 7 daily copies.")
    p.add_argument("-o", "--output", type=Path, metavar="FILE.db")
    p.set_defaults(func=cmd_backup)
    # Modules that add their own commands, each with ``register(subparsers)``; imported
    # here, not at the top, so the everyday start (no command) does not read them.
    from coprodesk.cli import archive, minutes, portable, series, share

    for module in (minutes, portable, series, share, archive):
        module.register(sub)
    return parser


def cmd_backup(args: argparse.Namespace) -> int:
    from coprodesk.store.backup import dated_backup_path, write_backup

    store = open_db_for_reading(args)  # refuses what is not a CoProDesk database
    store.close()
    target = write_backup(store.path, args.output or dated_backup_path(store.path))
    print(f"Backed up {store.path} to {target}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from coprodesk.demo import create_demo, create_hybrid_demo

    store = open_db(args)
    if args.hybrid:
        hybrid = create_hybrid_demo(store)
        print(f"Created the hybrid demo meeting {hybrid} (closed; three people online) in "
              f"{store.path}")
        return 0
    first, second = create_demo(store)
    print(f"Created demo meetings {first} (closed) and {second} (planned) in {store.path}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from coprodesk.store.meetings import list_meetings

    store = open_db_for_reading(args)
    rows = list_meetings(store)
    if args.json:
        print(json.dumps([{"id": m.id, "date": m.date, "title": m.title,
                           "status": str(m.status), "series": m.series, "people": m.people,
                           "decisions": m.decisions} for m in rows], indent=2,
                         ensure_ascii=False))
        return 0
    if not rows:
        print("No meetings yet. `coprodesk demo` creates two to look at.")
        return 0
    width = max(len(m.title) for m in rows)
    print(f"{'ID':>4}  {'Date':<10}  {'Title':<{width}}  Status")
    for m in rows:
        print(f"{m.id:>4}  {m.date:<10}  {m.title:<{width}}  {m.status}")
    return 0


def cmd_import_turns(args: argparse.Namespace) -> int:
    from coprodesk.domain.limits import TITLE_MAX, line_break_in, too_long
    from coprodesk.importers.transcripts import TRANSCRIPT_FORMATS, read_transcript
    from coprodesk.importers.turns import TurnImportError, read_floor, read_group_map
    from coprodesk.store.turn_import import import_into_meeting

    if args.title is not None:
        problem = too_long(args.title, TITLE_MAX) or (
            line_break_in(args.title) and "holds a line break")
        if problem:
            raise UserError(f"--title {problem}")
    progress = _progress(f"Reading {args.file.name}") if sys.stderr.isatty() else None
    fmt = (args.format or args.file.suffix.lstrip(".")).lower()
    transcript = None
    try:
        if fmt in TRANSCRIPT_FORMATS:
            transcript = read_transcript(args.file, fmt, progress)
            turns = None  # its floor is found once speakers are matched to people
        else:
            turns = read_floor(args.file, args.format, progress)
        groups = read_group_map(args.groups) if args.groups else {}
    except TurnImportError as exc:
        raise UserError(str(exc)) from exc
    except OSError as exc:
        raise UserError(f"{exc.filename}: {exc.strerror}") from exc
    if transcript is None and (args.map or args.add_unmatched is not None):
        raise UserError("--map and --add-unmatched are for transcripts (.vtt, .srt)")
    now_ms = int(time.time() * 1000)
    if transcript is not None:
        from coprodesk.cli.transcripts import import_transcript, matching_lines

        meeting_id, n_turns, n_new, matches = import_transcript(args, transcript, groups, now_ms)
        print(f"Imported {n_turns} turns into meeting {meeting_id}"
              f" ({n_new} new participants).")
        lines = matching_lines(matches)
        if lines:
            print("Matched by more than the exact name:", *lines, sep="\n")
        print(_not_credited(transcript))
        return 0
    store = open_db(args)
    if progress:
        print(f"Writing {len(turns):,} turns…", file=sys.stderr, flush=True)
    meeting_id, n_turns, n_new = import_into_meeting(
        store, turns, meeting_ref=args.meeting, title=args.title, group_map=groups,
        now_ms=now_ms)
    print(f"Imported {n_turns} turns into meeting {meeting_id}"
          f" ({n_new} new participants).")
    return 0


def _not_credited(transcript) -> str:
    """The line saying which of a transcript's cues were credited to nobody."""
    parts = []
    for tally, what in ((transcript.unattributed, "without a speaker"),
                        (transcript.not_speech, "with only a note such as [inaudible]")):
        if tally.cues:
            parts.append(f"{tally.cues:,} cue{'s' if tally.cues != 1 else ''} {what} "
                         f"({tally.ms / 1000:,.1f} s)")
    if not parts:
        return f"All {transcript.cues:,} cues name a speaker."
    return f"Not credited to anyone: {' and '.join(parts)}, of {transcript.cues:,} cues."


def _progress(what: str):
    """A percentage on one terminal line (stderr), redrawn in place; only for a terminal."""
    shown = [-1]

    def report(done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        if percent != shown[0]:
            shown[0] = percent
            end = "\n" if percent >= 100 else ""
            print(f"\r{what}: {percent}%", end=end, file=sys.stderr, flush=True)

    return report


def cmd_report(args: argparse.Namespace) -> int:
    from coprodesk.domain.report import build_report, format_report
    from coprodesk.store.meetings import find_meeting, load_meeting

    if args.series:
        return _series_report(args)
    if not args.meeting:
        raise UserError("report needs a MEETING (id or title) or --series NAME")
    store = open_db_for_reading(args)
    meeting = load_meeting(store, find_meeting(store, args.meeting))
    try:
        report = build_report(meeting, int(time.time() * 1000), args.item)
    except ValueError as exc:
        raise UserError(str(exc)) from exc
    print_json_or_text(args, report, lambda: format_report(report))
    return 0


def _series_report(args: argparse.Namespace) -> int:
    from coprodesk.domain.series_report import format_series_report

    report, _meetings = series_report_now(open_db_for_reading(args), args.series)
    print_json_or_text(args, report, lambda: format_series_report(report))
    return 0


def cmd_default(args: argparse.Namespace) -> int:
    """No command: the facilitator window (it offers the demo meetings on first start).

    The window's modules that do not need Qt (the store, the colours) are imported before
    it: once PySide6 is imported, its import hook reads the source of every module imported
    after it (about 0.4 ms each)."""
    read = time.perf_counter()
    import coprodesk.gui.colours
    import coprodesk.gui.settings_keys
    import coprodesk.resources
    import coprodesk.store.library
    import coprodesk.store.readonly  # noqa: F401  (all: see above)
    from coprodesk.gui.app import run_app, startup_marks

    startup_marks.insert(0, ("command line read", read))

    return run_app(args.db or default_db_path(), qt_args=args.qt_args)


def cmd_open(args: argparse.Namespace) -> int:
    from coprodesk.gui.app import run_app
    from coprodesk.store.meetings import find_meeting

    store = open_db(args)
    try:
        meeting_id = find_meeting(store, args.meeting)
    finally:
        store.close()
    return run_app(store.path, run_meeting=meeting_id, qt_args=args.qt_args)


# Qt's own options (QApplication and QGuiApplication): the window takes them, our parser
# never sees them. Those that take a value are followed by it or joined to it with "=".
QT_OPTIONS_WITH_VALUE = frozenset({
    "-style", "-stylesheet", "-platform", "-platformpluginpath", "-platformtheme", "-plugin",
    "-qmljsdebugger", "-session", "-display", "-geometry", "-title", "-name", "-font", "-fn",
    "-background", "-bg", "-foreground", "-fg", "-button", "-btn", "-visual", "-ncols", "-cmap",
    "-qwindowgeometry", "-qwindowtitle", "-qwindowicon", "-im", "-inputstyle"})
QT_FLAGS = frozenset({"-reverse", "-widgetcount", "-nograb", "-dograb", "-sync", "-testability"})


def split_qt_args(argv: Sequence[str]) -> tuple[list[str], list[str]]:
    """(our arguments, Qt's): ``-reverse``, ``-style fusion``, ``-platform offscreen`` and
    the rest of Qt's options go to the QApplication. Only the one-dash spelling: ``--title``
    and ``--name`` are ours."""
    ours: list[str] = []
    qt: list[str] = []
    items = iter(argv)
    for arg in items:
        if arg == "--":
            ours.append(arg)
            ours.extend(items)
            break
        option, has_value, _ = arg.partition("=")
        if option in QT_FLAGS and not has_value:
            qt.append(arg)
        elif option in QT_OPTIONS_WITH_VALUE:
            qt.append(arg)
            value = None if has_value else next(items, None)
            if value is not None:
                qt.append(value)
        else:
            ours.append(arg)
    return ours, qt


def _window_only(argv: list[str]) -> argparse.Namespace | None:
    """``coprodesk``, ``coprodesk --db PATH`` or ``--db=PATH``, the everyday start, read
    without building a parser (3 ms, and the window then shows sooner); anything else, even
    another spelling of these, goes to the full parser, which reads it the same way or says
    what is wrong."""
    if not argv:
        return argparse.Namespace(db=None)
    if len(argv) == 2 and argv[0] == "--db" and not argv[1].startswith("-"):
        return argparse.Namespace(db=Path(argv[1]))
    if len(argv) == 1 and argv[0].startswith("--db="):
        return argparse.Namespace(db=Path(argv[0].removeprefix("--db=")))
    return None


def main(argv: Sequence[str] | None = None) -> int:
    from coprodesk.store.errors import StoreError

    if argv is None:  # run as a program (not called by a test or a script of someone's)
        from coprodesk.library_warnings import route_library_warnings
        from coprodesk.paths import log_path

        route_library_warnings(log_path())
    argv, qt_args = split_qt_args(sys.argv[1:] if argv is None else list(argv))
    args = _window_only(argv)
    if args is None:
        args = build_parser().parse_args(argv)
    args.qt_args = qt_args
    func = getattr(args, "func", cmd_default)
    if func is not cmd_default:  # the window does this itself
        from coprodesk.paths import log_path
        from coprodesk.privacy import tighten_log

        tighten_log(log_path())
    try:
        return func(args)
    except (StoreError, UserError) as exc:
        print(f"coprodesk: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
