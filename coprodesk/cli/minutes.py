"""Commands for minutes: ``keys new``, ``export``, ``sign``, ``verify``.

reportlab and pyHanko are imported only when one of these runs.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
import time
from pathlib import Path

from coprodesk.cli.common import UserError, open_db


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("keys", help="signing identities",
                       description="Manage personal signing identities (PKCS#12 files).")
    keys = p.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    k = keys.add_parser("new", help="create a signing identity",
                        description="Create a self-signed X.509 identity, encrypted with a "
                                    "passphrase, written with mode 0600. The private key never "
                                    "enters the database.")
    k.add_argument("--name", required=True, help="the signer's name, as printed in signatures")
    k.add_argument("--email", required=True, help="the signer's e-mail address")
    k.add_argument("--out", required=True, type=Path, metavar="FILE.p12")
    k.add_argument("--passphrase-file", type=Path, metavar="F",
                   help="read the passphrase from the first line of F (else it asks)")
    k.add_argument("--cert-out", type=Path, metavar="CERT.pem",
                   help="also write the public certificate, for others to --trust")
    k.set_defaults(func=cmd_keys_new)

    p = sub.add_parser("export", help="export minutes (PDF) or a whole meeting (JSON)",
                       description="Write a meeting's minutes as PDF (optionally certified "
                                   "with your identity), or the whole meeting as JSON. "
                                   "With --all, one file per closed meeting into --out-dir.")
    p.add_argument("meeting", nargs="?", metavar="MEETING", help="meeting id or title")
    p.add_argument("-o", "--output", type=Path, metavar="FILE", help="the file to write")
    p.add_argument("--format", choices=("pdf", "json"), default="pdf")
    p.add_argument("--sign", type=Path, metavar="FILE.p12",
                   help="certify the minutes with this identity (locks the meeting)")
    p.add_argument("--passphrase-file", type=Path, metavar="F")
    p.add_argument("--signers", metavar="NAME,...",
                   help="one signature box per name, the first certifies "
                        "(default: the facilitator, then the co-chairs)")
    p.add_argument("--all", action="store_true", help="every closed meeting")
    p.add_argument("--since", metavar="DATE", help="with --all: meetings on or after DATE")
    p.add_argument("--out-dir", type=Path, metavar="DIR", help="with --all: the folder")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("sign", help="countersign minutes",
                       description="Fill your signature field of signed minutes, as an "
                                   "incremental update that keeps earlier signatures valid.")
    p.add_argument("file", type=Path, metavar="FILE.pdf")
    p.add_argument("--field", required=True, metavar="NAME", help="your signature field")
    p.add_argument("--id", required=True, type=Path, metavar="FILE.p12", dest="identity")
    p.add_argument("--passphrase-file", type=Path, metavar="F")
    p.set_defaults(func=cmd_sign)

    p = sub.add_parser("verify", help="check the signatures of minutes",
                       description="List each signature (signer, time, intact, coverage, "
                                   "trust), the fields still unsigned, and whether anything "
                                   "changed after the last signature. Exit code 0 only when "
                                   "every signature is intact and nothing changed since.")
    p.add_argument("file", type=Path, metavar="FILE.pdf")
    p.add_argument("--trust", type=Path, action="append", default=[], metavar="CERT.pem",
                   help="a certificate to trust (repeatable)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_verify)


def _passphrase(path: Path | None, confirm: bool = False) -> bytes:
    if path is not None:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise UserError(f"cannot read the passphrase file {path}: {exc.strerror}") from exc
        if not lines or not lines[0]:
            raise UserError(f"the passphrase file {path} is empty")
        return lines[0].encode("utf-8")
    if not sys.stdin.isatty():
        raise UserError("no terminal to ask for the passphrase; use --passphrase-file")
    first = getpass.getpass("Passphrase: ")
    if confirm and getpass.getpass("Passphrase again: ") != first:
        raise UserError("the two passphrases differ")
    return first.encode("utf-8")


def _signing_errors(fn):
    def run(args: argparse.Namespace) -> int:
        from coprodesk.minutes.signing import SigningError

        try:
            return fn(args)
        except SigningError as exc:
            raise UserError(str(exc)) from exc
    return run


@_signing_errors
def cmd_keys_new(args: argparse.Namespace) -> int:
    from coprodesk.fileio import atomic_write_bytes
    from coprodesk.minutes.signing import certificate_pem, new_identity

    passphrase = _passphrase(args.passphrase_file, confirm=True)
    ident = new_identity(args.name, args.email, args.out, passphrase)
    print(f"Created the signing identity of {ident.name} in {args.out} (mode 0600). "
          "Keep it and its passphrase safe.")
    if args.cert_out:
        atomic_write_bytes(args.cert_out, certificate_pem(args.out, passphrase))
        print(f"Public certificate for others to trust: {args.cert_out}")
    return 0


@_signing_errors
def cmd_export(args: argparse.Namespace) -> int:
    from coprodesk.store.meetings import find_meeting

    now_ms = int(time.time() * 1000)
    if args.all:
        if args.meeting or args.output:
            raise UserError("--all writes into --out-dir; give no MEETING or -o")
        if not args.out_dir:
            raise UserError("--all needs --out-dir DIR")
        return _export_all(args, now_ms)
    if not args.meeting or not args.output:
        raise UserError("export needs MEETING and -o FILE (or --all --out-dir DIR)")
    store = open_db(args)
    meeting_id = find_meeting(store, args.meeting)
    if args.format == "json":
        if args.sign or args.signers:
            raise UserError("--sign and --signers apply to PDF minutes only")
        from coprodesk.portable import PortableError
        from coprodesk.portable.export import write_meeting_json

        try:
            write_meeting_json(store, meeting_id, args.output)
        except PortableError as exc:
            raise UserError(str(exc)) from exc
        print(f"Wrote {args.output}")
        return 0
    from coprodesk.minutes.export import export_minutes

    signers = tuple(s.strip() for s in (args.signers or "").split(",") if s.strip())
    passphrase = _passphrase(args.passphrase_file) if args.sign else b""
    export_minutes(store, meeting_id, args.output, now_ms, signers=signers,
                   identity=args.sign, passphrase=passphrase)
    print(f"Wrote {args.output}" + (" (certified; the meeting is now locked)" if args.sign
                                    else ""))
    return 0


def _export_all(args: argparse.Namespace, now_ms: int) -> int:
    from coprodesk.minutes.export import export_all

    store = open_db(args)

    def progress(n: int, total: int, title: str) -> None:
        print(f"[{n}/{total}] {title}", file=sys.stderr, flush=True)

    result = export_all(store, args.out_dir, now_ms, since=args.since or "", fmt=args.format,
                        progress=progress)
    print(f"{len(result.written)} written, {len(result.skipped)} unchanged and skipped, "
          f"{len(result.failed)} failed, in {args.out_dir}")
    for title, reason in result.failed:
        print(f"  failed: {title}: {reason}", file=sys.stderr)
    return 1 if result.failed else 0


@_signing_errors
def cmd_sign(args: argparse.Namespace) -> int:
    from coprodesk.minutes.export import countersign

    if not args.file.is_file():
        raise UserError(f"no such file: {args.file}")
    countersign(args.file, args.field, args.identity, _passphrase(args.passphrase_file))
    print(f"Signed the field {args.field!r} of {args.file}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from coprodesk.minutes.verify import format_verification, verify_pdf

    if not args.file.is_file():
        raise UserError(f"no such file: {args.file}")
    for cert in args.trust:
        if not cert.is_file():
            raise UserError(f"no such certificate: {cert}")
    try:
        result = verify_pdf(args.file, args.trust)
    except ValueError as exc:
        raise UserError(f"cannot read a certificate: {exc}") from exc
    if args.json:
        print(json.dumps(result.as_json(), indent=2, ensure_ascii=False))
    else:
        print(format_verification(result))
    return 0 if result.ok else 1
