"""Minutes everyone can read (issue 20): the full PDF's language, title, text order and
type size, and the accessible HTML twin that travels inside the signed file, read back
from the PDF the way a reader's tools would get at it."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest
from pypdf import PdfReader

from coprodesk.minutes.attachments import EASY_READ_NAME
from coprodesk.minutes.html_twin import TWIN_NAME

from ..cli_run import demo_with_facilitator, run, signed_minutes

pdfsig = shutil.which("pdfsig")


@pytest.fixture
def certified(tmp_path, capsys):
    """The demo meeting's minutes, certified by the facilitator; its report as JSON."""
    db = demo_with_facilitator(tmp_path, capsys)
    code, out, err = run(capsys, "--db", db, "report", "Spring workshop", "--json")
    assert code == 0, err
    report = json.loads(out)
    return db, signed_minutes(capsys, tmp_path, db), report


def attached_html(pdf_bytes: bytes) -> str:
    attachments = PdfReader(io.BytesIO(pdf_bytes)).attachments
    assert sorted(attachments) == [EASY_READ_NAME, TWIN_NAME]
    (data,) = attachments[TWIN_NAME]
    return data.decode("utf-8")


# --------------------------------------------------------------------------- the full PDF

def test_the_certified_pdf_has_its_language_and_shows_its_title(certified):
    _db, pdf, _report = certified
    root = PdfReader(pdf).trailer["/Root"]
    assert root["/Lang"] == "en"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"] is True or \
        str(root["/ViewerPreferences"]["/DisplayDocTitle"]).lower() == "true"


def test_no_text_in_the_certified_pdf_is_under_9_points_stamp_included(certified, pdf_words):
    _db, pdf, _report = certified
    words = pdf_words(pdf.read_bytes())
    assert any(w[5] == "Digitally" for w in words), "the certifier's stamp is on the page"
    small = [(w[5], round(w[4] - w[2], 1)) for w in words if w[4] - w[2] < 8.95]
    assert small == []


def test_each_group_heading_comes_before_its_table_in_text_order(certified, pdf_text):
    _db, pdf, _report = certified
    lines = [line.strip() for line in pdf_text(pdf.read_bytes()).splitlines() if line.strip()]
    where = {line: i for i, line in reversed(list(enumerate(lines)))}
    order = [where["LE · Lived experience"], where["Amara Okafor"],
             where["CF · Carer / family"], where["Margaret Chen"],
             where["PR · Practitioner"], where["Dr Ruth Adeyemi"],
             where["CM · Commissioner / manager"], where["Helen Ward"]]
    assert order == sorted(order)


def test_each_persons_percentages_follow_their_name_in_text_order(certified, pdf_text):
    _db, pdf, report = certified
    lines = [line.strip() for line in pdf_text(pdf.read_bytes()).splitlines() if line.strip()]
    start = lines.index("By person")
    public = {"Sione Tupou": "Sam"}  # the demo's one person who asked not to be named
    for p in (p for p in report["participants"] if p["counted"]):
        name = public.get(p["name"], p["name"])
        at = lines.index(name, start)
        figures = f"{p['share'] * 100:.1f} % (fair {p['fair_share'] * 100:.1f} %)"
        assert lines[at + 1].startswith(figures), (name, lines[at + 1])


def test_the_balance_is_given_in_words_not_as_an_index(certified, pdf_text):
    _db, pdf, report = certified
    text = " ".join(pdf_text(pdf.read_bytes()).split())
    assert "Balance index" not in text and "0.59" not in text
    assert f"How evenly it was shared: {report['balance_in_words']}." in text


# --------------------------------------------------------------------------- the twin

class _Outline(HTMLParser):
    """What a screen reader navigates by: language, headings, tables, images."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lang = ""
        self.headings: list[int] = []
        self.tables: list[dict] = []
        self.images: list[dict] = []
        self.cells: list[str] = []
        self._cell: list[str] | None = None
        self._in_caption = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang", "")
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if tag == "table":
            self.tables.append({"caption": "", "th": 0, "rows": []})
        if tag == "caption":
            self._in_caption = True
        if tag == "tr" and self.tables:
            self.tables[-1]["rows"].append([])
        if tag in ("th", "td"):
            self._cell = []
            if tag == "th":
                self.tables[-1]["th"] += 1
        if tag in ("img", "svg"):
            self.images.append(a | {"tag": tag})

    def handle_endtag(self, tag):
        if tag == "caption":
            self._in_caption = False
        if tag in ("th", "td") and self._cell is not None:
            self.tables[-1]["rows"][-1].append(" ".join("".join(self._cell).split()))
            self._cell = None

    def handle_data(self, data):
        if self._in_caption:
            self.tables[-1]["caption"] += data
        if self._cell is not None:
            self._cell.append(data)


def _outline(html: str) -> _Outline:
    parser = _Outline()
    parser.feed(html)
    parser.close()
    return parser


def _rows(outline: _Outline, caption_start: str) -> dict[str, list[str]]:
    (table,) = [t for t in outline.tables if t["caption"].startswith(caption_start)]
    return {row[0]: row[1:] for row in table["rows"][1:]}


def test_the_attached_twin_is_semantic_html_a_screen_reader_can_navigate(certified):
    _db, pdf, _report = certified
    html = attached_html(pdf.read_bytes())
    outline = _outline(html)
    assert outline.lang == "en"
    assert outline.headings[0] == 1 and outline.headings.count(1) == 1
    for before, after in zip(outline.headings, outline.headings[1:], strict=False):
        assert after <= before + 1, "a heading level is skipped"
    assert len(outline.tables) >= 8
    for table in outline.tables:
        assert table["caption"].strip(), "every table has a caption"
        columns = len(table["rows"][0])
        assert table["th"] >= columns + len(table["rows"]) - 1, "header row and row headers"
    assert outline.images, "the speaking-time charts are there"
    for image in outline.images:
        alternative = image.get("alt") if image["tag"] == "img" else image.get("aria-label")
        assert alternative and len(alternative) > 40, image
        if image["tag"] == "svg":
            assert image.get("role") == "img"
    assert "Sione Tupou" not in html and "Sam" in html  # the pseudonym, never the name


def test_the_twins_numbers_equal_report_json(certified):
    _db, pdf, report = certified
    outline = _outline(attached_html(pdf.read_bytes()))
    groups = _rows(outline, "Speaking time by stakeholder group")
    for g in report["groups"]:
        assert groups[g["name"]][2:] == [f"{g['share'] * 100:.1f} %",
                                         f"{g['fair_share'] * 100:.1f} %"]
        assert groups[g["name"]][0] == str(g["members"])
    people = _rows(outline, "Speaking time by person")
    public = {"Sione Tupou": "Sam"}
    for p in (p for p in report["participants"] if p["counted"]):
        row = people[public.get(p["name"], p["name"])]
        assert row[2:] == [str(p["turns"]), f"{p['share'] * 100:.1f} %",
                           f"{p['fair_share'] * 100:.1f} %"]
    agenda = _rows(outline, "The agenda")
    for item in report["items"]:
        assert agenda[str(item["position"])][0] == item["title"]
    # the last round of each decision: per option, adding up to the report's weights
    weights = {"majority": {"Yes": "supports", "Abstain": "neutral", "No": "opposes"},
               "consensus": {"Support": "supports", "Stand aside": "neutral", "Block": "blocks"}}
    tallies = [t for t in outline.tables if t["caption"].startswith("Round ")]
    assert len(tallies) == len(report["decisions"])
    for table, d in zip(tallies, report["decisions"], strict=True):
        heads = table["rows"][0]
        for g, row in zip(d["groups"], table["rows"][1:], strict=True):
            assert row[0] == g["name"]
            by_weight = dict.fromkeys(("supports", "neutral", "opposes", "blocks"), 0)
            for head, count in zip(heads[1:-2], row[1:-2], strict=True):
                by_weight[weights[d["method"]][head]] += int(count)
            assert by_weight == {k: g[k] for k in by_weight}
            assert row[-2] == str(g["not_given"])
            assert row[-1].startswith("yes" if g["endorses"] else "no")


def test_the_certification_covers_the_attached_twin(certified, capsys, attachment_span):
    from pyhanko.pdf_utils.reader import PdfFileReader

    _db, pdf, _report = certified
    data = pdf.read_bytes()
    start, end = attachment_span(data)
    (sig,) = PdfFileReader(io.BytesIO(data)).embedded_signatures
    a, b, c, d = sig.sig_object["/ByteRange"]
    assert a <= start and end <= a + b, "the twin lies in the signed bytes, before the signature"
    assert c + d == len(data)
    assert run(capsys, "verify", str(pdf))[0] == 0


def test_changing_one_byte_of_the_attached_twin_makes_verify_fail(certified, capsys, tmp_path,
                                                                 attachment_span):
    _db, pdf, _report = certified
    data = bytearray(pdf.read_bytes())
    start, end = attachment_span(bytes(data))
    data[(start + end) // 2] ^= 0x01
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(bytes(data))
    code, out, err = run(capsys, "verify", str(forged))
    assert code == 1, out + err
    assert "Traceback" not in out + err
    if pdfsig:
        said = subprocess.run([pdfsig, str(forged)], capture_output=True, text=True).stdout
        assert "Signature is Valid" not in said


def test_export_html_writes_the_twin_alone(certified, tmp_path, capsys):
    db, _pdf, _report = certified
    plain_pdf = tmp_path / "plain.pdf"
    html_file = tmp_path / "minutes.html"
    assert run(capsys, "--db", db, "export", "Spring workshop", "-o", str(plain_pdf))[0] == 0
    code, out, _err = run(capsys, "--db", db, "export", "Spring workshop", "--format", "html",
                          "-o", str(html_file))
    assert code == 0 and str(html_file) in out
    assert html_file.read_text(encoding="utf-8") == attached_html(plain_pdf.read_bytes())
    code, _out, err = run(capsys, "--db", db, "export", "Spring workshop", "--format", "html",
                          "-o", str(tmp_path / "x.html"), "--sign", "jo.p12")
    assert code != 0 and "PDF" in err and "Traceback" not in err
    assert not (tmp_path / "x.html").exists()
