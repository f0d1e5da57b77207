"""The agenda as planned: total time and the projected end against the meeting's
end time. Pure; the editor's agenda footer shows what ``agenda_plan`` returns.
Breaks count as time (they take no speaking, but the clock still runs).
"""

from __future__ import annotations

from dataclasses import dataclass

from coprodesk.domain.model import ItemKind, Meeting


@dataclass(frozen=True, slots=True)
class AgendaPlan:
    total_s: int
    break_s: int
    start_min: int | None  # minutes after midnight, None when no start time is set
    end_min: int | None

    @property
    def projected_end_min(self) -> int | None:
        if self.start_min is None:
            return None
        return self.start_min + -(-self.total_s // 60)

    @property
    def overrun_min(self) -> int | None:
        """Minutes past the end time (negative: time to spare); None without both times."""
        if self.projected_end_min is None or self.end_min is None:
            return None
        return self.projected_end_min - self.end_min

    @property
    def overruns(self) -> bool:
        return (self.overrun_min or 0) > 0


def _minutes(hhmm: str) -> int | None:
    try:
        h, m = hhmm.strip().split(":")[:2]
        return int(h) * 60 + int(m)
    except (ValueError, AttributeError):
        return None


def agenda_plan(meeting: Meeting) -> AgendaPlan:
    total = sum(i.planned_s for i in meeting.items)
    breaks = sum(i.planned_s for i in meeting.items if i.kind is ItemKind.BREAK)
    start, end = _minutes(meeting.start_time), _minutes(meeting.end_time)
    if start is not None and end is not None and end < start:
        end += 24 * 60  # ends after midnight
    return AgendaPlan(total, breaks, start, end)


def clock_text(minutes: int) -> str:
    """HH:MM for minutes after midnight (wrapping past midnight)."""
    minutes %= 24 * 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def duration_text(seconds: int) -> str:
    """"1 h 05 min", "45 min"."""
    m = -(-seconds // 60)
    return f"{m // 60} h {m % 60:02d} min" if m >= 60 else f"{m} min"
