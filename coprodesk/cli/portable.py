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
    p.set_defaults(func=cmd_import)


def cmd_import(args: argparse.Namespace) -> int:
    from coprodesk.portable import PortableError
    from coprodesk.portable.importer import import_meeting, read_meeting_file

    try:
        doc = read_meeting_file(args.file)
        store = open_db(args)
        result = import_meeting(store, doc, args.on_conflict, str(args.file), checked=True)
    except PortableError as exc:
        raise UserError(str(exc)) from exc
    how = " (replacing the one that was here)" if result.replaced else (
        " (kept both: this copy has a new id)" if result.copied else "")
    print(f"Imported {result.title!r} as meeting {result.meeting_id}{how}.")
    if result.unsigned:
        print("The file says the minutes are signed but carries no signature: imported as "
              "closed, not locked.")
    if result.skipped_updates:
        print(f"Skipped {result.skipped_updates} update(s) about actions of earlier meetings "
              "that are not in this database.")
    return 0
