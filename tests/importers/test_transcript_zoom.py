"""Zoom transcripts (WebVTT, ``Name: text``) and SRT with the same prefix give the RTTM balance.

The export: the audio transcript of a Zoom cloud recording, downloaded as a .vtt file from
the recording's page (Zoom Support, "Using audio transcription for cloud recordings"; the
Zoom API lists it as a recording file of type ``TRANSCRIPT``, extension ``VTT``). Its cues are
numbered and each begins with the speaker's display name and a colon; a cue Zoom could not
attribute has no name. SRT: the same cues in SubRip form (numbered, ``hh:mm:ss,mmm``), as
caption tools convert them; no meeting tool's own SRT export is claimed here.
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
    srt,
    write,
    zoom_vtt,
)


@pytest.mark.parametrize("meeting", MEETINGS)
def test_a_zoom_transcript_gives_the_rttm_balance(tmp_path, meeting):
    cues = cues_of(meeting)
    transcript = read_transcript(write(tmp_path / "zoom.vtt", zoom_vtt(cues)))
    assert_same_balance(transcript.floor, read_floor(AMI / f"{meeting}.rttm"), names_of(meeting))
    assert transcript.unattributed.cues == sum(1 for c in cues if c[2] is None) > 0
    assert transcript.not_speech.cues == sum(1 for c in cues if c[3] == "[inaudible]") > 0


@pytest.mark.parametrize("meeting", MEETINGS)
def test_an_srt_transcript_gives_the_rttm_balance(tmp_path, meeting):
    cues = cues_of(meeting)
    transcript = read_transcript(write(tmp_path / "m.srt", srt(cues), crlf=True, bom=True))
    assert_same_balance(transcript.floor, read_floor(AMI / f"{meeting}.rttm"), names_of(meeting))
    assert transcript.cues == len(cues)


def test_a_colon_inside_the_text_names_nobody(tmp_path):
    path = write(tmp_path / "z.vtt", (
        "WEBVTT\n\n1\n00:00:00.000 --> 00:00:02.000\nWen Li: We meet at 12:30: fine?\n\n"
        "2\n00:00:02.000 --> 00:00:03.000\nAt 12:30 then.\n\n"
        "3\n00:00:03.000 --> 00:00:04.000\nJo: (laughs) [crosstalk]\n"))
    transcript = read_transcript(path)
    assert [(t.speaker, t.end_ms) for t in transcript.floor] == [("Wen Li", 2000)]
    assert (transcript.unattributed.cues, transcript.not_speech.cues) == (1, 1)


def test_an_srt_cue_text_with_an_empty_line_stays_one_cue(tmp_path):
    path = write(tmp_path / "s.srt", (
        "1\n00:00:00,000 --> 00:00:02,000\nJo: first part\n\nsecond part after a blank\n\n"
        "2\n00:00:02,100 --> 00:00:03,000\nWen: yes\n"))
    assert [(t.speaker, t.start_ms, t.end_ms) for t in read_transcript(path).floor] == [
        ("Jo", 0, 2100), ("Wen", 2100, 3000)]
