"""The minutes speak the app's language (issue 20): their sentences are in the app's
translation template, and a translator's catalogue changes what the PDF, its HTML twin
and the easy-read version say, and the language they declare (/Lang, <html lang>)."""

from __future__ import annotations

import io
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale

from coprodesk.cli import main
from coprodesk.minutes import source_words
from coprodesk.minutes.language import current_language, use_language
from coprodesk.resources import resource_path

from ..catalogue import LRELEASE, german_qm, needs_lrelease

GERMAN = {"Our meeting: {title}": "Unser Treffen: {title}", "Who came": "Wer war da",
          "Decisions": "Beschlüsse"}


def sentences(value) -> set[str]:
    if isinstance(value, str):
        return {value}
    if isinstance(value, tuple | list):
        return set().union(*map(sentences, value)) if value else set()
    if isinstance(value, dict):
        return sentences(tuple(value.values()))
    return set()


def test_the_app_template_holds_every_sentence_of_the_minutes():
    root = ET.parse(resource_path("translations") / "coprodesk.ts").getroot()
    minutes = next(c for c in root.iter("context") if c.findtext("name") == "Minutes")
    template = {m.findtext("source") for m in minutes.iter("message")}
    ours = sentences(tuple(getattr(source_words, n) for n in dir(source_words) if n.isupper()))
    assert len(ours) > 150
    assert ours - template == set(), "run `make translations`"


@pytest.fixture
def german(tmp_path) -> Path:
    """A translator's tiny German catalogue: three sentences, everything else untranslated."""
    folder = tmp_path / "translations"
    folder.mkdir()
    german_qm(folder, "Minutes", "".join(
        f"<message><source>{s}</source><translation>{t}</translation></message>"
        for s, t in GERMAN.items()))
    return folder


def export(tmp_path, capsys, *more: str) -> bytes:
    db = str(tmp_path / "m.db")
    if not Path(db).exists():
        main(["--db", db, "demo"])
    out = tmp_path / "out.pdf"
    code = main(["--db", db, "export", "Spring workshop", "-o", str(out), *more])
    _said, err = capsys.readouterr()
    assert code == 0, err
    return out.read_bytes()


@needs_lrelease
def test_a_german_catalogue_changes_the_easy_read_text_and_its_language(
        german, tmp_path, capsys, pdf_text):
    assert use_language("de_DE", german) == "de"
    pdf = export(tmp_path, capsys, "--easy-read")
    text = " ".join(pdf_text(pdf).split())
    assert "Unser Treffen: Spring workshop" in text and "Wer war da" in text
    assert "Our meeting" not in text and "Who came" not in text
    assert "What we decided" in text  # not in the catalogue: the English source, never blank
    assert PdfReader(io.BytesIO(pdf)).trailer["/Root"]["/Lang"] == "de"

    use_language("en_GB", german)
    pdf = export(tmp_path, capsys, "--easy-read")
    assert "Our meeting: Spring workshop" in " ".join(pdf_text(pdf).split())
    assert PdfReader(io.BytesIO(pdf)).trailer["/Root"]["/Lang"] == "en"


@needs_lrelease
def test_the_full_minutes_and_their_twin_follow_the_same_language(german, tmp_path, capsys,
                                                                  pdf_text):
    use_language("de", german)
    pdf = export(tmp_path, capsys)
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.trailer["/Root"]["/Lang"] == "de"
    assert "Beschlüsse" in pdf_text(pdf)
    (html,) = reader.attachments["minutes.html"]
    html = html.decode("utf-8")
    assert '<html lang="de">' in html and "Beschlüsse" in html
    (easy,) = reader.attachments["easy-read.pdf"]
    assert "Unser Treffen" in pdf_text(easy)


@needs_lrelease
def test_without_a_language_the_default_locale_decides_as_in_the_app(german):
    before = QLocale()
    try:
        QLocale.setDefault(QLocale("de_AT"))
        assert use_language(None, german) == "de"
        QLocale.setDefault(QLocale("fr_FR"))  # no French catalogue: English, never a blank
        assert use_language(None, german) == "en"
        assert current_language() == "en"
    finally:
        QLocale.setDefault(before)


def test_a_catalogue_that_does_not_translate_the_minutes_yet_leaves_them_english(tmp_path):
    folder = tmp_path / "translations"
    folder.mkdir()
    if not LRELEASE.exists():
        pytest.skip("no pyside6-lrelease")
    german_qm(folder, "Minutes",
              "<message><source>Decisions</source><translation>Entscheidungen</translation></message>")
    assert use_language("de", folder) == "en"  # never German headings over English text


# The domain's own words as the record keeps them (roles, outcomes, methods, options, reasons,
# verdicts): under LANG=de_DE none may be printed in English.
ENGLISH_DOMAIN = ("co-chair", "participant", "facilitator", "observer", "agreed", "Agreed",
                  "Majority vote", "Simple majority", "Consensus", "Support", "Stand aside",
                  "Abstain", "(opposed)", "not joint", "every group present")


def german_export(tmp_path, *more: str) -> bytes:
    """The demo's minutes exported by ``coprodesk`` run as a German user runs it (LANG)."""
    import os

    db, out = tmp_path / "de.db", tmp_path / "de.pdf"
    env = {**os.environ, "LANG": "de_DE.UTF-8", "LANGUAGE": "de", "LC_ALL": ""}
    for args in (["demo"], ["export", "Spring workshop", "-o", str(out), *more]):
        done = subprocess.run([sys.executable, "-m", "coprodesk", "--db", str(db), *args],
                              env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
    return out.read_bytes()


def english_domain_words(text: str) -> list[str]:
    import re

    return [w for w in ENGLISH_DOMAIN if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text)]


@pytest.mark.slow
def test_german_minutes_say_the_domain_words_in_german(tmp_path, pdf_text, pdf_words):
    pdf = german_export(tmp_path)
    text = " ".join(pdf_text(pdf).split())
    words = {w[5] for w in pdf_words(pdf)}
    assert {"Tatsächlich", "Beiseitetreten"} <= words  # long headers are not broken apart
    assert "Amara Okafor Ko-Vorsitz" in text and "Jo Fischer Moderation" in text
    assert "Priya Nair Beobachtende beobachtend (nicht gezählt)" in text
    assert "Verfahren: Mehrheitsabstimmung (Einfache Mehrheit)." in text
    assert "Ergebnis: angenommen" in text
    assert "Angenommen, aber nicht gemeinsam: Lived experience hat nicht zugestimmt (abgelehnt)." \
        in text
    assert "Dev Patel (Carer / family): Beiseitetreten." in text
    assert english_domain_words(text) == []
    reader = PdfReader(io.BytesIO(pdf))
    (twin,) = reader.attachments["minutes.html"]
    twin = twin.decode("utf-8")
    assert "<td>Ko-Vorsitz</td>" in twin and "Ergebnis: angenommen" in twin
    assert english_domain_words(twin) == []
    # the record itself keeps its English keys: the report's JSON is unchanged
    from coprodesk.domain.report import build_report
    from coprodesk.store import meetings as repo
    from coprodesk.store.connection import open_store

    store = open_store(tmp_path / "de.db")
    report = build_report(repo.load_meeting(store, 1), 0)
    assert report["decisions"][0]["outcome"] == "agreed"
    assert report["participants"][0]["role"] == "co-chair"


def test_every_verdict_sentence_is_in_the_catalogue_list():
    """domain.decisions.plain_verdict's templates are listed for lupdate in
    gui/domain_words.WORDS: a new sentence cannot stay English on screen or in the minutes."""
    from itertools import product

    from coprodesk.domain.decisions import JointVerdict, NotEndorsed, Outcome, plain_verdict
    from coprodesk.gui.domain_words import WORDS

    said: set[str] = set()

    def tr(text: str) -> str:
        said.add(text)
        return text

    groups = (("A", NotEndorsed.BLOCKED), ("B", NotEndorsed.NO_SUPPORT))
    for outcome, computed, joint, overridden in product(Outcome, Outcome, (True, False),
                                                        (True, False)):
        plain_verdict(JointVerdict(joint, outcome, computed, () if joint else groups,
                                   overridden=overridden), tr)
    assert len(said) >= 13  # 11 sentences and parts, and the two reasons
    assert said - set(WORDS) == set()
