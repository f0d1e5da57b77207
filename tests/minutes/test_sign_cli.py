"""Boxes that belong to people, identities that are never silently replaced, the trust
list on the command line, --strict, and hostile files given to ``sign`` and ``verify``."""

from __future__ import annotations

import json
import os
import pty
import re
import select
import stat
import sys
import time
from pathlib import Path

import pytest

from coprodesk.cli import main
from coprodesk.minutes import trust

from ..cli_run import run


def new_id(capsys, folder: Path, name: str, *extra: str) -> Path:
    (folder / "pw").write_text("a-long-passphrase\n")
    out = folder / (name.split()[0].lower() + ".p12")
    code, _o, err = run(capsys, "keys", "new", "--name", name, "--email", "x@example.org",
                        "--out", str(out), "--passphrase-file", str(folder / "pw"), *extra)
    assert code == 0, err
    return out


@pytest.fixture
def demo(tmp_path, capsys) -> str:
    db = str(tmp_path / "m.db")
    assert run(capsys, "--db", db, "demo")[0] == 0
    return db


def verify(capsys, pdf: Path, *extra: str) -> tuple[int, dict]:
    code, out, _err = run(capsys, "verify", str(pdf), "--json", *extra)
    return code, json.loads(out)


# ---------------------------------------------------------------- whose boxes

def test_the_certifier_signs_a_box_named_after_them_and_signers_are_the_others(
        tmp_path, capsys, demo):
    sam = new_id(capsys, tmp_path, "Sam Lee")  # certifies, though not the facilitator
    pdf = tmp_path / "m.pdf"
    code, _o, err = run(capsys, "--db", demo, "export", "Spring workshop", "-o", str(pdf),
                        "--sign", str(sam), "--passphrase-file", str(tmp_path / "pw"),
                        "--signers", "Dev Patel, Amara Okafor, Sam Lee")
    assert code == 0, err
    code, report = verify(capsys, pdf, "--allow-untrusted")  # boxes here, not trust
    assert code == 0
    assert [(s["field"], s["signer"], s["certifies"]) for s in report["signatures"]] == [
        ("Sam Lee", "Sam Lee", True)]
    assert report["unsigned_fields"] == ["Dev Patel", "Amara Okafor"]


def test_by_default_the_co_chairs_countersign(tmp_path, capsys, demo):
    jo = new_id(capsys, tmp_path, "Jo Fischer")
    pdf = tmp_path / "m.pdf"
    assert run(capsys, "--db", demo, "export", "Spring workshop", "-o", str(pdf), "--sign",
               str(jo), "--passphrase-file", str(tmp_path / "pw"))[0] == 0
    code, report = verify(capsys, pdf, "--allow-untrusted")
    assert code == 0 and report["unsigned_fields"] == ["Amara Okafor"]
    amara = new_id(capsys, tmp_path, "Amara Okafor")
    code, _out, err = run(capsys, "sign", str(pdf), "--field", "Amara Okafor", "--id",
                         str(amara), "--passphrase-file", str(tmp_path / "pw"))
    assert code == 0, err
    code, report = verify(capsys, pdf, "--allow-untrusted")
    assert code == 0 and report["unsigned_fields"] == []
    assert all(s["box_matches_signer"] for s in report["signatures"])
    code, _o, err = run(capsys, "sign", str(pdf), "--field", "Amara Okafor", "--id",
                        str(amara), "--passphrase-file", str(tmp_path / "pw"))
    assert code == 2 and "already signed" in err


# ---------------------------------------------------------------- identities

def test_keys_new_never_silently_replaces_an_identity(tmp_path, capsys):
    jo = new_id(capsys, tmp_path, "Jo Fischer")
    before = jo.read_bytes()
    code, _o, err = run(capsys, "keys", "new", "--name", "Jo Fischer", "--email", "j@x.org",
                        "--out", str(jo), "--passphrase-file", str(tmp_path / "pw"))
    assert code == 2 and "already exists" in err and "--force" in err
    assert len(err.strip().splitlines()) == 1 and jo.read_bytes() == before

    code, out, err = run(capsys, "keys", "new", "--name", "Jo Fischer", "--email", "j@x.org",
                         "--out", str(jo), "--passphrase-file", str(tmp_path / "pw"),
                         "--force")
    assert code == 0, err
    backups = list(tmp_path.glob("jo.p12.bak-*"))
    assert len(backups) == 1 and backups[0].read_bytes() == before
    assert stat.S_IMODE(backups[0].stat().st_mode) == 0o600
    assert str(backups[0]) in out and jo.read_bytes() != before


def test_end_of_input_at_the_passphrase_prompt_is_one_line(tmp_path):
    """A real terminal (pty): Ctrl-D at "Passphrase:" ends with one line and exit 2."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: coprodesk on the terminal
        os.execv(sys.executable, [sys.executable, "-m", "coprodesk", "keys", "new", "--name",
                                  "Jo", "--email", "j@x.org", "--out",
                                  str(tmp_path / "jo.p12")])
    out = b""
    deadline = time.monotonic() + 60
    sent = False
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 1)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 1024)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
        if not sent and b"Passphrase:" in out:
            os.write(fd, b"\x04")
            sent = True
    _pid, status = os.waitpid(pid, 0)
    os.close(fd)
    text = out.decode("utf-8", "replace")
    assert sent, text
    assert os.waitstatus_to_exitcode(status) == 2, text
    assert "Traceback" not in text
    assert "error: no passphrase: the input ended" in text
    assert not (tmp_path / "jo.p12").exists()


# ---------------------------------------------------------------- trust on the CLI

def test_export_cert_trust_list_and_strict(tmp_path, capsys, demo):
    jo = new_id(capsys, tmp_path, "Jo Fischer")
    pem = tmp_path / "jo.pem"
    code, _o, err = run(capsys, "keys", "export-cert", str(jo), "-o", str(pem),
                        "--passphrase-file", str(tmp_path / "pw"))
    assert code == 0, err and pem.read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")
    pdf = tmp_path / "m.pdf"
    assert run(capsys, "--db", demo, "export", "Spring workshop", "-o", str(pdf), "--sign",
               str(jo), "--passphrase-file", str(tmp_path / "pw"))[0] == 0

    code, report = verify(capsys, pdf)  # a self-made identity never passes silently
    assert code == 3 and report["signatures"][0]["trusted"] is False
    assert report["untrusted"] == ["Jo Fischer"] and report["verdict"] == "check the signers"
    code, out, _ = run(capsys, "verify", str(pdf))
    assert code == 3 and "- Jo Fischer is not on your trust list" in out
    code, report = verify(capsys, pdf, "--allow-untrusted")
    assert code == 0 and report["ok"] and report["untrusted"] == ["Jo Fischer"]
    code, report = verify(capsys, pdf, "--strict", "--allow-untrusted")
    assert code == 1  # --strict keeps its meaning
    code, report = verify(capsys, pdf, "--strict")
    assert code == 1 and report["verdict"] == "not verified" and report["strict"]
    code, out, _ = run(capsys, "verify", str(pdf), "--strict")
    assert code == 1 and "Jo Fischer is not on your trust list" in out
    code, report = verify(capsys, pdf, "--strict", "--trust", str(pem))
    assert code == 0 and report["signatures"][0]["trusted"]

    code, out, _ = run(capsys, "keys", "trust", str(pem))
    assert code == 0 and "Trusted Jo Fischer" in out
    fingerprint = trust.list_trusted()[0].fingerprint
    assert fingerprint in out
    code, report = verify(capsys, pdf, "--strict")  # the trust list is used by default
    assert code == 0 and report["signatures"][0]["trusted"]
    code, out, _ = run(capsys, "keys", "trusted")
    assert code == 0 and "Jo Fischer" in out and fingerprint in out
    code, out, _ = run(capsys, "keys", "untrust", fingerprint[:16])
    assert code == 0 and trust.list_trusted() == []
    assert verify(capsys, pdf, "--strict")[0] == 1

    code, _o, err = run(capsys, "keys", "trust", str(jo))
    assert code == 2 and "not a certificate" in err
    code, _o, err = run(capsys, "verify", str(pdf), "--trust", str(jo))
    assert code == 2 and len(err.strip().splitlines()) == 1


# ---------------------------------------------------------------- hostile files (issue 16)

def _flip(marker: bytes, offset: int):
    def damage(data: bytes) -> bytes:
        at = [m.start() for m in re.finditer(re.escape(marker), data)][-1] + offset
        out = bytearray(data)
        out[at] ^= 0x01
        return bytes(out)
    return damage


# name, how to make the file from signed minutes, exit code of verify
HOSTILE = [
    ("not a PDF", lambda d: b"Minutes, honest: nobody changed a thing\n", 2),
    ("empty", lambda d: b"", 2),
    ("a PNG", lambda d: b"\x89PNG\r\n\x1a\n" + bytes(200), 2),
    ("truncated to half", lambda d: d[: len(d) // 2], 2),
    ("truncated by 100 bytes", lambda d: d[:-100], 2),
    ("byte flipped in the XMP metadata", _flip(b"xmpmeta", 3), 1),
    ("byte flipped in /Type /Sig", _flip(b"/Type /Sig", 8), 1),
    ("byte flipped in /ByteRange", _flip(b"/ByteRange [", 13), 1),
    ("byte flipped in /SubFilter", _flip(b"/SubFilter", 14), 1),
    ("byte flipped at the start of /Contents", _flip(b"/Contents <", 12), 1),
    ("byte flipped in startxref", _flip(b"startxref", 11), 2),
]


@pytest.fixture(scope="module")
def signed_minutes(tmp_path_factory) -> tuple[bytes, Path, Path]:
    folder = tmp_path_factory.mktemp("hostile")
    db = str(folder / "m.db")
    (folder / "pw").write_text("a-long-passphrase\n")
    assert main(["--db", db, "demo"]) == 0
    for name in ("Jo Fischer", "Amara Okafor"):
        assert main(["keys", "new", "--name", name, "--email", "x@example.org", "--out",
                     str(folder / f"{name.split()[0]}.p12"), "--passphrase-file",
                     str(folder / "pw")]) == 0
    pdf = folder / "m.pdf"
    assert main(["--db", db, "export", "Spring workshop", "-o", str(pdf), "--sign",
                 str(folder / "Jo.p12"), "--passphrase-file", str(folder / "pw")]) == 0
    return pdf.read_bytes(), folder / "Amara.p12", folder / "pw"


@pytest.mark.parametrize("as_json", [False, True], ids=["text", "json"])
@pytest.mark.parametrize(("name", "make", "want"), HOSTILE, ids=[c[0] for c in HOSTILE])
def test_verify_hostile_files(tmp_path, capsys, signed_minutes, name, make, want, as_json):
    pdf = tmp_path / "hostile.pdf"
    pdf.write_bytes(make(signed_minutes[0]))
    before = pdf.read_bytes()
    code, out, err = run(capsys, "verify", str(pdf), *(["--json"] if as_json else []))
    assert code == want, (name, out, err)
    assert pdf.read_bytes() == before
    if want == 2:
        assert out == "" and len(err.strip().splitlines()) == 1 and "error:" in err
    elif as_json:
        report = json.loads(out)
        assert report["exit_code"] == want and report["problems"]
    else:
        assert "NOT VERIFIED" in out


@pytest.mark.parametrize(("name", "make", "want"), HOSTILE, ids=[c[0] for c in HOSTILE])
def test_sign_hostile_files(tmp_path, capsys, signed_minutes, name, make, want):
    pdf = tmp_path / "hostile.pdf"
    pdf.write_bytes(make(signed_minutes[0]))
    before = pdf.read_bytes()
    _data, amara, pw = signed_minutes
    code, out, err = run(capsys, "sign", str(pdf), "--field", "Amara Okafor", "--id",
                         str(amara), "--passphrase-file", str(pw))
    assert code == want, (name, out, err)
    assert pdf.read_bytes() == before and not list(tmp_path.glob("*.part"))
    assert out == "" and err.startswith("coprodesk: error:")
    if want == 2:
        assert len(err.strip().splitlines()) == 1
    else:
        assert "does not verify" in err.splitlines()[0]
