"""Commands for minutes: ``keys new``, ``export``, ``sign``, ``verify``.

reportlab and pyHanko are imported only when one of these runs.
"""

from __future__ import annotations

import argparse
import getpass
import sys
import time
from pathlib import Path

from coprodesk.cli.common import UserError, open_db, print_json_or_text


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
    k.add_argument("--force", action="store_true",
                   help="replace an existing identity at --out (the old file is kept as "
                        "FILE.p12.bak-TIMESTAMP)")
    k.set_defaults(func=cmd_keys_new)
    k = keys.add_parser("export-cert", help="write an identity's public certificate",
                        description="Write the public certificate of an identity, to hand to "
                                    "the people who will check your signatures (they add it "
                                    "with `coprodesk keys trust`).")
    k.add_argument("identity", type=Path, metavar="ID.p12")
    k.add_argument("-o", "--output", required=True, type=Path, metavar="NAME.pem")
    k.add_argument("--passphrase-file", type=Path, metavar="F")
    k.set_defaults(func=cmd_keys_export_cert)
    k = keys.add_parser("trust", help="trust a colleague's certificate",
                        description="Add a certificate (PEM or DER) to your trust list; "
                                    "verify then reports its signatures as trusted.")
    k.add_argument("cert", type=Path, metavar="CERT.pem")
    k.set_defaults(func=cmd_keys_trust)
    k = keys.add_parser("trusted", help="list the trusted certificates",
                        description="List your trust list: name, e-mail, validity, "
                                    "fingerprint.")
    k.set_defaults(func=cmd_keys_trusted)
    k = keys.add_parser("untrust", help="remove a certificate from the trust list",
                        description="Remove a certificate from your trust list by its "
                                    "fingerprint (as `keys trusted` prints it; a unique "
                                    "beginning is enough).")
    k.add_argument("fingerprint", metavar="FINGERPRINT")
    k.set_defaults(func=cmd_keys_untrust)

    p = sub.add_parser("export", help="export minutes (PDF) or a whole meeting (JSON)",
                       description="Write a meeting's minutes as PDF (optionally certified "
                                   "with your identity), or the whole meeting as JSON. "
                                   "With --all, one file per closed meeting into --out-dir.")
    p.add_argument("meeting", nargs="?", metavar="MEETING", help="meeting id or title")
    p.add_argument("-o", "--output", type=Path, metavar="FILE", help="the file to write")
    p.add_argument("--format", choices=("pdf", "json", "html"), default="pdf",
                   help="html: only the accessible twin that every PDF carries inside")
    p.add_argument("--easy-read", action="store_true",
                   help="easy-read minutes (PDF): large type, short sentences, pictures; "
                        "--sign certifies them too (every full PDF carries them inside)")
    p.add_argument("--sign", type=Path, metavar="FILE.p12",
                   help="certify the minutes with this identity (locks the meeting)")
    p.add_argument("--passphrase-file", type=Path, metavar="F")
    p.add_argument("--signers", metavar="NAME,...",
                   help="the other people who will countersign, one empty box each "
                        "(default: the co-chairs); with --sign, your own box comes first, "
                        "named after you")
    p.add_argument("--force", action="store_true",
                   help="write even where a file carries signatures: it is kept first as "
                        "NAME.signed-TIMESTAMP.pdf beside it (without --force such a file is "
                        "never replaced: exit 2)")
    p.add_argument("--all", action="store_true", help="every closed meeting")
    p.add_argument("--since", metavar="DATE", help="with --all: meetings on or after DATE")
    p.add_argument("--out-dir", type=Path, metavar="DIR", help="with --all: the folder")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("sign", help="countersign minutes",
                       description="Fill your signature box of signed minutes, as an "
                                   "incremental update that keeps earlier signatures valid. "
                                   "Refused when the minutes do not verify (exit 1), and "
                                   "when the box names someone else than the identity.")
    p.add_argument("file", type=Path, metavar="FILE.pdf")
    p.add_argument("--field", required=True, metavar="NAME", help="your signature box")
    p.add_argument("--id", required=True, type=Path, metavar="FILE.p12", dest="identity")
    p.add_argument("--passphrase-file", type=Path, metavar="F")
    p.add_argument("--on-behalf", metavar="REASON", default="",
                   help="sign a box that names someone else, saying why (written into the "
                        "signature, reported by verify)")
    p.set_defaults(func=cmd_sign)

    p = sub.add_parser("verify", help="check the signatures of minutes",
                       description="List each signature (signer, time, intact, valid, "
                                   "coverage, trust), the boxes still unsigned, and one line "
                                   "per problem. Exit codes: 0 all good; 1 something was "
                                   "changed or a signature is invalid; 2 the file cannot be "
                                   "read; 3 intact and valid, but a box was signed by someone "
                                   "else, a certificate was outside its validity period, or a "
                                   "signer is not on your trust list (see --allow-untrusted).")
    p.add_argument("file", type=Path, metavar="FILE.pdf")
    p.add_argument("--trust", type=Path, action="append", default=[], metavar="CERT.pem",
                   help="a certificate to trust besides your trust list (repeatable)")
    p.add_argument("--strict", action="store_true",
                   help="exit 1 unless every signer is trusted")
    p.add_argument("--allow-untrusted", action="store_true",
                   help="a signer not on your trust list alone is not exit 3 (still listed)")
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
    try:
        first = getpass.getpass("Passphrase: ")
        if confirm and getpass.getpass("Passphrase again: ") != first:
            raise UserError("the two passphrases differ")
    except EOFError:
        raise UserError("no passphrase: the input ended") from None
    return first.encode("utf-8")


def _one_line_errors(fn):
    """Signing and trust problems the user can fix are one line (exit 2), never a traceback."""
    def run(args: argparse.Namespace) -> int:
        from coprodesk.minutes.signing import SigningError
        from coprodesk.minutes.trust import TrustError

        try:
            return fn(args)
        except (SigningError, TrustError) as exc:
            raise UserError(str(exc)) from exc
    return run


@_one_line_errors
def cmd_keys_new(args: argparse.Namespace) -> int:
    from coprodesk.fileio import atomic_write_bytes
    from coprodesk.minutes.signing import certificate_pem, new_identity

    if args.out.exists() and not args.force:
        raise UserError(f"{args.out} already exists: it may be someone's signing identity. "
                        "Choose another --out, or add --force to replace it (a backup is kept)")
    passphrase = _passphrase(args.passphrase_file, confirm=True)
    backup = _backup_identity(args.out) if args.out.exists() else None
    ident = new_identity(args.name, args.email, args.out, passphrase)
    print(f"Created the signing identity of {ident.name} in {args.out} (mode 0600). "
          "Keep it and its passphrase safe.")
    if backup is not None:
        print(f"The identity it replaced is kept in {backup}")
    if args.cert_out:
        atomic_write_bytes(args.cert_out, certificate_pem(args.out, passphrase))
        print(f"Public certificate for others to trust: {args.cert_out}")
    return 0


def _backup_identity(path: Path) -> Path:
    """Keep the identity ``--force`` replaces: a lost private key cannot be made again."""
    import os
    import shutil

    stamp = time.strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.name}.bak-{stamp}")
    n = 1
    while backup.exists():
        n += 1
        backup = path.with_name(f"{path.name}.bak-{stamp}-{n}")
    try:
        shutil.copy2(path, backup)
        os.chmod(backup, 0o600)
    except OSError as exc:
        raise UserError(f"cannot keep a backup of {path}: {exc.strerror or exc}") from exc
    return backup


@_one_line_errors
def cmd_keys_export_cert(args: argparse.Namespace) -> int:
    from coprodesk.fileio import atomic_write_bytes
    from coprodesk.minutes.signing import certificate_pem

    pem = certificate_pem(args.identity, _passphrase(args.passphrase_file))
    try:
        atomic_write_bytes(args.output, pem)
    except OSError as exc:
        raise UserError(f"cannot write {args.output}: {exc.strerror or exc}") from exc
    print(f"Wrote the public certificate of {args.identity} to {args.output}; give it to "
          "the people who check your signatures (coprodesk keys trust).")
    return 0


@_one_line_errors
def cmd_keys_trust(args: argparse.Namespace) -> int:
    from coprodesk.minutes.trust import add_trusted

    person = add_trusted(args.cert)
    print(f"Trusted {person.name} <{person.email}> (valid {person.not_before} to "
          f"{person.not_after}), fingerprint {person.fingerprint}")
    return 0


@_one_line_errors
def cmd_keys_trusted(args: argparse.Namespace) -> int:
    from coprodesk.minutes.trust import list_trusted, trust_dir

    people = list_trusted()
    if not people:
        print(f"Nobody is trusted yet (trust list: {trust_dir()}).")
    for p in people:
        print(f"{p.name} <{p.email}>  valid {p.not_before} to {p.not_after}  {p.fingerprint}")
    return 0


@_one_line_errors
def cmd_keys_untrust(args: argparse.Namespace) -> int:
    from coprodesk.minutes.trust import remove_trusted

    remove_trusted(args.fingerprint)
    print(f"No longer trusted: {args.fingerprint}")
    return 0


@_one_line_errors
def cmd_export(args: argparse.Namespace) -> int:
    from coprodesk.store.meetings import find_meeting

    now_ms = int(time.time() * 1000)
    _check_export_args(args)
    if args.all:
        return _export_all(args, now_ms)
    store = open_db(args)
    meeting_id = find_meeting(store, args.meeting)
    passphrase = _passphrase(args.passphrase_file) if args.sign else b""
    _make_way(args.output, args.force)  # after every other check: nothing moved in vain
    if args.format == "json":
        from coprodesk.portable import PortableError
        from coprodesk.portable.export import write_meeting_json

        try:
            write_meeting_json(store, meeting_id, args.output)
        except PortableError as exc:
            raise UserError(str(exc)) from exc
        print(f"Wrote {args.output}")
        return 0
    from coprodesk.minutes.export import export_easy_read, export_minutes, export_twin

    signers = tuple(s.strip() for s in (args.signers or "").split(",") if s.strip())
    if args.format == "html":
        export_twin(store, meeting_id, args.output, now_ms, signers=signers)
        print(f"Wrote {args.output}")
        return 0
    write = export_easy_read if args.easy_read else export_minutes
    write(store, meeting_id, args.output, now_ms, signers=signers, identity=args.sign,
          passphrase=passphrase)
    print(f"Wrote {args.output}" + (" (certified; the meeting is now locked)" if args.sign
                                    else ""))
    return 0


def _check_export_args(args: argparse.Namespace) -> None:
    """The combinations ``export`` refuses, before anything is read, moved or written."""
    if args.all:
        if args.meeting or args.output:
            raise UserError("--all writes into --out-dir; give no MEETING or -o")
        if not args.out_dir:
            raise UserError("--all needs --out-dir DIR")
        if args.format == "html" or args.easy_read:
            raise UserError("--all writes PDF or JSON; export HTML or easy-read one meeting "
                            "at a time")
        return
    if not args.meeting or not args.output:
        raise UserError("export needs MEETING and -o FILE (or --all --out-dir DIR)")
    if args.format == "json" and (args.sign or args.signers):
        raise UserError("--sign and --signers apply to PDF minutes only")
    if args.easy_read and args.format != "pdf":
        raise UserError("--easy-read writes a PDF; give no --format")
    if args.format == "html" and args.sign:
        raise UserError("--sign applies to PDF minutes: the HTML is signed inside the PDF")


def _make_way(output: Path, force: bool) -> None:
    """A file at ``output`` that carries signatures: refused (one line, exit 2), or with
    ``--force`` kept aside first, and said."""
    from coprodesk.minutes.signed_files import make_way

    kept = make_way(output, force)
    if kept is not None:
        print(f"Kept the signed file {output} as {kept}")


def _export_all(args: argparse.Namespace, now_ms: int) -> int:
    """Exit 1 when a meeting failed, else 2 when a signed file was left in the way, else 0."""
    from coprodesk.archive.batch import export_all

    store = open_db(args)

    def progress(n: int, total: int, title: str) -> None:
        print(f"[{n}/{total}] {title}", file=sys.stderr, flush=True)

    result = export_all(store, args.out_dir, now_ms, since=args.since or "", fmt=args.format,
                        progress=progress, force=args.force)
    refused = (f", {len(result.refused)} not replaced (they carry signatures; --force keeps "
               "each as NAME.signed-TIMESTAMP.pdf and writes)" if result.refused else "")
    print(f"{len(result.written)} written, {len(result.skipped)} unchanged and skipped, "
          f"{len(result.failed)} failed{refused}, in {args.out_dir}")
    for target, kept in result.kept:
        print(f"  kept the signed file {target.name} as {kept.name}")
    for target in result.refused:
        print(f"  not replaced: {target} carries signatures", file=sys.stderr)
    for title, reason in result.failed:
        print(f"  failed: {title}: {reason}", file=sys.stderr)
    return 1 if result.failed else 2 if result.refused else 0


@_one_line_errors
def cmd_sign(args: argparse.Namespace) -> int:
    from coprodesk.minutes.export import NotVerifiedError, countersign

    if not args.file.is_file():
        raise UserError(f"no such file: {args.file}")
    try:
        countersign(args.file, args.field, args.identity, _passphrase(args.passphrase_file),
                    on_behalf=args.on_behalf)
    except NotVerifiedError as exc:
        print(f"coprodesk: error: will not sign {args.file}: it does not verify:", file=sys.stderr)
        for line in exc.problems:
            print(f"  - {line}", file=sys.stderr)
        return 1
    print(f"Signed the box {args.field!r} of {args.file}"
          + (" on behalf of its owner" if args.on_behalf else ""))
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from coprodesk.minutes.verify import format_verification, verify_pdf

    if not args.file.is_file():
        raise UserError(f"no such file: {args.file}")
    for cert in args.trust:
        if not cert.is_file():
            raise UserError(f"no such certificate: {cert}")
    try:
        result = verify_pdf(args.file, args.trust, strict=args.strict,
                            allow_untrusted=args.allow_untrusted)
    except ValueError as exc:
        from coprodesk.minutes.trust import UnsafeTrustFile

        if isinstance(exc.__cause__, UnsafeTrustFile):
            raise UserError(str(exc)) from exc
        raise UserError(f"cannot read a certificate: {exc}") from exc
    except OSError as exc:
        raise UserError(f"cannot read {args.file}: {exc.strerror or exc}") from exc
    if not result.readable:
        raise UserError(result.problems[0])
    print_json_or_text(args, result.as_json(), lambda: format_verification(result))
    return result.exit_code
