"""Transcripts written from the real AMI meetings in tests/data/ami, in the shapes online
meeting tools export: the same speech as the RTTM (one cue per RTTM segment, overlaps kept),
so importing either must give the same balance.

The AMI labels (FEE041 …) become the names people have in an online meeting; some cues
that name nobody and some that say only "[inaudible]" are added between the speech, as
real transcripts have them: they must be counted apart and change nobody's floor time.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

from coprodesk.importers.turns import ImportedTurn

AMI = Path(__file__).parents[1] / "data" / "ami"
MEETINGS = ("ES2011b", "IS1008c", "TS3004a")
NAMES = ("María Ortega", "Jo Smith", "Amir Haddad", "Wen Li", "Siobhán O'Neill")

Cue = tuple[int, int, str | None, str]
"""(start ms, end ms, speaker or None, text)."""


def rttm_segments(meeting: str) -> list[tuple[str, int, int]]:
    """(AMI label, start ms, end ms) of each SPEAKER line, as the RTTM reader rounds them."""
    out = []
    for line in (AMI / f"{meeting}.rttm").read_text().splitlines():
        fields = line.split()
        if fields and fields[0] == "SPEAKER":
            start = round(float(fields[3]) * 1000)
            out.append((fields[7], start, start + round(float(fields[4]) * 1000)))
    return out


def names_of(meeting: str) -> dict[str, str]:
    """AMI label -> the name the transcript gives that person."""
    labels = list(dict.fromkeys(label for label, _, _ in rttm_segments(meeting)))
    return dict(zip(labels, NAMES, strict=False))


def cues_of(meeting: str, every: int = 40) -> list[Cue]:
    """The meeting's speech as cues, with a cue naming nobody and an "[inaudible]" cue by a
    named person after every ``every`` cues."""
    names = names_of(meeting)
    cues: list[Cue] = []
    for k, (label, start, end) in enumerate(rttm_segments(meeting)):
        cues.append((start, end, names[label], f"Words number {k}."))
        if k % every == every - 1:
            cues.append((end, end + 700, None, "Thank you."))
            cues.append((start, end, names[label], "[inaudible]"))
    return cues


def stamp(ms: int, comma: bool = False) -> str:
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{',' if comma else '.'}{ms:03d}"


def loose_stamp(ms: int) -> str:
    """The short fields Microsoft Graph serves Teams transcripts with: ``0:0:5.32``."""
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h}:{m}:{s}.{ms:03d}".rstrip("0").rstrip(".") if ms else f"{h}:{m}:{s}.0"


def write(path: Path, text: str, *, crlf: bool = False, bom: bool = False) -> Path:
    if crlf:
        text = text.replace("\n", "\r\n")
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def teams_vtt(cues: Iterable[Cue]) -> str:
    """WebVTT as Teams writes it: a cue identifier ``<guid>/<n>-0``, ``<v Name>text</v>``; a
    cue naming nobody has no voice span. Every third cue uses Graph's short timestamps."""
    guid = uuid.UUID(int=29)
    lines = ["WEBVTT", ""]
    for n, (start, end, who, text) in enumerate(cues):
        fmt: Callable[[int], str] = loose_stamp if n % 3 == 0 else stamp
        lines.append(f"{guid}/{n + 12}-0")
        lines.append(f"{fmt(start)} --> {fmt(end)}")
        lines.append(f"<v {who}>{text}</v>" if who else text)
        lines.append("")
    return "\n".join(lines)


def zoom_vtt(cues: Iterable[Cue]) -> str:
    """WebVTT as Zoom's cloud recording writes its audio transcript: numbered cues, the
    speaker's name and a colon before the text."""
    lines = ["WEBVTT", ""]
    for n, (start, end, who, text) in enumerate(cues, start=1):
        lines += [str(n), f"{stamp(start)} --> {stamp(end)}",
                  f"{who}: {text}" if who else text, ""]
    return "\n".join(lines)


def srt(cues: Iterable[Cue]) -> str:
    """SRT: numbered cues, comma before the milliseconds, ``Name: text``."""
    lines = []
    for n, (start, end, who, text) in enumerate(cues, start=1):
        lines += [str(n), f"{stamp(start, True)} --> {stamp(end, True)}",
                  f"{who}: {text}" if who else text, ""]
    return "\n".join(lines)


def floor_by_person(turns: Iterable[ImportedTurn]) -> dict[str, int]:
    total: dict[str, int] = defaultdict(int)
    for t in turns:
        total[t.speaker] += t.end_ms - t.start_ms
    return dict(total)


def assert_same_balance(transcript: Iterable[ImportedTurn], rttm: Iterable[ImportedTurn],
                        names: dict[str, str]) -> None:
    """Each person's floor time from the transcript is within 1 % of the meeting's floor time
    of their floor time from the RTTM."""
    by_name = floor_by_person(transcript)
    by_label = floor_by_person(rttm)
    meeting_floor = sum(by_label.values())
    assert set(by_name) == {names[label] for label in by_label}
    for label, ms in by_label.items():
        assert abs(by_name[names[label]] - ms) <= 0.01 * meeting_floor, (label, ms)
