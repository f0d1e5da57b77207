"""Signing minutes: certify, countersign, verify with pyHanko and poppler's pdfsig,
tampering, later changes, locking, amendments, batch export, and clear messages."""

from __future__ import annotations

import io
import json
import os
import shutil
import stat
import subprocess

import pytest

from coprodesk.demo import create_demo
from coprodesk.store import meetings as repo
from coprodesk.store.errors import StoreError
from coprodesk.store.signing import reopen_for_correction

from ..cli_run import run, signed_minutes

pdfsig = shutil.which("pdfsig")


@pytest.fixture
def signed(tmp_path, capsys):
    """A demo database, two identities, minutes certified by the facilitator."""
    db = str(tmp_path / "m.db")
    run(capsys, "--db", db, "demo")
    (tmp_path / "pw").write_text("facilitator-pass\n")
    (tmp_path / "pw2").write_text("co-chair-pass\n")
    assert run(capsys, "keys", "new", "--name", "Jo Fischer", "--email", "jo@example.org",
               "--out", str(tmp_path / "jo.p12"), "--passphrase-file", str(tmp_path / "pw"),
               "--cert-out", str(tmp_path / "jo.pem"))[0] == 0
    assert run(capsys, "keys", "new", "--name", "Amara Okafor", "--email", "a@example.org",
               "--out", str(tmp_path / "amara.p12"),
               "--passphrase-file", str(tmp_path / "pw2"),
               "--cert-out", str(tmp_path / "amara.pem"))[0] == 0
    return tmp_path, db, signed_minutes(capsys, tmp_path, db)


def verify_json(capsys, pdf, *extra) -> tuple[int, dict]:
    code, out, _ = run(capsys, "verify", str(pdf), "--json", *extra)
    return code, json.loads(out)


def pdfsig_output(pdf) -> str:
    # pdfsig exits 0 even for a broken signature: read what it says
    return subprocess.run([pdfsig, str(pdf)], capture_output=True, text=True).stdout


def test_the_identity_is_encrypted_and_private(signed):
    tmp, _db, _pdf = signed
    p12 = tmp / "jo.p12"
    assert stat.S_IMODE(os.stat(p12).st_mode) == 0o600
    from cryptography.hazmat.primitives.serialization import pkcs12
    with pytest.raises(ValueError):
        pkcs12.load_key_and_certificates(p12.read_bytes(), None)


def test_certify_then_countersign_both_validate(signed, capsys):
    tmp, _db, pdf = signed
    code, report = verify_json(capsys, pdf, "--trust", str(tmp / "jo.pem"))
    assert code == 0
    assert [s["signer"] for s in report["signatures"]] == ["Jo Fischer"]
    assert report["unsigned_fields"] == ["Amara Okafor"]
    assert report["signatures"][0]["certifies"] and report["signatures"][0]["trusted"]

    code, _out, err = run(capsys, "sign", str(pdf), "--field", "Amara Okafor",
                          "--id", str(tmp / "amara.p12"), "--passphrase-file", str(tmp / "pw2"))
    assert code == 0, err
    code, report = verify_json(capsys, pdf, "--trust", str(tmp / "jo.pem"))
    assert code == 3 and report["untrusted"] == ["Amara Okafor"]  # never silently
    code, report = verify_json(capsys, pdf, "--trust", str(tmp / "jo.pem"), "--trust",
                               str(tmp / "amara.pem"))
    assert code == 0 and report["ok"]
    first, second = report["signatures"]
    assert first["intact"] and second["intact"]
    assert first["changes_after"] == "form filling"
    assert second["covers_all_before"] and not report["changed_after_last_signature"]
    assert report["unsigned_fields"] == []

    # the same with pyHanko's own validator, read directly
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    with pdf.open("rb") as fh:
        sigs = PdfFileReader(fh).embedded_signatures
        statuses = [validate_pdf_signature(s, ValidationContext(trust_roots=[], allow_fetching=False))
                    for s in sigs]
    assert [s.intact for s in statuses] == [True, True]
    assert statuses[0].docmdp_ok


@pytest.mark.skipif(pdfsig is None, reason="poppler-utils (pdfsig) is installed by .ci/run")
def test_pdfsig_agrees_and_one_flipped_byte_breaks_both_checks(signed, capsys):
    tmp, _db, pdf = signed
    run(capsys, "sign", str(pdf), "--field", "Amara Okafor", "--id", str(tmp / "amara.p12"),
        "--passphrase-file", str(tmp / "pw2"))
    assert pdfsig_output(pdf).count("Signature is Valid.") == 2

    data = bytearray(pdf.read_bytes())
    at = data.index(b"Spring workshop")  # inside the first signed range
    data[at] ^= 0x01
    bad = tmp / "tampered.pdf"
    bad.write_bytes(bytes(data))
    code, report = verify_json(capsys, bad)
    assert code == 1 and not report["ok"]
    assert not any(s["intact"] for s in report["signatures"])
    said = pdfsig_output(bad)
    assert "Signature is Valid." not in said
    code, out, _ = run(capsys, "verify", str(bad))
    assert code == 1 and "NOT VERIFIED" in out


def test_a_later_unsigned_change_is_reported(signed, capsys):
    _tmp, _db, pdf = signed
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf.read_bytes()))
    writer.root["/PageLabels"] = generic.DictionaryObject()  # any change after signing
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    later = pdf.with_name("later.pdf")
    later.write_bytes(out.getvalue())
    code, report = verify_json(capsys, later)
    assert report["changed_after_last_signature"]
    assert code == 1
    code, text, _ = run(capsys, "verify", str(later))
    assert "YES, an unsigned change follows it" in text


def test_a_signed_meeting_is_locked_and_reopening_records_an_amendment(signed, capsys):
    tmp, db, _pdf = signed
    from coprodesk.store.connection import open_store

    store = open_store(db)
    closed = repo.find_meeting(store, "Spring workshop")
    assert repo.load_meeting(store, closed).status == "signed"
    with pytest.raises(StoreError, match="signed, so it is locked"):
        repo.update_meeting(store, closed, title="Changed afterwards")
    item = repo.load_meeting(store, closed).items[0]
    with pytest.raises(StoreError, match="locked"):
        repo.update_item(store, item.id, notes="quietly edited")
    with pytest.raises(StoreError, match="say why"):
        reopen_for_correction(store, closed, "  ", 1)
    reopen_for_correction(store, closed, "Dev Patel's arrival time was wrong", 1_773_500_000_000)
    repo.update_meeting(store, closed, place="Riverside Community Centre, Room 3")
    store.close()
    again = tmp / "again.pdf"
    assert run(capsys, "--db", db, "export", "Spring workshop", "-o", str(again))[0] == 0
    from pypdf import PdfReader

    text = " ".join(" ".join(p.extract_text() for p in PdfReader(again).pages).split())
    assert "Amended after signing" in text and "arrival time was wrong" in text


def test_clear_messages_for_a_wrong_passphrase_a_missing_identity_an_unwritable_folder(
        signed, capsys):
    tmp, db, pdf = signed
    before = pdf.read_bytes()
    code, _, err = run(capsys, "sign", str(pdf), "--field", "Amara Okafor",
                       "--id", str(tmp / "amara.p12"), "--passphrase-file", str(tmp / "pw"))
    assert code == 2 and "wrong passphrase" in err and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "sign", str(pdf), "--field", "Amara Okafor",
                       "--id", str(tmp / "nobody.p12"), "--passphrase-file", str(tmp / "pw"))
    assert code == 2 and "no signing identity" in err
    code, _, err = run(capsys, "sign", str(pdf), "--field", "Nobody",
                       "--id", str(tmp / "amara.p12"), "--passphrase-file", str(tmp / "pw2"))
    assert code == 2 and "no signature field 'Nobody'" in err
    assert pdf.read_bytes() == before  # nothing written on any of these
    code, _, err = run(capsys, "--db", db, "export", "Spring workshop: follow-up",
                       "-o", str(tmp / "no-such-folder" / "m.pdf"))
    assert code == 2 and "cannot write" in err
    assert list(tmp.glob("**/*.part")) == []


def test_batch_export_writes_each_closed_meeting_once_and_reports_failures(tmp_path, capsys):
    db = str(tmp_path / "m.db")
    run(capsys, "--db", db, "demo")
    from coprodesk.store.connection import open_store

    store = open_store(db)
    second = create_demo(store)[0]  # another closed meeting
    repo.update_meeting(store, second, title="Autumn workshop", date="2026-09-01")
    store.close()
    out_dir = tmp_path / "archive"
    code, out, err = run(capsys, "--db", db, "export", "--all", "--out-dir", str(out_dir))
    assert code == 0, err
    assert "2 written, 0 unchanged and skipped, 0 failed" in out
    assert "[1/2]" in err and "[2/2]" in err
    pdfs = sorted(p.name for p in out_dir.glob("*.pdf"))
    assert len(pdfs) == 2
    code, out, _ = run(capsys, "--db", db, "export", "--all", "--out-dir", str(out_dir))
    assert "0 written, 2 unchanged and skipped" in out

    code, out, _ = run(capsys, "--db", db, "export", "--all", "--since", "2026-06-01",
                       "--out-dir", str(out_dir))
    assert "0 written, 1 unchanged and skipped" in out

    store = open_store(db)
    repo.update_meeting(store, second, place="Town hall")
    store.close()
    autumn = next(out_dir.glob("2026-09-01-*.pdf"))
    autumn.unlink()
    autumn.mkdir()  # the changed meeting cannot be written: a folder is in the way
    code, out, err = run(capsys, "--db", db, "export", "--all", "--out-dir", str(out_dir))
    assert code == 1
    assert "0 written, 1 unchanged and skipped, 1 failed" in out
    assert "failed: Autumn workshop" in err
