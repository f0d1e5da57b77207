"""Reading speaker turns made by other tools: CSV ``start_s,end_s,speaker`` or NIST RTTM.

Both formats are reduced to a *single floor*: a sorted list of non-overlapping
turns, each one unbroken holding of the floor by one speaker. Times are
integer milliseconds from the meeting's start; every number read is converted
with ``round(seconds * 1000)`` before anything is compared, so float noise in
the input (``33.49 + 52.53``) never changes the result.

The floor rule, for overlapping speech: at any moment the floor belongs to the
speaker who started most recently and is still speaking; when that speaker
stops, it goes back to whoever of the others is still speaking and started
most recently. For RTTM (speech, not floor), a silence shorter than 0.5 s
stays with the previous holder; a longer one is a pause. CSV rows are floor
intervals already: they are taken as given, with no gap filling.

Parsing is all or nothing: the first malformed line raises
:class:`TurnImportError` naming the file and the line, and nothing is returned.
Pure Python: no Qt, no SQL.
"""

from __future__ import annotations

import csv
import heapq
import itertools
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "FORMATS",
    "RTTM_FILL_GAPS_BELOW_MS",
    "ImportedTurn",
    "Segment",
    "TurnImportError",
    "merge_touching",
    "parse_csv",
    "parse_group_map",
    "parse_rttm",
    "read_group_map",
    "read_turns",
    "single_floor",
]

FORMATS = ("csv", "rttm")
RTTM_FILL_GAPS_BELOW_MS = 500
"""A silence strictly shorter than this stays with the previous holder (RTTM only)."""

CSV_HEADER = ("start_s", "end_s", "speaker")
GROUP_MAP_HEADER = ("speaker", "group")

# RTTM line types that are not speaker speech (NIST RT-0x evaluation plans).
_RTTM_OTHER_TYPES = frozenset({
    "SEGMENT", "NOSCORE", "NO_RT_METADATA", "LEXEME", "NON-LEX", "NON-SPEECH",
    "FILLER", "EDITED", "IP", "SU", "CB", "A/P", "SPKR-INFO",
})


class TurnImportError(ValueError):
    """A file that cannot be imported; the message names the file and, if known, the line."""

    def __init__(self, message: str, *, source: str = "", line: int | None = None) -> None:
        super().__init__(message)
        self.source = source
        self.line = line


@dataclass(frozen=True, slots=True)
class ImportedTurn:
    """One unbroken holding of the floor, in ms from the meeting's start."""

    speaker: str
    start_ms: int
    end_ms: int

    @property
    def duration_ms(self) -> int:
        return self.end_ms - self.start_ms


@dataclass(frozen=True, slots=True)
class Segment:
    """One stretch of one speaker's speech as read (may overlap others); ms from the start."""

    speaker: str
    start_ms: int
    end_ms: int


# --------------------------------------------------------------------------- floor


def single_floor(segments: Iterable[Segment | ImportedTurn],
                 fill_gaps_below_ms: int = 0,
                 seconds: tuple[Mapping[int, float], Mapping[int, float]] | None = None,
                 ) -> list[ImportedTurn]:
    """Reduce possibly overlapping speech to a single floor.

    1. Each speaker's own overlapping or touching segments are merged: speech
       that goes on without a break is one start, however it was segmented.
       Empty segments are dropped.
    2. Sweep: between two consecutive breakpoints the floor belongs to the
       active speaker whose current segment started most recently; on equal
       starts, the one whose segment comes first in the input keeps it (a later
       segment takes the floor only by starting strictly later).
    3. A silence between two holdings shorter than ``fill_gaps_below_ms`` is
       given to the previous holder (its turn extends to the next start).
    4. Touching intervals of the same speaker are merged into one turn.

    ``seconds`` optionally maps (start ms, end ms) back to the float seconds the
    file gave (start, start + duration); the silence is then measured in those
    floats, as the reference conversion of the published AMI CSVs does, so a
    silence that is 500 ms only up to float noise falls the same way.

    Returns turns sorted by start, non-overlapping, each of positive length.
    O(n log n) in the number of segments.
    """
    # 1. per-speaker merge of overlapping/touching segments; (start, order) is the priority
    by_speaker: dict[str, list[tuple[int, int, int]]] = {}
    for order, seg in enumerate(segments):
        if seg.end_ms > seg.start_ms:
            by_speaker.setdefault(seg.speaker, []).append((seg.start_ms, order, seg.end_ms))
    merged: list[tuple[int, int, int, str]] = []  # (start, order, end, speaker)
    for speaker, segs in by_speaker.items():
        segs.sort()
        cur_start, cur_order, cur_end = segs[0]
        for start, order, end in segs[1:]:
            if start <= cur_end:  # overlaps or touches its own current segment
                cur_end = max(cur_end, end)
            else:
                merged.append((cur_start, cur_order, cur_end, speaker))
                cur_start, cur_order, cur_end = start, order, end
        merged.append((cur_start, cur_order, cur_end, speaker))
    merged.sort()

    # 2. sweep over breakpoints: the heap's top is the latest start (first in the input on
    #    equal starts); segments that have ended are dropped lazily when they reach the top
    points = sorted({p for s, _, e, _ in merged for p in (s, e)})
    heap: list[tuple[int, int, int, str]] = []  # (-start, order, end, speaker)
    raw: list[ImportedTurn] = []
    i = 0
    for a, b in itertools.pairwise(points):
        while i < len(merged) and merged[i][0] <= a:
            start, order, end, speaker = merged[i]
            heapq.heappush(heap, (-start, order, end, speaker))
            i += 1
        while heap and heap[0][2] <= a:
            heapq.heappop(heap)
        if heap:
            _append(raw, heap[0][3], a, b)

    # 3. silences shorter than the threshold stay with the previous holder
    if fill_gaps_below_ms > 0:
        filled: list[ImportedTurn] = []
        for k, turn in enumerate(raw):
            end = turn.end_ms
            if k + 1 < len(raw) and _gap_s(end, raw[k + 1].start_ms, seconds) \
                    < fill_gaps_below_ms / 1000:
                end = raw[k + 1].start_ms
            _append(filled, turn.speaker, turn.start_ms, end)
        raw = filled
    # 4. is done by _append as the list grows
    return raw


def _gap_s(end_ms: int, next_start_ms: int,
           seconds: tuple[Mapping[int, float], Mapping[int, float]] | None) -> float:
    if seconds is None:
        return (next_start_ms - end_ms) / 1000
    starts, ends = seconds
    return starts.get(next_start_ms, next_start_ms / 1000) - ends.get(end_ms, end_ms / 1000)


def _append(out: list[ImportedTurn], speaker: str, start: int, end: int) -> None:
    """Append [start, end) for ``speaker``, merging with the last turn if it touches."""
    if out and out[-1].speaker == speaker and out[-1].end_ms == start:
        out[-1] = ImportedTurn(speaker, out[-1].start_ms, end)
    else:
        out.append(ImportedTurn(speaker, start, end))


def merge_touching(turns: Iterable[ImportedTurn]) -> list[ImportedTurn]:
    """Merge consecutive turns of the same speaker where one ends exactly where the next starts."""
    out: list[ImportedTurn] = []
    for t in turns:
        _append(out, t.speaker, t.start_ms, t.end_ms)
    return out


# --------------------------------------------------------------------------- reading


def read_turns(path: Path, fmt: str | None = None) -> list[ImportedTurn]:
    """Read a CSV or RTTM file of speaker turns as a single floor.

    ``fmt`` is "csv" or "rttm"; None takes it from the extension. Raises
    :class:`TurnImportError` for a bad file (OSError passes through).
    """
    path = Path(path)
    source = path.name
    if fmt is None:
        fmt = path.suffix.lower().lstrip(".")
        if fmt not in FORMATS:
            raise TurnImportError(f"{source}: cannot tell the format from the extension "
                                  f"{path.suffix or '(none)'!r}; expected .csv or .rttm",
                                  source=source)
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise TurnImportError(f"{source}: unknown format {fmt!r}; expected csv or rttm",
                              source=source)
    text = _read_text(path)
    return parse_csv(text, source) if fmt == "csv" else parse_rttm(text, source)


def read_group_map(path: Path) -> dict[str, str]:
    """Read a CSV with header ``speaker,group``; returns speaker -> group name."""
    path = Path(path)
    return parse_group_map(_read_text(path), path.name)


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise TurnImportError(f"{path.name} line {line}: not UTF-8 text", source=path.name,
                              line=line) from None


def _error(source: str, line: int, message: str) -> TurnImportError:
    return TurnImportError(f"{source} line {line}: {message}", source=source, line=line)


def _seconds_to_ms(token: str, what: str, source: str, line: int) -> int:
    """Parse a finite number of seconds ≥ 0 and convert it to integer milliseconds."""
    try:
        value = float(token)
    except ValueError:
        value = math.nan
    scaled = value * 1000
    if "_" in token or not math.isfinite(scaled) or value < 0:
        raise _error(source, line, f"{what} must be a number ≥ 0, got {token!r}")
    return round(scaled)


def _csv_rows(text: str, source: str) -> Iterable[tuple[int, list[str]]]:
    """(line number, stripped fields) of each non-blank line; the BOM is dropped."""
    text = text.removeprefix("\ufeff")
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            fields = next(csv.reader([line], strict=True))
        except csv.Error as exc:
            raise _error(source, number, f"not valid CSV ({exc})") from None
        yield number, [f.strip() for f in fields]


def _check_header(rows: Iterable[tuple[int, list[str]]], expected: tuple[str, ...],
                  source: str) -> Iterable[tuple[int, list[str]]]:
    rows = iter(rows)
    first = next(rows, None)
    if first is None:
        raise _error(source, 1, f"empty file; expected the header {','.join(expected)}")
    number, fields = first
    if tuple(fields) != expected:
        raise _error(source, number, f"expected the header {','.join(expected)}, "
                                     f"got {','.join(fields)!r}")
    return rows


def parse_csv(text: str, source: str) -> list[ImportedTurn]:
    """Parse ``start_s,end_s,speaker`` rows (seconds from the start) as floor intervals.

    Rows are taken as given (no gap filling); overlapping rows are resolved by
    the floor rule and touching rows of one speaker are merged.
    """
    segments: list[Segment] = []
    for number, fields in _check_header(_csv_rows(text, source), CSV_HEADER, source):
        if len(fields) != 3:
            raise _error(source, number, f"expected 3 fields start_s,end_s,speaker, "
                                         f"got {len(fields)}")
        start = _seconds_to_ms(fields[0], "start_s", source, number)
        end = _seconds_to_ms(fields[1], "end_s", source, number)
        if end < start:
            raise _error(source, number, f"end_s {fields[1]} is before start_s {fields[0]}")
        if not fields[2]:
            raise _error(source, number, "speaker is empty")
        segments.append(Segment(fields[2], start, end))
    return single_floor(segments, 0)


def parse_rttm(text: str, source: str) -> list[ImportedTurn]:
    """Parse NIST RTTM ``SPEAKER`` lines (speech, may overlap) into a single floor.

    Blank lines and lines starting with ';' or '#' are ignored, as are other
    RTTM line types (SPKR-INFO, SEGMENT, ...). Silences shorter than 0.5 s
    stay with the previous holder.
    """
    segments: list[Segment] = []
    starts_s: dict[int, float] = {}
    ends_s: dict[int, float] = {}
    recording: tuple[str, int] | None = None
    for number, line in enumerate(text.removeprefix("\ufeff").splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith((";", "#")):
            continue
        fields = stripped.split()
        if len(fields) < 8:
            raise _error(source, number, f"expected at least 8 fields "
                                         f"(TYPE FILE CHNL TBEG TDUR ORTHO STYPE NAME ...), "
                                         f"got {len(fields)}")
        kind = fields[0].upper()
        if kind in _RTTM_OTHER_TYPES:
            continue
        if kind != "SPEAKER":
            raise _error(source, number, f"unknown RTTM line type {fields[0]!r}")
        if recording is None:
            recording = (fields[1], number)
        elif fields[1] != recording[0]:
            raise _error(source, number, f"recording {fields[1]!r} differs from "
                                         f"{recording[0]!r} on line {recording[1]}; "
                                         f"one meeting per file")
        start = _seconds_to_ms(fields[3], "start", source, number)
        duration = _seconds_to_ms(fields[4], "duration", source, number)
        speaker = fields[7]
        if speaker.upper() == "<NA>":
            raise _error(source, number, "speaker name is <NA>")
        segments.append(Segment(speaker, start, start + duration))
        starts_s.setdefault(start, float(fields[3]))
        ends_s.setdefault(start + duration, float(fields[3]) + float(fields[4]))
    return single_floor(segments, RTTM_FILL_GAPS_BELOW_MS, (starts_s, ends_s))


def parse_group_map(text: str, source: str) -> dict[str, str]:
    """Parse ``speaker,group`` rows; a speaker given two different groups is an error."""
    groups: dict[str, str] = {}
    first_line: dict[str, int] = {}
    for number, fields in _check_header(_csv_rows(text, source), GROUP_MAP_HEADER, source):
        if len(fields) != 2:
            raise _error(source, number, f"expected 2 fields speaker,group, got {len(fields)}")
        speaker, group = fields
        if not speaker:
            raise _error(source, number, "speaker is empty")
        if not group:
            raise _error(source, number, "group is empty")
        if speaker in groups and groups[speaker] != group:
            raise _error(source, number, f"speaker {speaker!r} is already in group "
                                         f"{groups[speaker]!r} (line {first_line[speaker]})")
        groups.setdefault(speaker, group)
        first_line.setdefault(speaker, number)
    return groups
