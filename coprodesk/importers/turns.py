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

Costs grow linearly and memory stays small: a file is read line by line (only
``\\n`` ends a line, so a name holding U+2028 or U+0085 cannot shift the line
numbers), segments are kept as columns of machine integers, and the floor is
swept once in order of start. A million turns take well under 200 MB.
Pure Python: no Qt, no SQL.
"""

from __future__ import annotations

import csv
import heapq
import math
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, overload

from coprodesk.domain.limits import NAME_MAX, SPAN_MAX_S, line_break_in, too_long
from coprodesk.domain.model import ImportedTurn

__all__ = [
    "ALL_FORMATS",
    "FORMATS",
    "RTTM_FILL_GAPS_BELOW_MS",
    "Floor",
    "ImportedTurn",
    "Progress",
    "Segment",
    "TurnImportError",
    "merge_touching",
    "parse_csv",
    "parse_group_map",
    "parse_rttm",
    "read_floor",
    "read_group_map",
    "read_turns",
    "single_floor",
]

FORMATS = ("csv", "rttm")
ALL_FORMATS = (*FORMATS, "vtt", "srt")
"""What read_floor reads: turns (CSV, RTTM) and transcripts (WebVTT, SRT)."""
RTTM_FILL_GAPS_BELOW_MS = 500
"""A silence strictly shorter than this stays with the previous holder (RTTM only)."""

CSV_HEADER = ("start_s", "end_s", "speaker")
GROUP_MAP_HEADER = ("speaker", "group")

# RTTM line types that are not speaker speech (NIST RT-0x evaluation plans).
_RTTM_OTHER_TYPES = frozenset({
    "SEGMENT", "NOSCORE", "NO_RT_METADATA", "LEXEME", "NON-LEX", "NON-SPEECH",
    "FILLER", "EDITED", "IP", "SU", "CB", "A/P", "SPKR-INFO",
})


Progress = Callable[[int, int], None]
"""Told (bytes read, bytes in all) now and then while a file is read."""


class TurnImportError(ValueError):
    """A file that cannot be imported; the message names the file and, if known, the line."""

    def __init__(self, message: str, *, source: str = "", line: int | None = None) -> None:
        super().__init__(message)
        self.source = source
        self.line = line


@dataclass(frozen=True, slots=True)
class Segment:
    """One stretch of one speaker's speech as read (may overlap others); ms from the start."""

    speaker: str
    start_ms: int
    end_ms: int


# --------------------------------------------------------------------------- columns


class _Columns:
    """Segments as read, one machine integer per field: 20 bytes a segment instead of ~200
    for objects. ``order`` is the input order; speakers are numbered as first seen."""

    def __init__(self, exact: bool = False) -> None:
        self.start = array("q")
        self.end = array("q")
        self.who = array("l")
        self.names: list[str] = []
        self.number: dict[str, int] = {}
        self.sorted = True  # starts never went down: no sort needed
        # RTTM: the file's own float seconds (start, start + duration), for silences of 0.5 s
        self.start_s: array | None = array("d") if exact else None
        self.end_s: array | None = array("d") if exact else None

    def add(self, speaker: str, start: int, end: int) -> None:
        who = self.number.get(speaker)
        if who is None:
            who = self.number[speaker] = len(self.names)
            self.names.append(speaker)
        if self.start and start < self.start[-1]:
            self.sorted = False
        self.start.append(start)
        self.end.append(end)
        self.who.append(who)

    def __len__(self) -> int:
        return len(self.start)


class Floor(Sequence[ImportedTurn]):
    """A single floor held as columns; a turn becomes an :class:`ImportedTurn` when read."""

    def __init__(self, names: list[str], start: array, end: array, who: array) -> None:
        self.names = names
        self._start, self._end, self._who = start, end, who

    def __len__(self) -> int:
        return len(self._start)

    @overload
    def __getitem__(self, k: int) -> ImportedTurn: ...
    @overload
    def __getitem__(self, k: slice) -> list[ImportedTurn]: ...
    def __getitem__(self, k):
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(len(self)))]
        return ImportedTurn(self.names[self._who[k]], self._start[k], self._end[k])

    def __iter__(self) -> Iterator[ImportedTurn]:
        names = self.names
        for who, start, end in zip(self._who, self._start, self._end, strict=True):
            yield ImportedTurn(names[who], start, end)

    def speakers(self) -> list[str]:
        """Speakers who hold the floor at least once, in order of their first turn."""
        seen = dict.fromkeys(self._who)
        return [self.names[w] for w in seen]


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
    cols = _Columns()
    for seg in segments:
        cols.add(seg.speaker, seg.start_ms, seg.end_ms)
    if seconds is None:
        exact = None
    else:
        starts, ends = seconds
        exact = (lambda ms: starts.get(ms, ms / 1000), lambda ms: ends.get(ms, ms / 1000))
    return list(_floor(cols, fill_gaps_below_ms, exact))


def _floor(cols: _Columns, fill_below_ms: int,
           exact: tuple[Callable[[int], float], Callable[[int], float]] | None = None) -> Floor:
    """The floor of ``cols``; ``exact`` gives a start's and an end's float seconds."""
    start, end, who = cols.start, cols.end, cols.who
    if cols.sorted:
        order: Iterable[int] = (i for i in range(len(cols)) if end[i] > start[i])
    else:  # a stable sort by start keeps the input order among equal starts
        order = array("l", (i for i in sorted(range(len(cols)), key=start.__getitem__)
                            if end[i] > start[i]))
    out_start, out_end, out_who = array("q"), array("q"), array("l")
    for w, a, b in _sweep(order, start, end, who):
        if out_who and out_who[-1] == w and out_end[-1] == a:
            out_end[-1] = b
        else:
            out_start.append(a)
            out_end.append(b)
            out_who.append(w)
    if fill_below_ms > 0:
        _fill(out_start, out_end, out_who, fill_below_ms, _exact_gaps(cols, out_start, out_end,
                                                                       fill_below_ms, exact))
    return Floor(cols.names, out_start, out_end, out_who)


def _sweep(order: Iterable[int], start: array, end: array,
           who: array) -> Iterator[tuple[int, int, int]]:
    """(speaker, from, to) pieces of the floor, in order, one pass over segments sorted by
    (start, input order).

    A run is a speaker's unbroken speech (own overlapping or touching segments merged);
    ``runs`` holds each speaker's latest [start, first segment, end]. ``top`` finds the
    holder (latest start, then first in the input); ``ends`` the next breakpoint. Both
    drop stale entries lazily."""
    runs: dict[int, list[int]] = {}
    top: list[tuple[int, int, int]] = []  # (-run start, first segment, speaker)
    ends: list[tuple[int, int]] = []  # (run end, speaker)
    pending = iter(order)
    nxt = next(pending, None)
    if nxt is None:
        return
    a = start[nxt]
    while True:
        while nxt is not None and start[nxt] <= a:  # take in what starts by now
            w, s, e = who[nxt], start[nxt], end[nxt]
            run = runs.get(w)
            if run is not None and s <= run[2]:
                if e > run[2]:
                    run[2] = e
                    heapq.heappush(ends, (e, w))
            else:
                runs[w] = [s, nxt, e]
                heapq.heappush(top, (-s, nxt, w))
                heapq.heappush(ends, (e, w))
            nxt = next(pending, None)
        while top and (runs[top[0][2]][1] != top[0][1] or runs[top[0][2]][2] <= a):
            heapq.heappop(top)
        while ends and (ends[0][0] <= a or runs[ends[0][1]][2] != ends[0][0]):
            heapq.heappop(ends)
        if ends:
            b = ends[0][0] if nxt is None else min(ends[0][0], start[nxt])
        elif nxt is not None:
            b = start[nxt]
        else:
            return
        if top:
            yield top[0][2], a, b
        a = b


def _exact_gaps(cols: _Columns, out_start: array, out_end: array, fill_below_ms: int,
                exact: tuple[Callable[[int], float], Callable[[int], float]] | None,
                ) -> dict[tuple[int, int], float]:
    """Silences (end, next start) whose length in the file's float seconds may differ from
    their milliseconds on which side of the threshold they fall; there are few."""
    near = {(out_end[k], out_start[k + 1]) for k in range(len(out_start) - 1)
            if abs(out_start[k + 1] - out_end[k] - fill_below_ms) <= 1}
    if not near:
        return {}
    if exact is None and cols.start_s is not None:
        # the first float the file gave for each of those milliseconds, as a dict would keep
        want_s, want_e = {s for _, s in near}, {e for e, _ in near}
        first_s: dict[int, float] = {}
        first_e: dict[int, float] = {}
        for i in range(len(cols)):
            s, e = cols.start[i], cols.end[i]
            if s in want_s and s not in first_s:
                first_s[s] = cols.start_s[i]
            if e in want_e and e not in first_e:
                first_e[e] = cols.end_s[i]
        exact = (lambda ms: first_s.get(ms, ms / 1000), lambda ms: first_e.get(ms, ms / 1000))
    if exact is None:
        return {}
    at_start, at_end = exact
    return {(e, s): at_start(s) - at_end(e) for e, s in near}


def _fill(out_start: array, out_end: array, out_who: array, fill_below_ms: int,
          gaps_s: dict[tuple[int, int], float]) -> None:
    """Silences shorter than the threshold go to the previous holder; merged in place."""
    keep = 0
    n = len(out_start)
    for k in range(n):
        s, e, w = out_start[k], out_end[k], out_who[k]
        if k + 1 < n:
            nxt = out_start[k + 1]
            gap = gaps_s.get((e, nxt), (nxt - e) / 1000)
            if gap < fill_below_ms / 1000:
                e = nxt
        if keep and out_who[keep - 1] == w and out_end[keep - 1] == s:
            out_end[keep - 1] = e
        else:
            out_start[keep], out_end[keep], out_who[keep] = s, e, w
            keep += 1
    del out_start[keep:], out_end[keep:], out_who[keep:]


def merge_touching(turns: Iterable[ImportedTurn]) -> list[ImportedTurn]:
    """Merge consecutive turns of the same speaker where one ends exactly where the next starts."""
    out: list[ImportedTurn] = []
    for t in turns:
        if out and out[-1].speaker == t.speaker and out[-1].end_ms == t.start_ms:
            out[-1] = ImportedTurn(t.speaker, out[-1].start_ms, t.end_ms)
        else:
            out.append(t)
    return out


# --------------------------------------------------------------------------- reading


def read_turns(path: Path, fmt: str | None = None) -> list[ImportedTurn]:
    """Read a file of speaker turns or a transcript as a single floor (a list; see read_floor)."""
    return list(read_floor(path, fmt))


def read_floor(path: Path, fmt: str | None = None, progress: Progress | None = None) -> Floor:
    """Read a CSV or RTTM file of speaker turns, or a WebVTT or SRT transcript, as a single
    floor, streaming.

    ``fmt`` is "csv", "rttm", "vtt" or "srt"; None takes it from the extension. Raises
    :class:`TurnImportError` for a bad file (OSError passes through). A transcript's cues
    that credit nobody are left out here; :func:`coprodesk.importers.transcripts.
    read_transcript` also counts them.
    """
    path = Path(path)
    source = path.name
    if fmt is None:
        fmt = path.suffix.lower().lstrip(".")
        if fmt not in ALL_FORMATS:
            raise TurnImportError(f"{source}: cannot tell the format from the extension "
                                  f"{path.suffix or '(none)'!r}; expected .csv, .rttm, "
                                  ".vtt or .srt", source=source)
    fmt = fmt.lower()
    if fmt not in ALL_FORMATS:
        raise TurnImportError(f"{source}: unknown format {fmt!r}; expected csv, rttm, vtt "
                              "or srt", source=source)
    if fmt not in FORMATS:
        from coprodesk.importers.transcripts import read_transcript

        return read_transcript(path, fmt, progress).floor
    with path.open("rb") as f:
        lines = _lines(f, source, progress)
        return _csv_floor(lines, source) if fmt == "csv" else _rttm_floor(lines, source)


def read_group_map(path: Path) -> dict[str, str]:
    """Read a CSV with header ``speaker,group``; returns speaker -> group name."""
    path = Path(path)
    with path.open("rb") as f:
        return _group_map(_lines(f, path.name), path.name)


class _Lines:
    """Decoded lines of a file or a text, numbered from 1; only "\n" ends a line (never
    U+2028, U+0085 or the other breaks str.splitlines knows). The BOM is dropped."""

    def __init__(self, raw: Iterable[bytes] | Iterable[str], source: str,
                 tell: Callable[[], int] | None = None, size: int = 0,
                 progress: Progress | None = None) -> None:
        self.raw, self.source = raw, source
        self.number = 0
        self.tell, self.size, self.progress = tell, size, progress

    def __iter__(self) -> Iterator[str]:
        report = self.progress is not None and self.tell is not None
        for raw in self.raw:
            self.number += 1
            if isinstance(raw, bytes):
                try:
                    text = raw.decode("utf-8")
                except UnicodeDecodeError:
                    raise _error(self.source, self.number, "not UTF-8 text") from None
            else:
                text = raw
            if self.number == 1:
                text = text.removeprefix("\ufeff")
            if report and not self.number & 0xFFFF:
                self.progress(self.tell(), self.size)
            yield text
        if report:
            self.progress(self.size, self.size)


def _lines(f: BinaryIO, source: str, progress: Progress | None = None) -> _Lines:
    size = 0
    if progress is not None:
        try:
            size = f.seek(0, 2)
            f.seek(0)
        except OSError:
            progress = None
    return _Lines(f, source, f.tell, size, progress)


def _text_lines(text: str, source: str) -> _Lines:
    pieces = text.split("\n")
    if pieces[-1] == "":
        pieces.pop()  # the text ends with a newline: no line after it
    return _Lines(pieces, source)


def _error(source: str, line: int, message: str) -> TurnImportError:
    return TurnImportError(f"{source} line {line}: {message}", source=source, line=line)


def _seconds_to_ms(token: str, what: str, source: str, line: int) -> int:
    """Parse a finite number of seconds ≥ 0, at most a week, as integer milliseconds."""
    try:
        value = float(token)
    except ValueError:
        value = math.nan
    if "_" in token or math.isnan(value) or value < 0:
        raise _error(source, line, f"{what} must be a number ≥ 0, got {token[:40]!r}")
    if value > SPAN_MAX_S:
        raise _error(source, line, f"{what} must be at most {SPAN_MAX_S:,} seconds (a week) "
                                   f"from the start, got {token[:40]!r}")
    return round(value * 1000)


def _check_name(name: str, what: str, source: str, line: int) -> None:
    if not name:
        raise _error(source, line, f"{what} is empty")
    bad = line_break_in(name)
    if bad:
        raise _error(source, line, f"{what} contains a line break or control character ({bad})")
    long = too_long(name, NAME_MAX)
    if long:
        raise _error(source, line, f"{what} {long}")


def _csv_rows(lines: _Lines) -> Iterator[tuple[int, list[str]]]:
    """(line number, stripped fields) of each non-blank row."""
    reader = csv.reader(lines, strict=True)
    source = lines.source
    while True:
        first = lines.number + 1
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise _error(source, first, f"not valid CSV ({exc})") from None
        if not fields or (len(fields) == 1 and not fields[0].strip()):
            continue
        yield first, [f.strip() for f in fields]


def _check_header(rows: Iterator[tuple[int, list[str]]], expected: tuple[str, ...],
                  source: str) -> Iterator[tuple[int, list[str]]]:
    first = next(rows, None)
    if first is None:
        raise _error(source, 1, f"empty file; expected the header {','.join(expected)}")
    number, fields = first
    if tuple(fields) != expected:
        raise _error(source, number, f"expected the header {','.join(expected)}, "
                                     f"got {','.join(fields)[:80]!r}")
    return rows


def parse_csv(text: str, source: str) -> list[ImportedTurn]:
    """Parse ``start_s,end_s,speaker`` rows (seconds from the start) as floor intervals."""
    return list(_csv_floor(_text_lines(text, source), source))


def _csv_floor(lines: _Lines, source: str) -> Floor:
    """Rows are taken as given (no gap filling); overlapping rows are resolved by the floor
    rule and touching rows of one speaker are merged."""
    cols = _Columns()
    for number, fields in _check_header(_csv_rows(lines), CSV_HEADER, source):
        if len(fields) != 3:
            raise _error(source, number, f"expected 3 fields start_s,end_s,speaker, "
                                         f"got {len(fields)}")
        start = _seconds_to_ms(fields[0], "start_s", source, number)
        end = _seconds_to_ms(fields[1], "end_s", source, number)
        if end < start:
            raise _error(source, number, f"end_s {fields[1]} is before start_s {fields[0]}")
        speaker = fields[2]
        if speaker not in cols.number:
            _check_name(speaker, "speaker", source, number)
        cols.add(speaker, start, end)
    return _floor(cols, 0)


def parse_rttm(text: str, source: str) -> list[ImportedTurn]:
    """Parse NIST RTTM ``SPEAKER`` lines (speech, may overlap) into a single floor."""
    return list(_rttm_floor(_text_lines(text, source), source))


def _rttm_floor(lines: _Lines, source: str) -> Floor:
    """Blank lines and lines starting with ';' or '#' are ignored, as are other RTTM line
    types (SPKR-INFO, SEGMENT, ...). Fields are separated by spaces or tabs only. Silences
    shorter than 0.5 s stay with the previous holder."""
    cols = _Columns(exact=True)
    assert cols.start_s is not None and cols.end_s is not None
    recording: tuple[str, int] | None = None
    for line in lines:
        number = lines.number
        fields = [f for f in line.rstrip("\r\n").replace("\t", " ").split(" ") if f]
        if not fields or fields[0].startswith((";", "#")):
            continue
        if len(fields) < 8:
            raise _error(source, number, f"expected at least 8 fields "
                                         f"(TYPE FILE CHNL TBEG TDUR ORTHO STYPE NAME ...), "
                                         f"got {len(fields)}")
        kind = fields[0].upper()
        if kind in _RTTM_OTHER_TYPES:
            continue
        if kind != "SPEAKER":
            raise _error(source, number, f"unknown RTTM line type {fields[0][:40]!r}")
        if recording is None:
            recording = (fields[1], number)
        elif fields[1] != recording[0]:
            raise _error(source, number, f"recording {fields[1][:80]!r} differs from "
                                         f"{recording[0][:80]!r} on line {recording[1]}; "
                                         f"one meeting per file")
        start = _seconds_to_ms(fields[3], "start", source, number)
        duration = _seconds_to_ms(fields[4], "duration", source, number)
        if start + duration > SPAN_MAX_S * 1000:
            raise _error(source, number, f"ends more than {SPAN_MAX_S:,} seconds (a week) "
                                         "after the start")
        speaker = fields[7]
        if speaker not in cols.number:
            if speaker.upper() == "<NA>":
                raise _error(source, number, "speaker name is <NA>")
            _check_name(speaker, "speaker name", source, number)
        cols.add(speaker, start, start + duration)
        cols.start_s.append(float(fields[3]))
        cols.end_s.append(float(fields[3]) + float(fields[4]))
    return _floor(cols, RTTM_FILL_GAPS_BELOW_MS)


def parse_group_map(text: str, source: str) -> dict[str, str]:
    """Parse ``speaker,group`` rows; a speaker given two different groups is an error."""
    return _group_map(_text_lines(text, source), source)


def _group_map(lines: _Lines, source: str) -> dict[str, str]:
    groups: dict[str, str] = {}
    first_line: dict[str, int] = {}
    for number, fields in _check_header(_csv_rows(lines), GROUP_MAP_HEADER, source):
        if len(fields) != 2:
            raise _error(source, number, f"expected 2 fields speaker,group, got {len(fields)}")
        speaker, group = fields
        _check_name(speaker, "speaker", source, number)
        _check_name(group, "group", source, number)
        if speaker in groups and groups[speaker] != group:
            raise _error(source, number, f"speaker {speaker!r} is already in group "
                                         f"{groups[speaker]!r} (line {first_line[speaker]})")
        groups.setdefault(speaker, group)
        first_line.setdefault(speaker, number)
    return groups
