"""Clocks: monotonic durations anchored to UTC, injectable for tests.

Wall-clock jumps (daylight saving, NTP) must never stretch or shrink a turn, so
``now_ms`` is the UTC time at the anchor plus time elapsed since then on a clock
that never jumps. On Linux that clock is ``CLOCK_BOOTTIME``, which (unlike the
plain monotonic clock) keeps counting while a laptop sleeps: a turn held across a
suspend is as long as the wall says. Between two runs only the wall clock links
the two sessions, so a session never lets time go back before the meeting's last
recorded moment (``NotBefore``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    def now_ms(self) -> int:
        """Milliseconds since the Unix epoch, advancing with the monotonic clock."""
        ...


def _boottime_ns() -> int:
    return time.clock_gettime_ns(time.CLOCK_BOOTTIME)  # type: ignore[attr-defined]


def steady_source() -> tuple[str, Callable[[], int]]:
    """The steadiest elapsed-time source here: CLOCK_BOOTTIME (counts sleep) where the
    platform has it, else the monotonic clock (which on some systems stops in sleep)."""
    if hasattr(time, "CLOCK_BOOTTIME"):
        try:
            _boottime_ns()
            return "CLOCK_BOOTTIME", _boottime_ns
        except OSError:
            pass
    return "monotonic", time.monotonic_ns


class SystemClock:
    def __init__(self, steady: Callable[[], int] | None = None) -> None:
        self.source, default = steady_source()
        self._steady = steady or default
        self._anchor_utc_ns = time.time_ns()
        self._anchor_steady_ns = self._steady()

    def now_ms(self) -> int:
        elapsed = self._steady() - self._anchor_steady_ns
        return (self._anchor_utc_ns + elapsed) // 1_000_000


class NotBefore:
    """``inner`` shifted forward so that it starts at ``floor_ms``: used when the wall
    clock reads earlier than a meeting's last recorded moment (set back between runs),
    so no new turn can start before what is already on record."""

    def __init__(self, inner: Clock, floor_ms: int) -> None:
        self.inner = inner
        self.shift_ms = max(0, floor_ms - inner.now_ms())

    def now_ms(self) -> int:
        return self.inner.now_ms() + self.shift_ms


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start_ms: int = 1_767_261_600_000) -> None:  # 2026-01-01 10:00 UTC
        self._now = start_ms

    def now_ms(self) -> int:
        return self._now

    def advance(self, seconds: float) -> int:
        self._now += round(seconds * 1000)
        return self._now

    def set(self, ms: int) -> None:
        self._now = ms


def iso_utc(ms: int | None) -> str | None:
    """ISO 8601 UTC with milliseconds, e.g. 2026-01-01T10:00:00.000Z."""
    if ms is None:
        return None
    dt = datetime.fromtimestamp(ms / 1000, tz=UTC)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


def parse_iso_utc(text: str) -> int:
    dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return round(dt.timestamp() * 1000)
