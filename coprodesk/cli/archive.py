"""``archive`` and ``org-report``: the organisation's archive folder and its figures
(see docs/archive.md)."""

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

    p = sub.add_parser(
        "org-report", help="organisation-wide figures from the archive (DuckDB)",
        description="Meetings, hours, people and first-timers; each stakeholder group's floor "
                    "share against its fair share, overall and per quarter (groups matched "
                    "by label, ignoring case); decisions, how many were joint and which "
                    "groups most often did not endorse; actions done and carried. Added up "
                    "by DuckDB from each archived meeting's own report (needs the archive "
                    "extra: pip install 'coprodesk[archive]').")
    p.add_argument("dir", type=Path, metavar="DIR", help="the archive folder")
    p.add_argument("--since", metavar="DATE", default="", help="meetings on or after DATE")
    p.add_argument("--until", metavar="DATE", default="", help="meetings on or before DATE")
    p.add_argument("--series", metavar="NAME", default="", help="one series only")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print JSON")
    out.add_argument("--pdf", type=Path, metavar="FILE", help="write the report as PDF")
    p.set_defaults(func=cmd_org_report)


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


def _date(text: str, option: str) -> str:
    from datetime import date

    if text:
        try:
            date.fromisoformat(text)
        except ValueError:
            raise UserError(f"{option} {text!r} is not a date (YYYY-MM-DD)") from None
    return text


@_one_line
def cmd_org_report(args: argparse.Namespace) -> int:
    from coprodesk.archive.org_report import org_report

    if not args.dir.is_dir():
        raise UserError(f"no such folder: {args.dir}")
    report = org_report(args.dir, since=_date(args.since, "--since"),
                        until=_date(args.until, "--until"), series=args.series)
    if args.pdf:
        from coprodesk.archive.org_pdf import org_report_pdf
        from coprodesk.fileio import atomic_write_bytes

        try:
            atomic_write_bytes(args.pdf, org_report_pdf(report))
        except OSError as exc:
            raise UserError(f"{args.pdf}: cannot write ({exc.strerror or exc})") from exc
        print(f"Organisation report ({report['meetings']} meetings) written to {args.pdf}")
        return 0
    print_json_or_text(args, report, lambda: format_org_report(report))
    return 0


def _pct(x: float) -> str:
    return f"{x * 100:.1f}%"


def format_org_report(report: dict) -> str:
    """The organisation's figures as a readable table."""
    window = " ".join(x for x in (
        f"from {report['since']}" if report["since"] else "",
        f"until {report['until']}" if report["until"] else "",
        f"series {report['series']!r}" if report["series"] else "") if x)
    lines = [f"Organisation report{' (' + window + ')' if window else ''}",
             f"{report['meetings']} meetings, {report['hours']:.1f} hours, "
             f"{report['people']} people ({report['first_timers']} for the first time), "
             f"{report['total_floor_s'] / 3600:.1f} hours on the floor", ""]
    width = max([len(g["label"]) for g in report["groups"]] + [5])
    lines.append(f"{'Group':<{width}}  {'Floor h':>8}  {'Share':>6}  {'Fair':>6}  Meetings")
    for g in report["groups"]:
        lines.append(f"{g['label']:<{width}}  {g['floor_s'] / 3600:>8.1f}  "
                     f"{_pct(g['share']):>6}  {_pct(g['fair_share']):>6}  {g['meetings']}")
    for q in report["quarters"]:
        lines.append(f"  {q['quarter']} ({q['meetings']} meetings): " + ", ".join(
            f"{g['label']} {_pct(g['share'])} of {_pct(g['fair_share'])}" for g in q["groups"]))
    d = report["decisions"]
    lines += ["", f"Decisions: {d['total']}, joint: {d['joint']}"]
    if d["not_endorsed_by"]:
        lines.append("Most often did not endorse: " + ", ".join(
            f"{n['label']} ({n['decisions']})" for n in d["not_endorsed_by"]))
    a = report["actions"]
    lines.append(f"Actions: {a['total']}, done: {a['done']}, carried: {a['carried']}")
    for v in report["different_versions"]:
        lines.append(f"Counted once, though laptops hold different versions: {v['title']} "
                     f"({v['counted']})")
    return "\n".join(lines)
