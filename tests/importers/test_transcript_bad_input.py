"""Transcripts that cannot be imported: one line naming the file (and the line), nothing read."""

from __future__ import annotations

import os

import pytest

from coprodesk.importers.transcripts import TRANSCRIPT_MAX_BYTES, read_transcript
from coprodesk.importers.turns import TurnImportError
from tests.importers.transcript_files import write

HEAD = "WEBVTT\n\n"


def refused(tmp_path, text: str, name: str = "t.vtt", raw: bytes | None = None) -> str:
    path = tmp_path / name
    if raw is None:
        write(path, text)
    else:
        path.write_bytes(raw)
    with pytest.raises(TurnImportError) as caught:
        read_transcript(path)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(name)
    return message


def test_a_transcript_where_no_cue_names_a_speaker(tmp_path):
    message = refused(tmp_path, HEAD + "00:00:01.000 --> 00:00:02.000\nHello.\n\n"
                                       "00:00:02.000 --> 00:00:03.000\n[inaudible]\n")
    assert "no cue names a speaker (2 cues read)" in message


def test_a_transcript_without_cues(tmp_path):
    assert "no cues" in refused(tmp_path, HEAD + "NOTE nothing was said\n")


def test_reversed_times_name_the_line(tmp_path):
    message = refused(tmp_path, HEAD + "1\n00:00:01.000 --> 00:00:02.000\n<v Jo>a</v>\n\n"
                                       "2\n00:00:09.000 --> 00:00:05.000\n<v Jo>b</v>\n")
    assert message == ("t.vtt line 8: the cue ends (00:00:05.000) before it starts "
                       "(00:00:09.000)")


@pytest.mark.parametrize("timings", ["00:00:61.000 --> 00:01:02.000",
                                     "00:00:01.000 --> soon",
                                     "00:00:01,000 --> 00:00:02,000"])
def test_malformed_webvtt_timings_name_the_line(tmp_path, timings):
    message = refused(tmp_path, HEAD + f"cue-1\n{timings}\n<v Jo>a</v>\n")
    assert message.startswith("t.vtt line 4: cannot read the cue timings")


def test_malformed_srt_timings_name_the_line(tmp_path):
    message = refused(tmp_path, "1\n00:00:01,000 --> 00:00:02,000\nJo: a\n\n"
                                "2\n00:00:0x,000 --> 00:00:04,000\nJo: b\n", name="t.srt")
    assert message.startswith("t.srt line 6: cannot read the cue timings")


def test_times_beyond_a_week(tmp_path):
    message = refused(tmp_path, HEAD + "168:00:00.000 --> 168:00:00.001\n<v Jo>a</v>\n")
    assert message == ("t.vtt line 3: the cue ends at 168:00:00.001, more than 604,800 "
                       "seconds (a week) after the start")


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.vtt"
    with path.open("wb") as f:  # sparse: nothing of it is ever read
        f.write(b"WEBVTT\n")
        f.truncate(TRANSCRIPT_MAX_BYTES + 1)
    with pytest.raises(TurnImportError, match=r"^huge\.vtt: the file is 67,108,865 bytes; "
                                              r"a transcript may be at most 67,108,864"):
        read_transcript(path)
    assert os.path.getsize(path) == TRANSCRIPT_MAX_BYTES + 1


@pytest.mark.parametrize("name, code", [("Jo\u202eSmith", "U+202E"), ("\u2066Jo\u2069", "U+2066"),
                                        ("Jo\x07", "U+0007"), ("Jo\u2028Smith", "U+2028"),
                                        ("Jo\tSmith", "U+0009")])
def test_names_with_control_or_bidi_override_characters(tmp_path, name, code):
    message = refused(tmp_path, HEAD + f"00:00:01.000 --> 00:00:02.000\n<v {name}>a</v>\n")
    assert message.startswith("t.vtt line 3: the speaker name") and f"({code})" in message


def test_a_zoom_name_with_a_bidi_override_is_refused_too(tmp_path):
    message = refused(tmp_path, HEAD + "1\n00:00:01.000 --> 00:00:02.000\nJo\u202dSmith: hi\n")
    assert "(U+202D)" in message


def test_bidi_marks_are_fine_in_names(tmp_path):
    path = write(tmp_path / "ok.vtt", HEAD + "00:00:01.000 --> 00:00:02.000\n"
                                             "<v \u200fعلي حسن\u200f>مرحبا</v>\n\n"
                                             "00:00:02.000 --> 00:00:03.000\n<v Jo\u200e>hi</v>\n")
    assert read_transcript(path).speakers() == ["\u200fعلي حسن\u200f", "Jo\u200e"]


def test_text_that_is_not_utf8(tmp_path):
    message = refused(tmp_path, "", raw=b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Jos\xe9>a</v>\n")
    assert message == "t.vtt line 4: not UTF-8 text"


def test_a_file_without_the_webvtt_line(tmp_path):
    assert refused(tmp_path, "00:00:01.000 --> 00:00:02.000\n<v Jo>a</v>\n") == (
        "t.vtt line 1: not a WebVTT file: its first line must be WEBVTT")
    assert "not a WebVTT file" in refused(tmp_path, "WEBVTTX\n\n")


def test_a_name_too_long(tmp_path):
    message = refused(tmp_path, HEAD + f"00:00:01.000 --> 00:00:02.000\n<v {'A' * 201}>a</v>\n")
    assert message.startswith("t.vtt line 3: the speaker name is 201 characters long")
