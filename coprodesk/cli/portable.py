"""``coprodesk import FILE.json``: a whole meeting from a portable file, all or nothing.

(``export MEETING --format json`` lives with the other exports in cli/minutes.py.)
"""

from __future__ import annotations

import argparse
from pathlib import Path

from coprodesk.cli.common import UserError, open_db


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="import a whole meeting from a JSON file",
                       description="Import a meeting exported with `export --format json`. "
                                   "The file is checked against the format first; every "
                                   "problem is listed with its JSON path and nothing is "
                                   "imported unless all of it is. Outcomes and the joint "
                                   "verdict are recomputed, never taken from the file.")
    p.add_argument("file", type=Path, metavar="FILE.json")
    p.add_argument("--on-conflict", choices=("replace", "copy", "fail"), default="fail",
                   help="when the meeting is already here: replace it, keep both (the import "
                        "gets a new id), or stop (default)")
    p.add_argument("--minutes", type=Path, metavar="SIGNED.pdf",
                   help="the signed minutes the file's signatures are for: the meeting "
                        "arrives signed only when they verify and their certified revision "
                        "is the one the file records; otherwise closed, with the note "
                        "\"signed elsewhere, not checked here\"")
    p.set_defaults(func=cmd_import)


def cmd_import(args: argparse.Namespace) -> int:
    from coprodesk.portable import PortableError
    from coprodesk.portable.importer import import_meeting, read_meeting_file

    if args.minutes is not None and not args.minutes.is_file():
        raise UserError(f"no such file: {args.minutes}")
    try:
        doc = read_meeting_file(args.file)
        verified, why = _checked_minutes(args.minutes)
        store = open_db(args)
        result = import_meeting(store, doc, args.on_conflict, str(args.file), checked=True,
                                verified=verified)
    except PortableError as exc:
        raise UserError(str(exc)) from exc
    how = " (replacing the one that was here)" if result.replaced else (
        " (kept both: this copy has a new id)" if result.copied else "")
    print(f"Imported {result.title!r} as meeting {result.meeting_id}{how}.")
    _say_signatures(result, args.minutes, verified, why)
    if result.skipped_updates:
        print(f"Skipped {result.skipped_updates} update(s) about actions of earlier meetings "
              "that are not in this database.")
    return 0


def _checked_minutes(pdf: Path | None) -> tuple[frozenset[str], str]:
    """The certified revision of ``pdf`` when it verifies, else nothing and why."""
    if pdf is None:
        return frozenset(), ""
    from coprodesk.minutes.signed_files import certified_revision

    sha, why = certified_revision(pdf)
    return (frozenset({sha}) if sha else frozenset()), why


def _say_signatures(result, pdf: Path | None, verified: frozenset[str], why: str) -> None:
    """What became of the signatures the file claims, in a line or two."""
    if result.signed:
        print(f"Signed: {pdf} verifies, and its certified revision is the one the file "
              "records." if pdf else "Signed: the signatures are the ones held here.")
    if result.unsigned:
        print("The file says the minutes are signed but carries no signature: imported as "
              "closed, not locked.")
    elif result.not_checked:
        print(f"Not kept as signatures (signed elsewhere, not checked here; recorded as a "
              f"note): {', '.join(result.not_checked)}.")
        if pdf is None:
            print("To keep them, import again with --minutes SIGNED.pdf: the signed minutes "
                  "they are for.")
        elif why:
            print(why)
        elif verified:
            print(f"{pdf} verifies, but the file records no signature of its certified "
                  f"revision (SHA-256 {next(iter(verified))[:16]}…): they are other minutes.")
