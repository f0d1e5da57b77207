"""Signed files are never replaced: ``coprodesk export`` over minutes that carry a
signature (certified, countersigned, or damaged so that nobody can tell) refuses in one
line with exit 2 and leaves the file as it was, whatever the format; ``--force`` first
keeps the old file as ``NAME.signed-TIMESTAMP.pdf``; ``export --all`` leaves a signed file
in its folder alone. Real PDFs, signed with real identities."""

from __future__ import annotations

import json

import pytest

from coprodesk.minutes.signed_files import free_name, might_be_signed

from ..cli_run import demo_with_facilitator, run, signed_minutes

pytestmark = pytest.mark.slow  # certifies, countersigns and exports real PDFs

REFUSED = "carries signatures: an export never replaces signed minutes"


@pytest.fixture
def signed(tmp_path, capsys):
    """(database, certified minutes of the demo's closed meeting)."""
    db = demo_with_facilitator(tmp_path, capsys)
    return db, signed_minutes(capsys, tmp_path, db)


def countersigned(capsys, tmp_path, pdf):
    (tmp_path / "pw2").write_text("co-chair-passphrase\n")
    amara = tmp_path / "amara.p12"
    assert run(capsys, "keys", "new", "--name", "Amara Okafor", "--email", "a@example.org",
               "--out", str(amara), "--passphrase-file", str(tmp_path / "pw2"))[0] == 0
    code, _out, err = run(capsys, "sign", str(pdf), "--field", "Amara Okafor", "--id",
                          str(amara), "--passphrase-file", str(tmp_path / "pw2"))
    assert code == 0, err
    return pdf


@pytest.mark.parametrize("how", [(), ("--easy-read",), ("--format", "html"),
                                 ("--format", "json"), ("--signers", "Amara Okafor")])
def test_an_export_over_certified_minutes_is_refused_in_one_line(signed, capsys, tmp_path,
                                                                 how):
    db, pdf = signed
    before = pdf.read_bytes()
    code, out, err = run(capsys, "--db", db, "export", "Spring workshop", "-o", str(pdf), *how)
    assert code == 2, out + err
    assert REFUSED in err and len(err.strip().splitlines()) == 1
    assert pdf.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".pdf") == ["minutes.pdf"]


def test_countersigned_minutes_are_never_replaced_and_force_keeps_them(signed, capsys,
                                                                      tmp_path):
    db, pdf = signed
    countersigned(capsys, tmp_path, pdf)
    before = pdf.read_bytes()
    code, _out, err = run(capsys, "--db", db, "export", "Spring workshop", "-o", str(pdf))
    assert code == 2 and REFUSED in err and pdf.read_bytes() == before

    code, out, err = run(capsys, "--db", db, "export", "Spring workshop", "-o", str(pdf),
                         "--force")
    assert code == 0, err
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("minutes.signed-")]
    assert len(kept) == 1 and kept[0].suffix == ".pdf"
    assert f"Kept the signed file {pdf} as {kept[0]}" in out
    assert kept[0].read_bytes() == before  # every signature as it was
    code, verified, _err = run(capsys, "verify", str(kept[0]), "--json")
    assert [s["field"] for s in json.loads(verified)["signatures"]] == ["Jo Fischer",
                                                                       "Amara Okafor"]
    assert pdf.read_bytes() != before and not might_be_signed(pdf)  # the new, unsigned one


def test_a_damaged_pdf_might_be_signed_and_is_not_replaced(tmp_path, capsys):
    db = demo_with_facilitator(tmp_path, capsys)
    half = tmp_path / "half.pdf"
    half.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /AcroForm 2 0 R")  # cut short
    code, _out, err = run(capsys, "--db", db, "export", "Spring workshop", "-o", str(half))
    assert code == 2 and REFUSED in err
    assert half.read_bytes().endswith(b"2 0 R")


def test_an_unsigned_file_is_replaced_as_before(tmp_path, capsys):
    db = demo_with_facilitator(tmp_path, capsys)
    pdf = tmp_path / "minutes.pdf"
    for _ in range(2):
        code, _out, err = run(capsys, "--db", db, "export", "Spring workshop", "-o", str(pdf))
        assert code == 0, err
    notes = tmp_path / "notes.json"
    notes.write_text("{}")
    code, _out, err = run(capsys, "--db", db, "export", "Spring workshop", "-o", str(notes),
                          "--format", "json")
    assert code == 0, err
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".pdf", ".json")) == [
        "minutes.pdf", "notes.json"]


def test_export_all_leaves_a_signed_file_in_its_folder_alone(tmp_path, capsys):
    db = demo_with_facilitator(tmp_path, capsys)
    out_dir = tmp_path / "archive"
    assert run(capsys, "--db", db, "export", "--all", "--out-dir", str(out_dir))[0] == 0
    (archived,) = out_dir.glob("*.pdf")
    code, _out, err = run(capsys, "sign", str(archived), "--field", "Jo Fischer", "--id",
                          str(tmp_path / "jo.p12"), "--passphrase-file", str(tmp_path / "pw"))
    assert code == 0, err  # the first signature certifies the archived copy
    before = archived.read_bytes()
    (out_dir / ".coprodesk-export.json").unlink()  # as if the meeting had changed since

    code, out, err = run(capsys, "--db", db, "export", "--all", "--out-dir", str(out_dir))
    assert code == 2, out + err
    assert "0 written" in out and "1 not replaced (they carry signatures" in out
    assert f"not replaced: {archived} carries signatures" in err
    assert archived.read_bytes() == before

    code, out, err = run(capsys, "--db", db, "export", "--all", "--out-dir", str(out_dir),
                         "--force")
    assert code == 0, err
    (kept,) = out_dir.glob("*.signed-*.pdf")
    assert kept.read_bytes() == before and f"kept the signed file {archived.name}" in out
    assert not might_be_signed(archived)


def test_what_counts_as_carrying_signatures(signed, tmp_path):
    _db, pdf = signed
    data = pdf.read_bytes()
    assert might_be_signed(pdf)
    hidden = tmp_path / "hidden.pdf"  # the signature dictionary's mark spelt otherwise:
    hidden.write_bytes(data.replace(b"/ByteRange", b"/ByteRangX"))  # the filled field shows
    assert might_be_signed(hidden)
    for name, content in (("empty.pdf", b""), ("notes.txt", b"just notes"),
                          ("page.json", b'{"not": "a pdf"}')):
        (tmp_path / name).write_bytes(content)
        assert not might_be_signed(tmp_path / name), name
    assert not might_be_signed(tmp_path / "nothing-here.pdf")
    assert not might_be_signed(tmp_path)  # a folder: the write itself fails
    unreadable = tmp_path / "locked.pdf"
    unreadable.write_bytes(data)
    unreadable.chmod(0)
    try:
        import os

        if os.geteuid() != 0:  # root reads anything
            assert might_be_signed(unreadable)
    finally:
        unreadable.chmod(0o600)


def test_the_dialogs_new_name_is_beside_and_free(tmp_path):
    target = tmp_path / "minutes.pdf"
    target.write_bytes(b"%PDF")
    assert free_name(target) == tmp_path / "minutes (2).pdf"
    (tmp_path / "minutes (2).pdf").write_bytes(b"%PDF")
    assert free_name(target) == tmp_path / "minutes (3).pdf"


def test_series_pdf_never_replaces_signed_minutes(signed, capsys):
    db, pdf = signed
    before = pdf.read_bytes()
    code, out, err = run(capsys, "--db", db, "series-pdf", "Community mental health redesign", "-o", str(pdf))
    assert code == 2, out + err
    assert "carries signatures: an export never replaces signed minutes" in err
    assert len(err.strip().splitlines()) == 1 and pdf.read_bytes() == before
