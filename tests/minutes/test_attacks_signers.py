"""Attacks on who signed, when, and what verify prints (issue 26, items 6, 7, 9 and 11).

Each forged file is built here from honestly certified minutes, with pyHanko, pypdf or
raw bytes, as the certifier, a countersigner or an outsider with the file would; then
``coprodesk verify`` (default and ``--strict``) must not say "verified". Jo Fischer and
Amara Okafor are on the reader's trust list (test_attacks' fixture); nobody else is.
Where poppler's ``pdfsig`` judges a signature's value, verify is never less strict.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from coprodesk.cli import main
from coprodesk.minutes.signing import sign, stamp_signing_time
from coprodesk.minutes.verify import verify_pdf

from . import test_attacks as base
from .test_attacks import PW, assert_pdfsig_agrees, by_field, check, make_identity

kit = base.kit  # the honestly exported, certified and countersigned minutes
_jo_and_amara_trusted = base._jo_and_amara_trusted  # on the reader's trust list

PDFSIG = shutil.which("pdfsig")
pytestmark = pytest.mark.slow  # each builds forgeries and verifies them twice, with pdfsig


def both_ways(tmp_path, capsys, data: bytes, *extra: str) -> tuple[int, dict, int]:
    """Exit code and report of default verify, and the exit code with --strict."""
    code, report, _ = check(tmp_path, capsys, data, *extra)
    strict, _r, _e = check(tmp_path, capsys, data, "--strict", *extra)
    if report is not None:
        assert_pdfsig_agrees(data, report, tmp_path)
    return code, report, strict


def _write(w) -> bytes:
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def decision_spot(data: bytes, needle: str = "Outcome: agreed") -> tuple[int, tuple]:
    """The page (0-based) and a rectangle over the first line that says ``needle``."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    for n, page in enumerate(reader.pages):
        found = []

        def visit(text, cm, tm, _font, _size, found=found) -> None:
            if needle in text and not found:
                found.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]))

        page.extract_text(visitor_text=visit)
        if found:
            x, y = found[0]
            return n, (round(x) - 2, round(y) - 4, round(x) + 260, round(y) + 14)
    raise AssertionError(needle)


def add_sig_field(data: bytes, name: str, page: int = -1, box=None) -> bytes:
    """One more signature field in an incremental update (``box`` None: invisible)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields

    w = IncrementalPdfFileWriter(io.BytesIO(data))
    if page < 0:
        page = int(w.root["/Pages"]["/Count"]) - 1
    fields.append_signature_field(w, fields.SigFieldSpec(name, on_page=page, box=box))
    return _write(w)


def sign_as(data: bytes, field: str, p12: Path, *, when: datetime | None = None,
            certify: bool = False, stamp: str = "Digitally signed by %(signer)s.") -> bytes:
    """Fill ``field`` with pyHanko directly: any identity, any time inside the CMS, any
    text in the box (the app's own ``sign`` refuses some of this)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import TextStampStyle

    signer = signers.SimpleSigner.load_pkcs12(str(p12), passphrase=PW)
    stamp_signing_time(signer, when or datetime.now(UTC))
    meta = signers.PdfSignatureMetadata(field_name=field, certify=certify,
                                        subfilter=fields.SigSeedSubFilter.PADES,
                                        docmdp_permissions=fields.MDPPerm.FILL_FORMS)
    w = IncrementalPdfFileWriter(io.BytesIO(data))
    return signers.PdfSigner(meta, signer, stamp_style=TextStampStyle(
        stamp_text=stamp)).sign_pdf(w).getvalue()


def certify_and_countersign(kit, data: bytes) -> bytes:
    data = sign(data, "Jo Fischer", kit.ids["Jo Fischer"], PW, certify=True)
    return sign(data, "Amara Okafor", kit.ids["Amara Okafor"], PW, certify=False)


# ---------------------------------------------------------------- the honest path

def test_honest_certify_and_countersign_verifies_and_says_when_from_inside(kit, tmp_path,
                                                                           capsys):
    code, report, strict = both_ways(tmp_path, capsys, kit.both)
    assert (code, strict) == (0, 0) and report["problems"] == [] and report["notes"] == []
    for s in report["signatures"]:  # the time inside the signature, within a minute of now
        at = datetime.fromisoformat(s["signed_at"])
        assert abs(at - datetime.now(UTC)) < timedelta(minutes=5)
    if PDFSIG:
        from .test_attacks import pdfsig_verdicts

        assert set(pdfsig_verdicts(kit.both, tmp_path).values()) == {True}


# ---------------------------------------------------------------- 6: shadow attacks

def test_a_second_box_for_the_certifier_over_a_decision_filled_after_countersigning(
        kit, tmp_path, capsys):
    """--signers "Jo Fischer,Amara Okafor,JO FISCHER": a box that differs only in case,
    laid over a decision, filled by Jo after Amara countersigned with "NOT AGREED"."""
    page, rect = decision_spot(kit.unsigned)
    data = add_sig_field(kit.unsigned, "JO FISCHER", page, rect)
    data = certify_and_countersign(kit, data)
    data = sign_as(data, "JO FISCHER", kit.ids["Jo Fischer"], stamp="Outcome: NOT AGREED")
    code, report, strict = both_ways(tmp_path, capsys, data)
    assert (code, strict) == (1, 1)
    problems = report["problems"]
    assert "the boxes Jo Fischer and JO FISCHER are for the same person: each person has one box" in problems
    assert (f"the box JO FISCHER is on page {page + 1}, not on the sign-off pages at the end of "
            "the minutes") in problems


@pytest.mark.parametrize("twin", ["JO FISCHER", "Jo  Fischer", "Ｊｏ Ｆｉｓｃｈｅｒ",
                                  "Jo.Fischer"])
def test_two_boxes_for_one_person_fail_even_before_anything_is_filled(kit, tmp_path, capsys,
                                                                      twin):
    """Case, spacing, full-width look-alikes (NFKC) and a dot all name the same person."""
    data = add_sig_field(kit.unsigned, twin, box=(61, 100, 535, 170))
    data = certify_and_countersign(kit, data)
    code, report, strict = both_ways(tmp_path, capsys, data)
    assert (code, strict) == (1, 1)
    assert any(p.startswith("the boxes Jo Fischer and ") and "same person" in p
               for p in report["problems"]), report["problems"]


def add_hidden_text_field(data: bytes, page: int, rect) -> bytes:
    """An empty text field with no appearance, laid over ``rect`` of ``page``."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    w = IncrementalPdfFileWriter(io.BytesIO(data))
    page_ref = w.root["/Pages"]["/Kids"][page]
    while "/Kids" in page_ref.get_object():
        page_ref = page_ref.get_object()["/Kids"][0]
    widget = w.add_object(generic.DictionaryObject({
        generic.NameObject("/Type"): generic.NameObject("/Annot"),
        generic.NameObject("/Subtype"): generic.NameObject("/Widget"),
        generic.NameObject("/FT"): generic.NameObject("/Tx"),
        generic.NameObject("/T"): generic.TextStringObject("Note"),
        generic.NameObject("/F"): generic.NumberObject(4),
        generic.NameObject("/Rect"): generic.ArrayObject(generic.FloatObject(v) for v in rect),
        generic.NameObject("/P"): page_ref,
    }))
    page_obj = page_ref.get_object()
    annots = page_obj.get("/Annots")
    page_obj[generic.NameObject("/Annots")] = generic.ArrayObject(
        [*(annots.get_object() if annots is not None else []), widget])
    w.update_container(page_obj)
    form = w.root["/AcroForm"]
    form["/Fields"].append(widget)
    w.update_container(form)
    return _write(w)


def fill_text_field(data: bytes, text: str) -> bytes:
    """Fill the field "Note": a white patch and new words painted over the decision."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    w = IncrementalPdfFileWriter(io.BytesIO(data))
    for ref in w.root["/AcroForm"]["/Fields"]:
        field = ref.get_object()
        if str(field.get("/T")) == "Note":
            r = [float(v) for v in field["/Rect"]]
            wd, ht = r[2] - r[0], r[3] - r[1]
            ap = w.add_object(generic.StreamObject({
                generic.NameObject("/Type"): generic.NameObject("/XObject"),
                generic.NameObject("/Subtype"): generic.NameObject("/Form"),
                generic.NameObject("/BBox"): generic.ArrayObject(
                    generic.FloatObject(v) for v in (0, 0, wd, ht)),
                generic.NameObject("/Resources"): generic.DictionaryObject({
                    generic.NameObject("/Font"): generic.DictionaryObject({
                        generic.NameObject("/F1"): generic.DictionaryObject({
                            generic.NameObject("/Type"): generic.NameObject("/Font"),
                            generic.NameObject("/Subtype"): generic.NameObject("/Type1"),
                            generic.NameObject("/BaseFont"): generic.NameObject("/Helvetica"),
                        })})}),
            }, stream_data=(f"1 g 0 0 {wd} {ht} re f 0 g BT /F1 11 Tf 2 4 Td ({text}) Tj ET"
                            ).encode()))
            field[generic.NameObject("/V")] = generic.TextStringObject(text)
            field[generic.NameObject("/AP")] = generic.DictionaryObject(
                {generic.NameObject("/N"): ap})
            w.update_container(field)
    return _write(w)


def test_an_invisible_text_field_over_a_decision_filled_after_the_countersignature(
        kit, tmp_path, capsys):
    """Jo certifies minutes with an empty text field over a decision and a third box (Sam
    Lee's, honestly on the sign-off page); Amara countersigns; Jo fills the field with a
    white patch and "NOT agreed"; Sam Lee then signs, so nothing unsigned follows."""
    sam, sam_pem = make_identity(tmp_path, "Sam Lee")
    page, rect = decision_spot(kit.unsigned)
    data = add_hidden_text_field(kit.unsigned, page, rect)
    data = add_sig_field(data, "Sam Lee", box=(61, 100, 535, 170))
    data = certify_and_countersign(kit, data)
    code, report, strict = both_ways(tmp_path, capsys, data, "--trust", str(sam_pem))
    assert (code, strict) == (1, 1)  # such a field has no place in signed minutes
    forged = sign_as(fill_text_field(data, "Outcome: NOT agreed"), "Sam Lee", sam)
    code, report, strict = both_ways(tmp_path, capsys, forged, "--trust", str(sam_pem))
    assert (code, strict) == (1, 1)
    assert ("the minutes carry a form field Note that is not a signature box: filling it "
            "later could draw over the pages") in report["problems"]


def test_a_box_declared_over_a_decision_fails_even_for_a_person_on_the_minutes(
        kit, tmp_path, capsys):
    """A certifier's "Chief Executive" box, not on the sign-off page, over a decision."""
    page, rect = decision_spot(kit.unsigned, "Outcome statement")
    data = add_sig_field(kit.unsigned, "Chief Executive", page, rect)
    data = certify_and_countersign(kit, data)
    code, report, strict = both_ways(tmp_path, capsys, data)
    assert (code, strict) == (1, 1)
    assert any("Chief Executive is on page" in p for p in report["problems"])


def test_a_box_over_the_sign_off_text_fails(kit, tmp_path, capsys):
    """On the sign-off page, but over its own words (the intro or a name)."""
    page, rect = decision_spot(kit.unsigned, "By signing")
    data = add_sig_field(kit.unsigned, "Sam Lee", page, rect)
    data = certify_and_countersign(kit, data)
    code, report, strict = both_ways(tmp_path, capsys, data)
    assert (code, strict) == (1, 1)
    assert (f"the box Sam Lee lies over text on page {page + 1}: what is drawn in it could "
            "hide the minutes") in report["problems"]


# ---------------------------------------------------------------- 7: outsiders

def test_an_outsider_adds_an_invisible_box_and_signs_it(kit, tmp_path, capsys):
    """The self-made "later signature" that would hide an unsigned change after it."""
    p12, _pem = make_identity(tmp_path, "Sam Intruder")
    data = sign_as(add_sig_field(kit.both, "Auditor"), "Auditor", p12)
    code, report, strict = both_ways(tmp_path, capsys, data)
    assert (code, strict) == (1, 1)
    assert ("the signature of Sam Intruder is in the box Auditor, which was not on the "
            "minutes when they were certified") in report["problems"]
    # trusting the outsider changes nothing: the box was never on the minutes
    code, _r, _e = check(tmp_path, capsys, data, "--trust", str(_pem), "--allow-untrusted")
    assert code == 1


def test_an_extra_signer_never_on_the_minutes(kit, tmp_path, capsys):
    p12, pem = make_identity(tmp_path, "Chief Executive")
    data = add_sig_field(kit.both, "Chief Executive", box=(61, 100, 535, 170))
    data = sign_as(data, "Chief Executive", p12)
    code, report, strict = both_ways(tmp_path, capsys, data, "--trust", str(pem))
    assert (code, strict) == (1, 1)
    assert any("in the box Chief Executive, which was not on the minutes" in p
               for p in report["problems"])


def test_a_self_made_identity_in_someones_empty_box_is_not_on_the_trust_list(
        kit, tmp_path, capsys):
    """An outsider makes an identity called "Amara Okafor" and fills her empty box."""
    fake, _pem = make_identity(tmp_path, "Amara Okafor")
    data = sign_as(kit.certified, "Amara Okafor", fake)
    code, report, strict = both_ways(tmp_path, capsys, data)
    assert (code, strict) == (3, 1)
    assert report["untrusted"] == ["Amara Okafor"]
    assert "Amara Okafor is not on your trust list" in report["problems"] + [
        line for line in verify_pdf(tmp_path / "attacked.pdf").lines()]
    assert report["summary"] == ("Intact and valid, but check the signers: not on your "
                                 "trust list: Amara Okafor.")
    code, _r, _e = check(tmp_path, capsys, data, "--allow-untrusted")
    assert code == 0  # the reader's own choice, said out loud
    capsys.readouterr()
    main(["verify", str(tmp_path / "attacked.pdf"), "--allow-untrusted"])
    assert "Amara Okafor is not on your trust list (accepted with --allow-untrusted)" in (
        capsys.readouterr().out)


def test_an_outsider_signature_cannot_hide_a_change_after_the_last_signature(
        kit, tmp_path, capsys):
    from .test_attacks import edit_page_content

    p12, _pem = make_identity(tmp_path, "Sam Intruder")
    data = edit_page_content(kit.both)
    data = sign_as(add_sig_field(data, "Witness"), "Witness", p12)
    code, _report, strict = both_ways(tmp_path, capsys, data)
    assert (code, strict) == (1, 1)


def test_a_second_place_for_a_box_added_after_certification(kit, tmp_path, capsys):
    """Amara's box gets a second widget over a decision, then Amara's signature fills
    both places: the second one paints over the decision."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    page, rect = decision_spot(kit.certified)
    w = IncrementalPdfFileWriter(io.BytesIO(kit.certified))
    page_ref = w.root["/Pages"]["/Kids"][page]
    for ref in w.root["/AcroForm"]["/Fields"]:
        field = ref.get_object()
        if str(field.get("/T")) == "Amara Okafor":
            widget = w.add_object(generic.DictionaryObject({
                generic.NameObject("/Type"): generic.NameObject("/Annot"),
                generic.NameObject("/Subtype"): generic.NameObject("/Widget"),
                generic.NameObject("/Rect"): generic.ArrayObject(
                    generic.FloatObject(v) for v in rect),
                generic.NameObject("/F"): generic.NumberObject(4),
                generic.NameObject("/P"): page_ref,
                generic.NameObject("/Parent"): ref,
            }))
            field[generic.NameObject("/Kids")] = generic.ArrayObject([widget])
            w.update_container(field)
            page_obj = page_ref.get_object()
            annots = page_obj.get("/Annots")
            page_obj[generic.NameObject("/Annots")] = generic.ArrayObject(
                [*(annots.get_object() if annots is not None else []), widget])
            w.update_container(page_obj)
    data = _write(w)
    code, _report, strict = both_ways(tmp_path, capsys, data)
    assert (code, strict) == (1, 1)


def move_box(data: bytes, name: str, rect) -> bytes:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    w = IncrementalPdfFileWriter(io.BytesIO(data))
    for ref in w.root["/AcroForm"]["/Fields"]:
        field = ref.get_object()
        if str(field.get("/T")) == name:
            field[generic.NameObject("/Rect")] = generic.ArrayObject(
                generic.FloatObject(v) for v in rect)
            w.update_container(field)
    return _write(w)


def test_a_box_moved_over_the_minutes_after_certification(kit, tmp_path, capsys):
    _page, rect = decision_spot(kit.certified, "By signing")
    data = move_box(kit.certified, "Amara Okafor", rect)
    data = sign(data, "Amara Okafor", kit.ids["Amara Okafor"], PW, certify=False)
    code, report, strict = both_ways(tmp_path, capsys, data)
    assert (code, strict) == (1, 1)
    assert ("the box Amara Okafor was moved, resized or shown after the minutes were "
            "certified") in report["problems"]


@pytest.fixture(scope="module")
def easy_read(kit) -> bytes:
    """Easy-read minutes certified by Jo, with an invisible box for Amara."""
    db = str(kit.folder / "easy.db")
    assert main(["--db", db, "demo"]) == 0
    out = kit.folder / "easy-read.pdf"
    assert main(["--db", db, "export", "Spring workshop", "--easy-read", "-o", str(out),
                 "--sign", str(kit.ids["Jo Fischer"]), "--passphrase-file",
                 str(kit.folder / "pw"), "--signers", "Amara Okafor"]) == 0
    return out.read_bytes()


def test_an_invisible_box_stays_invisible(kit, easy_read, tmp_path, capsys):
    honest = sign(easy_read, "Amara Okafor", kit.ids["Amara Okafor"], PW, certify=False)
    code, _report, strict = both_ways(tmp_path, capsys, honest)
    assert (code, strict) == (0, 0)
    # filled with something to see: the box is given a place on the page first
    data = move_box(easy_read, "Amara Okafor", (60, 300, 500, 380))
    data = sign_as(data, "Amara Okafor", kit.ids["Amara Okafor"], stamp="NOT AGREED")
    code, report, strict = both_ways(tmp_path, capsys, data)
    assert (code, strict) == (1, 1)
    assert any("Amara Okafor" in p and ("moved" in p or "invisible" in p)
               for p in report["problems"])


def paint_invisible_box(data: bytes, name: str) -> bytes:
    """Give a filled invisible box a normal appearance that draws, keeping its zero Rect."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    w = IncrementalPdfFileWriter(io.BytesIO(data))
    for ref in w.root["/AcroForm"]["/Fields"]:
        field = ref.get_object()
        if str(field.get("/T")) == name:
            ap = w.add_object(generic.StreamObject({
                generic.NameObject("/Type"): generic.NameObject("/XObject"),
                generic.NameObject("/Subtype"): generic.NameObject("/Form"),
                generic.NameObject("/BBox"): generic.ArrayObject(
                    generic.FloatObject(v) for v in (0, 0, 400, 80)),
            }, stream_data=b"1 0 0 rg 0 0 400 80 re f"))
            field[generic.NameObject("/AP")] = generic.DictionaryObject(
                {generic.NameObject("/N"): ap})
            w.update_container(field)
    return _write(w)


def test_an_invisible_box_filled_with_an_appearance_that_draws(kit, easy_read, tmp_path,
                                                               capsys):
    data = paint_invisible_box(easy_read, "Amara Okafor")
    data = sign(data, "Amara Okafor", kit.ids["Amara Okafor"], PW, certify=False)
    code, _report, strict = both_ways(tmp_path, capsys, data)
    assert (code, strict) == (1, 1)


# ---------------------------------------------------------------- 9: time

def test_a_signing_time_in_the_future(kit, tmp_path, capsys):
    data = sign_as(kit.certified, "Amara Okafor", kit.ids["Amara Okafor"],
                   when=datetime.now(UTC) + timedelta(hours=3))
    code, report, strict = both_ways(tmp_path, capsys, data)
    assert (code, strict) == (1, 1)
    assert any(p.startswith("the signature of Amara Okafor says it was made at ")
               and p.endswith("which is in the future") for p in report["problems"])


def test_a_clock_a_few_minutes_ahead_is_a_note(kit, tmp_path, capsys):
    data = sign_as(kit.certified, "Amara Okafor", kit.ids["Amara Okafor"],
                   when=datetime.now(UTC) + timedelta(minutes=8))
    code, report, strict = both_ways(tmp_path, capsys, data)
    assert (code, strict) == (0, 0) and report["problems"] == []
    assert any("a few minutes ahead of this computer's clock" in n for n in report["notes"])


@pytest.mark.parametrize(("minutes", "want"), [(-120, 1), (-8, 0)])
def test_a_countersignature_before_the_certification(kit, tmp_path, capsys, minutes, want):
    jo = by_field(check(tmp_path, capsys, kit.certified)[1])["Jo Fischer"]
    certified_at = datetime.fromisoformat(jo["signed_at"])
    data = sign_as(kit.certified, "Amara Okafor", kit.ids["Amara Okafor"],
                   when=certified_at + timedelta(minutes=minutes))
    code, report, strict = both_ways(tmp_path, capsys, data)
    assert (code, strict) == (want, want)
    if want:
        assert any("before Jo Fischer signed" in p for p in report["problems"])
    else:
        assert any("a few minutes before Jo Fischer signed" in n for n in report["notes"])


def test_backdating_into_an_expired_certificates_validity(kit, tmp_path, capsys):
    p12, pem = make_identity(tmp_path, "Amara Okafor", days_from=-700, days_to=-300)
    honest = sign_as(kit.certified, "Amara Okafor", p12)
    code, report, _strict = both_ways(tmp_path, capsys, honest, "--trust", str(pem))
    assert code == 3  # expired when it signed: check the signers
    backdated = sign_as(kit.certified, "Amara Okafor", p12,
                        when=datetime.now(UTC) - timedelta(days=400))
    code, report, strict = both_ways(tmp_path, capsys, backdated, "--trust", str(pem))
    assert (code, strict) == (1, 1)
    assert any("before Jo Fischer signed" in p for p in report["problems"])


def test_a_certification_backdated_before_the_minutes_were_made(kit, tmp_path, capsys):
    data = sign_as(kit.unsigned, "Jo Fischer", kit.ids["Jo Fischer"], certify=True,
                   when=datetime.now(UTC) - timedelta(hours=12))  # the certificate was valid
    code, report, strict = both_ways(tmp_path, capsys, data)
    assert (code, strict) == (1, 1)
    assert any("before the minutes were made" in p for p in report["problems"])


def rewrite_m_in_gap(data: bytes, box_index: int, when: str) -> bytes:
    """Rewrite a signature's /M without touching a signed byte: its /Contents re-encoded
    as a literal string (half the length of the hex one, which pyHanko's coverage check
    assumes), and ``/M (D:…)`` in the room that frees, all inside the unsigned gap. A
    duplicate /M: pyHanko reads the first."""
    ranges = [tuple(map(int, m.groups())) for m in re.finditer(
        rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", data)]
    _a, b, c, _d = ranges[box_index]
    der = bytes.fromhex(data[b + 1:c - 1].decode())
    literal = der
    for ch, esc in ((b"\\", b"\\\\"), (b"(", b"\\("), (b")", b"\\)"), (b"\r", b"\\r"),
                    (b"\n", b"\\n")):
        literal = literal.replace(ch, esc)
    new = b"(" + literal + b")" + f"/M (D:{when}Z)".encode()
    assert len(new) <= c - b
    new += b" " * (c - b - len(new))
    return data[:b] + new + data[c:]


def test_rewriting_m_changes_nothing(kit, tmp_path, capsys):
    """/M lies outside the signed bytes: 0 → 3 (a date outside the certificate's validity)
    is what pyHanko's /M fallback gave; the time shown is the one inside the signature."""
    code0, honest, _s = both_ways(tmp_path, capsys, kit.both)
    forged = rewrite_m_in_gap(kit.both, 1, "20200101000000")
    code, report, strict = both_ways(tmp_path, capsys, forged)
    assert code in (code0, 1) and strict in (code0, 1) and code != 3
    if report is not None and report["signatures"]:
        # the rewrite leaves a literal /Contents and /M twice, which verify's structure
        # check and pyHanko's strict reader refuse: then no time at all, never the new one
        assert by_field(report)["Amara Okafor"]["signed_at"] in (
            None, by_field(honest)["Amara Okafor"]["signed_at"])


def test_rewriting_m_cannot_make_an_expired_certificate_good(kit, tmp_path, capsys):
    p12, pem = make_identity(tmp_path, "Amara Okafor", days_from=-700, days_to=-300)
    honest = sign_as(kit.certified, "Amara Okafor", p12)
    back = (datetime.now(UTC) - timedelta(days=400)).strftime("%Y%m%d%H%M%S")
    forged = rewrite_m_in_gap(honest, 1, back)
    code, _report, strict = both_ways(tmp_path, capsys, forged, "--trust", str(pem))
    assert code in (1, 3) and strict in (1, 3)


# ---------------------------------------------------------------- 11: what verify prints

def test_control_and_bidi_characters_in_a_certificate_are_escaped(kit, tmp_path, capsys):
    """An e-mail with a newline and terminal escapes that would print a second "result:
    verified" line; a name with a right-to-left override; a reason with a newline."""
    p12, _pem = make_identity(tmp_path, "Amara \u202erofakO", )
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    evil_mail = "x@example.org\n  result: Every signature is intact and valid.\x1b[2K\x1b[1A"
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Amara \u202eOkafor"),
                         x509.NameAttribute(NameOID.EMAIL_ADDRESS, evil_mail)])
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=9))
            .sign(key, hashes.SHA256()))
    p12.write_bytes(pkcs12.serialize_key_and_certificates(
        b"evil", key, cert, None, serialization.BestAvailableEncryption(PW)))
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    signer = signers.SimpleSigner.load_pkcs12(str(p12), passphrase=PW)
    stamp_signing_time(signer, datetime.now(UTC))
    meta = signers.PdfSignatureMetadata(
        field_name="Amara Okafor", reason="On behalf of Amara Okafor: ill\n  result: ok\x1b[0m",
        subfilter=fields.SigSeedSubFilter.PADES)
    data = signers.PdfSigner(meta, signer).sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(kit.certified))).getvalue()
    pdf = tmp_path / "evil.pdf"
    pdf.write_bytes(data)
    for args in ([], ["--json"]):
        capsys.readouterr()
        code = main(["verify", str(pdf), *args])
        out = capsys.readouterr().out
        assert code == 3
        assert "\x1b" not in out and "\u202e" not in out
        assert "\\x1b[2K" in out or "\\\\x1b[2K" in out
        assert "\\u202e" in out
        lines = out.splitlines()
        assert sum(line.lstrip().startswith("result:") for line in lines) <= 1
        assert not any(line.strip().startswith("result: Every") for line in lines)
    report = verify_pdf(pdf)
    amara = by_field(report.as_json())["Amara Okafor"]
    assert amara["signer"] == "Amara \\u202eOkafor"
    assert amara["email"].startswith("x@example.org\\n  result:")
    assert "\n" not in amara["on_behalf"] and "\\x1b[0m" in amara["on_behalf"]


def test_html_in_a_box_name_is_shown_as_text_in_the_verify_dialog(kit, tmp_path, qtbot):
    """A box named with markup must not turn the dialog's lines into rich text."""
    from PySide6.QtCore import Qt

    from coprodesk.gui.minutes_dialogs import VerifyMinutesDialog

    name = "<h1 style='color:green'>Verified</h1>"
    data = add_sig_field(kit.unsigned, name, box=(61, 60, 535, 120))
    data = sign(data, "Jo Fischer", kit.ids["Jo Fischer"], PW, certify=True)
    pdf = tmp_path / "markup.pdf"
    pdf.write_bytes(data)
    dialog = VerifyMinutesDialog(pdf)
    qtbot.addWidget(dialog)
    for label in (dialog.ui.detailsLabel, dialog.ui.verdictLabel, dialog.ui.fileLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert name in dialog.ui.detailsLabel.text()


# ---------------------------------------------------------------- the trust folder

@pytest.mark.skipif(os.name != "posix", reason="file modes and owners are POSIX")
@pytest.mark.parametrize("how", ["symlink", "others-write", "group-write", "other-owner"])
def test_the_trust_folder_refuses_files_others_could_have_put_there(kit, tmp_path, capsys,
                                                                    how):
    from coprodesk.minutes.trust import trust_dir

    folder = trust_dir()
    fake, pem = make_identity(tmp_path, "Amara Okafor")
    planted = folder / "planted.pem"
    if how == "symlink":
        planted.symlink_to(pem)
    else:
        shutil.copy(pem, planted)
        if how == "others-write":
            planted.chmod(0o646)
        elif how == "group-write":
            planted.chmod(0o664)
        else:
            if os.getuid() != 0:
                pytest.skip("changing a file's owner needs root")
            os.chown(planted, 65534, 65534)
    data = sign_as(kit.certified, "Amara Okafor", fake)
    pdf = tmp_path / "planted.pdf"
    pdf.write_bytes(data)
    for args in (["verify", str(pdf)], ["keys", "trusted"]):
        capsys.readouterr()
        assert main(args) == 2
        out, err = capsys.readouterr()
        assert out == "" and len(err.strip().splitlines()) == 1
        assert str(planted) in err and "Traceback" not in err
    planted.unlink()
    assert main(["verify", str(pdf)]) == 3  # the fake Amara is no longer "trusted"


def test_an_attached_files_name_cannot_write_on_the_terminal(kit, tmp_path, capsys):
    """An attachment added later is reported (exit 1), its name escaped: a newline and a
    cursor-up escape would otherwise print a line of their own over verify's."""
    from pypdf import PdfWriter

    writer = PdfWriter(io.BytesIO(kit.both), incremental=True)
    writer.add_attachment("notes\n  result: verified\x1b[1A.txt", b"forged")
    out = io.BytesIO()
    writer.write(out)
    pdf = tmp_path / "attached.pdf"
    pdf.write_bytes(out.getvalue())
    for args in ([], ["--json"]):
        capsys.readouterr()
        assert main(["verify", str(pdf), *args]) == 1
        said = capsys.readouterr().out
        assert "\x1b" not in said
        assert not any(line.strip() == "result: verified" for line in said.splitlines())
        shown_name = "notes\\n  result: verified\\x1b[1A.txt"
        if args:
            assert shown_name in [a["name"] for a in json.loads(said)["attachments"]]
        else:
            assert shown_name in said
