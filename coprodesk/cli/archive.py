"""``archive``: the organisation's archive folder (see docs/archive.md)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from coprodesk.cli.common import UserError, open_db, print_json_or_text


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "archive", help="keep every meeting in the organisation's archive folder",
        description="Bring every closed or signed meeting of this database into DIR: its "
                    "open meeting file, its report (report --json), its minutes and "
                    "easy-read minutes, with a manifest per database (archive.d/) merged "
                    "into archive.json. Incremental: a second run writes only what "
                    "changed. --add puts signed minutes in, --trust adds a certificate to "
                    "the archive's trust list, --check checks every file. Exit codes: "
                    "0 done; 1 something failed (--check: a file changed, is missing, is "
                    "extra or fails verification); 2 unusable input; 3 (--check) the only "
                    "problem is a signer on no trust list.")
    p.add_argument("dir", type=Path, metavar="DIR", help="the archive folder")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--add", nargs="+", type=Path, metavar="FILE.pdf",
                      help="signed minutes to add (matched to their meeting by the SHA-256 "
                           "of their certified revision)")
    mode.add_argument("--trust", type=Path, action="append", metavar="CERT.pem",
                      help="trust this certificate in the archive (DIR/trusted/; repeatable)")
    mode.add_argument("--check", action="store_true",
                      help="check every file against the manifests and every signed PDF "
                           "through verify")
    p.add_argument("--json", action="store_true", help="with --check: print JSON")
    p.set_defaults(func=cmd_archive)


def _one_line(fn):
    def run(args: argparse.Namespace) -> int:
        from coprodesk.archive.manifest import ArchiveError
        from coprodesk.minutes.signing import SigningError
        from coprodesk.minutes.trust import TrustError

        try:
            return fn(args)
        except (ArchiveError, TrustError, SigningError) as exc:
            raise UserError(str(exc)) from exc
    return run


@_one_line
def cmd_archive(args: argparse.Namespace) -> int:
    if args.json and not args.check:
        raise UserError("--json goes with --check")
    if args.check:
        return _check(args)
    if args.trust:
        return _trust(args)
    if args.add:
        return _add(args)
    return _archive(args)


def _archive(args: argparse.Namespace) -> int:
    from coprodesk.archive.archiving import archive_database

    store = open_db(args)

    def progress(n: int, total: int, title: str) -> None:
        print(f"[{n}/{total}] {title}", file=sys.stderr, flush=True)

    run = archive_database(store, args.dir, progress=progress)
    for folder in run.written:
        print(f"  written: {folder}")
    for folder in run.updated:
        print(f"  written again (signed or its signatures changed): {folder}")
    for folder in run.held_elsewhere:
        print(f"  already archived from another database: {folder}")
    for old, kept in run.superseded:
        print(f"  superseded: {old} (kept under {kept})" if old != kept else
              f"  superseded here, still current for another database: {old}")
    print(f"{len(run.written)} written, {len(run.updated)} written again, "
          f"{len(run.held_elsewhere)} already there from another database, "
          f"{len(run.superseded)} superseded, {len(run.unchanged)} unchanged, "
          f"{len(run.failed)} failed; {run.left_out} not closed yet, left out. "
          + ("archive.json rewritten." if run.index_written else "archive.json unchanged."))
    if run.different_versions:
        print("Different versions of one meeting from different databases (all kept):")
        for title, folders in run.different_versions:
            print(f"  {title}: " + " | ".join(folders))
    for title, reason in run.failed:
        print(f"  failed: {title}: {reason}", file=sys.stderr)
    return 1 if run.failed else 0


def _add(args: argparse.Namespace) -> int:
    from coprodesk.archive.adding import add_pdfs
    from coprodesk.store.identity import database_id

    for f in args.add:
        if not f.is_file():
            raise UserError(f"no such file: {f}")
    done = add_pdfs(args.dir, args.add, database_id(open_db(args)))
    for a in done:
        if a.refused:
            print(f"refused: {a.source}: {a.reason}", file=sys.stderr)
        else:
            print(f"{a.outcome}: {a.source} -> {a.where}" + (f" ({a.reason})" if a.reason else ""))
    return 1 if any(a.refused for a in done) else 0


def _trust(args: argparse.Namespace) -> int:
    from coprodesk.archive.trust import trust_in_archive

    for cert in args.trust:
        person = trust_in_archive(args.dir, cert)
        print(f"Trusted in the archive: {person.name} <{person.email}>, fingerprint "
              f"{person.fingerprint}")
    return 0


def _check(args: argparse.Namespace) -> int:
    from coprodesk.archive.check import check_archive

    if not args.dir.is_dir():
        raise UserError(f"no such folder: {args.dir}")
    result = check_archive(args.dir)
    print_json_or_text(args, result.as_json(),
                       lambda: "\n".join([*result.lines(), result.summary()]))
    return result.exit_code
