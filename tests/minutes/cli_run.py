"""The CLI as the minutes tests drive it: one call, its exit code and output, and the
demo database with the facilitator's signing identity that most of them start from."""

from __future__ import annotations

from pathlib import Path

from coprodesk.cli import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def demo_with_facilitator(tmp_path: Path, capsys) -> str:
    """The demo database (its path) and Jo Fischer's identity in ``tmp_path/jo.p12``,
    passphrase in ``tmp_path/pw``."""
    db = str(tmp_path / "m.db")
    run(capsys, "--db", db, "demo")
    (tmp_path / "pw").write_text("facilitator-pass\n")
    assert run(capsys, "keys", "new", "--name", "Jo Fischer", "--email", "jo@example.org",
               "--out", str(tmp_path / "jo.p12"), "--passphrase-file", str(tmp_path / "pw"))[0] == 0
    return db
