"""The CLI as the tests drive it: one call, its exit code and output (never a traceback),
and the demo database with the facilitator's signing identity that the minutes tests start
from."""

from __future__ import annotations

from pathlib import Path

from coprodesk.cli import main


def run(capsys, *args: str | Path) -> tuple[int, str, str]:
    """``coprodesk ARGS``: exit code, and what this call alone printed to stdout and stderr."""
    capsys.readouterr()
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def demo_with_facilitator(tmp_path: Path, capsys) -> str:
    """The demo database (its path) and Jo Fischer's identity in ``tmp_path/jo.p12``,
    passphrase in ``tmp_path/pw``; Jo's certificate (``tmp_path/jo.pem``) is on the trust
    list of whoever verifies in the test, as a colleague's would be."""
    db = str(tmp_path / "m.db")
    run(capsys, "--db", db, "demo")
    (tmp_path / "pw").write_text("facilitator-pass\n")
    assert run(capsys, "keys", "new", "--name", "Jo Fischer", "--email", "jo@example.org",
               "--out", str(tmp_path / "jo.p12"), "--passphrase-file", str(tmp_path / "pw"),
               "--cert-out", str(tmp_path / "jo.pem"))[0] == 0
    assert run(capsys, "keys", "trust", str(tmp_path / "jo.pem"))[0] == 0
    return db


def signed_minutes(capsys, tmp_path: Path, db: str) -> Path:
    """The minutes of the demo's "Spring workshop" in ``tmp_path/minutes.pdf``, certified with
    ``tmp_path/jo.p12`` (passphrase in ``tmp_path/pw``, as ``demo_with_facilitator`` makes them)."""
    pdf = tmp_path / "minutes.pdf"
    code, _out, err = run(capsys, "--db", db, "export", "Spring workshop", "-o", str(pdf),
                          "--sign", str(tmp_path / "jo.p12"),
                          "--passphrase-file", str(tmp_path / "pw"))
    assert code == 0, err
    return pdf
