"""The organisation's archive as its admins use it: three laptops fill one folder, a second
run changes nothing, signed minutes come in later, and --check names what went wrong."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ..cli_run import run
from .laptops import database_id, snapshot

pytestmark = pytest.mark.slow


def index(archive: Path) -> dict:
    return json.loads((archive / "archive.json").read_text(encoding="utf-8"))


def folder_of(archive: Path, title: str) -> Path:
    [m] = [m for m in index(archive)["meetings"] if m["title"] == title]
    [v] = m["versions"]
    return archive / v["folder"]


def test_three_laptops_fill_one_folder_and_a_meeting_imported_unchanged_appears_once(
        laptops):
    archive = laptops / "archive"
    doc = index(archive)
    ids = {n: database_id(laptops / f"{n}.db") for n in "abc"}
    assert sorted(doc["databases"]) == sorted(ids.values())
    assert sorted(p.name for p in (archive / "archive.d").iterdir()) == sorted(
        f"{i}.json" for i in ids.values())
    by_title = {m["title"]: m for m in doc["meetings"]}
    assert sorted(by_title) == ["Autumn review", "Spring workshop", "Summer workshop"]
    spring = by_title["Spring workshop"]
    assert spring["databases"] == sorted([ids["a"], ids["b"]])
    assert not spring["different_versions"] and len(spring["versions"]) == 1
    folder = spring["versions"][0]["folder"]
    assert folder.startswith("2026/2026-03-12 Spring workshop ") and folder.endswith(spring["uid"])
    names = sorted(f["path"].rsplit("/", 1)[1] for f in spring["versions"][0]["files"])
    assert names == ["easy-read.pdf", "meeting.json", "minutes.pdf", "report.json"]
    assert len([p for p in archive.rglob("meeting.json")]) == 3
    for m in doc["meetings"]:
        for f in m["versions"][0]["files"]:
            assert (archive / f["path"]).stat().st_size == f["size"]


def test_each_meeting_holds_its_own_open_file_and_report(laptops, capsys):
    archive = laptops / "archive"
    folder = folder_of(archive, "Summer workshop")
    meeting = json.loads((folder / "meeting.json").read_text(encoding="utf-8"))
    assert meeting["meeting"]["title"] == "Summer workshop"
    code, out, _err = run(capsys, "--db", laptops / "b.db", "report", "Summer workshop",
                          "--json")
    assert code == 0
    assert (folder / "report.json").read_text(encoding="utf-8") == out


def test_a_second_run_changes_nothing(laptops, capsys):
    archive = laptops / "archive"
    before = snapshot(archive)
    for n in "abc":
        code, out, err = run(capsys, "--db", laptops / f"{n}.db", "archive", archive)
        assert code == 0, err
        assert "0 written, 0 written again, 0 already there from another database, " \
               "0 superseded" in out
        assert "archive.json unchanged" in out
    assert snapshot(archive) == before


def test_check_holds_on_a_true_archive(laptops, capsys):
    code, out, _err = run(capsys, "archive", "--check", laptops / "archive")
    assert code == 0, out
    assert "All 13 files hold." in out


@pytest.mark.parametrize("harm", ["a changed byte", "a deleted file", "a stray file"])
def test_check_names_what_went_wrong(laptops, capsys, harm):
    archive = laptops / "archive"
    folder = folder_of(archive, "Autumn review")
    victim = folder / "report.json"
    rel = victim.relative_to(archive).as_posix()
    if harm == "a changed byte":
        data = bytearray(victim.read_bytes())
        data[10] ^= 1
        victim.write_bytes(bytes(data))
        want = f"changed: {rel}"
    elif harm == "a deleted file":
        victim.unlink()
        want = f"missing: {rel}"
    else:
        (folder / "notes.txt").write_text("hello")
        want = f"extra: {(folder / 'notes.txt').relative_to(archive).as_posix()}"
    code, out, _err = run(capsys, "archive", "--check", archive)
    assert code == 1
    assert want in out.splitlines()
    code, out, _err = run(capsys, "archive", "--check", archive, "--json")
    assert code == 1 and json.loads(out)["exit_code"] == 1


# ---------------------------------------------------------------- signed minutes

def identity(capsys, laptops: Path, name: str) -> Path:
    pw = laptops / "pw"
    pw.write_text("a passphrase\n")
    p12 = laptops / f"{name.split()[0].lower()}.p12"
    code, _out, err = run(capsys, "keys", "new", "--name", name, "--email", "x@example.org",
                          "--out", p12, "--passphrase-file", pw, "--cert-out",
                          p12.with_suffix(".pem"))
    assert code == 0, err
    return p12


@pytest.fixture
def signed(laptops, capsys) -> dict[str, Path]:
    """Laptop A's Spring workshop certified by Jo Fischer (the meeting is now signed and
    archived again), with the certified PDF and its unsigned twin export beside it."""
    a, pw = laptops / "a.db", laptops / "pw"
    jo = identity(capsys, laptops, "Jo Fischer")
    unsigned = laptops / "unsigned.pdf"
    assert run(capsys, "--db", a, "export", "Spring workshop", "-o", unsigned)[0] == 0
    pdf = laptops / "certified.pdf"
    code, _out, err = run(capsys, "--db", a, "export", "Spring workshop", "-o", pdf,
                          "--sign", jo, "--passphrase-file", pw)
    assert code == 0, err
    code, out, err = run(capsys, "--db", a, "archive", laptops / "archive")
    assert code == 0, err
    assert "1 written again" in out
    return {"certified": pdf, "unsigned": unsigned, "jo": jo}


def test_signed_minutes_are_matched_to_their_meeting_and_a_countersigned_copy_replaces_only_them(
        laptops, capsys, signed):
    archive, a, pw = laptops / "archive", laptops / "a.db", laptops / "pw"
    spring = folder_of(archive, "Spring workshop")
    code, out, err = run(capsys, "--db", a, "archive", archive, "--add", signed["certified"])
    assert code == 0, err
    [kept] = spring.glob("minutes signed *.pdf")
    assert out.startswith("added: ") and kept.read_bytes() == signed["certified"].read_bytes()
    before = snapshot(archive)
    countersigned = laptops / "countersigned.pdf"
    countersigned.write_bytes(signed["certified"].read_bytes())
    amara = identity(capsys, laptops, "Amara Okafor")
    code, _out, err = run(capsys, "sign", countersigned, "--field", "Amara Okafor", "--id",
                          amara, "--passphrase-file", pw)
    assert code == 0, err
    code, out, err = run(capsys, "--db", laptops / "b.db", "archive", archive, "--add",
                         countersigned)
    assert code == 0, err
    assert out.startswith("replaced: ")
    assert kept.read_bytes() == countersigned.read_bytes()
    after = snapshot(archive)
    changed = {p for p in after if after[p] != before.get(p)} | (set(before) - set(after))
    b_manifest = f"archive.d/{database_id(laptops / 'b.db')}.json"
    assert changed == {kept.relative_to(archive).as_posix(), "archive.json", b_manifest}
    # the earlier, certified-only copy is a prefix of what is kept: nothing to do
    code, out, _err = run(capsys, "--db", a, "archive", archive, "--add", signed["certified"])
    assert code == 0 and out.startswith("already archived: ")
    assert kept.read_bytes() == countersigned.read_bytes()
    entry = next(m for m in index(archive)["meetings"] if m["title"] == "Spring workshop")
    assert entry["status"] == "signed"
    [record] = [f for f in entry["versions"][0]["files"] if f["path"].endswith(kept.name)]
    assert record["signed"] and record["signatures_verify"] == "verified"
    assert run(capsys, "archive", archive, "--trust", signed["jo"].with_suffix(".pem"),
               "--trust", amara.with_suffix(".pem"))[0] == 0
    code, out, _err = run(capsys, "archive", "--check", archive)
    assert code == 0, out


def test_a_signed_pdf_is_never_replaced_by_an_unsigned_one(laptops, capsys, signed):
    archive, a = laptops / "archive", laptops / "a.db"
    assert run(capsys, "--db", a, "archive", archive, "--add", signed["certified"])[0] == 0
    [kept] = folder_of(archive, "Spring workshop").glob("minutes signed *.pdf")
    before = snapshot(archive)
    data = signed["certified"].read_bytes()
    stripped = laptops / "stripped.pdf"  # the certified file cut before its signature
    stripped.write_bytes(data[:data.rfind(b"%%EOF", 0, len(data) - 10) + 6])
    for unsigned in (signed["unsigned"], stripped):
        code, out, err = run(capsys, "--db", a, "archive", archive, "--add", unsigned)
        assert code == 1 and out == ""
        assert err.startswith(f"refused: {unsigned}: ")
    assert snapshot(archive) == before and kept.read_bytes() == data


def test_a_changed_signed_pdf_is_refused(laptops, capsys, signed):
    archive = laptops / "archive"
    data = signed["certified"].read_bytes()
    forged = laptops / "forged.pdf"
    forged.write_bytes(data + b"\n1 0 obj\n<< >>\nendobj\n%%EOF\n")
    before = snapshot(archive)
    code, _out, err = run(capsys, "--db", laptops / "a.db", "archive", archive, "--add", forged)
    assert code == 1 and "does not verify" in err
    assert snapshot(archive) == before


def test_check_says_apart_when_the_only_problem_is_an_untrusted_signer(laptops, capsys, signed):
    archive = laptops / "archive"
    assert run(capsys, "--db", laptops / "a.db", "archive", archive, "--add",
               signed["certified"])[0] == 0
    code, out, _err = run(capsys, "archive", "--check", archive)
    assert code == 3
    assert "no trust list" in out and "Jo Fischer" in out
    code, out, _err = run(capsys, "archive", archive, "--trust", signed["jo"].with_suffix(".pem"))
    assert code == 0 and "Jo Fischer" in out
    assert run(capsys, "archive", "--check", archive)[0] == 0
    [kept] = folder_of(archive, "Spring workshop").glob("minutes signed *.pdf")
    data = bytearray(kept.read_bytes())
    data[len(data) // 3] ^= 1
    kept.write_bytes(bytes(data))
    code, out, _err = run(capsys, "archive", "--check", archive)
    assert code == 1 and f"changed: {kept.relative_to(archive).as_posix()}" in out


# ---------------------------------------------------------------- versions

def test_a_newer_version_from_the_same_database_supersedes_the_old_one(laptops, capsys,
                                                                        signed):
    archive, a = laptops / "archive", laptops / "a.db"
    assert run(capsys, "--db", a, "archive", archive, "--add", signed["certified"])[0] == 0
    old = folder_of(archive, "Spring workshop")
    old_rel = old.relative_to(archive).as_posix()
    from coprodesk.store.connection import open_store
    from coprodesk.store.meetings import find_meeting
    from coprodesk.store.signing import reopen_for_correction

    store = open_store(a)
    reopen_for_correction(store, find_meeting(store, "Spring workshop"), "a name was wrong",
                          1_800_000_000_000)
    store.close()
    code, out, err = run(capsys, "--db", a, "archive", archive)
    assert code == 0, err
    # laptop B still holds the old version: it stays where it is, current for B
    assert f"superseded here, still current for another database: {old_rel}" in out
    assert "Different versions of one meeting from different databases" in out
    entry = next(m for m in index(archive)["meetings"] if m["title"] == "Spring workshop")
    assert entry["different_versions"] and len(entry["versions"]) == 2
    # the organisation's figures count it once, and say which version
    code, out, _err = run(capsys, "org-report", archive, "--json")
    org = json.loads(out)
    assert code == 0 and org["meetings"] == 3
    assert [v["title"] for v in org["different_versions"]] == ["Spring workshop"]
    # once B has the corrected meeting too, the old version is superseded for everyone
    fixed = laptops / "fixed.json"
    assert run(capsys, "--db", a, "export", "Spring workshop", "--format", "json",
               "-o", fixed)[0] == 0
    # the record carries Jo's signature row: B keeps it only with the signed minutes it is
    # for, from a signer B trusts (else the import notes it, and the record differs)
    assert run(capsys, "keys", "trust", signed["jo"].with_suffix(".pem"))[0] == 0
    assert run(capsys, "--db", laptops / "b.db", "import", fixed, "--on-conflict",
               "replace", "--minutes", signed["certified"])[0] == 0
    code, out, err = run(capsys, "--db", laptops / "b.db", "archive", archive)
    assert code == 0, err
    assert "already archived from another database" in out and "superseded: " in out
    assert not old.exists()
    [moved] = (archive / "superseded").glob(f"*/{old.name} v*")
    assert sorted(p.name for p in moved.iterdir()) == sorted(
        ["easy-read.pdf", "meeting.json", "minutes.pdf", "report.json",
         next(old_pdf.name for old_pdf in moved.glob("minutes signed *.pdf"))])
    entry = next(m for m in index(archive)["meetings"] if m["title"] == "Spring workshop")
    assert not entry["different_versions"]
    assert json.loads((archive / entry["versions"][0]["folder"] / "meeting.json").read_text(
        encoding="utf-8"))["amendments"][0]["reason"] == "a name was wrong"
    assert run(capsys, "archive", archive, "--trust", signed["jo"].with_suffix(".pem"))[0] == 0
    code, out, _err = run(capsys, "archive", "--check", archive)
    assert code == 0, out
