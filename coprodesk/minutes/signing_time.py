"""When each signature was made, as far as a file can tell, and whether that time holds.

The only time ``verify`` believes is the one inside the signed attributes of the
signature (CMS ``signingTime``): the signer's own clock, covered by their signature.
The ``/M`` entry of the signature dictionary lies outside the signed bytes, so anyone
holding the file can rewrite it; it is never read. Without a timestamp authority,
nobody vouches for a signer's clock, so verify asks only what the file can show:

- a signing time is not in the future;
- it is not before the minutes were made (their creation date, inside what the
  certification signed), nor before the certification or any earlier signature;
- it lies within the signer's certificate's validity period.

Laptop clocks drift, so a time up to ``TOLERANCE`` on the wrong side is a note, not a
failure; beyond it the signature fails (exit 1), or, for the certificate's validity, it
is "check the signers" (exit 3) as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from coprodesk.minutes import words as W

TOLERANCE = timedelta(minutes=15)


@dataclass(frozen=True, slots=True)
class TimeFinding:
    problems: tuple[str, ...] = ()  # each fails the signature (exit 1)
    notes: tuple[str, ...] = ()  # within the tolerance: worth saying, not a failure
    certificate_ok: bool = True  # the certificate was valid at the signing time (± tolerance)


def cms_signing_time(embedded) -> datetime | None:
    """The signingTime inside the signed attributes of an EmbeddedPdfSignature, never /M."""
    from pyhanko.sign.validation.generic_cms import extract_self_reported_ts

    try:
        when = extract_self_reported_ts(embedded.signer_info)
    except Exception:  # two signing times, or a damaged one: none we can believe
        return None
    if when is None:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


_PDF_DATE = re.compile(r"D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?"
                       r"(?:([Zz+\-])(\d{2})?'?(\d{2})?'?)?")


def pdf_date(value: object) -> datetime | None:
    """A PDF date string (``D:20261207231025+01'00'``) as a UTC datetime, or None."""
    m = _PDF_DATE.match(str(value or "").strip())
    if not m:
        return None
    year, month, day, hour, minute, second, sign, oh, om = m.groups()
    try:
        when = datetime(int(year), int(month or 1), int(day or 1), int(hour or 0),
                        int(minute or 0), int(second or 0), tzinfo=UTC)
    except ValueError:
        return None
    if sign in ("+", "-"):
        offset = timedelta(hours=int(oh or 0), minutes=int(om or 0))
        when = when - offset if sign == "+" else when + offset
    return when


def made_at(reader, revision: int) -> datetime | None:
    """The creation date of the minutes as the revision ``revision`` (0-based) holds it:
    inside what the certification signed."""
    try:
        info = reader.get_historical_resolver(revision).trailer_view.get("/Info")
        return pdf_date(info.get_object().get("/CreationDate")) if info is not None else None
    except Exception:  # no or damaged /Info: nothing to compare with
        return None


def _at(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def check_time(name: str, when: datetime | None, *, now: datetime,
               earliest: list[tuple[str, datetime]], not_before: datetime | None,
               not_after: datetime | None) -> TimeFinding:
    """Judge one signature's time. ``earliest`` are the times it must not precede, each
    with what it is in words (the minutes were made, X certified, X signed)."""
    problems: list[str] = []
    notes: list[str] = []
    if when is None:
        at = now
        notes.append(W.V_NO_SIGNING_TIME.format(name=name))
    else:
        at = when
        ahead = when - now
        if ahead > TOLERANCE:
            problems.append(W.V_TIME_FUTURE.format(name=name, at=_at(when)))
        elif ahead > timedelta(0):
            notes.append(W.V_TIME_CLOCK_AHEAD.format(name=name, at=_at(when)))
        if earliest:  # the latest of the times it must follow
            # on a tie, the later in the list (the signature rather than the making)
            before, _n, what = max((e[1], n, e[0]) for n, e in enumerate(earliest))
            behind = before - when
            if behind > TOLERANCE:
                problems.append(W.V_TIME_BEFORE.format(name=name, at=_at(when), what=what,
                                                       then=_at(before)))
            elif behind > timedelta(0):
                notes.append(W.V_TIME_BEFORE_NOTE.format(name=name, what=what))
    certificate_ok = True
    if not_before is not None and not_after is not None:
        outside = max(not_before - at, at - not_after, timedelta(0))
        if outside > TOLERANCE:
            certificate_ok = False
        elif outside > timedelta(0):
            notes.append(W.V_TIME_CERT_EDGE.format(name=name))
    return TimeFinding(tuple(problems), tuple(notes), certificate_ok)
