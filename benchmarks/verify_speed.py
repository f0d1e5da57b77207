"""Verifying the certified and countersigned minutes of the 8-hour meeting (the one
minutes_speed.py builds), beside a bare pyHanko loop that validates each signature
and reads nothing else (no DocMDP page naming, no removed-signature scan, no trust list).

    .venv/bin/python benchmarks/verify_speed.py [runs]
"""

from __future__ import annotations

import io
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from minutes_speed import add_decisions
from report_speed import build

from coprodesk.minutes.document import MinutesInput, build_minutes
from coprodesk.minutes.signing import add_fields, new_identity, sign
from coprodesk.minutes.verify import verify_pdf
from coprodesk.store import meetings as repo
from coprodesk.store.connection import open_store

PW = b"benchmark-pass"


def bare_pyhanko(pdf: Path) -> int:
    """What a minimal check does: read, validate every signature, look at nothing else."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    reader = PdfFileReader(io.BytesIO(pdf.read_bytes()), strict=False)
    good = 0
    for sig in reader.embedded_signatures:
        status = validate_pdf_signature(sig, ValidationContext(trust_roots=[],
                                                               allow_fetching=False))
        good += bool(status.intact and status.valid)
    return good


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "big.db"
        mid = build(path)
        add_decisions(path, mid)
        ids = {}
        for name in ("Bench Facilitator", "Bench Cochair"):
            ids[name] = folder / f"{name.split()[1]}.p12"
            new_identity(name, "b@example.org", ids[name], PW)
        store = open_store(path)
        meeting = repo.load_meeting(store, mid)
        store.close()
        built = build_minutes(MinutesInput(meeting, int(time.time() * 1000),
                                           signers=tuple(ids)))
        pdf = sign(add_fields(built.pdf, built.boxes), "Bench Facilitator",
                   ids["Bench Facilitator"], PW, certify=True)
        pdf = sign(pdf, "Bench Cochair", ids["Bench Cochair"], PW, certify=False)
        minutes = folder / "minutes.pdf"
        minutes.write_bytes(pdf)
        from pypdf import PdfReader

        pages = len(PdfReader(io.BytesIO(pdf)).pages)
        # the benchmark's identities are on nobody's trust list: that alone is not a failure
        assert verify_pdf(minutes, allow_untrusted=True).exit_code == 0  # warm up
        assert bare_pyhanko(minutes) == 2
        bare_cmd = [sys.executable, "-c", "import sys; sys.path.insert(0, sys.argv[2]); "
                    "from verify_speed import bare_pyhanko; from pathlib import Path; "
                    "bare_pyhanko(Path(sys.argv[1]))", str(minutes), str(Path(__file__).parent)]
        ours, bare, cli, bare_cli = [], [], [], []
        for _ in range(runs):
            t0 = time.perf_counter()
            verify_pdf(minutes, allow_untrusted=True)
            t1 = time.perf_counter()
            bare_pyhanko(minutes)
            t2 = time.perf_counter()
            subprocess.run([sys.executable, "-m", "coprodesk", "verify", "--allow-untrusted",
                            str(minutes)], check=True, capture_output=True)
            t3 = time.perf_counter()
            subprocess.run(bare_cmd, check=True, capture_output=True)
            bare_cli.append(time.perf_counter() - t3)
            ours.append(t1 - t0)
            bare.append(t2 - t1)
            cli.append(t3 - t2)
    o, b, c = statistics.median(ours), statistics.median(bare), statistics.median(cli)
    bc = statistics.median(bare_cli)
    print(f"minutes of the 8-hour meeting: {pages} pages, {len(pdf) / 1e6:.2f} MB, "
          f"2 signatures (certified + countersigned), {runs} runs")
    print(f"bare pyHanko validate loop       : median {b:6.3f} s")
    print(f"verify_pdf (every check)         : median {o:6.3f} s  ratio {o / b:.2f}x")
    print(f"bare loop in a new process       : median {bc:6.3f} s")
    print(f"coprodesk verify (new process)   : median {c:6.3f} s  ratio {c / bc:.2f}x  "
          "(start-up and imports included)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
