"""Reading speaker-labelled transcripts of online meetings: WebVTT and SRT.

What is read (``docs/transcripts.md`` says which tool exports what):

- **WebVTT** with voice spans, as Microsoft Teams writes it: ``<v Maria Ortega>text</v>``;
- **WebVTT** with a name before the text, as Zoom writes it: ``Maria Ortega: text``;
- **SRT** with the same ``Name: text`` prefix.

The file is split into blocks (a blank line ends one, as both formats say) and each block
is parsed by webvtt-py (``webvtt.vtt.parse_item``, ``webvtt.srt.parse_captions``): cue
identifiers, cue settings, NOTE, STYLE and REGION blocks, tags, timestamps with short
fields (``0:0:5.320``, as Microsoft Graph serves Teams transcripts). The BOM is dropped
and CRLF or CR ends a line as LF does. Blocks are read one at a time, so a file's cues are
held only as columns of machine integers (as the CSV and RTTM readers do), never as objects.

**Cues are speech segments.** A cue names its speaker by its voice span, else by a
``Name:`` prefix on its first line (runs of spaces in a name count as one). The floor
then follows the same rule as RTTM (:mod:`coprodesk.importers.turns`): a person's own
overlapping or touching cues merge, the floor belongs to whoever started speaking most
recently and is still speaking, and a silence shorter than 0.5 s stays with the previous
holder. So a transcript and an RTTM of the same speech give the same turns.

**Never credited**: a cue naming nobody (*unattributed*) and a cue whose text is only
bracketed notes such as ``[inaudible]``, ``(crosstalk)`` or ``[MUSIC]`` (*not speech*)
are counted apart, with their length, and reported; they hold no floor.

**Refused, with one line naming the file and line**: a file over
:data:`TRANSCRIPT_MAX_BYTES` (checked before reading), text that is not UTF-8, a WebVTT
file without its ``WEBVTT`` first line, a cue whose timings cannot be read or end before
they start, a time more than a week from the start, a speaker name with a control
character or a bidi embedding, override or isolate (U+202A–U+202E, U+2066–U+2069; the
marks LRM, RLM and ALM are fine), and a transcript in which no cue names a speaker.
Pure Python: no Qt, no SQL.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from coprodesk.domain.limits import (
    NAME_MAX,
    SPAN_MAX_S,
    bidi_control_in,
    line_break_in,
    too_long,
)

# the line reader, the columns and the floor sweep the CSV and RTTM readers use
from coprodesk.importers.turns import (
    RTTM_FILL_GAPS_BELOW_MS,
    Floor,
    Progress,
    TurnImportError,
    _Columns,
    _error,
    _floor,
    _Lines,
    _lines,
)

__all__ = [
    "TRANSCRIPT_FORMATS",
    "TRANSCRIPT_MAX_BYTES",
    "Tally",
    "Transcript",
    "read_transcript",
    "speaker_of",
]

TRANSCRIPT_FORMATS = ("vtt", "srt")
TRANSCRIPT_MAX_BYTES = 64 * 1024 * 1024
"""The largest transcript read (64 MiB): a week of speech without a pause, cut into cues of
three seconds, takes about 30 MB."""

_SPAN_MAX_MS = SPAN_MAX_S * 1000
# "Name: text": a name without a colon, then a colon and a space (12:30 is not a name)
_PREFIX = re.compile(r"([^:\n]+?):[ \t\u00a0]+(.*)", re.DOTALL)
# text that is only bracketed notes: "[inaudible]", "(crosstalk)", "[MUSIC] [laughter]"
_NOTES_ONLY = re.compile(r"(?:\s*(?:\[[^\]]*\]|\([^)]*\)))*\s*")


@dataclass(frozen=True, slots=True)
class Tally:
    """Cues set apart, and how long they last together (ms, overlaps counted twice)."""

    cues: int = 0
    ms: int = 0


class Transcript:
    """A transcript's speech as read (each cue a segment, by the speaker's name as written),
    the single floor it gives, and what was credited to nobody."""

    def __init__(self, cols: _Columns, cues: int, unattributed: Tally,
                 not_speech: Tally) -> None:
        self._cols = cols
        self.cues = cues
        """Cues read (speech, unattributed and not speech alike)."""
        self.unattributed = unattributed
        """Cues that name no speaker."""
        self.not_speech = not_speech
        """Cues whose text is only bracketed notes ("[inaudible]")."""
        self._floor: Floor | None = None

    @property
    def floor(self) -> Floor:
        """The single floor, each speaker as written."""
        if self._floor is None:
            self._floor = _floor(self._cols, RTTM_FILL_GAPS_BELOW_MS)
        return self._floor

    def speakers(self) -> list[str]:
        """Every speaker with speech, in order of their first cue."""
        return list(self._cols.names)

    def speech_ms(self) -> dict[str, int]:
        """Each speaker's speech as read (their cues' lengths added up, overlaps twice)."""
        total = [0] * len(self._cols.names)
        for who, start, end in zip(self._cols.who, self._cols.start, self._cols.end,
                                   strict=True):
            total[who] += end - start
        return dict(zip(self._cols.names, total, strict=True))

    def floor_as(self, person_of: Mapping[str, str]) -> Floor:
        """The single floor with each speaker read as ``person_of[speaker]``: speakers given
        one person (two devices) are one person's speech before the floor is found, so
        their overlapping cues merge as one person's own do. Every speaker must be mapped."""
        names: list[str] = []
        number: dict[str, int] = {}
        to = array("l")
        for speaker in self._cols.names:
            person = person_of[speaker]
            if person not in number:
                number[person] = len(names)
                names.append(person)
            to.append(number[person])
        cols = _Columns()
        cols.names, cols.number, cols.sorted = names, number, self._cols.sorted
        cols.start, cols.end = self._cols.start, self._cols.end
        cols.who = array("l", (to[w] for w in self._cols.who))
        return _floor(cols, RTTM_FILL_GAPS_BELOW_MS)


def speaker_of(voice: str | None, text: str) -> tuple[str | None, str]:
    """(speaker, what they said) of a cue: the voice span's name, else a ``Name:`` prefix on
    the text; (None, text) when neither names anyone. The name is as written, stripped."""
    if voice is not None and voice.strip():
        return voice.strip(), text
    match = _PREFIX.fullmatch(text)
    if match and match.group(1).strip():
        return match.group(1).strip(), match.group(2)
    return None, text


def is_not_speech(text: str) -> bool:
    """Text that is nothing but bracketed notes, or nothing at all."""
    return _NOTES_ONLY.fullmatch(text) is not None


# --------------------------------------------------------------------------- blocks


class _Blocks:
    """Blocks of lines as the formats define them, each with the number of its first line.

    Both formats end a block at an empty line (SRT also at one of only spaces); WebVTT
    also starts a new block at a line holding "-->" that cannot be the timings of the
    current one (the rule of ``webvtt.vtt``). CR and CRLF end lines as LF does."""

    def __init__(self, lines: _Lines, vtt: bool) -> None:
        self.lines, self.vtt = lines, vtt

    def _split(self) -> Iterator[str]:
        for text in self.lines:
            text = text.removesuffix("\n").removesuffix("\r")
            if "\r" in text:  # a file whose lines end with CR alone
                yield from text.split("\r")
            else:
                yield text

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        block: list[str] = []
        first = 0
        in_header = self.vtt
        for line in self._split():
            number = self.lines.number
            empty = not line if self.vtt else not line.strip()
            ends = empty or (self.vtt and "-->" in line and bool(block)
                             and (in_header or len(block) > 1 or "-->" in block[0]))
            if ends and block:
                yield first, block
                block = []
                in_header = False
            if not empty:
                if not block:
                    first = number
                block.append(line)
        if block:
            yield first, block


# --------------------------------------------------------------------------- reading


def read_transcript(path: Path, fmt: str | None = None,
                    progress: Progress | None = None) -> Transcript:
    """Read a WebVTT (``vtt``) or SRT (``srt``) transcript as a single floor, streaming.

    ``fmt`` None takes the format from the extension. Raises :class:`TurnImportError`
    for a bad file (OSError passes through)."""
    path = Path(path)
    source = path.name
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in TRANSCRIPT_FORMATS:
        raise TurnImportError(f"{source}: unknown transcript format {fmt!r}; "
                              "expected vtt or srt", source=source)
    size = path.stat().st_size
    if size > TRANSCRIPT_MAX_BYTES:
        raise TurnImportError(f"{source}: the file is {size:,} bytes; a transcript may be "
                              f"at most {TRANSCRIPT_MAX_BYTES:,} bytes (64 MiB)",
                              source=source)
    with path.open("rb") as f:
        lines = _lines(f, source, progress)
        reader = _Reader(source)
        if fmt == "vtt":
            reader.read_vtt(lines)
        else:
            reader.read_srt(lines)
    return reader.result()


class _Reader:
    """Cues in, columns out; one cue at a time."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.cols = _Columns()
        self.cues = 0
        self.unattributed = [0, 0]
        self.not_speech = [0, 0]
        self.spelled: dict[str, str] = {}  # a name as written -> with its spaces collapsed

    def read_vtt(self, lines: _Lines) -> None:
        from webvtt import vtt
        from webvtt.models import Caption

        blocks = iter(_Blocks(lines, vtt=True))
        header = next(blocks, None)
        if header is None or header[0] != 1 or not header[1][0].startswith("WEBVTT") or (
                header[1][0][6:7] not in ("", " ", "\t")):
            raise _error(self.source, 1, "not a WebVTT file: its first line must be "
                                         "WEBVTT")
        seen_cue = False
        for number, block in blocks:
            has_arrow = any("-->" in line for line in block)
            item = vtt.parse_item(block, strict=False, seen_cue=seen_cue)
            seen_cue = seen_cue or has_arrow
            if isinstance(item, Caption):
                timings = number + (0 if "-->" in block[0] else 1)
                self.cue(item, timings)
            elif has_arrow and not block[0].startswith("NOTE"):
                self.bad_timings(number, block)

    def read_srt(self, lines: _Lines) -> None:
        from webvtt import srt

        for number, block in _Blocks(lines, vtt=False):
            captions = srt.parse_captions(block)
            arrows = [i for i, line in enumerate(block) if "-->" in line]
            if len(captions) != len(arrows):
                self.bad_timings(number, block)
            for caption, at in zip(captions, arrows, strict=True):
                self.cue(caption, number + at)

    def bad_timings(self, number: int, block: list[str]) -> None:
        at = next((i for i, line in enumerate(block) if "-->" in line), 0)
        raise _error(self.source, number + at,
                     f"cannot read the cue timings {block[at].strip()[:80]!r} "
                     "(expected hh:mm:ss.mmm --> hh:mm:ss.mmm)")

    def cue(self, caption, number: int) -> None:
        start = caption.start_time.in_milliseconds()
        end = caption.end_time.in_milliseconds()
        if end < start:
            raise _error(self.source, number, f"the cue ends ({caption.end}) before it "
                                              f"starts ({caption.start})")
        if end > _SPAN_MAX_MS:
            raise _error(self.source, number, f"the cue ends at {caption.end}, more than "
                                              f"{SPAN_MAX_S:,} seconds (a week) after "
                                              "the start")
        self.cues += 1
        speaker, said = speaker_of(caption.voice, caption.text)
        if speaker is None:
            self.unattributed[0] += 1
            self.unattributed[1] += end - start
            return
        if is_not_speech(said):
            self.not_speech[0] += 1
            self.not_speech[1] += end - start
            return
        known = self.spelled.get(speaker)
        if known is None:
            _check_speaker(speaker, self.source, number)
            known = self.spelled[speaker] = " ".join(speaker.split())
        self.cols.add(known, start, end)

    def result(self) -> Transcript:
        if not self.cues:
            raise TurnImportError(f"{self.source}: no cues with times in the file",
                                  source=self.source)
        if not self.cols.names:
            raise TurnImportError(
                f"{self.source}: no cue names a speaker ({self.cues:,} cues read); a "
                "transcript needs <v Name> voice spans or 'Name: text' lines",
                source=self.source)
        return Transcript(self.cols, self.cues, Tally(*self.unattributed),
                          Tally(*self.not_speech))


def _check_speaker(name: str, source: str, line: int) -> None:
    bad = line_break_in(name) or bidi_control_in(name)
    if bad:
        raise _error(source, line, f"the speaker name {name[:40]!r} holds a control "
                                   f"character ({bad})")
    long = too_long(name, NAME_MAX)
    if long:
        raise _error(source, line, f"the speaker name {long}")
