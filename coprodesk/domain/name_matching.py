"""Matching the names a transcript gives its speakers to the people of a meeting.

An online meeting shows whatever each device calls itself: "Maria Ortega (she/her)",
"Maria Ortega | Carers Trust", "maria.ortega", "MARÍA ORTEGA", "Maria Ortega (iPhone)".
A speaker is matched to a person in three steps, the first that finds exactly one person
winning:

1. **exact**: the same text;
2. **loose**: the same once case, accents, bidi marks and runs of spaces are set aside
   ("MARÍA  ORTEGA" is "Maria Ortega");
3. **stripped**: the same once, on either side, pronouns and suffixes are taken off: a
   part in brackets ("(she/her)", "[Guest]", "(iPhone)"), anything after " | ", " - " or
   " — " ("| Carers Trust"), an e-mail domain ("@example.org"), and dots and underscores
   read as spaces ("maria.ortega").

A speaker two people match equally is *not* matched (it is ambiguous); a speaker nobody
matches is left for the facilitator to map. Several speakers may match one person: the
same person on two devices, whose speech is then one person's (their overlapping cues
merge, as one person's own do). Pure Python: no Qt, no SQL.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

__all__ = ["How", "Match", "loose_key", "match_speakers", "parse_map", "stripped_key"]


class How(StrEnum):
    """How a speaker was matched to a person."""

    EXACT = "exact"
    LOOSE = "loose"
    STRIPPED = "stripped"
    MAPPED = "mapped"
    """Given by the facilitator (``--map``, the mapping dialog)."""
    NEW = "new"
    """Becomes a new person of the meeting."""


@dataclass(frozen=True, slots=True)
class Match:
    speaker: str
    person: str | None
    """The person's name, None while unmatched."""
    how: How | None = None
    ambiguous: tuple[str, ...] = ()
    """The people a speaker matched equally (then ``person`` is None)."""


_BRACKETS = re.compile(r"\s*[(\[{][^)\]}]*[)\]}]")
_AFTER_BAR = re.compile(r"\s+[|\-\u2013\u2014]\s+.*$|\s*\|.*$")
_EMAIL = re.compile(r"@\S*$")
_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u061c"), None)


def loose_key(name: str) -> str:
    """``name`` without case, accents, bidi marks or runs of spaces."""
    text = unicodedata.normalize("NFKD", name.translate(_MARKS))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.casefold().split())


def stripped_key(name: str) -> str:
    """:func:`loose_key` of ``name`` without pronouns, brackets, affiliations or a domain;
    dots and underscores count as spaces."""
    text = _AFTER_BAR.sub("", _BRACKETS.sub("", name))
    text = _EMAIL.sub("", text).replace(".", " ").replace("_", " ")
    return loose_key(text) or loose_key(name)


def _unique(found: Sequence[str]) -> tuple[str | None, tuple[str, ...]]:
    people = tuple(dict.fromkeys(found))
    if len(people) == 1:
        return people[0], ()
    return None, people


def match_speakers(speakers: Iterable[str], people: Iterable[str],
                   mapped: Mapping[str, str] | None = None) -> list[Match]:
    """Each speaker matched to one of ``people`` (names): ``mapped`` first (speaker -> person,
    as the facilitator gave it), then exact, loose and stripped. In the order of ``speakers``."""
    people = list(dict.fromkeys(people))
    mapped = mapped or {}
    exact = set(people)
    by_loose: dict[str, list[str]] = {}
    by_stripped: dict[str, list[str]] = {}
    for person in people:
        by_loose.setdefault(loose_key(person), []).append(person)
        by_stripped.setdefault(stripped_key(person), []).append(person)
    out: list[Match] = []
    for speaker in speakers:
        if speaker in mapped:
            out.append(Match(speaker, mapped[speaker], How.MAPPED))
            continue
        if speaker in exact:
            out.append(Match(speaker, speaker, How.EXACT))
            continue
        match = None
        for how, table, key in ((How.LOOSE, by_loose, loose_key(speaker)),
                                (How.STRIPPED, by_stripped, stripped_key(speaker))):
            person, ambiguous = _unique(table.get(key, ()))
            if person is not None:
                match = Match(speaker, person, how)
                break
            if ambiguous:
                match = Match(speaker, None, None, ambiguous)
                break
        out.append(match or Match(speaker, None))
    return out


def as_new_people(speakers: Iterable[str], mapped: Mapping[str, str] | None = None,
                  ) -> list[Match]:
    """For a new meeting: every speaker becomes a person, except one who matches an earlier
    speaker (loose or stripped: the same person on another device), who is that person, and
    those ``mapped`` gives a person's name to."""
    mapped = mapped or {}
    out: list[Match] = []
    firsts: list[str] = []
    for speaker in speakers:
        if speaker in mapped:
            out.append(Match(speaker, mapped[speaker], How.MAPPED))
            continue
        earlier = match_speakers([speaker], firsts)[0]
        if earlier.person is not None:
            out.append(earlier)
        else:
            firsts.append(speaker)
            out.append(Match(speaker, speaker, How.NEW))
    return out


def parse_map(entries: Iterable[str]) -> dict[str, str]:
    """``"Transcript name=Person"`` entries as speaker -> person; ValueError for one without
    "=", with an empty side, or giving one speaker two people. The last "=" splits, so a
    transcript name may hold one."""
    out: dict[str, str] = {}
    for entry in entries:
        speaker, equals, person = entry.rpartition("=")
        speaker, person = speaker.strip(), person.strip()
        if not equals or not speaker or not person:
            raise ValueError(f"--map {entry!r} is not \"Transcript name=Person\"")
        if out.get(speaker, person) != person:
            raise ValueError(f"--map gives {speaker!r} two people: {out[speaker]!r} and "
                             f"{person!r}")
        out[speaker] = person
    return out
