"""Google Meet and Jitsi: what their own exports are, and what CoProDesk does with them.

Neither exports a speaker-labelled file of timed cues, so neither has a format of its own
here; a transcript from either is read when it is a WebVTT or SRT file in one of the two
shapes the importer knows (``<v Name>`` or ``Name: text``), whatever wrote it.

- Google Meet saves its transcript as a Google Doc in the organiser's Drive: paragraphs
  ``Name: text`` under a time heading every few minutes, with no start or end per
  utterance (Google Meet Help, "Use transcripts with Google Meet"). Without cue times no
  floor time can be read from it. The Meet REST API gives the same transcript as
  ``TranscriptEntry`` resources with ``participant``, ``startTime`` and ``endTime``
  (developers.google.com/meet/api/reference/rest/v2/conferenceRecords.transcripts.entries);
  written one entry per cue as WebVTT with voice spans, it is read like Teams' file, which
  the test below does with the AMI meetings.
- Jitsi's transcriber, Jigasi, writes a text file of lines ``<HH:mm:ss> Name: text`` with
  the time each utterance was recognised and no end time (jitsi/jigasi,
  ``LocalTxtTranscriptHandler.java``: "<%s> %s" then ": %s"), and a JSON file of the same
  events. Such a file given as a transcript is refused with a line saying why.
"""

from __future__ import annotations

import pytest

from coprodesk.importers.transcripts import read_transcript
from coprodesk.importers.turns import TurnImportError, read_floor
from tests.importers.transcript_files import (
    AMI,
    assert_same_balance,
    cues_of,
    names_of,
    stamp,
    write,
)


def meet_entries_as_vtt(cues) -> str:
    """One TranscriptEntry a cue: its participant's display name in a voice span."""
    lines = ["WEBVTT", ""]
    for start, end, who, text in cues:
        lines += [f"{stamp(start)} --> {stamp(end)}", f"<v {who}>{text}</v>" if who else text, ""]
    return "\n".join(lines)


def test_meet_transcript_entries_written_as_webvtt_give_the_rttm_balance(tmp_path):
    meeting = "ES2011b"
    transcript = read_transcript(write(tmp_path / "meet.vtt", meet_entries_as_vtt(cues_of(meeting))))
    assert_same_balance(transcript.floor, read_floor(AMI / f"{meeting}.rttm"), names_of(meeting))


def test_a_jigasi_text_transcript_is_refused_with_the_reason(tmp_path):
    jigasi = write(tmp_path / "transcript_2026-12-07T10:00:00Z.vtt", (
        "Transcript of conference held at Dec 7, 2026 in room carers-forum\n"
        "Initial people present at 10:00:00 AM:\n\n\tMaría Ortega\n\tJo Smith\n\n"
        "Transcript, started at 10:00:00 AM:\n" + "_" * 80 + "\n"
        "<10:00:04 AM> María Ortega: Good morning everyone.\n"
        "<10:00:09 AM> Jo Smith: Morning.\n"))
    with pytest.raises(TurnImportError, match=r"line 1: not a WebVTT file"):
        read_transcript(jigasi)
    with pytest.raises(TurnImportError, match=r"cannot tell the format from the extension '\.txt'"):
        read_floor(write(tmp_path / "transcript.txt", "<10:00:04 AM> Jo: hi\n"))
