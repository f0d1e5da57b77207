"""Long texts in the minutes: set in pieces the layout can break, and every word still there.

(How long a 1 MB text takes is measured by benchmarks/long_text_export.py, never here.)
"""

from __future__ import annotations

import re
import subprocess

from hypothesis import given
from hypothesis import strategies as st

from coprodesk.demo import create_demo
from coprodesk.minutes.document import MinutesInput, build_minutes
from coprodesk.minutes.longtext import LongText, paragraph
from coprodesk.minutes.text import PIECE, pieces
from coprodesk.store import meetings as repo

WORDS = st.text(st.sampled_from("ab .\n"), max_size=5000)


@given(WORDS, st.integers(20, 400))
def test_pieces_are_short_and_keep_every_character_but_the_breaks_they_fall_on(text, size):
    parts = pieces(text, size)
    assert all(len(p) <= size for p in parts)
    squeeze = str.maketrans("", "", " \n")
    assert "".join(parts).translate(squeeze) == text.translate(squeeze)
    if len(text) <= size:
        assert parts == [text]


def test_a_long_word_is_cut_and_short_text_stays_one_paragraph():
    assert pieces("x" * 5000, 2000) == ["x" * 2000, "x" * 2000, "x" * 1000]
    from reportlab.lib.styles import ParagraphStyle

    style = ParagraphStyle("body")
    assert not isinstance(paragraph("short", style, 400), LongText)
    assert isinstance(paragraph("word " * PIECE, style, 400), LongText)


def numbered(prefix: str, count: int) -> str:
    """Sentences of numbered words, with a line break now and then: ``pu00001 pu00002 …``."""
    words = [f"{prefix}{n:05d}" for n in range(count)]
    return "".join(w + (".\n" if n % 97 == 96 else ". " if n % 9 == 8 else " ")
                   for n, w in enumerate(words)).strip()


def test_a_long_purpose_notes_and_amendment_are_printed_whole_and_in_order(store, tmp_path):
    closed, _ = create_demo(store)
    texts = {"pu": numbered("pu", 6000), "no": numbered("no", 6000), "am": numbered("am", 6000)}
    assert all(len(t) > 20 * PIECE for t in texts.values())
    repo.update_meeting(store, closed, purpose=texts["pu"])
    with store.write() as conn:
        conn.execute("UPDATE items SET notes = ? WHERE meeting_id = ? AND position = 1",
                     [texts["no"], closed])
    meeting = repo.load_meeting(store, closed)
    pdf = build_minutes(MinutesInput(meeting, meeting.ended_ms, amendments=((
        meeting.ended_ms, texts["am"]),))).pdf
    path = tmp_path / "m.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    for prefix in texts:
        found = re.findall(rf"\b{prefix}(\d{{5}})\b", text)
        assert [int(n) for n in found] == list(range(6000)), prefix
