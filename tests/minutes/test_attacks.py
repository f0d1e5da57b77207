"""Attacks on signed minutes, built here with pyHanko and pypdf as an attacker would, and
what ``coprodesk verify`` (and the Verify dialog, which shares verify_pdf) says of each.

Exit codes: 0 all good, 1 changed or invalid, 2 unreadable, 3 intact and valid but a box
signed by someone else, a certificate outside its validity period or a signer not on the
trust list (Jo Fischer and Amara Okafor are on it here; Sam Intruder is not). Wherever poppler's
``pdfsig`` has an opinion on a signature's value, we agree with it.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from coprodesk.cli import main
from coprodesk.minutes.signing import sign
from coprodesk.minutes.verify import verify_pdf

PDFSIG = shutil.which("pdfsig")
PW = b"attack-pass-1"


@dataclass(frozen=True)
class Kit:
    folder: Path
    unsigned: bytes  # exported with boxes for Jo Fischer and Amara Okafor, nobody signed
    certified: bytes  # Jo Fischer certified
    both: bytes  # ... and Amara Okafor countersigned
    ids: dict[str, Path]
    certs: dict[str, Path]


def make_identity(folder: Path, name: str, *, days_from: int = -1, days_to: int = 365,
                  key=None) -> tuple[Path, Path]:
    """A PKCS#12 identity with the validity period we ask for (past, future, now)."""
    key = key or ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name),
                         x509.NameAttribute(NameOID.EMAIL_ADDRESS, "x@example.org")])
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now + timedelta(days=days_from))
            .not_valid_after(now + timedelta(days=days_to))
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True,
                                         key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, key_cert_sign=False,
                                         crl_sign=False, encipher_only=False,
                                         decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    stem = name.lower().replace(" ", "-") + f"{days_from}{days_to}"
    p12, pem = folder / f"{stem}.p12", folder / f"{stem}.pem"
    p12.write_bytes(pkcs12.serialize_key_and_certificates(
        name.encode(), key, cert, None, serialization.BestAvailableEncryption(PW)))
    pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return p12, pem


@pytest.fixture(scope="module")
def kit(tmp_path_factory) -> Kit:
    folder = tmp_path_factory.mktemp("attacks")
    db = str(folder / "m.db")
    assert main(["--db", db, "demo"]) == 0
    ids, certs = {}, {}
    for name in ("Jo Fischer", "Amara Okafor", "Sam Intruder"):
        ids[name], certs[name] = make_identity(folder, name)
    (folder / "pw").write_bytes(PW + b"\n")
    unsigned = folder / "unsigned.pdf"
    assert main(["--db", db, "export", "Spring workshop", "-o", str(unsigned)]) == 0
    data = unsigned.read_bytes()
    certified = sign(data, "Jo Fischer", ids["Jo Fischer"], PW, certify=True)
    both = sign(certified, "Amara Okafor", ids["Amara Okafor"], PW, certify=False)
    return Kit(folder, data, certified, both, ids, certs)


@pytest.fixture(autouse=True)
def _jo_and_amara_trusted(kit) -> None:
    """The reader of these minutes trusts the two people on them (each test has a trust
    list of its own): a verdict below is about the file, not about trust."""
    from coprodesk.minutes.trust import add_trusted

    add_trusted(kit.certs["Jo Fischer"])
    add_trusted(kit.certs["Amara Okafor"])


def check(tmp_path: Path, capsys, data: bytes, *extra: str,
          dialog: bool = True) -> tuple[int, dict | None, str]:
    """``coprodesk verify --json`` on ``data``: exit code, the report, stderr. Also checks
    the Verify dialog's function gives the same exit code, and no traceback anywhere."""
    pdf = tmp_path / "attacked.pdf"
    pdf.write_bytes(data)
    capsys.readouterr()
    code = main(["verify", str(pdf), "--json", *extra])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    report = json.loads(out) if out.strip() else None
    if dialog and not extra:
        assert verify_pdf(pdf).exit_code == code
    if report is not None:
        assert report["exit_code"] == code
    else:
        assert code == 2 and len(err.strip().splitlines()) == 1
    return code, report, err


def pdfsig_verdicts(data: bytes, tmp_path: Path) -> dict[str, bool]:
    """Per field name: True for "Signature is Valid", False for invalid or digest mismatch."""
    pdf = tmp_path / "for-pdfsig.pdf"
    pdf.write_bytes(data)
    out = subprocess.run([PDFSIG, str(pdf)], capture_output=True, text=True,
                         timeout=60).stdout
    verdicts = {}
    for block in out.split("Signature #")[1:]:
        name = re.search(r"Signature Field Name: (.*)", block)
        said = re.search(r"Signature Validation: (.*)", block)
        if name and said:
            verdicts[name.group(1).strip()] = "Signature is Valid" in said.group(1)
    return verdicts


def assert_pdfsig_agrees(data: bytes, report: dict, tmp_path: Path) -> None:
    if PDFSIG is None:
        return
    ours = {s["field"]: s["intact"] and s["valid"] for s in report["signatures"]}
    theirs = pdfsig_verdicts(data, tmp_path)
    for name, valid in theirs.items():
        if name in ours and ours[name] != valid:
            # Never the other way round: what pdfsig rejects, we reject. We are stricter
            # where pdfsig does not look (the certificate carried against the one the
            # signer committed to; a damaged neighbour pyHanko cannot read past), and then
            # a line names the box.
            assert valid and any(f"the box {name} " in p for p in report["problems"]), (
                name, theirs, ours, report["problems"])


def by_field(report: dict) -> dict[str, dict]:
    return {s["field"]: s for s in report["signatures"]}


# ---------------------------------------------------------------- the honest baseline

def test_honest_minutes_verify_and_pdfsig_agrees(kit, tmp_path, capsys):
    code, report, _ = check(tmp_path, capsys, kit.both)
    assert code == 0 and report["verdict"] == "verified" and report["problems"] == []
    sigs = by_field(report)
    assert sigs["Jo Fischer"]["certifies"] and sigs["Jo Fischer"]["valid"]
    assert all(s["box_matches_signer"] and s["certificate_valid_at_signing"]
               for s in sigs.values())
    assert_pdfsig_agrees(kit.both, report, tmp_path)
    if PDFSIG:
        assert set(pdfsig_verdicts(kit.both, tmp_path).values()) == {True}


# ---------------------------------------------------------------- a forged signature value

def forge_with_other_key(kit: Kit) -> bytes:
    """Certify Jo's box with Sam's private key under Jo's certificate."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    jo = signers.SimpleSigner.load_pkcs12(str(kit.ids["Jo Fischer"]), passphrase=PW)
    sam = signers.SimpleSigner.load_pkcs12(str(kit.ids["Sam Intruder"]), passphrase=PW)
    forger = signers.SimpleSigner(signing_cert=jo.signing_cert, signing_key=sam.signing_key,
                                  cert_registry=SimpleCertificateStore.from_certs(
                                      [jo.signing_cert]))
    meta = signers.PdfSignatureMetadata(field_name="Jo Fischer", certify=True,
                                        subfilter=fields.SigSeedSubFilter.PADES,
                                        docmdp_permissions=fields.MDPPerm.FILL_FORMS)
    out = signers.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(kit.unsigned)), meta,
                           signer=forger)
    return out.getvalue()


def test_a_signature_made_with_another_key_is_invalid(kit, tmp_path, capsys):
    forged = forge_with_other_key(kit)
    code, report, _ = check(tmp_path, capsys, forged)
    assert code == 1 and report["verdict"] == "not verified"
    jo = by_field(report)["Jo Fischer"]
    assert jo["intact"] and not jo["valid"]  # the hash is right, the signature value is not
    assert ("the signature of Jo Fischer is not valid: it was not made with Jo Fischer's key"
            in report["problems"])
    assert_pdfsig_agrees(forged, report, tmp_path)
    if PDFSIG:
        assert pdfsig_verdicts(forged, tmp_path) == {"Jo Fischer": False}
    # trusting Jo's certificate does not make a forgery trusted
    code, report, _ = check(tmp_path, capsys, forged, "--trust", str(kit.certs["Jo Fischer"]))
    assert code == 1 and not by_field(report)["Jo Fischer"]["trusted"]


# ---------------------------------------------------------------- changes after certification

def edit_page_content(data: bytes) -> bytes:
    """Draw over page 1 in an incremental update (a changed figure, a struck decision)."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    w = IncrementalPdfFileWriter(io.BytesIO(data))
    page_ref = w.root["/Pages"]["/Kids"][0]
    page = page_ref.get_object()
    extra = w.add_object(generic.StreamObject(stream_data=b"q 1 0 0 rg 50 700 200 40 re f Q"))
    old = page.raw_get("/Contents")
    page["/Contents"] = generic.ArrayObject(
        [*(old.get_object() if isinstance(old.get_object(), generic.ArrayObject) else [old]),
         extra])
    w.update_container(page)
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def add_annotation(data: bytes) -> bytes:
    """A sticky note on page 1, added with pypdf's incremental writer."""
    from pypdf import PdfWriter
    from pypdf.annotations import FreeText

    writer = PdfWriter(io.BytesIO(data), incremental=True)
    writer.add_annotation(page_number=0, annotation=FreeText(
        text="The budget was 10 000, not 1 000", rect=(50, 550, 300, 600)))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def countersign(kit: Kit, data: bytes) -> bytes:
    return sign(data, "Amara Okafor", kit.ids["Amara Okafor"], PW, certify=False)


@pytest.mark.parametrize(("attack", "then_countersign", "line"), [
    (edit_page_content, False, "page 1 was changed after Jo Fischer certified the minutes"),
    (edit_page_content, True, "page 1 was changed after Jo Fischer certified the minutes"),
    (add_annotation, False,
     "an annotation was added to page 1 after Jo Fischer certified the minutes"),
    (add_annotation, True,
     "an annotation was added to page 1 after Jo Fischer certified the minutes"),
])
def test_a_change_after_certification_fails_and_names_the_page(kit, tmp_path, capsys, attack,
                                                               then_countersign, line):
    data = attack(kit.certified)
    if then_countersign:
        data = countersign(kit, data)
    code, report, _ = check(tmp_path, capsys, data)
    assert code == 1 and report["verdict"] == "not verified"
    assert any(p.startswith(line + " (revision 4 of") for p in report["problems"]), report
    jo = by_field(report)["Jo Fischer"]
    assert jo["intact"] and jo["valid"] and not jo["changes_allowed"]
    assert_pdfsig_agrees(data, report, tmp_path)
    if then_countersign:  # the countersignature itself is fine: the change before it is not
        amara = by_field(report)["Amara Okafor"]
        assert amara["intact"] and amara["valid"]
        assert not report["changed_after_last_signature"]
    else:
        assert report["changed_after_last_signature"]


def test_sign_refuses_changed_minutes_and_leaves_them_alone(kit, tmp_path, capsys):
    pdf = tmp_path / "changed.pdf"
    pdf.write_bytes(edit_page_content(kit.certified))
    before = pdf.read_bytes()
    capsys.readouterr()
    code = main(["sign", str(pdf), "--field", "Amara Okafor", "--id",
                 str(kit.ids["Amara Okafor"]), "--passphrase-file", str(kit.folder / "pw")])
    _out, err = capsys.readouterr()
    assert code == 1 and pdf.read_bytes() == before
    assert "will not sign" in err and "page 1 was changed after Jo Fischer" in err
    assert "Traceback" not in err


# ---------------------------------------------------------------- whose box

def test_a_box_filled_by_the_wrong_identity_is_exit_3(kit, tmp_path, capsys):
    data = sign(kit.certified, "Amara Okafor", kit.ids["Sam Intruder"], PW, certify=False)
    code, report, _ = check(tmp_path, capsys, data)
    assert code == 3 and report["verdict"] == "check the signers"
    box = by_field(report)["Amara Okafor"]
    assert box["signer"] == "Sam Intruder" and not box["box_matches_signer"]
    assert box["intact"] and box["valid"]
    assert "the box of Amara Okafor was signed by Sam Intruder, not by Amara Okafor" in (
        report["problems"])
    assert_pdfsig_agrees(data, report, tmp_path)


def test_sign_refuses_someone_elses_box_unless_on_behalf(kit, tmp_path, capsys):
    pdf = tmp_path / "m.pdf"
    pdf.write_bytes(kit.certified)
    args = ["sign", str(pdf), "--field", "Amara Okafor", "--id", str(kit.ids["Sam Intruder"]),
            "--passphrase-file", str(kit.folder / "pw")]
    capsys.readouterr()
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "you are Sam Intruder, but the box 'Amara Okafor' is for Amara Okafor" in err
    assert pdf.read_bytes() == kit.certified

    assert main([*args, "--on-behalf", "Amara is ill; agreed by phone"]) == 0
    capsys.readouterr()
    code, report, _ = check(tmp_path, capsys, pdf.read_bytes())
    assert code == 3 and report["untrusted"] == ["Sam Intruder"]  # Sam is not on the list
    code, report, _ = check(tmp_path, capsys, pdf.read_bytes(), "--trust",
                            str(kit.certs["Sam Intruder"]))
    assert code == 0
    box = by_field(report)["Amara Okafor"]
    assert box["on_behalf"] == "Amara is ill; agreed by phone"
    assert not box["box_matches_signer"]
    assert report["notes"] == ["Sam Intruder signed the box of Amara Okafor on their behalf: "
                               "Amara is ill; agreed by phone"]
    code = main(["verify", str(tmp_path / "attacked.pdf"), "--allow-untrusted"])
    assert code == 0 and "on their behalf" in capsys.readouterr().out


# ---------------------------------------------------------------- certificates out of date

@pytest.mark.parametrize(("days_from", "days_to"), [(-700, -300), (300, 700)],
                         ids=["expired", "not-yet-valid"])
def test_a_certificate_outside_its_validity_is_exit_3(kit, tmp_path, capsys, days_from,
                                                      days_to):
    p12, pem = make_identity(tmp_path, "Jo Fischer", days_from=days_from, days_to=days_to)
    data = sign(kit.unsigned, "Jo Fischer", p12, PW, certify=True)
    code, report, _ = check(tmp_path, capsys, data, "--trust", str(pem))
    assert code == 3
    jo = by_field(report)["Jo Fischer"]
    assert jo["intact"] and jo["valid"] and not jo["certificate_valid_at_signing"]
    assert not jo["trusted"]  # on the trust list, but not valid when it signed
    assert any(p.startswith("the certificate of Jo Fischer was not valid when they signed")
               for p in report["problems"])
    assert_pdfsig_agrees(data, report, tmp_path)
    # nobody countersigns such minutes without being told why not
    pdf = tmp_path / "attacked.pdf"
    capsys.readouterr()
    assert main(["sign", str(pdf), "--field", "Amara Okafor", "--id",
                 str(kit.ids["Amara Okafor"]), "--passphrase-file", str(kit.folder / "pw")]) == 1
    assert "the certificate of Jo Fischer was not valid" in capsys.readouterr().err
    assert pdf.read_bytes() == data


# ---------------------------------------------------------------- removed signatures

def remove_signature_incrementally(data: bytes, field: str) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields

    w = IncrementalPdfFileWriter(io.BytesIO(data))
    for name, _value, ref in fields.enumerate_sig_fields(w):
        if name == field:
            obj = ref.get_object()
            del obj["/V"]
            w.update_container(obj)
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def strip_all_signatures(data: bytes) -> bytes:
    """Rewrite the whole file with pypdf, without any signature value."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    for page in writer.pages:
        for annot in page.get("/Annots") or ():
            annot = annot.get_object()
            if NameObject("/V") in annot:
                del annot[NameObject("/V")]
    if "/Perms" in writer.root_object:
        del writer.root_object[NameObject("/Perms")]
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_removed_signature_is_reported(kit, tmp_path, capsys):
    data = remove_signature_incrementally(kit.both, "Amara Okafor")
    code, report, _ = check(tmp_path, capsys, data)
    assert code == 1
    assert any(p.startswith("the signature in the box Amara Okafor") and "was removed" in p
               for p in report["problems"])
    assert "Amara Okafor" in report["unsigned_fields"]
    assert_pdfsig_agrees(data, report, tmp_path)

    data = strip_all_signatures(kit.both)
    code, report, _ = check(tmp_path, capsys, data)
    assert code == 1 and report["signatures"] == []
    assert report["problems"] == ["the minutes carry no signature"]


# ---------------------------------------------------------------- truncation

def revision_ends(data: bytes) -> list[int]:
    return [m.end() + (1 if data[m.end():m.end() + 1] == b"\n" else 0)
            for m in re.finditer(rb"%%EOF", data)]


def test_truncation_at_every_revision_boundary_and_inside_each(kit, tmp_path, capsys):
    ends = revision_ends(kit.both)
    assert len(ends) == 4 and ends[-1] == len(kit.both)
    # unsigned export, its boxes, certified, countersigned
    expected = [1, 1, 0, 0]
    for end, want in zip(ends, expected, strict=True):
        code, report, _ = check(tmp_path, capsys, kit.both[:end])
        assert code == want, end
        assert_pdfsig_agrees(kit.both[:end], report, tmp_path)
    starts = [0, *ends[:-1]]
    for start, end in zip(starts, ends, strict=True):
        for cut in (start + (end - start) // 3, (start + end) // 2, end - 20):
            code, _report, _err = check(tmp_path, capsys, kit.both[:cut])
            assert code in (1, 2), cut


# ---------------------------------------------------------------- single-byte flips

def uncovered(data: bytes) -> list[range]:
    """The /Contents hex strings, the only bytes no signature covers."""
    gaps = []
    for m in re.finditer(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", data):
        a, b, c, _d = map(int, m.groups())
        gaps.append(range(a + b, c))
    return gaps


@pytest.mark.slow
def test_single_byte_flips_across_the_whole_file(kit, tmp_path, capsys):
    data = kit.both
    gaps = uncovered(data)
    assert len(gaps) == 2
    step = max(1, len(data) // 30)
    positions = sorted({*range(7, len(data), step), *(g.start + 40 for g in gaps)})
    seen = {}
    for pos in positions:
        flipped = bytearray(data)
        flipped[pos] ^= 0x01 if data[pos:pos + 1] not in (b"\n", b"\r") else 0x20
        code, report, _ = check(tmp_path, capsys, bytes(flipped), dialog=False)
        seen[code] = seen.get(code, 0) + 1
        if report is not None:
            assert_pdfsig_agrees(bytes(flipped), report, tmp_path)
        if not any(pos in g for g in gaps):  # every other byte is signed by someone
            assert code in (1, 2), pos
    assert seen.get(1, 0) > len(positions) // 2


# ---------------------------------------------------------------- the Verify dialog agrees

def test_the_verify_dialog_gives_the_same_verdicts(kit, tmp_path, qtbot, capsys):
    from coprodesk.gui.minutes_dialogs import VerifyMinutesDialog

    cases = {
        "honest": (kit.both, 0),
        "other key": (forge_with_other_key(kit), 1),
        "page edited then countersigned": (countersign(kit, edit_page_content(kit.certified)),
                                           1),
        "wrong box": (sign(kit.certified, "Amara Okafor", kit.ids["Sam Intruder"], PW,
                           certify=False), 3),
    }
    for name, (data, want) in cases.items():
        pdf = tmp_path / f"{name}.pdf"
        pdf.write_bytes(data)
        capsys.readouterr()
        assert main(["verify", str(pdf)]) == want, name
        dialog = VerifyMinutesDialog(pdf)
        qtbot.addWidget(dialog)
        assert dialog.result.exit_code == want, name
        assert dialog.result.problems == verify_pdf(pdf).problems
        if want in (0, 1):  # how the dialog words "check the signers" is its own affair
            assert ("NOT VERIFIED" in dialog.ui.verdictLabel.text()) == (want == 1), name
