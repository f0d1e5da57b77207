"""The agenda clock: how long the current item has run, what is left, and when
the whole meeting will end if the rest keeps to plan. Pure functions over a
``Meeting`` and a time; the run view shows what these return.
"""

from __future__ import annotations

from dataclasses import dataclass

from coprodesk.domain.model import AgendaItem, ItemKind, Meeting

AMBER_AT = 0.8  # the bar turns amber at 80 % of the planned time
RED_AT = 1.0  # and red past it


@dataclass(frozen=True, slots=True)
class ItemClock:
    item: AgendaItem | None
    elapsed_ms: int
    planned_ms: int
    projected_end_ms: int

    @property
    def fraction(self) -> float:
        """Elapsed ÷ planned; 0 with nothing planned and nothing elapsed."""
        if self.planned_ms <= 0:
            return 0.0 if self.elapsed_ms <= 0 else float("inf")
        return self.elapsed_ms / self.planned_ms

    @property
    def left_ms(self) -> int:
        """Planned time still to run; negative once over."""
        return self.planned_ms - self.elapsed_ms

    @property
    def level(self) -> str:
        """"calm" below 80 %, "amber" from 80 % to 100 %, "red" past 100 %."""
        f = self.fraction
        if f > RED_AT:
            return "red"
        if f >= AMBER_AT:
            return "amber"
        return "calm"


def item_elapsed_ms(item: AgendaItem | None, now_ms: int) -> int:
    if item is None or item.started_ms is None:
        return 0
    end = item.ended_ms if item.ended_ms is not None else now_ms
    return max(0, end - item.started_ms)


def projected_end_ms(meeting: Meeting, now_ms: int) -> int:
    """When the meeting ends if the current item keeps to plan (or ends now when
    over) and every item not yet started takes its planned time."""
    if meeting.ended_ms is not None:
        return meeting.ended_ms
    current = meeting.current_item
    end = now_ms
    if current is not None:
        end += max(0, current.planned_s * 1000 - item_elapsed_ms(current, now_ms))
    end += sum(i.planned_s * 1000 for i in meeting.items if i.started_ms is None)
    return end


def item_clock(meeting: Meeting, now_ms: int) -> ItemClock:
    item = meeting.current_item
    return ItemClock(item, item_elapsed_ms(item, now_ms), (item.planned_s * 1000) if item else 0,
                     projected_end_ms(meeting, now_ms))


def later_items(meeting: Meeting, item_id: int) -> tuple[AgendaItem, ...]:
    """Items after ``item_id`` that have not started, have planned time and are not
    breaks: where extra time for an item can be taken from."""
    ids = [i.id for i in meeting.items]
    if item_id not in ids:
        return ()
    after = meeting.items[ids.index(item_id) + 1:]
    return tuple(i for i in after
                 if i.started_ms is None and i.planned_s > 0 and i.kind is not ItemKind.BREAK)


def neighbours(meeting: Meeting) -> tuple[AgendaItem | None, AgendaItem | None]:
    """(previous, next) item around the current one; with none running, the next
    is the first not yet started."""
    items = meeting.items
    current = meeting.current_item
    if current is None:
        nxt = next((i for i in items if i.started_ms is None), None)
        done = [i for i in items if i.ended_ms is not None]
        return (done[-1] if done else None), nxt
    idx = items.index(current)
    return (items[idx - 1] if idx > 0 else None), (items[idx + 1] if idx + 1 < len(items) else None)


def split_evenly(total_s: int, n: int) -> list[int]:
    """How ``total_s`` seconds are taken from ``n`` items (as ``MeetingSession.extend_item`` does)."""
    if n <= 0:
        return []
    share, rest = divmod(total_s, n)
    return [share + (1 if k < rest else 0) for k in range(n)]


def over_soft_limit(meeting: Meeting, now_ms: int) -> bool:
    """The open turn has run past the meeting's per-turn soft limit."""
    turn = meeting.open_turn
    limit = meeting.turn_soft_limit_s
    return turn is not None and limit > 0 and turn.duration_ms(now_ms) >= limit * 1000
