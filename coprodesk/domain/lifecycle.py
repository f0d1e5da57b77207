"""A meeting's lifecycle rules: planned → running → closed → signed.

Why here: the run view, the session, opening and importing all have to agree on
what a closed meeting may still change (nothing on the floor) and on what an
item left open in a closed meeting means (it ended when the meeting did).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from coprodesk.domain.model import AgendaItem, Meeting, MeetingStatus

LOCKED_STATUSES = (MeetingStatus.CLOSED, MeetingStatus.SIGNED)


def is_locked(meeting: Meeting) -> bool:
    """A closed or signed meeting takes no new turns, hands or agenda moves."""
    return meeting.status in LOCKED_STATUSES


def last_recorded_ms(meeting: Meeting) -> int | None:
    """The latest moment anything of ``meeting`` is on record (starts, ends, turns)."""
    moments = [meeting.started_ms, meeting.ended_ms]
    for i in meeting.items:
        moments += [i.started_ms, i.ended_ms]
    for t in meeting.turns:
        moments += [t.start_ms, t.end_ms]
    known = [m for m in moments if m is not None]
    return max(known) if known else None


@dataclass(frozen=True, slots=True)
class Settled:
    """Items changed so that their meeting's status holds; ``ended`` were left open in a
    closed meeting and now end at its end, ``unstarted`` had a start in a planned one."""

    items: tuple[AgendaItem, ...]
    ended: tuple[AgendaItem, ...] = ()
    unstarted: tuple[AgendaItem, ...] = ()


def settle_items(meeting: Meeting) -> Settled:
    """What the items must be for the meeting's status: a closed (or signed) meeting has no
    open item (one left open ends at the meeting's end, or its last record); a planned
    meeting has no started item."""
    if is_locked(meeting):
        end = meeting.ended_ms if meeting.ended_ms is not None else last_recorded_ms(meeting)
        ended = tuple(replace(i, ended_ms=max(end, i.started_ms)) for i in meeting.items
                      if i.started_ms is not None and i.ended_ms is None and end is not None)
        return Settled(ended, ended=ended)
    if meeting.status is MeetingStatus.PLANNED:
        unstarted = tuple(replace(i, started_ms=None, ended_ms=None) for i in meeting.items
                          if i.started_ms is not None or i.ended_ms is not None)
        return Settled(unstarted, unstarted=unstarted)
    return Settled(())
