"""Microsoft Teams transcripts (WebVTT with voice spans) give the same balance as RTTM.

The export: a Teams meeting transcript downloaded as .vtt from the meeting's Recap, or its
content read through Microsoft Graph (``GET …/onlineMeetings/{id}/transcripts/{id}/content``,
``text/vtt``, "WebVTT with timestamped utterances and <v Speaker> voice tags (speaker
attribution)": learn.microsoft.com/graph/api/calltranscript-get). Each cue has an
identifier ``<guid>/<n>-<m>`` and one ``<v Name>text</v>`` span; Graph's own example writes
times with short fields (``0:0:0.0 --> 0:0:5.320``), which are read too.
"""

from __future__ import annotations

import pytest

from coprodesk.importers.transcripts import read_transcript
from coprodesk.importers.turns import read_floor
from tests.importers.transcript_files import (
    AMI,
    MEETINGS,
    assert_same_balance,
    cues_of,
    names_of,
    teams_vtt,
    write,
)


@pytest.mark.parametrize("meeting", MEETINGS)
def test_a_teams_transcript_gives_the_rttm_balance(tmp_path, meeting):
    cues = cues_of(meeting)
    path = write(tmp_path / f"{meeting}.vtt", teams_vtt(cues), crlf=True, bom=True)
    transcript = read_transcript(path)
    assert_same_balance(transcript.floor, read_floor(AMI / f"{meeting}.rttm"), names_of(meeting))
    apart = [c for c in cues if c[2] is None]
    inaudible = [c for c in cues if c[3] == "[inaudible]"]
    assert transcript.cues == len(cues)
    assert (transcript.unattributed.cues, transcript.unattributed.ms) == (
        len(apart), sum(e - s for s, e, _, _ in apart))
    assert (transcript.not_speech.cues, transcript.not_speech.ms) == (
        len(inaudible), sum(e - s for s, e, _, _ in inaudible))


def test_the_same_speech_gives_exactly_the_rttm_turns_when_no_silence_is_500_ms(tmp_path):
    # IS1008c has no silence within float noise of the 0.5 s threshold: turn for turn equal
    meeting = "IS1008c"
    names = names_of(meeting)
    path = write(tmp_path / "m.vtt", teams_vtt(cues_of(meeting)))
    got = [(t.speaker, t.start_ms, t.end_ms) for t in read_transcript(path).floor]
    want = [(names[t.speaker], t.start_ms, t.end_ms) for t in read_floor(AMI / f"{meeting}.rttm")]
    assert got == want


def test_teams_headers_notes_styles_and_settings_are_read_as_the_spec_says(tmp_path):
    path = write(tmp_path / "t.vtt", (
        "WEBVTT - exported\n"
        "Kind: captions\n\n"
        "NOTE\nduration:\"00:01:00.000\"\nlanguage:en-us\n\n"
        "STYLE\n::cue(v[voice=\"Jo Smith\"]) { color: teal }\n\n"
        "REGION\nid:fred width:40%\n\n"
        "0f1e/1-0\n00:00:01.000 --> 00:00:04.000 align:start position:10% line:0\n"
        "<v Jo Smith>Hello <b>everyone</b>,\nwelcome.</v>\n\n"
        "NOTE a comment between cues --> with an arrow on its first line\n\n"
        "0f1e/2-0\n00:00:04.200 --> 00:00:06.000\n<v.loud   María   Ortega >Thanks.</v>\n"))
    transcript = read_transcript(path)
    assert [(t.speaker, t.start_ms, t.end_ms) for t in transcript.floor] == [
        ("Jo Smith", 1000, 4200), ("María Ortega", 4200, 6000)]
    assert transcript.cues == 2


def test_a_person_whose_own_cues_overlap_holds_one_turn(tmp_path):
    path = write(tmp_path / "t.vtt", (
        "WEBVTT\n\n00:00:00.000 --> 00:00:03.000\n<v Jo>a</v>\n\n"
        "00:00:02.000 --> 00:00:05.000\n<v Jo>b</v>\n\n"
        "00:00:05.300 --> 00:00:06.000\n<v Wen>c</v>\n"))
    assert [(t.speaker, t.start_ms, t.end_ms) for t in read_transcript(path).floor] == [
        ("Jo", 0, 5300), ("Wen", 5300, 6000)]  # the 0.3 s silence stays with Jo, as in RTTM


def test_lines_ended_by_cr_alone_are_lines(tmp_path):
    text = "WEBVTT\r\r00:00:00.000 --> 00:00:02.000\r<v Jo>a</v>\r"
    path = tmp_path / "cr.vtt"
    path.write_bytes(text.encode())
    assert [(t.speaker, t.end_ms) for t in read_transcript(path).floor] == [("Jo", 2000)]
