"""Importing a meeting file never creates signatures that are not backed by signed minutes
the import can verify: ``coprodesk import FILE.json --minutes SIGNED.pdf`` makes the
meeting signed only when the PDF verifies and its certified revision's SHA-256 is in the
file; otherwise it arrives closed with the note "Signed elsewhere, not checked here".
Real certified and countersigned PDFs, a second database as the other laptop."""

from __future__ import annotations

import json

import pytest

from coprodesk.store import meetings as repo
from coprodesk.store.connection import open_store
from coprodesk.store.signing import amendments, signatures

from ..cli_run import demo_with_facilitator, run, signed_minutes

pytestmark = pytest.mark.slow  # certifies, countersigns and verifies real PDFs

NOTE = "Signed elsewhere, not checked here"


@pytest.fixture
def exported(tmp_path, capsys):
    """On the first laptop: the demo's minutes certified by Jo (whose certificate the
    second laptop trusts), countersigned by Amara, and the meeting exported as JSON.
    Returns (meeting file, countersigned PDF, database of the second laptop)."""
    db = demo_with_facilitator(tmp_path, capsys)
    pdf = signed_minutes(capsys, tmp_path, db)
    (tmp_path / "pw2").write_text("co-chair-passphrase\n")
    for name, p12, pw in (("Amara Okafor", "amara.p12", "pw2"),):
        assert run(capsys, "keys", "new", "--name", name, "--email", "a@example.org", "--out",
                   str(tmp_path / p12), "--passphrase-file", str(tmp_path / pw))[0] == 0
    assert run(capsys, "sign", str(pdf), "--field", "Amara Okafor", "--id",
               str(tmp_path / "amara.p12"), "--passphrase-file", str(tmp_path / "pw2"))[0] == 0
    for p12, pw in (("jo.p12", "pw"), ("amara.p12", "pw2")):
        pem = tmp_path / (p12 + ".pem")
        assert run(capsys, "keys", "export-cert", str(tmp_path / p12), "-o", str(pem),
                   "--passphrase-file", str(tmp_path / pw))[0] == 0
        assert run(capsys, "keys", "trust", str(pem))[0] == 0
    meeting = tmp_path / "meeting.json"
    code, _out, err = run(capsys, "--db", db, "export", "Spring workshop", "--format", "json",
                          "-o", str(meeting))
    assert code == 0, err
    assert json.loads(meeting.read_text())["meeting"]["status"] == "signed"
    return meeting, pdf, tmp_path / "laptop.db"


def arrived(db):
    store = open_store(db)
    try:
        (m,) = repo.list_meetings(store)
        return (str(m.status), [s.signer for s in signatures(store, m.id)],
                [why for _ms, why in amendments(store, m.id)])
    finally:
        store.close()


def test_with_the_signed_minutes_that_verify_the_meeting_arrives_signed(exported, capsys):
    meeting, pdf, db = exported
    code, out, err = run(capsys, "--db", db, "import", str(meeting), "--minutes", str(pdf))
    assert code == 0, err
    assert f"Signed: {pdf} verifies, and its certified revision is the one the file records" \
        in out
    assert arrived(db) == ("signed", ["Jo Fischer"], [])


def test_without_the_minutes_it_arrives_closed_with_a_note(exported, capsys):
    meeting, _pdf, db = exported
    code, out, err = run(capsys, "--db", db, "import", str(meeting))
    assert code == 0, err
    assert "signed elsewhere, not checked here" in out and "--minutes SIGNED.pdf" in out
    status, signers, notes = arrived(db)
    assert (status, signers) == ("closed", [])
    assert len(notes) == 1 and notes[0].startswith(f"{NOTE}: Jo Fischer (")


def test_minutes_that_do_not_verify_back_nothing(exported, capsys, tmp_path):
    meeting, pdf, db = exported
    data = bytearray(pdf.read_bytes())
    data[data.index(b"Spring workshop")] ^= 1
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    code, out, err = run(capsys, "--db", db, "import", str(meeting), "--minutes",
                         str(tampered))
    assert code == 0, err
    assert f"{tampered} does not verify" in out
    assert arrived(db)[:2] == ("closed", [])


def test_other_minutes_that_verify_back_nothing(exported, capsys, tmp_path):
    """Genuine signed minutes, but not the ones the file records: the signature records
    are made up (or belong to other minutes) and are not created."""
    meeting, pdf, db = exported
    doc = json.loads(meeting.read_text())
    for s in doc["signatures"]:
        s["sha256"] = "0" * 64  # made up
    forged = tmp_path / "forged.json"
    forged.write_text(json.dumps(doc))
    code, out, err = run(capsys, "--db", db, "import", str(forged), "--minutes", str(pdf))
    assert code == 0, err
    assert "the file records no signature of its certified revision" in out
    status, signers, notes = arrived(db)
    assert (status, signers) == ("closed", []) and notes[0].startswith(NOTE)


def test_a_missing_minutes_file_is_one_line(exported, capsys, tmp_path):
    meeting, _pdf, db = exported
    code, out, err = run(capsys, "--db", db, "import", str(meeting), "--minutes",
                         str(tmp_path / "nowhere.pdf"))
    assert code == 2 and out == "" and err.count("\n") == 1
    assert not db.exists() or not repo.list_meetings(open_store(db))
