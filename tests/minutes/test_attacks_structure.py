"""Parser-differential attacks on signed minutes (issue 26, items 4, 5, 8, 10 and the limits
of 11), each built here from honestly certified and countersigned minutes the way an
attacker would: raw bytes appended to the file, pyHanko's lenient writer for the
countersignature, pikepdf for a rewrite.

Every attack gave exit 0 (pdfsig: every signature valid) before verify read the file's
structure itself (``structure.py``) and a second time with qpdf (``second_reader.py``).
Now each fails, with the default and with ``--strict``, and verify is never less strict
than poppler's ``pdfsig``. Where the attack shows something else in poppler or qpdf than
what was signed, the test shows that too: these are not theoretical.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from coprodesk.cli import main
from coprodesk.minutes import structure
from coprodesk.minutes.signing import sign

from . import test_attacks
from .test_attacks import PW, Kit, edit_page_content

kit = test_attacks.kit  # honest certified and countersigned minutes (a fixture, shared)

PDFSIG = shutil.which("pdfsig")
POPPLER = shutil.which("pdftotext") and shutil.which("pdfdetach")
FORGED_HTML = b"<html><body><p>We agreed to close the day centre.</p></body></html>"


# ---------------------------------------------------------------- verdicts

def verdict(kit: Kit, tmp_path: Path, capsys, data: bytes, *more: str) -> tuple[int, dict | None,
                                                                              str]:
    """``coprodesk verify --json`` with both signers' certificates trusted (so that only the
    file itself can fail it): exit code, report (None for exit 2), stderr."""
    pdf = tmp_path / "forged.pdf"
    pdf.write_bytes(data)
    capsys.readouterr()
    code = main(["verify", str(pdf), "--json", "--trust", str(kit.certs["Jo Fischer"]),
                 "--trust", str(kit.certs["Amara Okafor"]), *more])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    report = json.loads(out) if out.strip() else None
    if report is None:
        assert code == 2 and len(err.strip().splitlines()) == 1, err
    return code, report, err


def pdfsig(data: bytes, tmp_path: Path) -> list[tuple[str, bool, bool]]:
    """poppler's view, per signature: field, "Signature is Valid", "Total document signed"."""
    pdf = tmp_path / "for-pdfsig.pdf"
    pdf.write_bytes(data)
    out = subprocess.run([PDFSIG, str(pdf)], capture_output=True, text=True, timeout=60).stdout
    found = []
    for block in out.split("Signature #")[1:]:
        name = re.search(r"Signature Field Name: (.*)", block)
        found.append((name.group(1).strip() if name else "?",
                       "Signature is Valid" in block, "\n  - Total document signed" in block))
    return found


def fails_everywhere(kit: Kit, tmp_path: Path, capsys, data: bytes,
                     expect: tuple[int, ...] = (1,)) -> dict | None:
    """The forged file fails with the default and with --strict; pdfsig, consulted, never
    rejects what verify accepts. Returns the default report."""
    code, report, err = verdict(kit, tmp_path, capsys, data)
    assert code in expect, (code, report and report["problems"], err)
    strict_code, _r, _e = verdict(kit, tmp_path, capsys, data, "--strict")
    assert strict_code in expect
    if PDFSIG:
        seen = pdfsig(data, tmp_path)
        if not seen or not all(valid for _f, valid, _t in seen) or not seen[-1][2]:
            assert code != 0  # never less strict than pdfsig
    return report


def page_text(data: bytes, tmp_path: Path, page: int = 1) -> str:
    pdf = tmp_path / "for-poppler.pdf"
    pdf.write_bytes(data)
    return subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout


def attachment_as_poppler_sees_it(data: bytes, tmp_path: Path, name: str) -> bytes:
    pdf, out = tmp_path / "for-pdfdetach.pdf", tmp_path / "detached"
    pdf.write_bytes(data)
    listed = subprocess.run(["pdfdetach", "-list", str(pdf)], capture_output=True, text=True,
                            check=True).stdout
    number = next(line.split(":")[0] for line in listed.splitlines()[1:]
                  if line.split(": ", 1)[1] == name)
    subprocess.run(["pdfdetach", "-save", number, "-o", str(out), str(pdf)], check=True)
    return out.read_bytes()


def attachment_as_qpdf_sees_it(data: bytes, name: str) -> bytes:
    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        return pdf.attachments[name].get_file().read_bytes()


# ---------------------------------------------------------------- forging, byte by byte

def last_startxref(data: bytes) -> int:
    return int(re.findall(rb"startxref\s+(\d+)\s+%%EOF", data)[-1])


def trailer_of(data: bytes) -> tuple[bytes, bytes, int, bytes]:
    """/Root, /Info, /Size and /ID of the last (classic) trailer."""
    t = data[data.rindex(b"trailer"):data.rindex(b"startxref")]
    return (re.search(rb"/Root\s+(\d+\s+\d+\s+R)", t).group(1),
            re.search(rb"/Info\s+(\d+\s+\d+\s+R)", t).group(1),
            int(re.search(rb"/Size\s+(\d+)", t).group(1)),
            re.search(rb"/ID\s*(\[[^\]]*\])", t).group(1))


def raw_object(data: bytes, num: int) -> bytes:
    """The last definition of object ``num`` (a dictionary without a stream), as written."""
    m = list(re.finditer(rb"(?<![0-9])%d 0 obj" % num, data))[-1]
    return data[m.end():data.index(b"endobj", m.end())].strip()


def append_revision(data: bytes, objects: list[tuple[int, bytes]], *, listed=None,
                    xref: bytes | None = None, prev: int | None = None,
                    startxref: int | None = None, trailer_extra: bytes = b"") -> bytes:
    """``data`` with one more revision holding ``objects`` (number, body), its classic
    cross-reference section listing ``listed(written)`` (default: each object written, in
    order; each (number, offset) its own subsection), or the raw ``xref`` given."""
    out = bytearray(data)
    written = []
    for num, body in objects:
        written.append((num, len(out)))
        out += b"%d 0 obj\n" % num + body + b"\nendobj\n"
    root, info, size, ids = trailer_of(data)
    size = max([size] + [n + 1 for n, _ in written])
    entries = listed(written) if listed else written
    at = len(out)
    out += xref if xref is not None else b"xref\n0 1\n0000000000 65535 f \n" + b"".join(
        b"%d 1\n%010d 00000 n \n" % e for e in entries)
    out += (b"trailer\n<< /Size %d /Root %s /Info %s /ID %s /Prev %d %s>>\nstartxref\n%d\n%%%%EOF\n"
            % (size, root, info, ids, last_startxref(data) if prev is None else prev,
               trailer_extra, at if startxref is None else startxref))
    return bytes(out)


def append_xref_stream_revision(data: bytes, objects: list[tuple[int, bytes]],
                                entries) -> bytes:
    """One more revision whose cross-reference section is a stream; ``entries(written)``
    gives its rows as (number, type, field 2, field 3)."""
    out = bytearray(data)
    written = []
    for num, body in objects:
        written.append((num, len(out)))
        out += b"%d 0 obj\n" % num + body + b"\nendobj\n"
    root, info, size, ids = trailer_of(data)
    own = max([size] + [n + 1 for n, _ in written])
    at = len(out)
    rows = sorted([*entries(written), (own, 1, at, 0)])
    table = b"".join(struct.pack(">BIH", t, a, b) for _n, t, a, b in rows)
    index = b" ".join(b"%d 1" % n for n, *_ in rows)
    out += (b"%d 0 obj\n<< /Type /XRef /W [1 4 2] /Index [%s] /Size %d /Root %s /Info %s "
            b"/ID %s /Prev %d /Length %d >>\nstream\n" % (own, index, own + 1, root, info, ids,
                                                         last_startxref(data), len(table))
            + table + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % at)
    return bytes(out)


def object_stream(objects: list[tuple[int, bytes]]) -> bytes:
    head = body = b""
    for num, value in objects:
        head += b"%d %d " % (num, len(body))
        body += value + b"\n"
    head += b"\n"
    return (b"<< /Type /ObjStm /N %d /First %d /Length %d >>\nstream\n"
            % (len(objects), len(head), len(head + body)) + head + body + b"\nendstream")


def copy_of(data: bytes, num: int) -> bytes:
    """Object ``num`` (a stream) exactly as written in ``data``, to be written again."""
    m = list(re.finditer(rb"(?<![0-9])%d 0 obj\s*" % num, data))[-1]
    end = re.compile(rb"endstream\s*endobj").search(data, m.end())
    return data[m.end():end.start() + len(b"endstream")]


def stream_body(data: bytes, num: int) -> bytes:
    """Object ``num`` (a stream) as it stands in ``data``, ready to be written again."""
    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        s = pdf.get_object((num, 0))
        raw = s.read_raw_bytes()
        filters = s.get("/Filter")
        filt = (b"/Filter [" + b" ".join(str(f).encode() for f in filters) + b"] "
                if isinstance(filters, pikepdf.Array) else
                b"/Filter " + str(filters).encode() + b" " if filters is not None else b"")
    return b"<< %s/Length %d >>\nstream\n" % (filt, len(raw)) + raw + b"\nendstream"


def embedded_file(content: bytes) -> bytes:
    z = zlib.compress(content)
    return (b"<< /Type /EmbeddedFile /Subtype /text#2Fhtml /Filter /FlateDecode /Length %d "
            b"/Params << /Size %d >> >>\nstream\n" % (len(z), len(content)) + z + b"\nendstream")


def layout_of(data: bytes) -> dict:
    """Page 1, its content, page 2's content, the pages node, the catalogue, the twin's file
    specification and its stream, as object numbers."""
    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        names = pdf.Root.Names.EmbeddedFiles.Names
        spec = {str(names[i]): names[i + 1] for i in range(0, len(names), 2)}["minutes.html"]
        return {"page": pdf.pages[0].objgen[0],
                "content": pdf.pages[0].obj.Contents.objgen[0],
                "other content": pdf.pages[1].obj.Contents.objgen[0],
                "pages": pdf.Root.Pages.objgen[0], "root": pdf.Root.objgen[0],
                "spec": spec.objgen[0], "twin": spec.EF.F.objgen[0],
                "size": trailer_of(data)[2]}


def countersign_leniently(kit: Kit, data: bytes) -> bytes:
    """Amara's countersignature made with pyHanko's lenient writer, as an attacker who
    prepares the file for her would (``coprodesk sign`` reads strictly)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    signer = signers.SimpleSigner.load_pkcs12(str(kit.ids["Amara Okafor"]), passphrase=PW)
    meta = signers.PdfSignatureMetadata(field_name="Amara Okafor", md_algorithm="sha256",
                                        subfilter=fields.SigSeedSubFilter.PADES)
    writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    return signers.PdfSigner(meta, signer).sign_pdf(writer).getvalue()


# ---------------------------------------------------------------- the honest baseline

def test_honest_minutes_still_verify_with_both_readers(kit, tmp_path, capsys):
    for data in (kit.certified, kit.both):
        assert structure.examine(data).problems == ()
        code, report, _ = verdict(kit, tmp_path, capsys, data)
        assert code == 0 and report["problems"] == []
        assert verdict(kit, tmp_path, capsys, data, "--strict")[0] == 0
        assert all(a["covered"] for a in report["attachments"])
    if PDFSIG:
        assert all(valid for _f, valid, _t in pdfsig(kit.both, tmp_path))


def test_honest_minutes_with_cross_reference_and_object_streams_verify(kit, tmp_path, capsys):
    """Minutes rewritten with object streams and a cross-reference stream (as some tools
    save them), then certified and countersigned: pyHanko's updates are cross-reference
    streams too, and both readers agree."""
    import pikepdf

    with pikepdf.open(io.BytesIO(kit.unsigned)) as pdf:
        out = io.BytesIO()
        pdf.save(out, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    packed = out.getvalue()
    assert b"/ObjStm" in packed and b"/XRef" in packed
    certified = sign(packed, "Jo Fischer", kit.ids["Jo Fischer"], PW, certify=True)
    both = sign(certified, "Amara Okafor", kit.ids["Amara Okafor"], PW, certify=False)
    assert b"\nxref" not in both  # every revision's section is a stream
    assert structure.examine(both).problems == ()
    code, report, _ = verdict(kit, tmp_path, capsys, both)
    assert code == 0 and report["problems"] == [], report["problems"]


def test_an_honest_certification_with_a_large_reserve_verifies(kit, tmp_path, capsys):
    data = certify_with_reserve(kit, kit.unsigned, 65536)
    both = sign(data, "Amara Okafor", kit.ids["Amara Okafor"], PW, certify=False)
    assert verdict(kit, tmp_path, capsys, both)[0] == 0


# ---------------------------------------------------------------- 4a: one object listed twice

def test_4a_an_object_listed_twice_in_one_section_fails(kit, tmp_path, capsys):
    """The update lists page 1's content twice: first a forged one (what poppler, qpdf and
    pypdf show), last the original (what pyHanko compared)."""
    o = layout_of(kit.certified)
    update = append_revision(kit.certified, [
        (o["content"], stream_body(kit.certified, o["other content"])),
        (o["content"], copy_of(kit.certified, o["content"]))])
    forged = countersign_leniently(kit, update)
    if POPPLER:
        assert page_text(forged, tmp_path) != page_text(kit.both, tmp_path)
    report = fails_everywhere(kit, tmp_path, capsys, forged)
    assert (f"object {o['content']} is defined twice in revision 4: PDF readers disagree "
            "about which one to show") in report["problems"]


# ---------------------------------------------------------------- 4b: a key twice

def test_4b_a_duplicate_key_fails(kit, tmp_path, capsys):
    """Page 1 with /Contents twice: pyHanko takes the first (the original), poppler and
    qpdf the second (page 2's content)."""
    o = layout_of(kit.certified)
    forged_content = o["size"]
    page = raw_object(kit.certified, o["page"])
    update = append_revision(kit.certified, [
        (forged_content, stream_body(kit.certified, o["other content"])),
        (o["page"], page[:-2] + b" /Contents %d 0 R >>" % forged_content)])
    forged = countersign_leniently(kit, update)
    if POPPLER:
        assert page_text(forged, tmp_path) != page_text(kit.both, tmp_path)
    report = fails_everywhere(kit, tmp_path, capsys, forged)
    assert (f"object {o['page']} has the key /Contents twice: PDF readers disagree about "
            "which one counts") in report["problems"]


def test_a_duplicate_key_hidden_by_a_name_escape_fails(kit, tmp_path, capsys):
    """Invented: /Cont#65nts is /Contents once its escape is decoded, as every reader does."""
    o = layout_of(kit.certified)
    forged_content = o["size"]
    page = raw_object(kit.certified, o["page"])
    update = append_revision(kit.certified, [
        (forged_content, stream_body(kit.certified, o["other content"])),
        (o["page"], page[:-2] + b" /Cont#65nts %d 0 R >>" % forged_content)])
    forged = countersign_leniently(kit, update)
    if POPPLER:
        assert page_text(forged, tmp_path) != page_text(kit.both, tmp_path)
    report = fails_everywhere(kit, tmp_path, capsys, forged)
    assert any("has the key /Contents twice" in p for p in report["problems"])


def test_a_trailer_with_two_roots_fails(kit, tmp_path, capsys):
    """Invented: the update's trailer names two catalogues, the second with a forged page 1
    (pyHanko takes the first, qpdf the last)."""
    o = layout_of(kit.certified)
    content, page, pages, root = o["size"], o["size"] + 1, o["size"] + 2, o["size"] + 3
    catalogue = raw_object(kit.certified, o["root"])
    update = append_revision(kit.certified, [
        (content, stream_body(kit.certified, o["other content"])),
        (page, raw_object(kit.certified, o["page"])
         .replace(b"/Contents %d 0 R" % o["content"], b"/Contents %d 0 R" % content)
         .replace(b"/Parent %d 0 R" % o["pages"], b"/Parent %d 0 R" % pages)),
        (pages, raw_object(kit.certified, o["pages"])
         .replace(b"%d 0 R" % o["page"], b"%d 0 R" % page, 1)),
        (root, catalogue.replace(b"/Pages %d 0 R" % o["pages"], b"/Pages %d 0 R" % pages))],
        trailer_extra=b"/Root %d 0 R " % root)
    report = fails_everywhere(kit, tmp_path, capsys, countersign_leniently(kit, update))
    assert "the trailer has the key /Root twice: PDF readers disagree about which one counts" in (
        report["problems"])


# ---------------------------------------------------------------- 4c: unlisted, and rebuilt

def test_4c_an_unlisted_object_and_a_malformed_line_fail(kit, tmp_path, capsys):
    """A forged page 1 content listed nowhere, and a cross-reference line pyHanko skips:
    poppler and qpdf rebuild the table and show the forged content. The file cannot be
    read strictly at all: exit 2, "damaged", as docs/minutes.md says."""
    o = layout_of(kit.certified)
    update = append_revision(
        kit.certified, [(o["content"], stream_body(kit.certified, o["other content"]))],
        xref=b"xref\n0 2\n0000000000 65535 f \n0000000000 00000 x \n")
    forged = countersign_leniently(kit, update)
    if POPPLER:
        assert page_text(forged, tmp_path) != page_text(kit.both, tmp_path)
    fails_everywhere(kit, tmp_path, capsys, forged, expect=(2,))
    layout = structure.examine(forged)
    assert layout.malformed and "a malformed cross-reference line" in layout.problems[-1]


def test_a_revision_the_prev_chain_skips_fails(kit, tmp_path, capsys):
    """Invented: a revision with a forged page 1 that the next revision's /Prev skips, so no
    cross-reference section lists it; Amara's signature covers its bytes all the same."""
    o = layout_of(kit.certified)
    hidden = append_revision(kit.certified, [
        (o["content"], stream_body(kit.certified, o["other content"]))])
    skipping = append_revision(hidden, [(o["size"], b"<< /Note (nothing) >>")],
                               prev=last_startxref(kit.certified))
    report = fails_everywhere(kit, tmp_path, capsys, countersign_leniently(kit, skipping))
    assert any(p.startswith("revision 4 holds bytes that its cross-reference section does "
                            "not list") for p in report["problems"])


def test_a_startxref_pointing_beside_its_section_fails(kit, tmp_path, capsys):
    """Invented: the update's startxref points one byte before 'xref' (pyHanko reads on,
    qpdf warns and searches), with an unlisted forged object beside it."""
    o = layout_of(kit.certified)
    update = append_revision(kit.certified, [
        (o["content"], stream_body(kit.certified, o["other content"])),
        (o["size"], b"<< /Note (nothing) >>")], listed=lambda written: written[1:])
    at = update.rindex(b"\nxref\n")
    update = update[:update.rindex(b"startxref")] + b"startxref\n%d\n%%%%EOF\n" % at
    report = fails_everywhere(kit, tmp_path, capsys, countersign_leniently(kit, update))
    assert any("startxref or /Prev points at no cross-reference section" in p
               for p in report["problems"]), report["problems"]


# ---------------------------------------------------------------- object streams

@pytest.mark.parametrize("forged_first", [False, True], ids=["forged-last", "forged-first"])
def test_an_object_stream_holding_page_1_twice_fails(kit, tmp_path, capsys, forged_first):
    """Invented: an object stream holds page 1 twice; the cross-reference stream points at
    its second copy (what qpdf and poppler show), pyHanko reads the first."""
    o = layout_of(kit.certified)
    content, holder = o["size"], o["size"] + 1
    page = raw_object(kit.certified, o["page"])
    forged_page = page.replace(b"/Contents %d 0 R" % o["content"], b"/Contents %d 0 R" % content)
    copies = [(o["page"], forged_page), (o["page"], page)]
    update = append_xref_stream_revision(
        kit.certified,
        [(content, stream_body(kit.certified, o["other content"])),
         (holder, object_stream(copies if forged_first else copies[::-1]))],
        lambda w: [(content, 1, w[0][1], 0), (holder, 1, w[1][1], 0), (o["page"], 2, holder, 1)])
    forged = countersign_leniently(kit, update)
    report = fails_everywhere(kit, tmp_path, capsys, forged)
    assert f"object {o['page']} is defined twice in revision 4: PDF readers disagree about " \
           "which one to show" in report["problems"]


# ---------------------------------------------------------------- 5: a literal /Contents

def certify_with_reserve(kit: Kit, data: bytes, reserve: int) -> bytes:
    """Jo certifies with a large gap for the signature, as some tools reserve."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    signer = signers.SimpleSigner.load_pkcs12(str(kit.ids["Jo Fischer"]), passphrase=PW)
    meta = signers.PdfSignatureMetadata(field_name="Jo Fischer", certify=True, md_algorithm="sha256",
                                        subfilter=fields.SigSeedSubFilter.PADES,
                                        docmdp_permissions=fields.MDPPerm.FILL_FORMS)
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    return signers.PdfSigner(meta, signer).sign_pdf(writer, bytes_reserved=reserve).getvalue()


def literal_contents(data: bytes, decoded: int | None) -> bytes:
    """The certifier's /Contents re-encoded as a literal string of the same length in the
    file that decodes to ``decoded`` bytes (the signature, then zeros)."""
    from asn1crypto import cms

    a, b, c, _d = map(int, re.search(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)",
                                     data).groups())
    gap = data[a + b:c]
    der = cms.ContentInfo.load(bytes.fromhex(gap[1:-1].decode()).rstrip(b"\0")).dump()
    text = bytearray()
    for ch in der:
        text += b"\\" + bytes([ch]) if ch in b"()\\" else b"\\r" if ch == 13 else bytes([ch])
    room = len(gap) - 2 - len(text)
    zeros = decoded - len(der) if decoded else room // 2
    extra = room - zeros  # each zero takes 1 to 4 bytes: NUL, \0, \00, \000
    assert 0 <= extra <= 3 * zeros
    for _ in range(zeros):
        k = min(3, extra)
        extra -= k
        text += b"\\" + b"0" * k if k else b"\0"
    literal = b"(" + bytes(text) + b")"
    assert len(literal) == len(gap)
    return data[:a + b] + literal + data[c:]


def test_5_a_literal_string_in_the_certifiers_gap_fails(kit, tmp_path, capsys):
    """A page overlay after the certification, then the certifier's /Contents rewritten as a
    literal string whose decoded length makes pyHanko believe the certification covers the
    whole file (so it skips the difference analysis); then Amara countersigns."""
    certified = certify_with_reserve(kit, kit.unsigned, 65536)
    _a, b, _c, d = map(int, re.search(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)",
                                     certified).groups())
    overlaid = edit_page_content(certified)
    for _ in range(40):  # ECDSA signatures vary in length: try until the sizes fit
        size = len(countersign_leniently(kit, literal_contents(overlaid, None)))
        need, odd = divmod(size - b - d - 2, 2)
        forged = countersign_leniently(kit, literal_contents(overlaid, need))
        if not odd and len(forged) == size:
            break
        overlaid += b"\n"
    else:
        pytest.fail("no size fitted")
    report = fails_everywhere(kit, tmp_path, capsys, forged)
    assert any(p.startswith("the signature value in object ") and "is not a hexadecimal "
               "string" in p for p in report["problems"])


# ---------------------------------------------------------------- 8: attachments

def test_8_an_attachment_swapped_by_a_twice_listed_object_fails(kit, tmp_path, capsys):
    o = layout_of(kit.certified)
    update = append_revision(kit.certified, [
        (o["twin"], embedded_file(FORGED_HTML)),
        (o["twin"], copy_of(kit.certified, o["twin"]))])
    forged = countersign_leniently(kit, update)
    assert attachment_as_qpdf_sees_it(forged, "minutes.html") == FORGED_HTML
    report = fails_everywhere(kit, tmp_path, capsys, forged)
    assert not any(a["covered"] for a in report["attachments"])
    assert_never_says_inside(kit, tmp_path, capsys, forged)


def test_8_an_attachment_swapped_by_a_duplicate_key_fails(kit, tmp_path, capsys):
    o = layout_of(kit.certified)
    stream = o["size"]
    spec = raw_object(kit.certified, o["spec"])
    update = append_revision(kit.certified, [
        (stream, embedded_file(FORGED_HTML)),
        (o["spec"], spec[:-2] + b" /EF << /F %d 0 R /UF %d 0 R >> >>" % (stream, stream))])
    forged = countersign_leniently(kit, update)
    if POPPLER:
        assert attachment_as_poppler_sees_it(forged, tmp_path, "minutes.html") == FORGED_HTML
    report = fails_everywhere(kit, tmp_path, capsys, forged)
    assert not any(a["covered"] for a in report["attachments"])
    assert_never_says_inside(kit, tmp_path, capsys, forged)


def test_an_attachment_that_differs_under_f_and_uf_fails(kit, tmp_path, capsys):
    """Invented, by the certifier: the twin's /EF holds the real file under /F (what pyHanko
    and poppler read) and another under /UF (what qpdf and pypdf read); the structure is
    clean, only the second reader sees it."""
    o = layout_of(kit.unsigned)
    stream = o["size"]
    spec = raw_object(kit.unsigned, o["spec"])
    ef = re.search(rb"/EF\s*<<[^>]*>>", spec).group(0)
    f = re.search(rb"/F\s+(\d+ \d+ R)", ef).group(1)
    prepared = append_revision(kit.unsigned, [
        (stream, embedded_file(FORGED_HTML)),
        (o["spec"], spec.replace(ef, b"/EF << /F %s /UF %d 0 R >>" % (f, stream)))])
    certified = sign(prepared, "Jo Fischer", kit.ids["Jo Fischer"], PW, certify=True)
    forged = sign(certified, "Amara Okafor", kit.ids["Amara Okafor"], PW, certify=False)
    assert attachment_as_qpdf_sees_it(forged, "minutes.html") == FORGED_HTML
    assert structure.examine(forged).problems == ()
    report = fails_everywhere(kit, tmp_path, capsys, forged)
    assert ("a second PDF reader (qpdf) reads revision 5 differently: the attached files"
            in report["problems"])
    assert_never_says_inside(kit, tmp_path, capsys, forged)


def assert_never_says_inside(kit: Kit, tmp_path: Path, capsys, data: bytes) -> None:
    pdf = tmp_path / "forged.pdf"
    pdf.write_bytes(data)
    capsys.readouterr()
    assert main(["verify", str(pdf), "--trust", str(kit.certs["Jo Fischer"])]) == 1
    out = capsys.readouterr().out
    assert "inside the signed part" not in out and "NOT covered by any signature." in out


# ---------------------------------------------------------------- 10: bytes after the end

def test_10_bytes_appended_ending_in_an_old_startxref_fail(kit, tmp_path, capsys):
    o = layout_of(kit.both)
    forged = append_revision(kit.both, [
        (o["content"], stream_body(kit.both, o["other content"]))],
        startxref=last_startxref(kit.both))
    report = fails_everywhere(kit, tmp_path, capsys, forged)
    assert any(p.endswith("bytes follow the end of the last revision: no signature covers "
                          "them") for p in report["problems"])


def test_sign_refuses_to_countersign_an_ambiguous_file(kit, tmp_path, capsys):
    o = layout_of(kit.certified)
    pdf = tmp_path / "prepared.pdf"
    pdf.write_bytes(append_revision(kit.certified, [
        (o["content"], stream_body(kit.certified, o["other content"])),
        (o["content"], copy_of(kit.certified, o["content"]))]))
    before = pdf.read_bytes()
    capsys.readouterr()
    assert main(["sign", str(pdf), "--field", "Amara Okafor", "--id",
                 str(kit.ids["Amara Okafor"]), "--passphrase-file", str(kit.folder / "pw")]) == 1
    assert "defined twice" in capsys.readouterr().err
    assert pdf.read_bytes() == before


# ---------------------------------------------------------------- 11: limits

def with_revisions(data: bytes, n: int) -> bytes:
    """``data`` with ``n`` more revisions, each adding one small unused object."""
    root, info, size, ids = trailer_of(data)
    out, prev = bytearray(data), last_startxref(data)
    for i in range(n):
        num, off = size + i, len(out)
        out += b"%d 0 obj\n<< /N %d >>\nendobj\n" % (num, i)
        at = len(out)
        out += (b"xref\n0 1\n0000000000 65535 f \n%d 1\n%010d 00000 n \ntrailer\n<< /Size %d "
                b"/Root %s /Info %s /ID %s /Prev %d >>\nstartxref\n%d\n%%%%EOF\n"
                % (num, off, num + 1, root, info, ids, prev, at))
        prev = at
    return bytes(out)


def test_more_revisions_than_the_limit_are_refused_with_exit_2(kit, tmp_path, capsys):
    limit = structure.LIMITS.revisions
    code, _report, err = verdict(kit, tmp_path, capsys, with_revisions(kit.both, 3000))
    assert code == 2
    assert f"has more than {limit} revisions, more than verify reads" in err
    # at the limit it is read (and fails for what the revisions did, not for their number)
    code, report, _err = verdict(kit, tmp_path, capsys, with_revisions(kit.both, limit - 4))
    assert code == 1 and report["revisions"] == limit


@pytest.mark.parametrize(("limit", "line"), [
    ({"objects": 50}, "has more than 50 objects, more than verify reads"),
    ({"compared": 50}, "asks more than 50 objects of the second reader"),
    ({"file_bytes": 65536}, "is larger than 0.0625 MB, more than verify reads"),
    ({"later_revisions": 0}, "so many signatures and revisions that more than 0 revisions "
                             "would be compared after them"),
])
def test_each_limit_is_refused_with_exit_2(kit, tmp_path, capsys, monkeypatch, limit, line):
    monkeypatch.setattr(structure, "LIMITS", structure.Limits(**limit))
    code, _report, err = verdict(kit, tmp_path, capsys, kit.both)
    assert code == 2 and line in err


def test_compressed_structure_beyond_the_limit_is_refused(kit, tmp_path, capsys, monkeypatch):
    import pikepdf

    with pikepdf.open(io.BytesIO(kit.both)) as pdf:
        out = io.BytesIO()
        pdf.save(out, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    monkeypatch.setattr(structure, "LIMITS", structure.Limits(decoded_bytes=1024))
    with pytest.raises(structure.TooMuch) as caught:
        structure.examine(out.getvalue())
    assert caught.value.kind == "decoded"


def test_without_the_second_reader_verify_exits_2(kit, tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "pikepdf", None)  # import pikepdf raises ImportError
    code, _report, err = verdict(kit, tmp_path, capsys, kit.both)
    assert code == 2 and "verify needs pikepdf (the qpdf library)" in err
