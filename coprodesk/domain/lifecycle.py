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


@dataclass(frozen=True, slots=True)
class RecordState:
    """What the store says of a meeting's record at one moment: its status, and how many
    signatures its minutes ever had (reopening for a correction keeps them: the count only
    grows, so a new one shows even after the lock was lifted again)."""

    status: MeetingStatus
    signatures: int


def _stage(status: MeetingStatus) -> str:
    """Planned and running are one stage for undo: starting a meeting crosses nothing."""
    return "signed" if status is MeetingStatus.SIGNED else (
        "closed" if status is MeetingStatus.CLOSED else "open")


def crossing(seen: RecordState | None, now: RecordState | None) -> str | None:
    """Why an undo or redo must not run, when the record it was made on is not the record
    now: ``"signed"`` (minutes were certified or signed since, or the meeting is signed),
    ``"closed"`` or ``"reopened"`` (the meeting ended, or ran again, outside this history);
    None when nothing was crossed. ``seen`` is the state the change last left (None: not
    known); ``now`` None (the meeting is gone) is left to the write itself to refuse."""
    if now is None:
        return None
    if now.status is MeetingStatus.SIGNED or (seen is not None
                                              and now.signatures != seen.signatures):
        return "signed"
    if seen is None or _stage(now.status) == _stage(seen.status):
        return None
    return "closed" if now.status is MeetingStatus.CLOSED else "reopened"
