"""Easy-read minutes (issue 20), read back with pdftotext -bbox as a reader would meet them:
large type, short sentences, yes or no for every decision and which groups did not agree,
no percentages, and no real name of anyone who did not agree to be named."""

from __future__ import annotations

import re

import pytest

from ..cli_run import run


@pytest.fixture
def easy(tmp_path, capsys):
    db = str(tmp_path / "m.db")
    run(capsys, "--db", db, "demo")
    out = tmp_path / "easy.pdf"
    code, said, err = run(capsys, "--db", db, "export", "Spring workshop", "--easy-read",
                          "-o", str(out))
    assert code == 0, err
    assert str(out) in said
    return out.read_bytes()


def test_no_text_in_easy_read_minutes_is_under_16_points(easy, pdf_words):
    words = pdf_words(easy)
    assert len(words) > 150
    small = [(w[5], round(w[4] - w[2], 1)) for w in words if w[4] - w[2] < 15.9]
    assert small == []


def test_sentences_are_short_on_average(easy, pdf_text):
    text = pdf_text(easy)
    # pdftotext wraps long lines: join a line to the next unless it ends a sentence or item
    joined = re.sub(r"(?<![.?!:])\n(?=[a-z0-9])", " ", text)
    sentences = [s for s in re.split(r"(?<=[.?!])\s+|\n+", joined) if s.strip()]
    lengths = [len(s.split()) for s in sentences]
    assert sum(lengths) / len(lengths) <= 15
    assert max(lengths) <= 20, max(zip(lengths, sentences, strict=True))


def test_each_decision_says_yes_or_no_and_which_groups_did_not_agree(easy, pdf_text):
    text = " ".join(pdf_text(easy).split())
    assert text.count("Did every group agree?") == 2
    assert "Did every group agree? No. Lived experience did not agree." in text
    assert "They said: People in crisis at night need a person who knows the area." in text
    assert "Did every group agree? Yes." in text


def test_no_percentages_no_index_and_who_spoke_in_words(easy, pdf_text):
    text = " ".join(pdf_text(easy).split())
    assert "%" not in text and "index" not in text.lower()
    assert not re.search(r"\d\.\d", text)
    assert "Lived experience spoke less than their fair share." in text
    assert "Practitioner spoke more than their fair share." in text


def test_only_people_who_agreed_are_named(easy, pdf_text):
    text = " ".join(pdf_text(easy).split())
    assert "Sione Tupou" not in text and "Sam" not in text  # not even the pseudonym
    assert "and 1 more person" in text
    assert "Amara Okafor" in text


def test_easy_read_refuses_what_it_cannot_do_in_one_line(tmp_path, capsys):
    db = str(tmp_path / "m.db")
    run(capsys, "--db", db, "demo")
    code, _out, err = run(capsys, "--db", db, "export", "Spring workshop", "--easy-read",
                          "--format", "html", "-o", str(tmp_path / "x.pdf"))
    assert code != 0 and "--easy-read" in err and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()


PLAIN_DECISION = "We will ask 111 to send a person, not only a phone call."


def test_easy_read_prints_the_plain_words_where_given(store, tmp_path, pdf_text):
    from coprodesk.demo import create_demo
    from coprodesk.minutes.easy_read import build_easy_read
    from coprodesk.store import decisions as store_decisions
    from coprodesk.store import meetings as repo

    closed, _ = create_demo(store)
    meeting = repo.load_meeting(store, closed)
    store_decisions.update_decision(store, meeting.decisions[0].id, plain_words=PLAIN_DECISION)
    store_decisions.update_action(store, meeting.actions[1].id,
                                  plain_words="Ruth and Tom write what a peer worker does")
    text = " ".join(pdf_text(build_easy_read(repo.load_meeting(store, closed), 0)).split())
    assert f"We decided: {PLAIN_DECISION}" in text
    assert "Ruth and Tom write what a peer worker does." in text
    # where no plain words are given, the sentence is still composed from the record
    assert "We decided: The pilot goes ahead in two surgeries" in text
    assert "Write to 111 with the group's concerns about night calls." in text
    assert "Calls after 10pm" not in text  # the record's wording gave way to the plain words


def test_observers_are_listed_apart_and_said_not_to_decide(easy, pdf_text):
    text = " ".join(pdf_text(easy).split())
    # Priya Nair observes for the commissioners: not among the group's people
    assert "Commissioner / manager: Helen Ward Came to watch: Priya Nair" in text
    assert "Came to watch: Priya Nair They did not help decide." in text
    assert text.count("Priya Nair") == 1


def _decision_pictures(pdf: bytes, tmp_path) -> list:
    """The picture beside each decision as a reader sees it: rendered by pdftoppm (144 dpi)
    from the left column next to the decision's first line, cut to the picture's own box
    and reduced to its ink (black and white)."""
    import io
    import subprocess

    from PIL import Image

    from .conftest import _words

    path = tmp_path / "pictures.pdf"
    path.write_bytes(pdf)
    words = _words(pdf, tmp_path)
    out = []
    for i, (page, _x0, y0, _x1, _y1, word) in enumerate(words):
        if word == "We" and words[i + 1][5] in ("decided:", "did", "will"):
            png = subprocess.run(
                ["pdftoppm", "-r", "144", "-png", "-f", str(page), "-l", str(page), "-x", "100",
                 "-y", str(int(2 * (y0 - 40))), "-W", "200", "-H", "260", str(path)],
                capture_output=True, check=True).stdout
            grey = Image.open(io.BytesIO(png)).convert("L")
            box = grey.point(lambda v: 255 if v < 250 else 0).getbbox()  # the picture's tile
            out.append(grey.crop(box).point(lambda v: 255 if v < 128 else 0))
    return out


def _unlike(a, b) -> float:
    """The share of pixels where two pictures' ink differs (0: the same picture)."""
    b = b.resize(a.size)
    return sum(1 for x, y in zip(a.tobytes(), b.tobytes(), strict=True) if x != y) / len(
        a.tobytes())


def test_the_picture_beside_a_decision_matches_its_outcome(store, tmp_path, pdf_text):
    from coprodesk.demo import create_demo
    from coprodesk.minutes.easy_read import build_easy_read
    from coprodesk.store import decisions as store_decisions
    from coprodesk.store import meetings as repo

    closed, _ = create_demo(store)
    pdf = build_easy_read(repo.load_meeting(store, closed), 0)
    not_joint, joint = _decision_pictures(pdf, tmp_path)
    text = " ".join(pdf_text(pdf).split())
    assert "Did every group agree? No. Lived experience did not agree." in text
    assert _unlike(joint, not_joint) > 0.05  # a tick only where every group agreed

    meeting = repo.load_meeting(store, closed)
    store_decisions.update_decision(store, meeting.decisions[1].id, deferred=True)
    pdf = build_easy_read(repo.load_meeting(store, closed), 0)
    again, deferred = _decision_pictures(pdf, tmp_path)
    text = " ".join(pdf_text(pdf).split())
    assert "We will decide this later: Run a six-month peer-support pilot" in text
    assert "pilot in two GP surgeries. Did every group agree? No." in text
    assert _unlike(again, not_joint) < 0.02  # the same outcome, the same picture
    assert _unlike(deferred, joint) > 0.05 and _unlike(deferred, not_joint) > 0.05
