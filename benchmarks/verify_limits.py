"""How long `coprodesk verify` takes, and how much memory, on minutes with many revisions
(issue 26: 3,000 revisions took 113 s and 1 GB), beside a bare baseline: a new Python
process that only reads the file with pyHanko and validates each signature.

The minutes are the demo's "Spring workshop", certified and countersigned (4 revisions),
then given N more revisions that each add one small object, as an attacker would; then
given S more signatures, each in a new box (pyHanko's difference analysis reads every
revision after each signature: the work grows with the square). Beyond
``structure.LIMITS`` verify refuses (exit 2) before pyHanko validates anything.

    .venv/bin/python benchmarks/verify_limits.py [--checkout DIR] [--timeout S]
        [--revisions N ...] [--signatures S ...]

``--checkout`` runs another checkout's code (for a before/after comparison).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

BARE = """
import io, sys
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
reader = PdfFileReader(io.BytesIO(open(sys.argv[1], 'rb').read()), strict=False)
for sig in reader.embedded_signatures:
    validate_pdf_signature(sig, ValidationContext(trust_roots=[], allow_fetching=False))
"""


def honest_minutes(folder: Path) -> bytes:
    from coprodesk.cli import main
    from coprodesk.minutes.signing import new_identity, sign

    db = str(folder / "m.db")
    assert main(["--db", db, "demo"]) == 0
    pdf = folder / "unsigned.pdf"
    assert main(["--db", db, "export", "Spring workshop", "-o", str(pdf)]) == 0
    ids = {}
    for name in ("Jo Fischer", "Amara Okafor"):
        ids[name] = folder / f"{name.split()[0]}.p12"
        new_identity(name, "b@example.org", ids[name], b"benchmark-pass")
    data = sign(pdf.read_bytes(), "Jo Fischer", ids["Jo Fischer"], b"benchmark-pass",
                certify=True)
    return sign(data, "Amara Okafor", ids["Amara Okafor"], b"benchmark-pass", certify=False)


def with_revisions(data: bytes, n: int) -> bytes:
    """``data`` with ``n`` more revisions, each adding one small unused object."""
    t = data[data.rindex(b"trailer"):data.rindex(b"startxref")]
    root, info = (re.search(rb"/%s\s+(\d+\s+\d+\s+R)" % k, t).group(1) for k in (b"Root", b"Info"))
    size = int(re.search(rb"/Size\s+(\d+)", t).group(1))
    out, prev = bytearray(data), int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    for i in range(n):
        num, off = size + i, len(out)
        out += b"%d 0 obj\n<< /N %d >>\nendobj\n" % (num, i)
        at = len(out)
        out += (b"xref\n0 1\n0000000000 65535 f \n%d 1\n%010d 00000 n \ntrailer\n<< /Size %d "
                b"/Root %s /Info %s /Prev %d >>\nstartxref\n%d\n%%%%EOF\n"
                % (num, off, num + 1, root, info, prev, at))
        prev = at
    return bytes(out)


def with_signatures(data: bytes, n: int, folder: Path) -> bytes:
    """``data`` with ``n`` more signatures by one identity, each in a new invisible box."""
    import io

    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    from coprodesk.minutes.signing import new_identity

    new_identity("Sam Many", "s@example.org", folder / "sam.p12", b"benchmark-pass")
    signer = signers.SimpleSigner.load_pkcs12(str(folder / "sam.p12"),
                                              passphrase=b"benchmark-pass")
    for i in range(n):
        meta = signers.PdfSignatureMetadata(field_name=f"Extra {i}", md_algorithm="sha256",
                                            subfilter=fields.SigSeedSubFilter.PADES)
        data = signers.PdfSigner(meta, signer, new_field_spec=fields.SigFieldSpec(
            f"Extra {i}")).sign_pdf(IncrementalPdfFileWriter(io.BytesIO(data))).getvalue()
    return data


# Runs the command given and prints its CPU seconds, peak resident MB and exit code ("-" if
# killed after the timeout). A small process of its own: a child forked (or spawned) from
# this one would count this process's memory as its own.
MEASURE = """
import os, subprocess, sys, time
timeout, cmd = float(sys.argv[1]), sys.argv[2:]
proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
deadline = time.monotonic() + timeout
while True:
    pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
    if pid:
        code = os.waitstatus_to_exitcode(status)
        break
    if time.monotonic() > deadline:
        proc.kill()
        pid, status, usage = os.wait4(proc.pid, 0)
        code = "-"
        break
    time.sleep(0.02)
print(usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, code)
"""


def timed(cmd: list[str], cwd: Path, timeout: float) -> tuple[float, float, int | None]:
    """CPU seconds (user + system, steadier than wall time on a busy machine), peak
    resident MB and exit code of ``cmd`` run in ``cwd`` (None: killed after ``timeout``
    seconds of wall time)."""
    out = subprocess.run([sys.executable, "-c", MEASURE, str(timeout), *cmd], cwd=cwd,
                         capture_output=True, text=True, check=True).stdout.split()
    return float(out[0]), float(out[1]), None if out[2] == "-" else int(out[2])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checkout", type=Path, default=HERE.parent)
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--revisions", type=int, nargs="*", default=[0, 96, 1000, 3000, 10000])
    parser.add_argument("--signatures", type=int, nargs="*", default=[20, 96])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        honest = honest_minutes(folder)
        print(f"checkout {args.checkout.resolve()}; honest minutes {len(honest) / 1e3:.0f} kB, "
              "4 revisions; one run each in a new process, CPU seconds and peak memory")
        print(f"{'file':>22}  {'size':>7}  {'bare pyHanko':>18}  {'coprodesk verify':>24}")
        cases = [(f"{4 + n} revisions", lambda n=n: with_revisions(honest, n))
                 for n in args.revisions]
        cases += [(f"{2 + n} signatures", lambda n=n: with_signatures(honest, n, folder))
                  for n in args.signatures]
        for label, make in cases:
            pdf = folder / "case.pdf"
            pdf.write_bytes(make())
            b_s, b_mb, b_code = timed([sys.executable, "-W", "ignore", "-c", BARE, str(pdf)],
                                      args.checkout, args.timeout)
            v_s, v_mb, code = timed([sys.executable, "-W", "ignore", "-m", "coprodesk",
                                     "verify", str(pdf)], args.checkout, args.timeout)
            said = (f"exit {code}" if code is not None
                    else f"killed after {args.timeout:.0f} s of wall time")
            killed = "*" if b_code is None else " "
            print(f"{label:>22}  {pdf.stat().st_size / 1e6:5.2f}MB  {b_s:7.2f} s{killed}"
                  f"{b_mb:6.0f} MB  {v_s:7.2f} s {v_mb:6.0f} MB  {said}")
    print(f"(* killed after {args.timeout:.0f} s of wall time)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
