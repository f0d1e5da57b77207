"""Transcripts are streamed: a block at a time through webvtt-py, cues kept as columns.

(Time and peak memory per MB at 1x, 4x and 16x a 3-hour meeting:
benchmarks/transcript_import.py.)
"""

from __future__ import annotations

import random
import tracemalloc
from pathlib import Path

import pytest
import webvtt.srt
import webvtt.vtt  # noqa: F401  (imported before memory is traced)

from coprodesk.importers.transcripts import read_transcript
from tests.importers.transcript_files import srt, teams_vtt, write


def meeting_cues(n: int) -> list[tuple[int, int, str, str]]:
    rnd = random.Random(29)
    cues, t = [], 0
    for _ in range(n):
        length = rnd.randrange(300, 4000)
        cues.append((t, t + length + rnd.randrange(0, 600), f"Speaker {rnd.randrange(12)}",
                     "Words of one cue, about as long as a line of captions."))
        t += length + rnd.randrange(0, 300)
    return cues


def peak_bytes(path: Path) -> int:
    tracemalloc.start()
    try:
        read_transcript(path)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.slow  # tracemalloc makes reading ~5x slower: about a second
@pytest.mark.parametrize("style, ext", [(teams_vtt, "vtt"), (srt, "srt")])
def test_four_times_the_cues_cost_well_under_a_hundred_bytes_a_cue_more(tmp_path, style, ext):
    """Holding every cue as objects (webvtt-py's Caption, ~1.5 kB each) would cost far more."""
    small = write(tmp_path / f"small.{ext}", style(meeting_cues(200)))
    big = write(tmp_path / f"big.{ext}", style(meeting_cues(800)))
    peak_bytes(small)  # the first read compiles the libraries' patterns: not per cue
    grown = peak_bytes(big) - peak_bytes(small)
    assert grown / 600 < 100, f"{ext}: {grown / 600:.0f} bytes a cue"
