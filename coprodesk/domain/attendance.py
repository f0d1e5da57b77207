"""Attendance: arriving late and leaving early change fair shares."""

from __future__ import annotations

from coprodesk.domain.model import Participant, Presence


def mark_gone(participant: Participant, at_ms: int, meeting_start_ms: int) -> tuple[Presence, ...]:
    """Intervals after the participant leaves at ``at_ms``."""
    intervals = participant.presence or (Presence(meeting_start_ms, None),)
    out = []
    for p in intervals:
        if p.end_ms is None:
            if at_ms > p.start_ms:
                out.append(Presence(p.start_ms, at_ms))
        else:
            out.append(p)
    return tuple(out)


def mark_arrived(participant: Participant, at_ms: int) -> tuple[Presence, ...]:
    """Intervals after the participant (re)joins at ``at_ms``."""
    if participant.presence and any(p.end_ms is None for p in participant.presence):
        return participant.presence
    if not participant.presence:
        # Not recorded yet means present throughout: arriving now means absent until now.
        return (Presence(at_ms, None),)
    return (*participant.presence, Presence(at_ms, None))
