"""How long a name or a text may be, and how far a time may reach: one source for all.

The meeting format's schema (checked against these by a test), the importers and the
editor's widgets (``setMaxLength``) all read these numbers, so whatever the app accepts
it can export and import again.

Two kinds of text: *lines* (titles, names, places) are printed whole — in headings,
bookmarks, page headers, signature boxes, table cells — so they are kept short; *texts*
(purpose, notes, reasons, proposals) are set as paragraphs that the minutes split
into pieces the layout can break across pages, so they may be long.
Pure Python: no Qt, no SQL.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

NAME_MAX = 200
"""A person's name or pseudonym, a group's name, a signer: printed whole in lists and boxes."""
TITLE_MAX = 200
"""A meeting's or an agenda item's title, a place, a series: headings and page headers."""
LABEL_MAX = 20
"""A group's short label ("YP")."""
UID_MAX = 200
"""An identifier carried between databases (meeting uid, person uid)."""
KEY_MAX = 10
"""A row key in a meeting file (P12, D3): a letter and at most nine digits."""
TEXT_MAX = 1_000_000
"""Purpose, notes, ground rules, proposals, reasons, statements: paragraphs of any length."""

SPAN_MAX_S = 7 * 24 * 3600
"""The furthest a time may lie from a meeting's start (a turn, a planned duration): a week."""
TIME_MIN_MS = round(datetime(1900, 1, 1, tzinfo=UTC).timestamp() * 1000)
TIME_MAX_MS = round(datetime(9999, 1, 1, tzinfo=UTC).timestamp() * 1000)
"""Times a meeting can hold: any local clock can still show them (years 1900–9998)."""


def too_long(text: str, limit: int) -> str | None:
    """The complaint about ``text`` if it exceeds ``limit`` characters, else None."""
    if len(text) <= limit:
        return None
    return f"is {len(text):,} characters long; at most {limit:,} are allowed"


def line_break_in(text: str) -> str | None:
    """The first line-breaking or control character of a one-line value, named, else None.

    Covers what ``str.splitlines`` breaks on (U+2028, U+0085, ...), not only newlines."""
    for ch in text:
        cp = ord(ch)
        if cp < 32 or cp == 127 or 0x80 <= cp < 0xA0 or cp in (0x2028, 0x2029):
            return f"U+{cp:04X}"
    return None


BIDI_CONTROLS = frozenset(range(0x202A, 0x202F)) | frozenset(range(0x2066, 0x206A))
"""Bidi embeddings, overrides and isolates (LRE … RLO, LRI … PDI): in a name they can make
it read as someone else's. The marks LRM, RLM and ALM only steer neutral characters and
are allowed."""


def bidi_control_in(text: str) -> str | None:
    """The first bidi embedding, override or isolate character of ``text``, named, else None."""
    for ch in text:
        if ord(ch) in BIDI_CONTROLS:
            return f"U+{ord(ch):04X}"
    return None


def check_time_ms(ms: int) -> int:
    """``ms`` if it is a time a meeting can hold (years 1900–9998), else ValueError."""
    if not TIME_MIN_MS <= ms < TIME_MAX_MS:
        raise ValueError("is outside the years 1900 to 9998")
    return ms


def check_date(text: str) -> None:
    """A calendar date ``YYYY-MM-DD`` (or empty); ValueError for 2024-02-30 or year 0000."""
    if text:
        day = date.fromisoformat(text)
        if not 1900 <= day.year <= 9998:
            raise ValueError("is outside the years 1900 to 9998")
