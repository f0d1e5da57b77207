"""Clocks: monotonic durations anchored to UTC, injectable for tests.

Wall-clock jumps (daylight saving, NTP, suspend) must never stretch or shrink a
turn, so ``now_ms`` is the UTC time at the anchor plus monotonic time elapsed
since then. A clock can be re-anchored (for example on reopening a meeting).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    def now_ms(self) -> int:
        """Milliseconds since the Unix epoch, advancing with the monotonic clock."""
        ...


class SystemClock:
    def __init__(self) -> None:
        self._anchor_utc_ns = time.time_ns()
        self._anchor_mono_ns = time.monotonic_ns()

    def now_ms(self) -> int:
        elapsed = time.monotonic_ns() - self._anchor_mono_ns
        return (self._anchor_utc_ns + elapsed) // 1_000_000


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
