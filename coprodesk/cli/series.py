"""``coprodesk series-pdf NAME -o FILE.pdf``: the involvement report of a series as a PDF."""

from __future__ import annotations

import argparse
from pathlib import Path

from coprodesk.cli.common import UserError, open_db, series_report_now


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("series-pdf", help="write the involvement report of a series (PDF)",
                       description="Who came, who was heard and what was done over a series of "
                                   "meetings, with plots: the figures of `report --series NAME`.")
    p.add_argument("series", metavar="NAME", help="the series (see `list`)")
    p.add_argument("-o", "--output", type=Path, metavar="FILE.pdf", required=True)
    p.set_defaults(func=cmd_series_pdf)


def cmd_series_pdf(args: argparse.Namespace) -> int:
    from coprodesk.fileio import atomic_write_bytes
    from coprodesk.minutes.series_pdf import involvement_pdf, series_groups
    from coprodesk.minutes.signed_files import SignedFileError, make_way

    report, meetings = series_report_now(open_db(args), args.series)
    data = involvement_pdf(report, series_groups(meetings))
    try:
        make_way(args.output)  # signed minutes given as -o by mistake: never replaced
    except SignedFileError as exc:
        raise UserError(f"{args.output} carries signatures: an export never replaces signed "
                        "minutes; choose another file name") from exc
    try:
        atomic_write_bytes(args.output, data)
    except OSError as exc:
        raise UserError(f"{args.output}: cannot write ({exc.strerror or exc})") from exc
    print(f"Involvement report of {report['series']!r} ({len(meetings)} meetings) written to "
          f"{args.output}")
    return 0
