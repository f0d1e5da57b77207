"""The easy-read minutes signed (issue 20): certified on their own like the full minutes,
and carried inside the certified full minutes, where ``verify`` reports each attached file
as covered by the signature, and one added or changed later as not covered."""

from __future__ import annotations

import io
import json
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from coprodesk.minutes.attachments import EASY_READ_NAME
from coprodesk.minutes.html_twin import TWIN_NAME

from ..cli_run import demo_with_facilitator, run

pdfsig = shutil.which("pdfsig")


@pytest.fixture
def demo(tmp_path, capsys):
    """The demo database and the facilitator's identity; returns a function exporting."""
    db = demo_with_facilitator(tmp_path, capsys)

    def export(name: str, *more: str, sign: bool = True):
        out = tmp_path / name
        signing = ("--sign", str(tmp_path / "jo.p12"), "--passphrase-file",
                   str(tmp_path / "pw")) if sign else ()
        code, _said, err = run(capsys, "--db", db, "export", "Spring workshop", "-o", str(out),
                              *more, *signing)
        assert code == 0, err
        return out
    return export


def verify_json(capsys, path) -> tuple[int, dict]:
    code, out, err = run(capsys, "verify", "--json", str(path))
    assert "Traceback" not in out + err
    return code, json.loads(out)


def test_easy_read_minutes_can_be_certified_like_the_full_minutes(demo, capsys, pdf_text,
                                                                   pdf_words):
    pdf = demo("easy.pdf", "--easy-read")
    code, report = verify_json(capsys, pdf)
    assert code == 0, report["problems"]
    (sig,) = report["signatures"]
    assert (sig["field"], sig["signer"], sig["certifies"]) == ("Jo Fischer", "Jo Fischer", True)
    assert report["unsigned_fields"] == ["Amara Okafor"]  # the co-chair countersigns later
    text = " ".join(pdf_text(pdf.read_bytes()).split())
    assert "Did every group agree? No. Lived experience did not agree." in text
    # the signature has no box on the page: every word is still at least 16 pt
    assert [w for w in pdf_words(pdf.read_bytes()) if w[4] - w[2] < 15.9] == []
    if pdfsig:
        said = subprocess.run([pdfsig, str(pdf)], capture_output=True, text=True).stdout
        assert "Signature is Valid" in said


def test_the_certified_full_minutes_carry_the_easy_read_version_inside_the_signed_part(
        demo, capsys, pdf_text, attachment_span):
    from pyhanko.pdf_utils.reader import PdfFileReader

    pdf = demo("minutes.pdf")
    data = pdf.read_bytes()
    attachments = PdfReader(io.BytesIO(data)).attachments
    (easy,) = attachments[EASY_READ_NAME]
    inner = PdfReader(io.BytesIO(easy))
    assert inner.metadata.title == "Easy-read minutes: Spring workshop"
    text = " ".join(pdf_text(easy).split())
    assert "Our meeting: Spring workshop" in text and "Did every group agree? Yes." in text
    assert "%" not in text

    (sig,) = PdfFileReader(io.BytesIO(data)).embedded_signatures
    a, b, _c, _d = sig.sig_object["/ByteRange"]
    for name in (EASY_READ_NAME, TWIN_NAME):
        start, end = attachment_span(data, name)
        assert a <= start and end <= a + b, f"{name} lies in the signed bytes"

    code, report = verify_json(capsys, pdf)
    assert code == 0
    assert {(x["name"], x["covered"], tuple(x["covered_by"])) for x in report["attachments"]} \
        == {(EASY_READ_NAME, True, ("Jo Fischer",)), (TWIN_NAME, True, ("Jo Fischer",))}
    code, out, _err = run(capsys, "verify", str(pdf))
    assert code == 0
    assert ("The easy-read version (easy-read.pdf) and the accessible HTML version "
            "(minutes.html) are inside the signed part.") in out


@pytest.mark.parametrize("name", [EASY_READ_NAME, TWIN_NAME])
def test_changing_one_byte_of_either_attachment_makes_verify_fail(demo, capsys, tmp_path,
                                                                  name, attachment_span):
    data = bytearray(demo("minutes.pdf").read_bytes())
    start, end = attachment_span(bytes(data), name)
    data[(start + end) // 2] ^= 0x01
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(bytes(data))
    code, report = verify_json(capsys, forged)
    assert code == 1 and not report["signatures"][0]["intact"]
    if pdfsig:
        said = subprocess.run([pdfsig, str(forged)], capture_output=True, text=True).stdout
        assert "Signature is Valid" not in said


def _later_revision(path, change) -> None:
    """Append an incremental revision made by ``change(writer)`` (pyHanko), the way an
    attacker who keeps the signed bytes intact would."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    with path.open("rb") as f:
        writer = IncrementalPdfFileWriter(io.BytesIO(f.read()))
    change(writer)
    out = io.BytesIO()
    writer.write(out)
    path.write_bytes(out.getvalue())


def test_an_attachment_added_in_a_later_revision_is_not_covered_and_verify_fails(
        demo, capsys):
    from coprodesk.minutes.attachments import attach_file

    pdf = demo("minutes.pdf")
    _later_revision(pdf, lambda w: attach_file(
        w, "corrections.html", b"<p>We agreed the opposite.</p>", mime="text/html",
        description="Corrections", relationship="/Supplement"))
    code, report = verify_json(capsys, pdf)
    assert code == 1
    found = {x["name"]: x for x in report["attachments"]}
    assert found["corrections.html"]["covered"] is False
    assert found["corrections.html"]["revision"] == report["revisions"] == 4
    assert found[TWIN_NAME]["covered"] and found[EASY_READ_NAME]["covered"]
    assert any("corrections.html" in p and "no signature covers it" in p
               for p in report["problems"])
    code, out, _err = run(capsys, "verify", str(pdf))
    assert code == 1
    assert "The attached file (corrections.html) is NOT covered by any signature." in out


def test_an_attachment_replaced_in_a_later_revision_is_not_covered(demo, capsys):
    def replace_twin(writer) -> None:
        names = writer.root["/Names"]["/EmbeddedFiles"]["/Names"]
        spec = names[list(map(str, names)).index(TWIN_NAME) + 1]
        ref = spec.get_object()["/EF"].raw_get("/F")
        stream = ref.get_object()
        stream._data = b"<p>Other minutes.</p>"  # the decoded data; written re-encoded
        stream._encoded_data = None
        writer.mark_update(ref)

    pdf = demo("minutes.pdf")
    _later_revision(pdf, replace_twin)
    code, report = verify_json(capsys, pdf)
    assert code == 1
    found = {x["name"]: x for x in report["attachments"]}
    assert found[TWIN_NAME]["covered"] is False and found[EASY_READ_NAME]["covered"]


def test_unsigned_minutes_list_their_attachments_as_not_covered(demo, capsys):
    pdf = demo("plain.pdf", sign=False)
    code, report = verify_json(capsys, pdf)
    assert code == 1 and report["problems"] == ["the minutes carry no signature"]
    assert [x["covered"] for x in report["attachments"]] == [False, False]
