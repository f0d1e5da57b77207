"""Clocks: monotonic durations anchored to UTC, injectable for tests.

Wall-clock jumps (daylight saving, NTP) must never stretch or shrink a turn, so
``now_ms`` is the UTC time at the anchor plus time elapsed since then on a clock
that never jumps and keeps counting while a laptop sleeps (``steady_source``: one
per system, with a portable fallback): a turn held across a suspend is as long as
the wall says. Between two runs only the wall clock links
the two sessions, so a session never lets time go back before the meeting's last
recorded moment (``NotBefore``).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    def now_ms(self) -> int:
        """Milliseconds since the Unix epoch, advancing with the monotonic clock."""
        ...


# The clock each system has that never jumps and keeps counting while the laptop sleeps
# (a turn held across a closed lid is as long as the wall says):
# - Linux: CLOCK_BOOTTIME (CLOCK_MONOTONIC stops in suspend);
# - macOS: CLOCK_MONOTONIC, which Apple documents as counting during sleep (Python's own
#   time.monotonic() there reads mach_absolute_time, which stops);
# - Windows: time.monotonic() (QueryPerformanceCounter, GetTickCount64 before Python 3.13),
#   both count time in sleep and hibernation;
# - anything else: time.monotonic(), which on some systems stops in sleep.
STEADY_CLOCKS: dict[str, str] = {"linux": "CLOCK_BOOTTIME", "darwin": "CLOCK_MONOTONIC"}
FALLBACK = "monotonic"


def steady_choice(platform: str, clocks: set[str]) -> str:
    """Which steady clock to use on ``platform`` (``sys.platform``), given the names of the
    ``time.CLOCK_*`` constants it offers: pure, so each system's branch is tested anywhere."""
    wanted = STEADY_CLOCKS.get(platform)
    return wanted if wanted in clocks else FALLBACK


def _reader(name: str) -> Callable[[], int]:
    if name == FALLBACK:
        return time.monotonic_ns
    clock_id = getattr(time, name)
    return lambda: time.clock_gettime_ns(clock_id)


def steady_source(platform: str | None = None) -> tuple[str, Callable[[], int]]:
    """The steadiest elapsed-time source here, and its name (see ``STEADY_CLOCKS``); the
    portable monotonic clock when the system's own cannot be read."""
    offered = {name for name in dir(time) if name.startswith("CLOCK_")}
    name = steady_choice(platform or sys.platform, offered)
    read = _reader(name)
    try:
        read()
    except OSError:  # declared by the C library, refused by the kernel (old or sandboxed)
        return FALLBACK, time.monotonic_ns
    return name, read


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
